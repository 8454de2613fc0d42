"""Berkas → Ekspor laporan: period, full NIK and password choices, then the export as a task."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.excel.report.export import ExportOptions, ExportResult, export_report
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.accounts.role_menus import limit_full_nik
from wksbm_desktop.ui.excel import common, periods, signature_warning
from wksbm_desktop.ui.excel.periods import (
    DEFAULT_PRESET,
    PRESETS,
    quick_period,
    report_file_name,
)
from wksbm_desktop.ui.excel.privacy_box import WARNING_STYLE, PrivacyBox
from wksbm_desktop.ui.locale import long_date
from wksbm_desktop.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """The operator's choices for one report; ``options()`` once accepted. No database access."""

    def __init__(
        self,
        kelurahan_name: str,
        today: date | None = None,
        parent: QWidget | None = None,
        seal_key_id: str | None = None,
    ) -> None:
        """``seal_key_id``: the installed Dinas Sosial key ("" for none), shown under the NIK
        choice; None shows nothing about it."""
        super().__init__(parent)
        self.seal_key_id = seal_key_id
        self.setObjectName("exportDialog")
        self.setWindowTitle(t("ui_excel.export.title"))
        self.kelurahan_name, self.today = kelurahan_name, today or periods.today()
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(t("ui_excel.export.intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._period_box())
        layout.addWidget(self._privacy_box())
        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(WARNING_STYLE + " font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            t("ui_excel.export.go"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportGo")
        buttons.addButton(t("ui_excel.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._sync()
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()  # again: a warning may have been added since (signature_warning.attach)
        super().showEvent(event)

    def _fit(self) -> None:
        """Tall enough for every wrapped note at the dialog's width (the notes are indented by
        layouts, not by label margins, which height-for-width leaves out: lines were cut)."""
        hint = self.sizeHint()
        width = max(self.minimumWidth(), hint.width())
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        self.resize(width, height if height > 0 else hint.height())

    # Building
    def _period_box(self) -> QGroupBox:
        """One click per period: the last complete one on the left, the current one next to it."""
        box = QGroupBox(t("ui_excel.export.period"), self)
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        group = QButtonGroup(box)
        self.period_radios: dict[str, QRadioButton] = {}
        for position, preset in enumerate(PRESETS):
            radio = QRadioButton(t(f"ui_main.period.{preset}"), box)
            radio.setObjectName(f"exportPeriod_{preset}")
            group.addButton(radio)
            grid.addWidget(radio, position // 2, position % 2)
            self.period_radios[preset] = radio
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        # The first version's names, kept for callers and tests.
        self.all_radio, self.range_radio = self.period_radios["all"], self.period_radios["custom"]
        dates = QHBoxLayout()
        self.from_edit = self._date_edit(box, self.today, "exportFrom")
        self.to_edit = self._date_edit(box, self.today, "exportTo")
        dates.addSpacing(24)
        dates.addWidget(QLabel(t("ui_excel.export.from"), box))
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(t("ui_excel.export.to"), box))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        layout.addLayout(dates)
        self.period_label = QLabel(box)
        self.period_label.setObjectName("exportPeriodText")
        self.period_label.setWordWrap(True)
        layout.addWidget(self.period_label)
        self._apply_preset(DEFAULT_PRESET)  # shown by _sync once the whole dialog is built
        group.buttonToggled.connect(self._on_preset_toggled)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self._show_period())
        return box

    def _date_edit(self, parent: QWidget, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(value), parent)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def _privacy_box(self) -> PrivacyBox:
        self.seal_note = QLabel(self)
        self.seal_note.setObjectName("exportSealNote")
        self.seal_note.setWordWrap(True)
        if self.seal_key_id is None:
            self.seal_note.hide()
        else:
            self.seal_note.setText(seal_text(self.seal_key_id))
            self.seal_note.setStyleSheet("" if self.seal_key_id else WARNING_STYLE)
        warning = t("ui_excel.export.full_nik_warning")
        self.privacy = PrivacyBox("export", warning, self, note=self.seal_note, stacked=True)
        self.privacy.full_nik_check.toggled.connect(self._sync)
        self.privacy.password_check.toggled.connect(self._sync)
        # The box's widgets by their long-standing names (tests and role_menus reach them).
        self.full_nik_check, self.password_check = (
            self.privacy.full_nik_check,
            self.privacy.password_check,
        )
        self.password_edit, self.confirm_edit = (
            self.privacy.password_edit,
            self.privacy.confirm_edit,
        )
        self.nik_warning = self.privacy.nik_warning
        return self.privacy

    # Behaviour
    def choose_preset(self, preset: str) -> None:
        """Tick a period; a calendar one also fills the dates (shown, greyed)."""
        self._apply_preset(preset)
        self._sync()

    def _apply_preset(self, preset: str) -> None:
        self.period_radios[preset].setChecked(True)
        if preset not in ("all", "custom"):
            period = quick_period(preset, self.today)
            assert period.start is not None and period.end is not None
            self.from_edit.setDate(_qdate(period.start))
            self.to_edit.setDate(_qdate(period.end))

    def choose_quick(self, choice: str) -> None:
        """The first version's name for ``choose_preset``."""
        self.choose_preset(choice)

    def preset(self) -> str:
        return next(name for name, radio in self.period_radios.items() if radio.isChecked())

    def _on_preset_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.choose_preset(button.objectName().removeprefix("exportPeriod_"))

    def _show_period(self) -> None:
        """The period in words and the file name it gives, so the choice is plain to see."""
        period = self.period()
        if period.is_all:
            text = t("ui_main.period.text_all")
        else:
            assert period.start is not None and period.end is not None
            text = t(
                "ui_main.period.text",
                start=long_date(period.start),
                end=long_date(period.end),
            )
        self.period_label.setText(
            text + "\n" + t("ui_main.period.file", name=self.suggested_name())
        )

    def _sync(self) -> None:
        ranged = self.range_radio.isChecked()
        self.from_edit.setEnabled(ranged)
        self.to_edit.setEnabled(ranged)
        self.from_edit.setVisible(not self.all_radio.isChecked())
        self.to_edit.setVisible(not self.all_radio.isChecked())
        self._show_period()
        self.seal_note.setEnabled(not self.privacy.full_nik())  # the masked file's note
        self.error_label.hide()

    def period(self) -> Period:
        if self.all_radio.isChecked():
            return Period()
        return Period(_date(self.from_edit.date()), _date(self.to_edit.date()))

    def options(self) -> ExportOptions:
        return ExportOptions(
            period=self.period(), full_nik=self.privacy.full_nik(), password=self.privacy.password()
        )

    def problem(self) -> str | None:
        """Why the choices cannot be exported yet, in words; None when they can."""
        period = self.period()
        if period.start and period.end and period.start > period.end:
            return t("ui_excel.export.period_reversed")
        return self.privacy.problem()

    def suggested_name(self) -> str:
        return report_file_name(self.kelurahan_name, self.period(), self.today)

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        unprotected = self.privacy.full_nik() and self.privacy.password() is None
        if unprotected and not dialogs_util.ask_confirmation(
            self, t("ui_excel.export.unprotected_question")
        ):
            return
        super().accept()


def seal_text(key_id: str) -> str:
    """What the city can do with the default report's NIKs (core/services/city_key.py)."""
    if key_id:
        return t("city_key.export.sealed", key_id=key_id)
    return t("city_key.export.no_key")


def _installed_key_id(window: MainWindow) -> str:
    from wksbm_desktop.core.services.city_key import installed_key_id

    with window.database.read_session() as session:
        return installed_key_id(session)


def _kelurahan_name(window: MainWindow) -> str:
    from wksbm_desktop.core.services.office import get_office

    with window.database.read_session() as session:
        office = get_office(session)
        return (office.kelurahan_name or "") if office else ""


def start_export(window: MainWindow) -> ExportDialog:
    """Open the dialog (not blocking) on last month; the export runs once the operator accepts."""
    dialog = ExportDialog(
        _kelurahan_name(window), parent=window, seal_key_id=_installed_key_id(window)
    )
    limit_full_nik(dialog.full_nik_check, window.database.account)  # accounts: admin only
    signature_warning.attach(dialog, window.database)  # Lurah name or NIP not filled in
    dialog.accepted.connect(
        lambda: _ask_path_and_run(window, dialog.suggested_name(), dialog.options())
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def last_month_period() -> Period:
    return quick_period("last_month", periods.today())


def export_last_month(window: MainWindow) -> None:
    """The monthly report in two clicks: this one, then Simpan in the file dialog.

    The dialog's defaults apply (NIK masked, no password); other choices go through
    Ekspor laporan.
    """
    period = last_month_period()
    name = report_file_name(_kelurahan_name(window), period, periods.today())
    _ask_path_and_run(window, name, ExportOptions(period=period))


def _ask_path_and_run(window: MainWindow, name: str, options: ExportOptions) -> None:
    start = common.start_folder(window.settings) / name
    chosen = dialogs_util.get_save_path(
        window, t("ui_excel.export.save_title"), str(start), common.xlsx_filter()
    )
    if not chosen:
        return
    target = common.with_suffix_xlsx(chosen)
    common.remember_folder(window.settings, target)
    database = window.database

    def work(ctx: TaskContext) -> ExportResult:
        progress = common.progress_to(ctx, t("ui_excel.export.progress"))
        return common.cancellable(
            ctx,
            lambda: export_report(database, target, options, progress, lambda: ctx.cancelled),
        )

    run_task(window, t("ui_excel.export.title"), work, lambda r: _exported(window, r))


def _exported(window: MainWindow, result: ExportResult) -> None:
    rows = result.rows
    key = "ui_excel.export.done_full" if not result.masked else "ui_excel.export.done"
    text = t(
        key,
        name=result.path.name,
        groups=rows.get("groups", 0),
        members=rows.get("members", 0),
        activities=rows.get("activities", 0),
    )
    if result.encrypted:
        text += "\n" + t("ui_excel.export.done_encrypted")
    if result.masked:
        text += "\n\n" + seal_text(result.nik_key_id)
    common.offer_open_folder(window, text, result.path)
    if not result.masked:
        window.data_changed.emit()  # a committed audit entry: the backup policy notes it
