"""The box under the NIK that says who already holds it, with one-click ways on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wksbm_desktop.core.queries.labels import role_label, rt_rw
from wksbm_desktop.core.queries.nik_owner import NikOwner
from wksbm_desktop.i18n import t

_STYLE = "#nikOwnerBox { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"


def owner_text(owner: NikOwner) -> str:
    """ "NIK ini sudah terdaftar atas nama Budi (RT/RW 005/002), anggota KUBE Melati (Ketua)." """
    place = rt_rw(owner.rt, owner.rw)
    where = t("forms.owner.place", rt_rw=place) if place else ""
    groups = ", ".join(f"{g.name} ({role_label(g.role)})" for g in owner.groups)
    in_groups = t("forms.owner.groups", groups=groups) if groups else t("forms.owner.no_groups")
    return t("forms.owner.text", name=owner.full_name, place=where, groups=in_groups)


class NikOwnerBox(QFrame):
    """Hidden until a typed NIK turns out to be someone's; then offers to open that person
    or, when the form was opened for a group, to add that person to the group."""

    open_requested = Signal(str)  # the owner's uuid
    add_requested = Signal(str)

    def __init__(self, group_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nikOwnerBox")
        self.setStyleSheet(_STYLE)
        self.owner: NikOwner | None = None
        self.text = QLabel(self)
        self.text.setObjectName("nikOwnerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(t("forms.owner.open"), self)
        self.open_button.setObjectName("nikOwnerOpen")
        self.open_button.setToolTip(t("forms.owner.open_tip"))
        self.open_button.clicked.connect(self._on_open)
        group = group_name or t("forms.membership.this_group")
        self.add_button = QPushButton(t("forms.owner.add", group=group), self)
        self.add_button.setObjectName("nikOwnerAdd")
        self.add_button.setToolTip(t("forms.owner.add_tip", group=group))
        self.add_button.clicked.connect(self._on_add)
        self.add_button.setVisible(group_name is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def show_owner(self, owner: NikOwner | None) -> None:
        self.owner = owner
        if owner is not None:
            self.text.setText(owner_text(owner))
            self.text.setToolTip(self.text.text())
        self.setVisible(owner is not None)

    def _on_open(self) -> None:
        if self.owner is not None:
            self.open_requested.emit(self.owner.uuid)

    def _on_add(self) -> None:
        if self.owner is not None:
            self.add_requested.emit(self.owner.uuid)
