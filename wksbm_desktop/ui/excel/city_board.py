"""Konsolidasi kota: the board of all kelurahan reports for Dinas Sosial, and the city workbook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.excel.consolidate.city import CityOptions, ConsolidationResult, consolidate
from wksbm_desktop.excel.consolidate.from_database import consolidate_database, database_scan
from wksbm_desktop.excel.consolidate.scan import CancelCheck, Progress, ReportScan, scan_reports
from wksbm_desktop.excel.consolidate.unsealing import city_key_of
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.accounts.role_menus import limit_full_nik
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.excel.city_model import PROBLEM, BoardModel, state_of
from wksbm_desktop.ui.excel.city_source import SourceChoice, city_source_default
from wksbm_desktop.ui.excel.privacy_box import PrivacyBox
from wksbm_desktop.ui.printing.actions import city_print_button
from wksbm_desktop.ui.settings import Settings
from wksbm_desktop.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database

COLUMN_WIDTHS = (95, 130, 100, 115, 185, 65, 60, 65, 140)  # the last column, Masalah, stretches


def workbooks_in(folder: Path) -> list[Path]:
    """Every .xlsx below ``folder``, without Excel's "~$" lock files and hidden temporaries."""
    found = [
        path
        for path in folder.rglob("*.xlsx")
        if path.is_file() and not path.name.startswith(("~$", "."))
    ]
    return sorted(found)


