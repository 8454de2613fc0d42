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
    QWizard,
    QWizardPage,
)

from wksbm_desktop.core.backup import backup_before
from wksbm_desktop.excel.errors_out import write_error_copy
from wksbm_desktop.excel.importer import import_workbook
from wksbm_desktop.excel.problems import ImportProblem, ImportReport
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from wksbm_desktop.ui.excel.import_wizard import ImportWizard

PROBLEM_HEADERS = ("kind", "sheet", "row", "column", "message")


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

    def initializePage(self) -> None:
        self.run_check()

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
        self._show(report, text)

    def _show(self, report: ImportReport | None, text: str) -> None:
        self.report = report
        self.summary.setText(text)
        problems = report.problems if report else []
        self.model.set_rows([problem_row(p) for p in problems])
        self.table.resizeRowsToContents()
        self.save_button.setEnabled(bool(problems))
        self.completeChanged.emit()

    def _start(
        self, title: str, work: Callable[[TaskContext], Any], on_success: Callable[[Any], None]
    ) -> None:
        self.busy = True
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
        if report is None or source is None:
            return
        start = source.with_name(f"{source.stem}-masalah.xlsx")
        chosen = dialogs_util.get_save_path(
            self, t("ui_excel.check.save_title"), str(start), common.xlsx_filter()
        )
        if not chosen:
            return
        target = common.with_suffix_xlsx(chosen)

        def done(path: Path) -> None:
            common.offer_open_folder(self, t("ui_excel.check.saved", name=path.name), path)

        run_task(
            self,
            t("ui_excel.check.save_task"),
            lambda _ctx: write_error_copy(source, target, report),
            done,
        )

    # The real import
    def validatePage(self) -> bool:
        if self._wizard.import_report is not None:
            return True
        if not self.isComplete():
            return False
        self._import()
        return False  # the wizard moves on once the task succeeded

    def _import(self) -> None:
        path, mappings, database = self._wizard.path, self._wizard.mappings, self._wizard.database
        assert path is not None

        def work(ctx: TaskContext) -> tuple[ImportReport, str]:
            backup = ""
            if database.path is not None:  # on a server the server's own backups apply
                ctx.progress(0, 0, t("ui_excel.check.backing_up"))
                info = backup_before(database.path, "impor")
                backup = info.path.name if info is not None else ""
            progress = common.progress_to(ctx, t("ui_excel.check.importing"))
            report = common.cancellable(
                ctx,
                lambda: import_workbook(
                    database, path, mappings=mappings,
                    progress=progress, cancelled=lambda: ctx.cancelled,
                ),
            )  # fmt: skip
            return report, backup

        self._start(t("ui_excel.check.import_task"), work, self._imported)

    def _imported(self, outcome: tuple[ImportReport, str]) -> None:
        report, backup = outcome
        if not report.written:
            # The file changed since the check, or the data did: show what the import found.
            self._show(report, report.summary())
            return
        self._wizard.import_report, self._wizard.backup_name = report, backup
        self._wizard.imported.emit(report)
        self._wizard.next()
