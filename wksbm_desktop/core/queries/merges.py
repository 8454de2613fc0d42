"""Merges of members done so far, newest first: what ``wksbm merge --list`` and an undo show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.models import Member, MemberMerge


@dataclass(frozen=True)
class MergeSummary:
    merge_id: int
    keep_uuid: str
    keep_name: str
    other_uuid: str
    other_name: str
    merged_at: datetime  # UTC
    merged_by: str
    undone_at: datetime | None  # UTC
    undone_by: str


def merges(
    session: Session, *, member_uuid: str | None = None, limit: int = 100
) -> list[MergeSummary]:
    """The newest merges, or those of one member (as survivor or as the record merged away)."""
    keep, other = aliased(Member), aliased(Member)
    query = (
        select(
            MemberMerge.id,
            MemberMerge.keep_uuid,
            func.coalesce(keep.full_name, "-"),
            MemberMerge.other_uuid,
            func.coalesce(other.full_name, "-"),
            MemberMerge.merged_at,
            MemberMerge.merged_by,
            MemberMerge.undone_at,
            MemberMerge.undone_by,
        )
        .outerjoin(keep, keep.uuid == MemberMerge.keep_uuid)
        .outerjoin(other, other.uuid == MemberMerge.other_uuid)
        .order_by(MemberMerge.id.desc())
        .limit(limit)
    )
    if member_uuid is not None:
        query = query.where(
            or_(MemberMerge.keep_uuid == member_uuid, MemberMerge.other_uuid == member_uuid)
        )
    return [MergeSummary(*row) for row in session.execute(query)]
