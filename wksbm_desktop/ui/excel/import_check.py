"""The wizard step that checks the file without writing, lists every problem, then imports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wksbm_desktop.excel.importing.errors_out import write_error_copy
from wksbm_desktop.excel.importing.importer import backup_before_import, import_workbook
from wksbm_desktop.excel.importing.problems import ImportProblem, ImportReport
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from wksbm_desktop.ui.excel.import_wizard import ImportWizard

PROBLEM_HEADERS = ("kind", "sheet", "row", "column", "message")
VALID_ONLY_BUTTON = "importValidOnly"


def save_error_workbook(parent: QWidget, source: Path, report: ImportReport) -> None:
    """Ask where, then write the operator's workbook with a status and a message per row."""
    start = source.with_name(f"{source.stem}-kesalahan.xlsx")
    chosen = dialogs_util.get_save_path(
        parent, t("ui_excel.check.save_title"), str(start), common.xlsx_filter()
    )
    if not chosen:
        return
    target = common.with_suffix_xlsx(chosen)

    def done(path: Path) -> None:
        common.offer_open_folder(parent, t("ui_excel.check.saved", name=path.name), path)

    run_task(
        parent,
        t("ui_excel.check.save_task"),
        lambda _ctx: write_error_copy(source, target, report),
        done,
    )


def problem_row(problem: ImportProblem) -> tuple[str, ...]:
    kind = t("ui_excel.check.error") if problem.is_error else t("ui_excel.check.notice")
    return (kind, problem.sheet, str(problem.row or ""), problem.column, problem.message)


