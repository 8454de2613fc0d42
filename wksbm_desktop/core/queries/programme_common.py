"""What the programme's queries share: the place filters of the city and live-group checks."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select

from wksbm_desktop.core.models import Group
from wksbm_desktop.core.queries.city_lists import KECAMATAN, KELURAHAN, place_filtered
from wksbm_desktop.core.queries.common import Column, ListRequest, Query


def in_place(
    query: Query, code_column: Column, kecamatan: str | None, kelurahan: str | None
) -> Query:
    """Only the records of a kecamatan or kelurahan (all when both are None), by the
    record's own ``kelurahan_code``, as the city's lists filter."""
    request = ListRequest(filters={KECAMATAN: kecamatan, KELURAHAN: kelurahan})
    return place_filtered(query, request, code_column)


def of_live_group(group_column: Column) -> ColumnElement[bool]:
    """Records of groups that are not archived (archived groups are few: no join per row)."""
    return group_column.not_in(select(Group.id).where(Group.archived_at.is_not(None)))
