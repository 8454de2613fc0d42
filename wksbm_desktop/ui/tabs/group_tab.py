"""The Kelompok tab: groups with type, sector, status and RW filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QWidget

from wksbm_desktop.core.models import GROUP_STATUSES
from wksbm_desktop.core.queries.groups import group_rws
from wksbm_desktop.core.queries.labels import status_label
from wksbm_desktop.core.services import reference
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.details.base import DetailPanel
from wksbm_desktop.ui.details.group_detail import GroupDetailPanel
from wksbm_desktop.ui.models.list_models import group_model
from wksbm_desktop.ui.models.paged import PagedTableModel
from wksbm_desktop.ui.opening import DatabaseOpening
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.operations import groups as group_ops
from wksbm_desktop.ui.tabs.base import ListTab
from wksbm_desktop.ui.tabs.place_filters import PlaceFilters, place_filters, widths_with_places


class GroupTab(ListTab):
    prefix = "group"
    count_key = "shell.groups.count"
    search_what_key = "shell.groups.search_what"
    archive_confirm_key = "shell.groups.archive_confirm"
    column_widths: tuple[int, ...] = (230, 115, 140, 65, 85, 65)
    # Member counts and the level are columns here: member and level changes show too.
    # The detail panel lists the group's aid and its LPJ: aid changes show too (issue 19).
    shows = OpChanges(groups=True, members=True, memberships=True, assessments=True, programme=True)

    places: PlaceFilters | None = None

    def __init__(self, database: Database | DatabaseOpening, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._add_programme_button()

    def _add_programme_button(self) -> None:
        """Bantuan & pemantauan: the programme window on the chosen group (issue 19)."""
        action = QAction(t("aid_ui.group_tab.button"), self)
        action.setObjectName("groupProgramme")
        action.setToolTip(t("aid_ui.group_tab.button_tip"))
        action.triggered.connect(lambda _checked=False: self.open_programme())
        self.toolbar.addSeparator()
        self.toolbar.addAction(action)
        self.toolbar.widgetForAction(action).setObjectName("programmeButton")
        self.programme_action = action
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_args: action.setEnabled(self.current_uuid() is not None)
        )
        action.setEnabled(False)

    def row_menu_actions(self) -> list[QAction | None]:
        return [*super().row_menu_actions(), None, self.programme_action]

    def open_programme(self) -> None:
        from wksbm_desktop.ui.programme.window import open_programme_window

        uuid = self.current_uuid()
        if uuid is not None:
            open_programme_window(self.window(), uuid)  # the main window holding this tab

    def make_model(self) -> PagedTableModel[Any]:
        if self.opening.is_city:
            self.column_widths = widths_with_places(self.column_widths, 1)
        return group_model(self.database, self, city=self.opening.is_city)

    def make_detail(self) -> DetailPanel:
        return GroupDetailPanel(self.database, self)

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.places = place_filters(self, layout)
        self.add_filter(layout, "type", "shell.groups.filter.type")
        self.add_filter(layout, "sector", "shell.groups.filter.sector")
        status = self.add_filter(layout, "status", "shell.groups.filter.status")
        status.set_choices([(status_label(code), code) for code in GROUP_STATUSES])
        self.add_filter(layout, "rw", "shell.groups.filter.rw", characters=4)

    def refresh_filter_options(self) -> None:
        with self.database.read_session() as session:
            types = reference.labels(session, "group_type")
            sectors = reference.labels(session, "sector")
            rws = group_rws(session)
            if self.places is not None:
                self.places.refresh(session)
        self.filter_combo("type").set_choices([(label, label) for label in types])
        self.filter_combo("sector").set_choices([(label, label) for label in sectors])
        self.filter_combo("rw").set_choices([(rw, rw) for rw in rws])

    def open_editor(self, uuid: str | None) -> str | None:
        from wksbm_desktop.ui import forms

        return forms.edit_group(self, self.database, uuid)

    def archive_record(self, uuid: str, version: int) -> None:
        group_ops.archive_group(self, self.database, uuid, version)

    def restore_record(self, uuid: str) -> None:
        group_ops.restore_group(self, self.database, uuid)
