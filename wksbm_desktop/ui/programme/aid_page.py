"""The Bantuan page of the programme window: a group's aid, what was handed over, its LPJ.

The list shows each live aid with its decision, what was disbursed and what remains, and where
its LPJ stand (an overdue one in red, and in words). Under it, the chosen aid's disbursements
and LPJ. "Tampilkan yang diarsipkan" lists what was archived, for Pulihkan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries import aid as aid_queries
from wksbm_desktop.core.queries.aid import AidDetail, AidRow, DisbursementRow, GroupAid, ReportRow
from wksbm_desktop.core.queries.labels import rupiah, thousands
from wksbm_desktop.core.queries.programme_group import ArchivedRecord, archived_records
from wksbm_desktop.core.services import reference
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.forms import base
from wksbm_desktop.ui.operations import programme as programme_ops
from wksbm_desktop.ui.programme import aid_rows
from wksbm_desktop.ui.programme.aid_forms import AidDialog, DisbursementDialog, ReportDialog
from wksbm_desktop.ui.programme.aid_rows import FlaggedTableModel
from wksbm_desktop.ui.programme.group_access import GroupAccess, group_access
from wksbm_desktop.ui.tabs.widgets import make_list_view

COLUMN = "aid_ui.col."


def _table(
    name: str, headers: Sequence[str], parent: QWidget
) -> tuple[QTableView, FlaggedTableModel]:
    model = FlaggedTableModel([t(COLUMN + header) for header in headers], parent)
    view = make_list_view(name, parent, sortable=False)
    view.setModel(model)
    return view, model


def _button(name: str, key: str, tip_key: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(t(key))
    button.setObjectName(name)
    button.setToolTip(t(tip_key))
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _fit_columns(view: QTableView, stretch: int) -> None:
    """Every column as wide as its text, but the ``stretch`` one takes what space is left
    (and cuts its text first): the LPJ state at the end is never hidden off to the right."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else (
            QHeaderView.ResizeMode.ResizeToContents)  # fmt: skip
        header.setSectionResizeMode(column, mode)


