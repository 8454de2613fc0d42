"""The Kunjungan page: a group's coaching and monitoring visits, and beside them the groups no
one has visited for six months (whom the monitoring officer visits next)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.domain.wilayah import kota_tangerang
from wksbm_desktop.core.queries.labels import date_text, thousands
from wksbm_desktop.core.queries.monitoring import facilitator_names, group_name
from wksbm_desktop.core.queries.visits import (
    UnvisitedGroup,
    VisitRow,
    group_visits,
    groups_without_visit,
)
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms import base as form_base
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.operations import monitoring as monitoring_ops
from wksbm_desktop.ui.programme.monitoring_list import RecordListPage
from wksbm_desktop.ui.programme.visit_form import VisitDialog
from wksbm_desktop.ui.tabs.widgets import make_list_view

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.storage.db import Database


def today() -> date:
    """The day the six months are counted back from (tests replace it)."""
    return date.today()


def one_line(text: str) -> str:
    return " ".join(text.split())


def status_text(visit: VisitRow) -> str:
    if not visit.follow_up and visit.follow_up_status == "belum":
        return "–"  # nothing to follow up
    return t(f"programme.follow_up.{visit.follow_up_status}")


def visit_row(visit: VisitRow) -> tuple[str, ...]:
    return (
        date_text(visit.visited_on),
        visit.facilitator,
        status_text(visit),
        one_line(visit.findings),
        one_line(visit.recommendations),
        one_line(visit.follow_up),
    )


def unvisited_row(group: UnvisitedGroup, with_place: bool) -> tuple[str, ...]:
    last = t("monitoring.visits.never") if group.last_visit is None else date_text(group.last_visit)
    if not with_place:
        return (group.name, last)
    place = kota_tangerang().kelurahan_by_code(group.kelurahan_code)
    return (group.name, place.name if place else group.kelurahan_code, last)


class VisitsPage(RecordListPage):
    prefix = "visits"
    headers = (
        "programme.label.visited_on",
        "programme.label.facilitator",
        "programme.label.follow_up_status",
        "programme.label.findings",
        "programme.label.recommendations",
        "programme.label.follow_up",
    )
    max_column_width = 170
    no_rows_key = "monitoring.visits.none"
    # Double-clicking a group on the "not visited" list asks the window to choose it.
    group_requested = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        self.unvisited: list[UnvisitedGroup] = []
        self._facilitators: list[str] = []
        self._group_name = ""
        super().__init__(database, parent)
        self.reload_unvisited()

    def build_below(self, layout: QVBoxLayout) -> None:
        self.full = QLabel(self.content)
        self.full.setObjectName("visitFull")
        self.full.setWordWrap(True)
        self.full.setTextFormat(Qt.TextFormat.RichText)
        self.full.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.full.setStyleSheet("background: #fafafa; border: 1px solid #dddddd; padding: 6px;")
        self.full.setMinimumHeight(110)
        # The visit's words on one tab, its photos and documents on the other.
        from wksbm_desktop.ui.programme.attachments_panel import AttachmentsPanel

        self.below = QTabWidget(self.content)
        self.below.setObjectName("visitBelowTabs")
        self.below.setDocumentMode(True)
        self.below.addTab(self.full, t("monitoring.visits.notes_tab"))
        self.attachments = AttachmentsPanel(self.database, "visit", self.below)
        self.below.addTab(self.attachments, t("monitoring.visits.attachments_tab", count=0))
        self.attachments.changed.connect(
            lambda count: self.below.setTabText(
                1, t("monitoring.visits.attachments_tab", count=count)
            )
        )
        layout.addWidget(self.below)

    def build_page(self, outer: QVBoxLayout, records: QWidget) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("visitsSplitter")
        splitter.addWidget(records)
        splitter.addWidget(self._build_unvisited())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

    def _build_unvisited(self) -> QGroupBox:
        self.unvisited_box = QGroupBox(self)
        self.unvisited_box.setObjectName("unvisitedBox")
        layout = QVBoxLayout(self.unvisited_box)
        hint = QLabel(t("monitoring.visits.unvisited_hint"), self.unvisited_box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout.addWidget(hint)
        self.unvisited_table = make_list_view("unvisitedTable", self.unvisited_box)
        self.unvisited_table.setSortingEnabled(False)
        self.unvisited_table.horizontalHeader().setSortIndicatorShown(False)
        self.unvisited_model = TextTableModel([], parent=self)
        self.unvisited_table.setModel(self.unvisited_model)
        self.unvisited_table.doubleClicked.connect(self._on_unvisited_chosen)
        layout.addWidget(self.unvisited_table, 1)
        return self.unvisited_box

    def reload_unvisited(self) -> None:
        day = today()
        with self.database.read_session() as session:
            self.unvisited = groups_without_visit(session, day)
            self._facilitators = facilitator_names(session)
        with_place = len({group.kelurahan_code for group in self.unvisited}) > 1
        headers = ["monitoring.visits.col.group", "monitoring.visits.col.last_visit"]
        if with_place:
            headers.insert(1, "monitoring.visits.col.kelurahan")
        self.unvisited_model = TextTableModel([t(h) for h in headers], parent=self)
        self.unvisited_model.set_rows([unvisited_row(g, with_place) for g in self.unvisited])
        self.unvisited_table.setModel(self.unvisited_model)
        self.unvisited_table.resizeColumnsToContents()
        header = self.unvisited_table.horizontalHeader()
        header.resizeSection(0, min(header.sectionSize(0) + 12, 240))
        since = date_text(programme.visit_due_since(day))
        count = thousands(len(self.unvisited))
        title = t("monitoring.visits.unvisited_title", count=count, since=since)
        self.unvisited_box.setTitle(title)

    def _on_unvisited_chosen(self, index: object) -> None:
        row = getattr(index, "row", lambda: -1)()
        if 0 <= row < len(self.unvisited):
            self.group_requested.emit(self.unvisited[row].uuid)

    def refresh(self) -> None:
        # A visit recorded, changed or archived may move a group on or off the list.
        self.reload_unvisited()
        super().refresh()

    def read(self, session: Session, uuid: str, archived: bool) -> tuple[str, bool, list[VisitRow]]:
        group = group_name(session, uuid)
        if group is None:
            return "", True, []
        self._group_name = group.name
        visits = group_visits(session, uuid, archived=archived)
        return t("monitoring.visits.heading", name=group.name), group.archived, visits

    def row_texts(self, row: VisitRow) -> Sequence[str]:
        return visit_row(row)

    def row_selected(self, row: VisitRow | None) -> None:
        self.below.setVisible(bool(self.rows))
        fixed = self.show_archived.isChecked() or self.group_archived or not self.group_own
        self.attachments.set_owner(row.uuid if row is not None else None, fixed)
        if row is None:
            self.full.setText(t("monitoring.visits.pick"))
            return
        parts = [
            ("programme.label.findings", row.findings),
            ("programme.label.recommendations", row.recommendations),
            ("programme.label.follow_up", row.follow_up),
        ]
        lines = [
            f"<b>{html.escape(date_text(row.visited_on))}</b> · {html.escape(row.facilitator)}"
        ]
        lines += [
            f"<b>{html.escape(t(key))}:</b> {html.escape(text).replace(chr(10), '<br>')}"
            for key, text in parts
            if text.strip()
        ]
        if row.follow_up:
            status = t(f"programme.follow_up.{row.follow_up_status}")
            lines.append(f"<b>{html.escape(t('programme.label.follow_up_status'))}:</b> "
                         f"{html.escape(status)}")  # fmt: skip
        self.full.setText("<br>".join(lines))

    def open_editor(self, row: VisitRow | None) -> str | None:
        if self.group_uuid is None:
            return None
        dialog = VisitDialog(self._group_name, self.group_uuid, self)
        dialog.set_facilitators(self._facilitators)
        dialog.load(row, today())
        uuid, version = (row.uuid, row.version) if row else (None, None)
        dialog.set_saver(lambda values: monitoring_ops.save_visit(
            dialog, self.database, uuid, version, values))  # fmt: skip
        form_base.exec_dialog(dialog)
        saved = dialog.saved_uuid
        dialog.deleteLater()
        return saved

    def archive_question(self, row: VisitRow) -> str:
        return t("monitoring.visits.archive_confirm", date=date_text(row.visited_on))

    def archive_record(self, row: VisitRow) -> None:
        monitoring_ops.archive_visit(self, self.database, row.uuid, row.version)

    def restore_record(self, row: VisitRow) -> None:
        monitoring_ops.restore_visit(self, self.database, row.uuid)
