"""Gabungkan: which record survives and, field by field, which value it keeps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.duplicates.review import (
    DIFFERENT_STYLE,
    HEADER_STYLE,
    LABEL_STYLE,
    SAME_STYLE,
    CompareRow,
)

WARNING_STYLE = "background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; padding: 6px;"


@dataclass(frozen=True)
class Side:
    """One record of the pair as the merge dialog presents it."""

    uuid: str
    name: str
    current_memberships: int
    memberships: int
    attendance: int
    history: int

    @property
    def weight(self) -> tuple[int, int, int, int]:
        """What makes a record the better survivor: current groups first, then the rest."""
        return (self.current_memberships, self.memberships, self.attendance, self.history)


@dataclass(frozen=True)
class MergeChoice:
    keep_uuid: str
    other_uuid: str
    take_from_other: tuple[str, ...]


def default_survivor(a: Side, b: Side) -> int:
    """0 for ``a``, 1 for ``b``: the one with more current memberships and history."""
    return 1 if b.weight > a.weight else 0


class MergeDialog(QDialog):
    """No database access: ``load`` the two sides and the comparison, read ``values()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(t("duplicates_ui.merge_dialog.title"))
        self.sides: tuple[Side, Side] | None = None
        self.rows: tuple[CompareRow, ...] = ()
        self.choices: dict[str, QButtonGroup] = {}
        self.headers: tuple[QLabel, ...] = ()
        layout = QVBoxLayout(self)
        self.survivor_box = QGroupBox(t("duplicates_ui.merge_dialog.keep"), self)
        self.survivor = QButtonGroup(self)
        self.survivor_radios = (QRadioButton(self), QRadioButton(self))
        survivor_layout = QVBoxLayout(self.survivor_box)
        for index, radio in enumerate(self.survivor_radios):
            radio.setObjectName(f"mergeKeep{index}")
            self.survivor.addButton(radio, index)
            survivor_layout.addWidget(radio)
        self.survivor.idToggled.connect(self._on_survivor_toggled)
        layout.addWidget(self.survivor_box)
        intro = QLabel(t("duplicates_ui.merge_dialog.fields_intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self.area, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        warning = QLabel(t("duplicates_ui.merge_dialog.warning"), self)
        warning.setObjectName("mergeWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(warning)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(
            t("duplicates_ui.merge_dialog.merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeConfirm")
        cancel = buttons.addButton(t("forms.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)  # merging is a decision: Enter alone does not make it
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 640)

    def load(self, sides: tuple[Side, Side], rows: Sequence[CompareRow]) -> None:
        self.sides, self.rows = sides, tuple(rows)
        for radio, side in zip(self.survivor_radios, sides, strict=True):
            radio.setText(self._side_text(side))
        self._build_fields()
        self.survivor_radios[default_survivor(*sides)].setChecked(True)

    @staticmethod
    def _side_text(side: Side) -> str:
        return t(
            "duplicates_ui.merge_dialog.side",
            name=side.name,
            current=thousands(side.current_memberships),
            attendance=thousands(side.attendance),
            history=thousands(side.history),
        )

    def _build_fields(self) -> None:
        holder = QWidget(self.area)
        grid = QGridLayout(holder)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.choices = {}
        assert self.sides is not None
        self.headers = tuple(QLabel(side.name, holder) for side in self.sides)
        for column, header in enumerate(self.headers, start=1):
            header.setObjectName(f"mergeHeader{column - 1}")
            header.setStyleSheet(HEADER_STYLE)
            grid.addWidget(header, 0, column)
        for line, row in enumerate(self.rows, start=1):
            choose = row.mergeable and row.differs
            label = QLabel(row.label, holder)
            label.setStyleSheet(DIFFERENT_STYLE if choose else LABEL_STYLE)
            grid.addWidget(label, line, 0)
            if choose:
                self._add_choice(grid, line, row, holder)
            else:
                for column, text in enumerate((row.a, row.b), start=1):
                    cell = QLabel(text or "—", holder)
                    cell.setWordWrap(True)
                    cell.setTextFormat(Qt.TextFormat.PlainText)
                    cell.setStyleSheet(SAME_STYLE)
                    grid.addWidget(cell, line, column)
        grid.setRowStretch(len(self.rows) + 1, 1)
        self.area.setWidget(holder)

    def _add_choice(self, grid: QGridLayout, line: int, row: CompareRow, holder: QWidget) -> None:
        group = QButtonGroup(holder)
        for index, text in enumerate((row.a, row.b)):
            radio = QRadioButton(text or t("duplicates_ui.merge_dialog.empty"), holder)
            radio.setObjectName(f"mergeField_{row.field}_{index}")
            radio.setStyleSheet(DIFFERENT_STYLE)
            group.addButton(radio, index)
            grid.addWidget(radio, line, index + 1)
        self.choices[row.field] = group

    def _on_survivor_toggled(self, index: int, checked: bool) -> None:
        if not checked or self.sides is None:
            return
        for row in self.rows:
            group = self.choices.get(row.field)
            if group is not None:
                # The survivor's own value unless it is empty and the other one is not.
                values = (row.a, row.b)
                chosen = index if values[index].strip() else 1 - index
                group.button(chosen).setChecked(True)
        for column, (header, side) in enumerate(zip(self.headers, self.sides, strict=True)):
            role = "kept" if column == index else "archived"
            header.setText(t(f"duplicates_ui.merge_dialog.{role}", name=side.name))
        self._show_summary()

    def _show_summary(self) -> None:
        keep, other = self._keep_and_other()
        self.summary.setText(
            t(
                "duplicates_ui.merge_dialog.summary",
                other=other.name,
                keep=keep.name,
                memberships=thousands(other.memberships),
                attendance=thousands(other.attendance),
                history=thousands(other.history),
            )
        )

    def _keep_and_other(self) -> tuple[Side, Side]:
        assert self.sides is not None
        index = max(self.survivor.checkedId(), 0)
        return self.sides[index], self.sides[1 - index]

    def values(self) -> MergeChoice:
        keep_index = max(self.survivor.checkedId(), 0)
        keep, other = self._keep_and_other()
        taken = tuple(
            field for field, group in self.choices.items() if group.checkedId() == 1 - keep_index
        )
        return MergeChoice(keep.uuid, other.uuid, taken)