class CheckPage(QWizardPage):
    """A dry run on entry; "Impor" (the commit button) runs the real import in one transaction."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importCheckPage")
        self.setTitle(t("ui_excel.check.title"))
        self.setSubTitle(t("ui_excel.check.subtitle"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, t("ui_excel.check.import"))
        self._wizard = wizard
        self.report: ImportReport | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = TextTableModel(
            [t(f"ui_excel.check.col_{k}") for k in PROBLEM_HEADERS], [], self
        )
        self.model.align_right(2)
        self.table = QTableView(self)
        self.table.setObjectName("checkProblems")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(t("ui_excel.check.save_problems"), self)
        self.save_button.setObjectName("saveProblems")
        self.save_button.clicked.connect(self.save_problems)
        row.addWidget(self.save_button)
        self.recheck_button = QPushButton(t("ui_excel.check.recheck"), self)
        self.recheck_button.setObjectName("recheck")
        self.recheck_button.clicked.connect(self.run_check)
        row.addWidget(self.recheck_button)
        row.addStretch(1)
        layout.addLayout(row)
        # In the wizard's own button row, next to the all-or-nothing "Impor".
        self.valid_only_button = wizard.button(QWizard.WizardButton.CustomButton1)
        self.valid_only_button.setText(t("import_more.check.import_valid"))
        self.valid_only_button.setObjectName(VALID_ONLY_BUTTON)
        self.valid_only_button.setToolTip(t("import_more.check.import_valid_tip"))
        self.valid_only_button.clicked.connect(self.import_valid_rows)
        self.valid_only_button.setEnabled(False)

    def initializePage(self) -> None:
        self._wizard.show_valid_only(True)
        self.run_check()

    def cleanupPage(self) -> None:
        """Back to the mapping: the button belongs to this page only."""
        self._wizard.show_valid_only(False)

    # The dry run
    def run_check(self) -> None:
        path, mappings, database = self._wizard.path, self._wizard.mappings, self._wizard.database
        assert path is not None
        self._show(None, t("ui_excel.check.running"))

        def work(ctx: TaskContext) -> ImportReport:
            progress = common.progress_to(ctx, t("ui_excel.check.progress"))
            return common.cancellable(
                ctx,
                lambda: import_workbook(
                    database, path, dry_run=True, mappings=mappings,
                    progress=progress, cancelled=lambda: ctx.cancelled,
                ),
            )  # fmt: skip

        self._start(t("ui_excel.check.task"), work, self._checked)

    def _checked(self, report: ImportReport) -> None:
        text = report.summary()
        if report.ok:
            text += "\n" + t("ui_excel.check.ok_hint")
        elif self.valid_rows_possible(report):
            text += "\n" + t("import_more.check.partial_hint")
        self._show(report, text)

    @staticmethod
    def valid_rows_possible(report: ImportReport | None) -> bool:
        """Rows can be left out: errors sit on rows of a list, and some rows are fine."""
        return (
            report is not None
            and not report.ok
            and not report.fatal
            and report.kind != "report"
            and bool(report.created or report.unchanged)
        )

    def _show(self, report: ImportReport | None, text: str) -> None:
        self.report = report
        self.summary.setText(text)
        problems = report.problems if report else []
        self.model.set_rows([problem_row(p) for p in problems])
        self.table.resizeRowsToContents()
        self.save_button.setEnabled(bool(problems))
        self.valid_only_button.setEnabled(not self.busy and self.valid_rows_possible(report))
        self.completeChanged.emit()

    def _start(
        self, title: str, work: Callable[[TaskContext], Any], on_success: Callable[[Any], None]
    ) -> None:
        self.busy = True
        self.valid_only_button.setEnabled(False)
        self.completeChanged.emit()

        def finish(result: object) -> None:
            self.busy = False
            on_success(result)

        def failed(error: BaseException) -> None:
            self.busy = False
            from wksbm_desktop.ui.tasks import failure_message

            self._show(None, failure_message(error))

        def cancelled() -> None:
            self.busy = False
            self._show(None, t("ui_excel.check.cancelled"))

        run_task(self, title, work, finish, failed, cancelled)

    def isComplete(self) -> bool:
        return not self.busy and self.report is not None and self.report.ok

    # The errors-out copy
    def save_problems(self) -> None:
        report, source = self.report, self._wizard.path
        if report is not None and source is not None:
            save_error_workbook(self, source, report)

    # The real import
    def validatePage(self) -> bool:
        if self._wizard.import_report is not None:
            return True
        if not self.isComplete():
            return False
        self._import()
        return False  # the wizard moves on once the task succeeded

    def import_valid_rows(self) -> None:
        """ "Impor baris yang benar saja": the rows without errors, in one transaction."""
        if not self.busy and self.valid_rows_possible(self.report):
            self._import(valid_only=True)

    def _import(self, valid_only: bool = False) -> None:
        path, mappings, database = self._wizard.path, self._wizard.mappings, self._wizard.database
        assert path is not None

        def work(ctx: TaskContext) -> tuple[ImportReport, str]:
            ctx.progress(0, 0, t("ui_excel.check.backing_up"))
            info = backup_before_import(database)  # on a server its own backups apply
            backup = info.path.name if info is not None else ""
            progress = common.progress_to(ctx, t("ui_excel.check.importing"))
            report = common.cancellable(
                ctx,
                lambda: import_workbook(
                    database, path, mappings=mappings, valid_only=valid_only,
                    progress=progress, cancelled=lambda: ctx.cancelled,
                ),
            )  # fmt: skip
            return report, backup

        self._start(t("ui_excel.check.import_task"), work, self._imported)

    def _imported(self, outcome: tuple[ImportReport, str]) -> None:
        report, backup = outcome
        if backup:  # taken whether or not the import then wrote anything
            from wksbm_desktop.core.storage.backup import REASON_BEFORE_IMPORT
            from wksbm_desktop.ui.safety.backup_actions import record_backup_by

            record_backup_by(self._wizard.database, backup, REASON_BEFORE_IMPORT)
        if not report.written:
            # The file changed since the check, or the data did: show what the import found.
            self._show(report, report.summary())
            return
        self._wizard.import_report, self._wizard.backup_name = report, backup
        self._wizard.imported.emit(report)
        self._wizard.show_valid_only(False)
        self._wizard.next()
