"""Merges done so far and pairs marked as different people, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.models import DismissedPair, Member, MemberMerge


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


@dataclass(frozen=True)
class DismissedSummary:
    """A pair marked "bukan orang yang sama": who said so, when, and why."""

    low_uuid: str
    low_name: str
    high_uuid: str
    high_name: str
    note: str
    dismissed_at: datetime  # UTC
    dismissed_by: str


def dismissed(session: Session, *, limit: int = 500) -> list[DismissedSummary]:
    """The pairs marked as different people, newest first."""
    low, high = aliased(Member), aliased(Member)
    query = (
        select(
            DismissedPair.low_uuid,
            func.coalesce(low.full_name, "-"),
            DismissedPair.high_uuid,
            func.coalesce(high.full_name, "-"),
            DismissedPair.note,
            DismissedPair.dismissed_at,
            DismissedPair.dismissed_by,
        )
        .outerjoin(low, low.uuid == DismissedPair.low_uuid)
        .outerjoin(high, high.uuid == DismissedPair.high_uuid)
        .order_by(DismissedPair.id.desc())
        .limit(limit)
    )
    return [DismissedSummary(*row) for row in session.execute(query)]