class AidPage(QWidget):
    """Bantuan: the group's aid register. ``show_group(uuid)`` reads the group's aid again."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aidPage")
        self.database = database
        self.group_uuid: str | None = None
        self.access = GroupAccess(None, False, "")
        self.aid = GroupAid([])
        self.detail = AidDetail([], [])
        self.archived: list[ArchivedRecord] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._build_buttons())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_live())
        self.stack.addWidget(self._build_archive())
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # Building
    def _build_buttons(self) -> QHBoxLayout:
        made = {
            name: _button(f"aid{name}Button", f"aid_ui.action.{key}",
                          f"aid_ui.action.{key}_tip", slot)
            for name, key, slot in (
                ("Add", "add", self.add_aid),
                ("Edit", "edit", self.edit_aid),
                ("Disburse", "disburse", self.add_disbursement),
                ("Report", "report", self.add_report),
                ("Archive", "archive", self.archive_aid),
                ("Restore", "restore", self.restore_archived),
            )
        }  # fmt: skip
        self.add_button, self.edit_button = made["Add"], made["Edit"]
        self.disburse_button, self.report_button = made["Disburse"], made["Report"]
        self.archive_button, self.restore_button = made["Archive"], made["Restore"]
        self.show_archived = QCheckBox(t("aid_ui.action.show_archived"))
        self.show_archived.setObjectName("aidShowArchived")
        self.show_archived.toggled.connect(self._on_show_archived)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.disburse_button,
                       self.report_button, self.archive_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.show_archived)
        row.addWidget(self.restore_button)
        return row

    def _build_live(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.aid_view, self.aid_model = _table("aidTable", aid_rows.AID_COLUMNS, page)
        self.aid_model.align_right(*aid_rows.AID_MONEY_COLUMNS)
        self.aid_view.selectionModel().currentRowChanged.connect(lambda *_a: self._on_aid_chosen())
        self.aid_view.doubleClicked.connect(lambda _index: self.edit_aid())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # as in the main lists: Enter edits
            QShortcut(QKeySequence(key), self.aid_view, self.edit_aid,
                      context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.totals = QLabel(page)
        self.totals.setObjectName("aidTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(page)
        self.empty.setObjectName("aidEmpty")
        self.empty.setStyleSheet("color: #555555;")
        self.empty.setWordWrap(True)
        top = QWidget(page)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.aid_view, 1)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.setObjectName("aidSplitter")
        splitter.addWidget(top)
        splitter.addWidget(self._build_detail_tabs(page))
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([330, 230])
        layout.addWidget(splitter, 1)
        return page

    def _build_detail_tabs(self, parent: QWidget) -> QWidget:
        """The chosen aid's disbursements and LPJ on one tab, its attachments on the other."""
        from wksbm_desktop.ui.programme.attachments_panel import AttachmentsPanel

        tabs = QTabWidget(parent)
        tabs.setObjectName("aidDetailTabs")
        tabs.setDocumentMode(True)
        tabs.addTab(self._build_detail(tabs), t("aid_ui.detail.money_tab"))
        self.attachments = AttachmentsPanel(self.database, "aid", tabs)
        index = tabs.addTab(self.attachments, t("aid_ui.detail.attachments_tab", count=0))
        self.attachments.changed.connect(
            lambda count: tabs.setTabText(index, t("aid_ui.detail.attachments_tab", count=count))
        )
        return tabs

    def _build_detail(self, parent: QWidget) -> QWidget:
        area = QWidget(parent)
        columns = QHBoxLayout(area)
        columns.setContentsMargins(0, 0, 0, 0)
        self.disbursement_box = QGroupBox(t("aid_ui.detail.disbursements"), area)
        self.disbursement_view, self.disbursement_model = _table(
            "disbursementTable", aid_rows.DISBURSEMENT_COLUMNS, self.disbursement_box
        )
        self.disbursement_model.align_right(2)
        self.disbursement_view.doubleClicked.connect(lambda _i: self.edit_disbursement())
        self.disbursement_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self.edit_disbursement_button = _button(
            "disbursementEditButton", "aid_ui.action.edit_disbursement",
            "aid_ui.action.edit_disbursement_tip", self.edit_disbursement,
        )  # fmt: skip
        self.archive_disbursement_button = _button(
            "disbursementArchiveButton", "aid_ui.action.archive_disbursement",
            "aid_ui.action.archive_disbursement_tip", self.archive_disbursement,
        )  # fmt: skip
        columns.addWidget(self._box(self.disbursement_box, self.disbursement_view,
                                    self.edit_disbursement_button,
                                    self.archive_disbursement_button), 1)  # fmt: skip
        self.report_box = QGroupBox(t("aid_ui.detail.reports"), area)
        self.report_view, self.report_model = _table(
            "reportTable", aid_rows.REPORT_COLUMNS, self.report_box
        )
        self.report_view.doubleClicked.connect(lambda _i: self.edit_report())
        self.report_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self.edit_report_button = _button(
            "reportEditButton", "aid_ui.action.edit_report", "aid_ui.action.edit_report_tip",
            self.edit_report,
        )  # fmt: skip
        self.archive_report_button = _button(
            "reportArchiveButton", "aid_ui.action.archive_report",
            "aid_ui.action.archive_report_tip", self.archive_report,
        )  # fmt: skip
        columns.addWidget(self._box(self.report_box, self.report_view, self.edit_report_button,
                                    self.archive_report_button), 1)  # fmt: skip
        return area

    @staticmethod
    def _box(box: QGroupBox, view: QTableView, *buttons: QPushButton) -> QGroupBox:
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _build_archive(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        banner = QLabel(t("aid_ui.archived.banner"), page)
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff4ce; border: 1px solid #e0c060; padding: 4px 8px;")
        layout.addWidget(banner)
        self.archived_view, self.archived_model = _table(
            "aidArchivedTable", aid_rows.ARCHIVED_COLUMNS, page
        )
        self.archived_model.align_right(3)
        self.archived_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_buttons()
        )
        layout.addWidget(self.archived_view, 1)
        return page

    # Showing a group
    def show_group(self, uuid: str | None) -> None:
        """Read the group's aid (again), keeping the aid chosen when it is still there."""
        self.group_uuid = uuid
        self.access = group_access(self.database, uuid)
        today = aid_rows.today()
        with self.database.read_session() as session:
            if uuid and self.access.group is not None:
                self.aid = aid_queries.group_aid(session, uuid, today)
                self.archived = archived_records(session, uuid)
            else:
                self.aid, self.archived = GroupAid([]), []
        chosen = self.current_aid()
        self._fill_aid()
        self._fill_archived()
        self.select_aid(chosen.uuid if chosen else None)
        self._update_buttons()

    def refresh(self) -> None:
        self.show_group(self.group_uuid)

    def _fill_aid(self) -> None:
        rows = self.aid.rows
        flagged = {(n, aid_rows.AID_LPJ_COLUMN) for n, row in enumerate(rows)
                   if row.lpj_state == "overdue"}  # fmt: skip
        self.aid_model.set_flagged_rows([aid_rows.aid_cells(row) for row in rows],
                                        [row.uuid for row in rows], flagged)  # fmt: skip
        _fit_columns(self.aid_view, 1)
        if self.group_uuid is None or self.access.group is None:
            self.empty.setText(t("aid_ui.empty.no_group"))
        else:
            self.empty.setText(t("aid_ui.empty.no_aid"))
        self.empty.setVisible(not rows)
        self.totals.setVisible(bool(rows))
        self.totals.setText(self._totals_text())

    def _totals_text(self) -> str:
        aid = self.aid
        text = t("aid_ui.totals", count=thousands(len(aid.rows)), requested=rupiah(aid.requested),
                 approved=rupiah(aid.approved), disbursed=rupiah(aid.disbursed),
                 remaining=rupiah(sum(row.remaining for row in aid.rows)))  # fmt: skip
        if aid.overdue:
            late = t("aid_ui.totals_overdue", count=thousands(aid.overdue))
            style = f"color: {aid_rows.OVERDUE_COLOUR}; font-weight: bold;"
            text += f' · <span style="{style}">{late}</span>'
        return text

    def _fill_archived(self) -> None:
        records = self.archived
        self.archived_model.set_flagged_rows(
            [aid_rows.archived_cells(record) for record in records],
            [record.uuid for record in records], set(),
        )  # fmt: skip
        _fit_columns(self.archived_view, 2)

    def select_aid(self, uuid: str | None) -> bool:
        """Choose an aid in the list; when ``uuid`` is not there, the first overdue one."""
        keys = self.aid_model.keys
        if not keys:
            self._on_aid_chosen()
            return False
        if uuid in keys:
            row = keys.index(uuid)
        else:  # the first aid whose LPJ is overdue: what needs the clerk first
            states = [aid.lpj_state for aid in self.aid.rows]
            row = states.index("overdue") if "overdue" in states else 0
        self.aid_view.setCurrentIndex(self.aid_model.index(row, 0))
        self._on_aid_chosen()
        return uuid in keys

    def current_aid(self) -> AidRow | None:
        index = self.aid_view.currentIndex()
        rows = self.aid.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _on_aid_chosen(self) -> None:
        aid = self.current_aid()
        if aid is None:
            self.detail = AidDetail([], [])
        else:
            with self.database.read_session() as session:
                self.detail = aid_queries.aid_detail(session, aid.uuid, aid_rows.today())
        disbursements, reports = self.detail.disbursements, self.detail.reports
        self.disbursement_model.set_flagged_rows(
            [aid_rows.disbursement_cells(row) for row in disbursements],
            [row.uuid for row in disbursements], set(),
        )  # fmt: skip
        late = {(n, aid_rows.REPORT_LATE_COLUMN) for n, row in enumerate(reports)
                if row.days_overdue}  # fmt: skip
        self.report_model.set_flagged_rows([aid_rows.report_cells(row) for row in reports],
                                           [row.uuid for row in reports], late)  # fmt: skip
        _fit_columns(self.disbursement_view, 3)
        _fit_columns(self.report_view, 4)
        title = aid.purpose if aid is not None else ""
        self.disbursement_box.setTitle(
            t("aid_ui.detail.disbursements_of", purpose=title) if title
            else t("aid_ui.detail.disbursements")
        )  # fmt: skip
        self.report_box.setTitle(
            t("aid_ui.detail.reports_of", purpose=title) if title else t("aid_ui.detail.reports")
        )
        self.attachments.set_owner(aid.uuid if aid is not None else None, self._read_only())
        self._update_buttons()

    def _read_only(self) -> bool:
        """Attachments of a group that may not change here (archived, another kelurahan's)."""
        access = getattr(self, "access", None)
        return access is not None and access.group is not None and not access.may_change

    def _current_of(self, view: QTableView, rows: Sequence[object]) -> object | None:
        index = view.currentIndex()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def current_disbursement(self) -> DisbursementRow | None:
        found = self._current_of(self.disbursement_view, self.detail.disbursements)
        return found if isinstance(found, DisbursementRow) else None

    def current_report(self) -> ReportRow | None:
        found = self._current_of(self.report_view, self.detail.reports)
        return found if isinstance(found, ReportRow) else None

    def current_archived(self) -> ArchivedRecord | None:
        found = self._current_of(self.archived_view, self.archived)
        return found if isinstance(found, ArchivedRecord) else None

    def _on_show_archived(self, checked: bool) -> None:
        self.stack.setCurrentIndex(1 if checked else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """What may be done now: nothing for a reader, only Pulihkan in the archive."""
        archive = self.show_archived.isChecked()
        live = self.access.may_change and not archive
        aid = self.current_aid()
        approved = aid is not None and aid.decision == "disetujui"
        self.add_button.setEnabled(live)
        self.edit_button.setEnabled(live and aid is not None)
        self.disburse_button.setEnabled(live and approved and aid is not None and aid.remaining > 0)
        self.report_button.setEnabled(live and approved)
        self.archive_button.setEnabled(live and aid is not None)
        self.edit_disbursement_button.setEnabled(live and self.current_disbursement() is not None)
        self.archive_disbursement_button.setEnabled(
            live and self.current_disbursement() is not None
        )
        self.edit_report_button.setEnabled(live and self.current_report() is not None)
        self.archive_report_button.setEnabled(live and self.current_report() is not None)
        self.restore_button.setVisible(archive)
        self.restore_button.setEnabled(
            archive and self.access.may_change and self.current_archived() is not None
        )
        for button in (self.add_button, self.edit_button, self.disburse_button,
                       self.report_button, self.archive_button):  # fmt: skip
            button.setVisible(not archive)
        # A reader (a Pemantau, the city for a kelurahan's group) sees no writing buttons.
        reader = self.access.group is not None and not self.access.may_change
        for button in (self.add_button, self.edit_button, self.disburse_button,
                       self.report_button, self.archive_button, self.restore_button,
                       self.edit_disbursement_button, self.archive_disbursement_button,
                       self.edit_report_button, self.archive_report_button):  # fmt: skip
            if reader:
                button.setVisible(False)
        self.disburse_button.setToolTip(self._disburse_tip(aid))

    def _disburse_tip(self, aid: AidRow | None) -> str:
        if aid is not None and aid.decision != "disetujui":
            return t("aid_ui.action.disburse_needs_approval")
        if aid is not None and aid.remaining <= 0:
            return t("aid_ui.action.disburse_all_done")
        return t("aid_ui.action.disburse_tip")

    # The forms
    def _sources(self) -> list[str]:
        with self.database.read_session() as session:
            return reference.labels(session, "aid_source")

    def _run_form(self, dialog: base.FormDialog) -> str | None:
        base.exec_dialog(dialog)
        saved = dialog.saved_uuid
        dialog.deleteLater()
        return saved

    def add_aid(self) -> None:
        self._edit_aid(None)

    def edit_aid(self) -> None:
        aid = self.current_aid()
        if aid is not None:
            self._edit_aid(aid)

    def _edit_aid(self, aid: AidRow | None) -> None:
        group = self.access.group
        if not self.access.may_change or group is None or self.show_archived.isChecked():
            return
        dialog = AidDialog(self, group.uuid, group.name, self._sources(), aid)
        uuid, version = (aid.uuid, aid.version) if aid is not None else (None, None)
        dialog.set_saver(
            lambda values: programme_ops.save_aid(dialog, self.database, uuid, version, values)
        )
        saved = self._run_form(dialog)
        if saved:
            self.refresh()
            self.select_aid(saved)

    def add_disbursement(self) -> None:
        self._edit_disbursement(None)

    def edit_disbursement(self) -> None:
        row = self.current_disbursement()
        if row is not None:
            self._edit_disbursement(row)

    def _edit_disbursement(self, row: DisbursementRow | None) -> None:
        self._edit_under_aid(DisbursementDialog, programme_ops.save_disbursement, row)

    def add_report(self) -> None:
        self._edit_report(None)

    def edit_report(self) -> None:
        row = self.current_report()
        if row is not None:
            self._edit_report(row)

    def _edit_report(self, row: ReportRow | None) -> None:
        self._edit_under_aid(ReportDialog, programme_ops.save_report, row)

    def _edit_under_aid(self, dialog_type: Any, save: Any, row: Any) -> None:
        """A disbursement or an LPJ of the chosen aid: new (``row`` None) or changed."""
        aid = self.current_aid()
        if not self.access.may_change or aid is None or self.show_archived.isChecked():
            return
        dialog = dialog_type(self, aid, row)
        uuid, version = (row.uuid, row.version) if row is not None else (None, None)
        dialog.set_saver(lambda values: save(dialog, self.database, uuid, version, values))
        if self._run_form(dialog):
            self.refresh()

    # Archive and restore
    def _change(self, operation: Callable[[], object]) -> bool:
        """One operation for one click; a refusal of the core becomes a message."""
        try:
            operation()
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
            self.refresh()
            return False
        self.refresh()
        return True

    def archive_aid(self) -> None:
        aid = self.current_aid()
        if aid is None or not self.access.may_change:
            return
        if dialogs_util.ask_confirmation(
            self, t("aid_ui.confirm.archive_aid", purpose=aid.purpose)
        ):
            self._change(lambda: programme_ops.archive_aid(self, self.database, aid.uuid,
                                                           aid.version))  # fmt: skip

    def archive_disbursement(self) -> None:
        row = self.current_disbursement()
        if row is None or not self.access.may_change:
            return
        question = t("aid_ui.confirm.archive_disbursement", amount=rupiah(row.amount))
        if dialogs_util.ask_confirmation(self, question):
            self._change(lambda: programme_ops.archive_disbursement(
                self, self.database, row.uuid, row.version))  # fmt: skip

    def archive_report(self) -> None:
        row = self.current_report()
        if row is None or not self.access.may_change:
            return
        question = t("aid_ui.confirm.archive_report", date=aid_rows.date_text(row.due_on))
        if dialogs_util.ask_confirmation(self, question):
            self._change(lambda: programme_ops.archive_report(
                self, self.database, row.uuid, row.version))  # fmt: skip

    def restore_archived(self) -> None:
        record = self.current_archived()
        if record is None or not self.access.may_change:
            return
        restore = {
            "aid": programme_ops.restore_aid,
            "disbursement": programme_ops.restore_disbursement,
            "report": programme_ops.restore_report,
        }[record.kind]
        self._change(lambda: restore(self, self.database, record.uuid))
