"""The Anggota tab: residents with sex, RW and group filters; NIKs whole (a Pemantau: masked)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout

from wksbm_desktop.core.queries.labels import sex_label
from wksbm_desktop.ui.models.list_models import member_model
from wksbm_desktop.ui.models.paged import PagedTableModel
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.safety.anonymise import confirm_anonymise, is_anonymous
from wksbm_desktop.ui.tabs.base import ListTab
from wksbm_desktop.ui.tabs.place_filters import PlaceFilters, place_filters, widths_with_places

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.ui.details.base import DetailPanel

# The window opens on this tab showing its first page before SQLAlchemy is imported
# (ui/opening.py): the queries, services, models and the detail panel are imported on use.


class MemberTab(ListTab):
    prefix = "member"
    count_key = "shell.members.count"
    search_what_key = "shell.members.search_what"
    archive_confirm_key = "shell.members.archive_confirm"
    column_widths: tuple[int, ...] = (190, 135, 135, 38, 85, 65)
    shows = OpChanges(members=True, memberships=True, groups=True)  # groups: the filter's names

    places: PlaceFilters | None = None

    def make_model(self) -> PagedTableModel[Any]:
        if self.opening.is_city:
            self.column_widths = widths_with_places(self.column_widths, 1)
        return member_model(self.opening, self, city=self.opening.is_city)

    def make_detail(self) -> DetailPanel:
        from wksbm_desktop.ui.details.member_detail import MemberDetailPanel

        return MemberDetailPanel(self.database, self)

    def build_filters(self, layout: QHBoxLayout) -> None:
        self.places = place_filters(self, layout, on_change=self._refresh_groups)
        self.add_filter(layout, "sex", "shell.members.filter.sex")
        self.add_filter(layout, "rw", "shell.members.filter.rw", characters=4)
        # A city has thousands of groups: the place filters come first, the group's name shorter.
        width = 20 if self.places is None else 14
        self.add_filter(layout, "group", "shell.members.filter.group", characters=width)

    def refresh_filter_options(self) -> None:
        from wksbm_desktop.core.models import SEXES
        from wksbm_desktop.core.queries.groups import group_choices
        from wksbm_desktop.core.queries.members import member_rws

        self.filter_combo("sex").set_choices([(sex_label(code), code) for code in SEXES])
        with self.database.read_session() as session:
            rws = member_rws(session)
            choices = [(c.name, c.uuid) for c in group_choices(session)]
            if self.places is not None:
                self.places.refresh(session)
                choices = self._groups_in_place(session)
        self.filter_combo("rw").set_choices([(rw, rw) for rw in rws])
        self.filter_combo("group").set_choices(choices)

    def _groups_in_place(self, session: Session) -> list[tuple[str, str]]:
        """On a city installation: the groups of the chosen kecamatan or kelurahan, named with
        their kelurahan (many groups of the city share a name)."""
        from wksbm_desktop.core.queries.city_lists import group_choices_in

        assert self.places is not None
        return group_choices_in(
            session, self.places.kecamatan.value(), self.places.kelurahan.value()
        )

    def _refresh_groups(self) -> None:
        with self.database.read_session() as session:
            self.filter_combo("group").set_choices(self._groups_in_place(session))

    def record_name(self, row: Any) -> str:
        return str(row.full_name)

    def open_editor(self, uuid: str | None) -> str | None:
        from wksbm_desktop.ui import forms

        return forms.edit_member(self, self.database, uuid)

    def archive_record(self, uuid: str, version: int) -> None:
        from wksbm_desktop.ui.operations import members as member_ops

        member_ops.archive_member(self, self.database, uuid, version)

    def restore_record(self, uuid: str) -> None:
        from wksbm_desktop.ui.operations import members as member_ops

        member_ops.restore_member(self, self.database, uuid)

    # Anonimkan (UU PDP request) cannot be undone: it lives in the row's menu, away from the
    # everyday toolbar buttons (and from Arsip, which can be undone), for a named member only.
    def _build_toolbar_row(self) -> QHBoxLayout:
        row = super()._build_toolbar_row()
        self.anonymise_action = self._action(
            "Anonymise",
            "ui_safety.anon.action",
            "ui_safety.anon.tip",
            self.anonymise_current,
            on_toolbar=False,
        )
        return row

    def row_menu_actions(self) -> list[QAction | None]:
        return [*super().row_menu_actions(), None, self.anonymise_action]

    def _update_actions(self) -> None:
        super()._update_actions()
        action = getattr(self, "anonymise_action", None)
        if action is not None:
            row = self.current_row()
            action.setEnabled(row is not None and not is_anonymous(row))

    def anonymise_current(self) -> None:
        row = self.current_row()
        if row is None or is_anonymous(row) or not confirm_anonymise(self, row.full_name):
            return
        from wksbm_desktop.ui.operations import members as member_ops

        self._change(
            lambda: member_ops.anonymise_member(self, self.database, row.uuid, row.version)
        )
