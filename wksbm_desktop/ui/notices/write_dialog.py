"""Dinas Sosial → Tulis umpan balik untuk kelurahan…: choose the kelurahan, add a note, save."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.wilayah import kota_tangerang
from wksbm_desktop.core.queries.feedback import NIK_GANDA, REFUSED, feedback_items
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t

NOTE_LIMIT = 2000


class WriteFeedbackDialog(QDialog):
    """Which kelurahan, what the file will say about it, and the Dinas's note; ``values()``."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writeFeedbackDialog")
        self.setWindowTitle(t("city_output.write.title"))
        self.database = database
        layout = QVBoxLayout(self)
        intro = QLabel(t("city_output.write.intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kelurahan = QComboBox(self)
        self.kelurahan.setObjectName("feedbackKelurahan")
        for item in kota_tangerang().kelurahan_list():
            label = t("city_output.write.kelurahan_item", code=item.code, name=item.name,
                      kecamatan=item.kecamatan_name)  # fmt: skip
            self.kelurahan.addItem(label, item.code)
        self.kelurahan.currentIndexChanged.connect(self._on_kelurahan_changed)
        form.addRow(t("city_output.write.kelurahan"), self.kelurahan)
        self.contents = QLabel(self)
        self.contents.setObjectName("feedbackContents")
        self.contents.setWordWrap(True)
        form.addRow(t("city_output.write.contents"), self.contents)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("feedbackNote")
        self.note.setPlaceholderText(t("city_output.write.note_hint"))
        self.note.setFixedHeight(self.fontMetrics().height() * 6)
        form.addRow(t("city_output.write.note"), self.note)
        layout.addLayout(form)
        layout.addStretch(1)  # extra height goes below the form, not between its rows
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            t("city_output.write.save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(t("city_output.write.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 300)
        self._on_kelurahan_changed()

    def choose(self, code: str) -> None:
        self.kelurahan.setCurrentIndex(max(self.kelurahan.findData(code), 0))

    def values(self) -> tuple[str, str]:
        """(kelurahan code, note)."""
        return str(self.kelurahan.currentData()), self.note.toPlainText().strip()[:NOTE_LIMIT]

    def _on_kelurahan_changed(self, *_args: object) -> None:
        with self.database.read_session() as session:
            items = feedback_items(session, str(self.kelurahan.currentData()))
        nik = sum(1 for item in items if item.kind == NIK_GANDA)
        refused = sum(1 for item in items if item.kind == REFUSED)
        self.contents.setText(t("city_output.write.counts", nik=nik, refused=refused))


def default_name(code: str, today: date | None = None) -> str:
    kelurahan = kota_tangerang().kelurahan_by_code(code)
    name = kelurahan.name.replace(" ", "-") if kelurahan else code
    return f"Umpan-Balik-{name}-{(today or date.today()).isoformat()}.xlsx"
