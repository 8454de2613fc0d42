"""Berkas → Impor dari Excel: choose a file, confirm its columns, check it, import, summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.headers import SheetMapping
from wksbm_desktop.excel.importing.importer import ImportPreview, preview_import
from wksbm_desktop.excel.importing.problems import ImportReport
from wksbm_desktop.i18n import has_key, t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.excel.import_check import CheckPage, save_error_workbook
from wksbm_desktop.ui.excel.mapping_page import MappingPage
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.settings import Settings
from wksbm_desktop.ui.tasks import failure_message, run_task

FILE_PAGE, MAPPING_PAGE, CHECK_PAGE, SUMMARY_PAGE = range(4)
ENTITY_ORDER = ("groups", "members", "memberships", "activities", "assessments", "attendance")
SHOWN_NOTICES = 5
PROBLEM_STYLE = "color: #9c2b00; font-weight: bold;"


class ImportWizard(QWizard):
    """One import, step by step; ``imported`` fires once the data is committed."""

    imported = Signal(object)  # ImportReport

    def __init__(
        self, database: Database, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(t("ui_excel.import.title"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # already committed
        for button, key in (
            (QWizard.WizardButton.BackButton, "back"),
            (QWizard.WizardButton.NextButton, "next"),
            (QWizard.WizardButton.CancelButton, "cancel"),
            (QWizard.WizardButton.FinishButton, "finish"),
            (QWizard.WizardButton.CommitButton, "commit"),
        ):
            self.setButtonText(button, t(f"ui_excel.wizard.{key}"))
        self.show_valid_only(False)
        self.database, self.settings = database, settings
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.mappings: list[SheetMapping] | None = None
        self.import_report: ImportReport | None = None  # not "result": QDialog.result() is a method
        self.backup_name = ""
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.mapping_page, self.check_page, self.summary_page)
        ):
            self.setPage(page_id, page)
        self.resize(860, 620)

    def show_valid_only(self, shown: bool) -> None:
        """The check page's "Impor baris yang benar saja" beside "Impor" (the commit button);
        a custom button layout shows every button it names, so it is named only there."""
        button = QWizard.WizardButton
        custom = [button.CustomButton1] if shown else []
        self.setButtonLayout([
            button.Stretch, button.BackButton, button.NextButton, *custom,
            button.CommitButton, button.FinishButton, button.CancelButton,
        ])  # fmt: skip

    def nextId(self) -> int:
        current = self.currentId()
        if current == FILE_PAGE:
            # The app's own reports carry their columns by name: nothing to confirm.
            kind = self.preview.kind if self.preview else "list"
            return CHECK_PAGE if kind == "report" else MAPPING_PAGE
        if current in (MAPPING_PAGE, CHECK_PAGE):
            return current + 1
        return -1


class FilePage(QWizardPage):
    """Choose the workbook; the page names its kind, or says plainly why it cannot be read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importFilePage")
        self.setTitle(t("ui_excel.file.title"))
        self.setSubTitle(t("ui_excel.file.subtitle"))
        self._wizard = wizard
        self.busy = False
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(t("ui_excel.file.none"))
        row.addWidget(self.path_edit, 1)
        self.browse_button = QPushButton(t("ui_excel.file.browse"), self)
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("importKind")
        self.kind_label.setWordWrap(True)
        layout.addWidget(self.kind_label)
        self.details = QLabel(self)
        self.details.setObjectName("importDetails")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        layout.addStretch(1)
        hint = QLabel(t("ui_excel.file.hint"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def browse(self) -> None:
        start = str(common.start_folder(self._wizard.settings))
        chosen = dialogs_util.get_open_path(
            self, t("ui_excel.file.open_title"), start, t("ui_excel.filter_open")
        )
        if chosen:
            common.remember_folder(self._wizard.settings, chosen)
            self.choose(Path(chosen))

    def choose(self, path: Path) -> None:
        """Read the kind and the headings of ``path`` in the background."""
        self._wizard.path, self._wizard.preview, self._wizard.mappings = path, None, None
        self.path_edit.setText(str(path))
        self.kind_label.setStyleSheet("")
        self.kind_label.setText(t("ui_excel.file.reading"))
        self.details.clear()
        self.busy = True
        self.completeChanged.emit()
        run_task(
            self,
            t("ui_excel.file.reading"),
            lambda _ctx: preview_import(path),
            self._previewed,
            self._unreadable,
            self._unreadable,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.busy = False
        self._wizard.preview = preview
        self.kind_label.setText(t(f"ui_excel.file.kind.{preview.kind}"))
        lines = [
            t(
                "ui_excel.file.sheet_line_kind",
                sheet=m.sheet,
                kind=t(f"ui_excel.file.sheet_kind.{m.kind}"),
                header=m.header_row,
                fields=len(m.columns),
            )
            for m in preview.mappings
        ]
        lines += [p.line() for p in preview.problems]
        self.details.setText("\n".join(lines))
        self.completeChanged.emit()

    def _unreadable(self, error: BaseException | None = None) -> None:
        self.busy = False
        self._wizard.path = None
        message = failure_message(error) if error is not None else t("ui_excel.file.cancelled")
        self.kind_label.setStyleSheet(PROBLEM_STYLE)
        self.kind_label.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        if self.busy or preview is None:
            return False
        # A list with no sheet of members has nothing to map; the details say why.
        return preview.kind == "report" or bool(preview.mappings)


def entity_label(key: str) -> str:
    label = f"ui_excel.entity.{key}"
    return t(label) if has_key(label) else key


def summary_rows(report: ImportReport) -> list[tuple[str, str, str, str]]:
    """Added / updated / unchanged per kind of record, in the order the office thinks of them."""
    seen: Counter[str] = report.created + report.updated + report.unchanged
    keys = [k for k in ENTITY_ORDER if k in seen] + sorted(set(seen) - set(ENTITY_ORDER))
    return [
        (
            entity_label(key),
            thousands(report.created[key]),
            thousands(report.updated[key]),
            thousands(report.unchanged[key]),
        )
        for key in keys
    ]


class SummaryPage(QWizardPage):
    """What the import did; the main window has already refreshed."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importSummaryPage")
        self.setTitle(t("ui_excel.summary.title"))
        self.setSubTitle(t("ui_excel.summary.subtitle"))
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("summaryText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        headers = [t(f"ui_excel.summary.col_{k}") for k in ("kind", "added", "updated", "same")]
        self.model = TextTableModel(headers, [], self)
        self.model.align_right(1, 2, 3)
        self.table = QTableView(self)
        self.table.setObjectName("summaryCounts")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.left_out = QLabel(self)
        self.left_out.setObjectName("summaryLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet(PROBLEM_STYLE)
        layout.addWidget(self.left_out)
        row = QHBoxLayout()
        self.save_errors = QPushButton(t("import_more.summary.save_errors"), self)
        self.save_errors.setObjectName("summarySaveErrors")
        self.save_errors.clicked.connect(self._on_save_errors)
        row.addWidget(self.save_errors)
        row.addStretch(1)
        layout.addLayout(row)
        self.backup = QLabel(self)
        self.backup.setWordWrap(True)
        layout.addWidget(self.backup)

    def _on_save_errors(self) -> None:
        report, source = self._wizard.import_report, self._wizard.path
        if report is not None and source is not None:
            save_error_workbook(self, source, report)

    def initializePage(self) -> None:
        report = self._wizard.import_report
        if report is None:
            return
        text = report.summary()
        notices = [f"• {p.line()}" for p in report.notices[:SHOWN_NOTICES]]
        if report.notices:
            text += "\n" + t("ui_excel.summary.notices", count=len(report.notices))
            text += "\n" + "\n".join(notices)
        if len(report.notices) > SHOWN_NOTICES:
            text += "\n" + t("ui_excel.summary.more", count=len(report.notices) - SHOWN_NOTICES)
        self.text.setText(text)
        self.model.set_rows(summary_rows(report))
        left_out = len(report.left_out) if report.saved_with_errors else 0
        self.left_out.setText(t("import_more.summary.left_out", count=left_out) if left_out else "")
        self.left_out.setVisible(bool(left_out))
        self.save_errors.setVisible(bool(left_out))
        name = self._wizard.backup_name
        self.backup.setText(t("ui_excel.summary.backup", name=name) if name else "")
