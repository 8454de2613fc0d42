"""Data → Riwayat perubahan: the audit log filtered by date, operator and record, exportable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.audit import (
    AuditFilter,
    AuditRow,
    count_audit,
    list_audit,
    mask_nik_runs,
    operators,
)
from wksbm_desktop.core.queries.audit_lookup import find_records, record_names
from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import data_dir
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.tasks import failure_message

PAGE_SIZE = 100
ENTITIES = (
    "member", "group", "membership", "activity", "assessment", "office", "city_key", "database"
)  # fmt: skip
COLUMNS = ("at", "operator", "entity", "record", "action", "changes")


def audit_cells(row: AuditRow, name: str) -> tuple[str, ...]:
    changes = "; ".join(change.text for change in row.changes)
    return (
        row.at.strftime("%d-%m-%Y %H.%M"),
        row.operator,
        row.entity_label,
        name,
        row.action_label,
        mask_nik_runs(changes),
    )


class AuditView(QDialog):
    """Filters on top, one page of entries in the table, paging and export below."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setWindowTitle(t("ui_safety.audit.title"))
        self.database = database
        self.offset = 0
        self.rows: list[AuditRow] = []
        self.total = 0
        self._build()
        self.resize(1100, 640)
        self.reload()

    # Building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        headers = [t(f"ui_safety.audit.col.{c}" if c == "record" else f"safety.audit.col.{c}")
                   for c in COLUMNS]  # fmt: skip
        self.model = TextTableModel(headers, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 120, 95, 190, 85)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_footer())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_undo())

    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.since_check, self.since_edit = self._date_filter("auditSince", "since")
        self.until_check, self.until_edit = self._date_filter("auditUntil", "until")
        self.operator_combo = self._combo("auditOperator")
        self.entity_combo = self._combo("auditEntity")
        for entity in ENTITIES:
            self.entity_combo.addItem(t(f"safety.audit.entity.{entity}"), entity)
        self.record_edit = QLineEdit(self)
        self.record_edit.setObjectName("auditRecordSearch")
        self.record_edit.setPlaceholderText(t("ui_safety.audit.record_placeholder"))
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.returnPressed.connect(self.search_records)
        self.record_combo = self._combo("auditRecord", t("ui_safety.audit.all_records"))
        self.record_combo.setMinimumContentsLength(30)
        self.reset_button = QPushButton(t("ui_safety.audit.reset"), self)
        self.reset_button.setObjectName("auditReset")
        self.reset_button.clicked.connect(self.reset_filters)
        grid.addWidget(self.since_check, 0, 0)
        grid.addWidget(self.since_edit, 0, 1)
        grid.addWidget(self.until_check, 0, 2)
        grid.addWidget(self.until_edit, 0, 3)
        grid.addWidget(QLabel(t("ui_safety.audit.operator"), self), 0, 4)
        grid.addWidget(self.operator_combo, 0, 5)
        grid.addWidget(QLabel(t("ui_safety.audit.entity"), self), 0, 6)
        grid.addWidget(self.entity_combo, 0, 7)
        grid.addWidget(QLabel(t("ui_safety.audit.record"), self), 1, 0)
        grid.addWidget(self.record_edit, 1, 1, 1, 3)
        grid.addWidget(self.record_combo, 1, 4, 1, 3)
        grid.addWidget(self.reset_button, 1, 7)
        grid.setColumnStretch(5, 1)
        self._fill_operators()
        return grid

    def _date_filter(self, name: str, key: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(t(f"ui_safety.audit.{key}"), self)
        check.setObjectName(f"{name}Enabled")
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda _on: self.reload())
        edit.dateChanged.connect(lambda _d: self.reload() if check.isChecked() else None)
        return check, edit

    def _combo(self, name: str, all_text: str = "") -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(all_text or t("ui_safety.audit.all"), "")
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    def _fill_operators(self) -> None:
        with self.database.read_session() as session:
            names = operators(session)
        for name in names:
            self.operator_combo.addItem(name, name)

    def refresh_operators(self) -> None:
        """Offer operators who acted since the view opened, keeping the current choice."""
        combo, current = self.operator_combo, self.operator_combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        self._fill_operators()
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _build_footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QPushButton(t("ui_safety.audit.previous"), self)
        self.previous_button.setObjectName("auditPrevious")
        self.previous_button.clicked.connect(lambda: self.go_to(self.offset - PAGE_SIZE))
        self.next_button = QPushButton(t("ui_safety.audit.next"), self)
        self.next_button.setObjectName("auditNext")
        self.next_button.clicked.connect(lambda: self.go_to(self.offset + PAGE_SIZE))
        self.range_label = QLabel(self)
        self.range_label.setObjectName("auditRange")
        self.export_button = QPushButton(t("ui_safety.audit.export"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.export)
        # The history holds names and changed values: a role that exports nothing has no button
        # (the core refuses the export anyway).
        account = self.database.account
        self.export_button.setVisible(account is None or account.may(Permission.EXPORT_MASKED))
        close = QPushButton(t("ui_safety.audit.close"), self)
        close.clicked.connect(self.accept)
        # A merge of two records of one person (issue 18) is undone from its history entry.
        self.undo_merge_button = QPushButton(t("duplicates_ui.history.undo"), self)
        self.undo_merge_button.setObjectName("auditUndoMerge")
        self.undo_merge_button.setToolTip(t("duplicates_ui.undo_tip"))
        self.undo_merge_button.clicked.connect(self.undo_merge)
        self.undo_merge_button.setVisible(False)
        for widget in (self.previous_button, self.range_label, self.next_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.undo_merge_button)
        row.addWidget(self.export_button)
        row.addWidget(close)
        return row

    # Querying
    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            since=_date_of(self.since_edit) if self.since_check.isChecked() else None,
            until=_date_of(self.until_edit) if self.until_check.isChecked() else None,
            operator=self.operator_combo.currentData() or "",
            entity=self.entity_combo.currentData() or "",
            entity_uuid=self.record_combo.currentData() or "",
        )

    def reload(self) -> None:
        """Back to the first page of what the filters now select."""
        self.offset = 0
        self.load_page()

    def go_to(self, offset: int) -> None:
        self.offset = max(0, min(offset, max(self.total - 1, 0) // PAGE_SIZE * PAGE_SIZE))
        self.load_page()

    def load_page(self) -> None:
        filters = self.current_filter()
        with self.database.read_session() as session:
            self.total = count_audit(session, filters)
            rows = list_audit(session, filters, self.offset, PAGE_SIZE)
            names = record_names(session, (row.entity_uuid for row in rows))
        self.rows = rows
        self.model.set_rows([audit_cells(r, names.get(r.entity_uuid, "")) for r in rows])
        self._show_range(len(rows))
        self._show_undo()

    def _show_range(self, shown: int) -> None:
        if self.total == 0:
            self.range_label.setText(t("ui_safety.audit.none"))
        else:
            self.range_label.setText(
                t(
                    "ui_safety.audit.range",
                    first=thousands(self.offset + 1),
                    last=thousands(self.offset + shown),
                    total=thousands(self.total),
                )
            )
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + shown < self.total)
        self.export_button.setEnabled(self.total > 0)

    # Undoing a merge from its entry
    def selected_merge(self) -> int | None:
        """The merge the selected entry records, when it is one and the role may undo it."""
        row = self.table.currentIndex().row()
        account = self.database.account
        if account is not None and not account.may(Permission.MERGE):
            return None
        if not 0 <= row < len(self.rows):
            return None
        return merge_of(self.rows[row])

    def _show_undo(self) -> None:
        self.undo_merge_button.setVisible(self.selected_merge() is not None)

    def undo_merge(self) -> None:
        from wksbm_desktop.ui.operations import duplicates as duplicate_ops

        merge_id = self.selected_merge()
        question = t("duplicates_ui.history.confirm")
        if merge_id is None or not dialogs_util.ask_confirmation(self, question):
            return
        try:
            duplicate_ops.undo(self, self.database, merge_id)
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
            return
        dialogs_util.show_info(self, t("duplicates_ui.undone"))
        self.load_page()

    # Record search
    def search_records(self) -> None:
        text = self.record_edit.text()
        with self.database.read_session() as session:
            matches = find_records(session, text)
        self.record_combo.blockSignals(True)
        self.record_combo.clear()
        self.record_combo.addItem(t("ui_safety.audit.all_records"), "")
        for match in matches:
            self.record_combo.addItem(match.label, match.uuid)
        self.record_combo.blockSignals(False)
        if not matches and text.strip():
            self.range_label.setText(t("ui_safety.audit.no_match", text=text.strip()))
            return
        # One match is meant at once; several wait for the operator to choose.
        self.record_combo.setCurrentIndex(1 if len(matches) == 1 else 0)
        if len(matches) > 1:
            self.record_combo.setItemText(0, t("ui_safety.audit.matches", count=len(matches)))
            self.record_combo.showPopup()
        self.reload()

    def reset_filters(self) -> None:
        for widget in (self.since_check, self.until_check, self.operator_combo):
            widget.blockSignals(True)
        self.since_check.setChecked(False)
        self.until_check.setChecked(False)
        self.since_edit.setEnabled(False)
        self.until_edit.setEnabled(False)
        self.operator_combo.setCurrentIndex(0)
        for widget in (self.since_check, self.until_check, self.operator_combo):
            widget.blockSignals(False)
        self.record_edit.clear()
        self.record_combo.blockSignals(True)
        self.record_combo.clear()
        self.record_combo.addItem(t("ui_safety.audit.all_records"), "")
        self.record_combo.blockSignals(False)
        self.entity_combo.setCurrentIndex(0)
        self.reload()

    # Export
    def export(self) -> None:
        start = str(data_dir() / t("ui_safety.audit.export_name"))
        chosen = dialogs_util.get_save_path(
            self, t("ui_safety.audit.export_title"), start, t("ui_safety.audit.export_filter")
        )
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        from wksbm_desktop.ui.operations.history import export_history

        try:
            count = export_history(self, self.database, self.current_filter(), target)
        except (WksbmError, OSError) as error:  # a locked or full drive, a refused role
            dialogs_util.show_error(self, failure_message(error))
            return
        message = t("ui_safety.audit.exported", count=thousands(count), path=str(target))
        dialogs_util.show_info(self, message, t("ui_safety.audit.export_title"))
        self.refresh_operators()
        self.reload()  # the export is in the history now


def merge_of(row: AuditRow) -> int | None:
    """The merge id a member's "merge" (survivor) or "merged_into" (other) entry carries."""
    if row.entity != "member" or row.action not in ("merge", "merged_into"):
        return None
    found = [change.new for change in row.changes if change.field == "merge_id"]
    return int(found[0]) if found and found[0].isdigit() else None


def _date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def open_audit_view(parent: QWidget) -> None:
    """Show the audit view for the parent window's database (non-modal, one at a time)."""
    existing = parent.findChild(AuditView, "auditView")
    if existing is not None:
        existing.refresh_operators()
        existing.reload()
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return
    view = AuditView(parent.database, parent)  # type: ignore[attr-defined]
    view.show()
