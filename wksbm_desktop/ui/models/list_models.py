"""The three list models: which columns the Kelompok, Anggota and Kegiatan tables show."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wksbm_desktop.core.queries.labels import date_text, rt_rw, status_label, thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.models.paged import CENTER, RIGHT, Column, ListSource, PagedTableModel
from wksbm_desktop.ui.opening import DatabaseOpening

if TYPE_CHECKING:
    from wksbm_desktop.core.queries.activities import ActivityRow
    from wksbm_desktop.core.queries.groups import GroupRow
    from wksbm_desktop.core.queries.members import MemberRow
    from wksbm_desktop.core.storage.db import Database

# The queries (and SQLAlchemy with them) are imported when a list first needs more than the
# quick first page the window shows at start-up.


def place_columns() -> list[Column[Any]]:
    """Kecamatan and Kelurahan: which office owns the record, on a city installation only."""
    return [
        Column(t("city_views.col.kecamatan"), lambda r: r.kecamatan, "kecamatan"),
        Column(t("city_views.col.kelurahan"), lambda r: r.kelurahan, "kelurahan"),
    ]


def _with_places(columns: list[Column[Any]], city: bool, after: int = 1) -> list[Column[Any]]:
    return [*columns[:after], *place_columns(), *columns[after:]] if city else columns


def group_columns(city: bool = False) -> list[Column[GroupRow]]:
    return _with_places(_group_columns(), city)


def member_columns(city: bool = False) -> list[Column[MemberRow]]:
    return _with_places(_member_columns(), city)


def activity_columns(city: bool = False) -> list[Column[ActivityRow]]:
    return _with_places(_activity_columns(), city, after=2)


def _group_columns() -> list[Column[GroupRow]]:
    return [
        Column(t("shell.groups.col.name"), lambda r: r.name, "name"),
        Column(t("shell.groups.col.type"), lambda r: r.type, "type"),
        Column(t("shell.groups.col.sector"), lambda r: r.sector, "sector"),
        Column(t("shell.groups.col.rt_rw"), lambda r: rt_rw(r.rt, r.rw), "rt_rw", CENTER),
        Column(t("shell.groups.col.status"), lambda r: status_label(r.status), "status"),
        Column(
            t("shell.groups.col.members"),
            lambda r: thousands(r.member_count),
            "member_count",
            RIGHT,
        ),
        Column(t("shell.groups.col.ketua"), lambda r: r.ketua or "", "ketua"),
    ]


def _member_columns() -> list[Column[MemberRow]]:
    return [
        Column(t("shell.members.col.name"), lambda r: r.full_name, "full_name"),
        Column(t("shell.members.col.nik"), lambda r: r.nik, "nik"),
        Column(t("shell.members.col.kk"), lambda r: r.kk, "kk"),
        Column(t("shell.members.col.sex"), lambda r: r.sex, "sex", CENTER),
        Column(t("shell.members.col.birth_date"), lambda r: date_text(r.birth_date), "birth_date"),
        Column(t("shell.members.col.rt_rw"), lambda r: rt_rw(r.rt, r.rw), "rt_rw", CENTER),
        Column(t("shell.members.col.groups"), lambda r: r.groups, "groups"),
    ]


def _activity_columns() -> list[Column[ActivityRow]]:
    return [
        Column(t("shell.activities.col.held_on"), lambda r: date_text(r.held_on), "held_on"),
        Column(t("shell.activities.col.title"), lambda r: r.title, "title"),
        Column(t("shell.activities.col.type"), lambda r: r.type, "type"),
        Column(t("shell.activities.col.funding"), lambda r: r.funding, "funding"),
        Column(t("shell.activities.col.amount"), lambda r: thousands(r.amount), "amount", RIGHT),
        Column(
            t("shell.activities.col.participants"),
            lambda r: thousands(r.participants),
            "participants",
            RIGHT,
        ),
        # Last, so that it takes the spare width: group names are the longest text here.
        Column(t("shell.activities.col.group"), lambda r: r.group_name, "group_name"),
    ]


def _group_source() -> ListSource[GroupRow]:
    from wksbm_desktop.core.queries import groups

    return ListSource(groups.list_groups, groups.count_groups)


def _member_source() -> ListSource[MemberRow]:
    from wksbm_desktop.core.queries import members

    return ListSource(members.list_members, members.count_members, members.count_members_upto)


def _activity_source() -> ListSource[ActivityRow]:
    from wksbm_desktop.core.queries import activities

    return ListSource(activities.list_activities, activities.count_activities)


def group_model(
    database: Database | DatabaseOpening, parent: Any = None, city: bool = False
) -> PagedTableModel[GroupRow]:
    return PagedTableModel(database, group_columns(city), _group_source, parent=parent)


def member_model(
    database: Database | DatabaseOpening, parent: Any = None, city: bool = False
) -> PagedTableModel[MemberRow]:
    """The Anggota list; before the data layer is imported its first page is read directly."""
    quick = database.quick if isinstance(database, DatabaseOpening) else None
    quick_page = quick.first_member_page if quick is not None else None
    return PagedTableModel(
        database, member_columns(city), _member_source, parent=parent, quick_page=quick_page
    )


def activity_model(
    database: Database | DatabaseOpening, parent: Any = None, city: bool = False
) -> PagedTableModel[ActivityRow]:
    return PagedTableModel(database, activity_columns(city), _activity_source, parent=parent)
