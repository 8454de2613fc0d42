"""The wizard step where the operator confirms or corrects which column holds which field."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wksbm_desktop.excel.importing.headers import SYNONYMS_BY_KIND, SheetMapping
from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.ui.excel.import_wizard import ImportWizard

IGNORE = ""  # the combo's data for "(abaikan)"


def field_label(key: str) -> str:
    return t(f"ui_excel.field.{key}")


class MappingTable(QTableWidget):
    """One sheet: a row per heading, with a combo choosing the field it is read as.

    A handful of rows with editors in them: a QTableWidget is the plain tool for that.
    """

    COLUMN, HEADING, FIELD = range(3)

    def __init__(self, mapping: SheetMapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping = mapping
        self.setObjectName(f"mapping_{mapping.sheet}")
        self.setColumnCount(3)
        self.setHorizontalHeaderLabels(
            [t("ui_excel.mapping.col_letter"), t("ui_excel.mapping.col_heading"),
             t("ui_excel.mapping.col_field")]
        )  # fmt: skip
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.HEADING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(self.FIELD, 260)
        self.combos: dict[int, QComboBox] = {}
        self._fill()

    def _indexes(self) -> list[int]:
        """Columns worth showing: those with a heading, and any the importer mapped."""
        named = {i for i, heading in enumerate(self.mapping.headings) if heading}
        return sorted(named | set(self.mapping.columns.values()))

    def _fill(self) -> None:
        by_index = {index: key for key, index in self.mapping.columns.items()}
        indexes = self._indexes()
        self.setRowCount(len(indexes))
        for row, index in enumerate(indexes):
            heading = self.mapping.headings[index] if index < len(self.mapping.headings) else ""
            self.setItem(row, self.COLUMN, QTableWidgetItem(get_column_letter(index + 1)))
            self.setItem(row, self.HEADING, QTableWidgetItem(heading))
            combo = self._combo(by_index.get(index, IGNORE))
            combo.currentIndexChanged.connect(lambda _i, c=index: self._on_changed(c))
            self.setCellWidget(row, self.FIELD, combo)
            self.combos[index] = combo

    def _combo(self, chosen: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(t("ui_excel.mapping.ignore"), IGNORE)
        for key in SYNONYMS_BY_KIND[self.mapping.kind]:  # the fields of this kind of sheet
            combo.addItem(field_label(key), key)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        return combo

    def choose(self, column: int, key: str) -> None:
        """Read column ``column`` (0-based) as ``key``, or ignore it with ``IGNORE``."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(key))

    def _on_changed(self, column: int) -> None:
        key = self.combos[column].currentData()
        if key == IGNORE:
            return
        # One field comes from one column: the column that had it before lets it go.
        for other, combo in self.combos.items():
            if other != column and combo.currentData() == key:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)

    def columns(self) -> dict[str, int]:
        return {
            combo.currentData(): index
            for index, combo in self.combos.items()
            if combo.currentData() != IGNORE
        }

    def chosen_mapping(self) -> SheetMapping:
        return replace(self.mapping, columns=self.columns())


class SheetPanel(QWidget):
    """A sheet's tab: where its headings and data are, whether to import it, and its table."""

    def __init__(self, mapping: SheetMapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        where = t(
            "ui_excel.mapping.where",
            header=mapping.header_row,
            first=mapping.first_data_row,
        )
        layout.addWidget(QLabel(where, self))
        if mapping.fixed:
            fixed = mapping.fixed
            group = fixed.get("group", "")
            text = t(
                "import_more.mapping.title_block",
                title=fixed["activity_title"],
                date=fixed["activity_date"],
                group=t("import_more.mapping.title_block_group", group=group) if group else "",
            )
            label = QLabel(text, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.include = QCheckBox(t("ui_excel.mapping.include"), self)
        self.include.setChecked(True)
        layout.addWidget(self.include)
        self.table = MappingTable(mapping, self)
        layout.addWidget(self.table, 1)
        self.include.toggled.connect(self.table.setEnabled)


class MappingPage(QWizardPage):
    """The detected mapping of every sheet; complete once each included sheet has NIK and Nama."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importMappingPage")
        self.setTitle(t("ui_excel.mapping.title"))
        self.setSubTitle(t("ui_excel.mapping.subtitle"))
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.sheets = QTabWidget(self)
        layout.addWidget(self.sheets, 1)
        self.status = QLabel(self)
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.panels: dict[str, SheetPanel] = {}

    def initializePage(self) -> None:
        preview = self._wizard.preview
        self.sheets.clear()
        self.panels.clear()
        if preview is None:
            return
        for mapping in preview.mappings:
            panel = SheetPanel(mapping, self.sheets)
            panel.include.toggled.connect(self._changed)
            for combo in panel.table.combos.values():
                combo.currentIndexChanged.connect(self._changed)
            kind = t(f"ui_excel.file.sheet_kind.{mapping.kind}")
            self.sheets.addTab(panel, f"{mapping.sheet} ({kind})")
            self.panels[mapping.sheet] = panel
        notes = [p.line() for p in preview.problems if not p.is_error]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._changed()

    def table(self, sheet: str) -> MappingTable:
        return self.panels[sheet].table

    def mappings(self) -> list[SheetMapping]:
        """The operator's mapping of every sheet to import."""
        return [
            panel.table.chosen_mapping()
            for panel in self.panels.values()
            if panel.include.isChecked()
        ]

    def missing(self) -> list[str]:
        """Sentences naming each required field not yet chosen, sheet by sheet."""
        sentences = []
        chosen = self.mappings()
        if not chosen:
            return [t("ui_excel.mapping.none_included")]
        for mapping in chosen:
            for key in mapping.missing_required():
                sentences.append(
                    t("ui_excel.mapping.missing", field=field_label(key), sheet=mapping.sheet)
                )
        return sentences

    def _changed(self, *_args: object) -> None:
        missing = self.missing()
        self.status.setText("\n".join(missing) if missing else t("ui_excel.mapping.ready"))
        self.status.setStyleSheet("color: #9c2b00;" if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.panels) and not self.missing()

    def validatePage(self) -> bool:
        self._wizard.mappings = self.mappings()
        return True