class CityBoard(QDialog):
    """A window of its own: add report files or a folder, see who reported, write the rekap.

    The city workbook has the export's personal-data choices (masked unless asked, password);
    with a ``database`` each consolidation is audited there.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        database: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cityBoard")
        self.setWindowTitle(t("ui_excel.board.title"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.settings, self.database = settings, database
        self.files: list[Path] = []
        self.scan: ReportScan | None = None
        self.busy = False
        city, from_database = city_source_default(database)
        self.source = SourceChoice(from_database, self) if city else None
        layout = QVBoxLayout(self)
        self.intro = QLabel(t("ui_excel.board.intro"), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        if self.source is not None:
            layout.addWidget(self.source)
            self.source.changed.connect(self._on_source_changed)
        layout.addLayout(self._file_buttons())
        self.summary = QLabel(self)
        self.summary.setObjectName("boardSummary")
        self.summary.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.summary)
        self.model = BoardModel(self)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.rejected_label = QLabel(self)
        self.rejected_label.setObjectName("boardRejected")
        self.rejected_label.setWordWrap(True)
        self.rejected_label.setStyleSheet("color: #9c2b00;")
        layout.addWidget(self.rejected_label)
        self.privacy = PrivacyBox("board", t("privacy.board.full_nik_warning"), self)
        layout.addWidget(self.privacy)
        layout.addLayout(self._bottom_buttons())
        self._show_scan(None)
        self._on_source_changed(self.from_database)
        self.resize(1200, 720)

    @property
    def from_database(self) -> bool:
        """The reports are those the city database received (else the files added here)."""
        return self.source is not None and self.source.from_database

    def _on_source_changed(self, _from_database: bool) -> None:
        key = "city_output.board.intro_database" if self.from_database else "ui_excel.board.intro"
        self.intro.setText(t(key))
        for name in ("boardAddFiles", "boardAddFolder", "boardClear"):
            button = self.findChild(QPushButton, name)
            if button is not None:
                button.setEnabled(not self.from_database)
        self.rescan()

    def _file_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, key, slot in (
            ("boardAddFiles", "add_files", self.add_files),
            ("boardAddFolder", "add_folder", self.add_folder),
            ("boardClear", "clear", self.clear),
        ):
            button = QPushButton(t(f"ui_excel.board.{key}"), self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("boardTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        return table

    def _bottom_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.build_button = QPushButton(t("ui_excel.board.build"), self)
        self.build_button.setObjectName("boardBuild")
        self.build_button.clicked.connect(self.build_city_workbook)
        row.addWidget(self.build_button)
        self.print_button = city_print_button(self)  # Rekap Kota as PDF (ui/printing)
        row.addWidget(self.print_button)
        close = QPushButton(t("ui_excel.board.close"), self)
        close.clicked.connect(self.close)
        row.addWidget(close)
        return row

    # Choosing files
    def add_files(self) -> None:
        start = str(common.start_folder(self.settings))
        chosen = common.get_open_paths(
            self, t("ui_excel.board.add_files_title"), start, common.xlsx_filter()
        )
        if chosen:
            common.remember_folder(self.settings, chosen[0])
            self.add_paths([Path(p) for p in chosen])

    def add_folder(self) -> None:
        start = str(common.start_folder(self.settings))
        folder = common.get_folder(self, t("ui_excel.board.add_folder_title"), start)
        if not folder:
            return
        common.remember_folder(self.settings, folder)
        found = workbooks_in(Path(folder))
        if not found:
            dialogs_util.show_info(self, t("ui_excel.board.folder_empty", folder=folder))
            return
        self.add_paths(found)

    def add_paths(self, paths: list[Path]) -> None:
        known = {p.resolve() for p in self.files}
        self.files += [p for p in paths if p.resolve() not in known]
        self.rescan()

    def clear(self) -> None:
        self.files = []
        self._show_scan(None)

    # Reading the reports
    def rescan(self) -> None:
        files, database = list(self.files), self.database
        if self.from_database and database is not None:
            work = _database_scan(database)
        elif files:
            work = _files_scan(files, database)
        else:
            self._show_scan(None)
            return
        source = self.from_database

        def show(scan: ReportScan) -> None:
            if source == self.from_database:  # not a scan of the source chosen before
                self._show_scan(scan)

        self._set_busy(True)
        run_task(
            self,
            t("ui_excel.board.reading"),
            work,
            show,
            self._failed,
            lambda: self._set_busy(False),
        )

    def _failed(self, error: BaseException) -> None:
        from wksbm_desktop.ui.tasks import failure_message

        self._set_busy(False)
        dialogs_util.show_error(self, failure_message(error))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _show_scan(self, scan: ReportScan | None) -> None:
        self.busy = False
        self.scan = scan
        board = scan.board if scan is not None else scan_reports([]).board
        self.model.set_board(board)
        reported = sum(1 for s in board if s.reported)
        problems = sum(1 for s in board if state_of(s) == PROBLEM)
        text = t("ui_excel.board.summary", reported=reported, total=len(board))
        if problems:
            text += " " + t("ui_excel.board.summary_problems", count=problems)
        if self.from_database:
            text += " " + t("city_output.board.summary_database")
        elif self.files:
            text += " " + t("ui_excel.board.summary_files", count=len(self.files))
        self.summary.setText(text)
        self._show_rejected(scan)
        self._update_buttons()

    def _show_rejected(self, scan: ReportScan | None) -> None:
        rejected = scan.rejected if scan is not None else []
        lines = [f"• {f.name}: " + " ".join(issue.message for issue in f.issues) for f in rejected]
        heading = t("ui_excel.board.rejected", count=len(rejected))
        self.rejected_label.setText("\n".join([heading, *lines]) if lines else "")
        self.rejected_label.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        usable = self.scan is not None and bool(self.scan.used)
        self.build_button.setEnabled(usable and not self.busy)
        self.print_button.setEnabled(usable and not self.busy)

    def reported_count(self) -> int:
        return 0 if self.scan is None else len(self.scan.used)

    # The city workbook
    def build_city_workbook(self) -> None:
        if self.scan is None or not self.scan.used or not self.privacy.ready():
            return
        name = f"Rekap-Kota-Tangerang-{date.today().isoformat()}.xlsx"
        start = common.start_folder(self.settings) / name
        chosen = dialogs_util.get_save_path(
            self, t("ui_excel.board.build_title"), str(start), common.xlsx_filter()
        )
        if not chosen:
            return
        target, files = common.with_suffix_xlsx(chosen), list(self.files)
        common.remember_folder(self.settings, target)
        options = CityOptions(full_nik=self.privacy.full_nik(), password=self.privacy.password())
        database, from_database = self.database, self.from_database

        def build(progress: Progress, cancelled: CancelCheck) -> ConsolidationResult:
            if from_database and database is not None:
                return consolidate_database(database, target, progress, cancelled, options=options)
            return consolidate(
                files, target, progress, cancelled, options=options, database=database
            )

        def work(ctx: TaskContext) -> ConsolidationResult:
            progress = common.progress_to(ctx, t("ui_excel.board.building"))
            return common.cancellable(ctx, lambda: build(progress, lambda: ctx.cancelled))

        self._set_busy(True)
        run_task(
            self, t("ui_excel.board.build_task"), work, self._built, self._failed,
            lambda: self._set_busy(False),
        )  # fmt: skip

    def _built(self, result: ConsolidationResult) -> None:
        self._set_busy(False)
        text = t(
            "ui_excel.board.built",
            name=result.path.name,
            reported=result.reported,
            total=len(result.board),
            duplicates=result.nik_duplicates,
            ignored=len(result.ignored),
        )
        text += "\n" + (t("privacy.city.masked") if result.masked else t("privacy.city.full"))
        if result.encrypted:
            text += "\n" + t("ui_excel.export.done_encrypted")
        changed = getattr(self.parent(), "data_changed", None)
        if changed is not None and self.database is not None:
            changed.emit()  # a committed audit entry: the backup policy notes it
        question = f"{text}\n\n{t('ui_excel.board.open_question')}"
        if dialogs_util.ask_confirmation(self, question, t("ui_excel.done_title")):
            common.open_file(result.path)


def _database_scan(database: Database) -> Callable[[TaskContext], ReportScan]:
    """Who reported, as the city database received it (quick: counts per kelurahan)."""
    return lambda _ctx: database_scan(database)


def _files_scan(
    files: list[Path], database: Database | None
) -> Callable[[TaskContext], ReportScan]:
    """Who reported, from the files added here; at the city, sealed NIKs count as full."""

    def work(ctx: TaskContext) -> ReportScan:
        progress = common.progress_to(ctx, t("ui_excel.board.reading"))
        key = city_key_of(database)
        return common.cancellable(
            ctx, lambda: scan_reports(files, progress, lambda: ctx.cancelled, key)
        )

    return work


def open_city_board(parent: QWidget, settings: Settings | None) -> CityBoard:
    """Show the board (one per main window; a second click brings it forward)."""
    board = parent.findChild(CityBoard, "cityBoard")
    if board is None:
        # The main window's database receives the audit entry of each consolidation.
        database = getattr(parent, "database", None)
        board = CityBoard(settings, parent, database)
        limit_full_nik(board.privacy.full_nik_check, getattr(database, "account", None))
    board.show()
    board.raise_()
    board.activateWindow()
    return board
