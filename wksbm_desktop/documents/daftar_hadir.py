"""Daftar hadir: the attendance sheet of one activity, blank for signing or filled afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.attendance_numbers import SHEET_ORDER
from wksbm_desktop.core.domain.nik import mask_nik
from wksbm_desktop.core.errors import NotFoundError
from wksbm_desktop.core.models import Activity, Attendance, Group, Member, Membership
from wksbm_desktop.documents.page import Column, Letterhead, Page, long_date
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in

GUEST_ROWS = 10


@dataclass(frozen=True)
class SheetRow:
    member_uuid: str
    full_name: str
    rt: str
    rw: str
    nik: str  # already masked
    attended: bool


@dataclass(frozen=True)
class AttendanceSheet:
    activity_uuid: str
    title: str
    held_on: date
    activity_type: str
    location: str
    facilitator: str
    group_name: str
    chair_name: str
    participants: int
    rows: tuple[SheetRow, ...]
    filled: bool


def sheet_members(session: Session, group_id: int, activity_id: int | None) -> list[SheetRow]:
    """The group's current members in sheet order, then attendees who have left since.

    The attendance checklist shows the same people in the same order (core.attendance_numbers).
    """
    attended: set[str] = set()
    if activity_id is not None:
        query = (
            select(Member.uuid)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.activity_id == activity_id)
        )
        attended = set(session.scalars(query))
    columns = (Member.uuid, Member.full_name, Member.rt, Member.rw, Member.nik)
    current = (
        select(*columns)
        .join(Membership, Membership.member_id == Member.id)
        .where(
            Membership.group_id == group_id,
            Membership.ended_on.is_(None),
            Member.archived_at.is_(None),
        )
        .order_by(*SHEET_ORDER)
    )
    rows = [_row(values, attended) for values in session.execute(current)]
    known = {row.member_uuid for row in rows}
    if attended - known:
        left = select(*columns).where(Member.uuid.in_(attended - known)).order_by(*SHEET_ORDER)
        rows += [_row(values, attended) for values in session.execute(left)]
    return rows


def _row(values: tuple[str, str, str, str, str], attended: set[str]) -> SheetRow:
    uuid, name, rt, rw, nik = values
    return SheetRow(uuid, name, rt, rw, mask_nik(nik), uuid in attended)


def attendance_sheet(session: Session, activity_uuid: str, *, filled: bool) -> AttendanceSheet:
    activity = session.scalars(select(Activity).where(Activity.uuid == activity_uuid)).first()
    if activity is None:
        raise NotFoundError("print.no_activity", uuid=activity_uuid)
    group: Group = activity.group
    return AttendanceSheet(
        activity_uuid=activity.uuid,
        title=activity.title,
        held_on=activity.held_on,
        activity_type=activity.type.label,
        location=activity.location,
        facilitator=activity.facilitator,
        group_name=group.name,
        chair_name=_chair(session, group.id),
        participants=activity.participants_count,
        rows=tuple(sheet_members(session, group.id, activity.id if filled else None)),
        filled=filled,
    )


def _chair(session: Session, group_id: int) -> str:
    query = (
        select(Member.full_name)
        .join(Membership, Membership.member_id == Member.id)
        .where(Membership.group_id == group_id, Membership.ended_on.is_(None))
        .where(Membership.role == "ketua", Member.archived_at.is_(None))
        .order_by(func.lower(Member.full_name))
    )
    return session.scalars(query).first() or ""


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def render_attendance_sheet(sheet: AttendanceSheet, letterhead: Letterhead) -> bytes:
    title = t("print.hadir.title")
    pdf = Page(letterhead, f"{title}: {sheet.title}")
    pdf.add_page()
    pdf.draw_letterhead()
    pdf.heading(title, t("print.hadir.filled_note") if sheet.filled else "")
    pdf.label_values(
        [
            (t("print.hadir.group"), sheet.group_name),
            (t("print.hadir.activity"), f"{sheet.title} ({sheet.activity_type})"),
            (t("print.hadir.date"), _weekday_date(sheet.held_on)),
            (t("print.hadir.place"), sheet.location),
        ],
        label_width=36,
    )
    pdf.ln(3)
    if sheet.filled:
        _filled_table(pdf, sheet)
    else:
        _blank_table(pdf, sheet)
    place_date = f"{letterhead.place}, {long_date(sheet.held_on)}"
    pdf.signatures(
        [
            (t("print.hadir.facilitator"), sheet.facilitator, ""),
            (t("print.hadir.chair", group=sheet.group_name), sheet.chair_name, ""),
        ],
        place_date,
    )
    return pdf.to_bytes()


def _weekday_date(value: date) -> str:
    return f"{t(f'print.weekday.{value.isoweekday()}')}, {long_date(value)}"


def _blank_table(pdf: Page, sheet: AttendanceSheet) -> None:
    columns = _columns(t("print.hadir.signature"), 48)
    rows = [_cells(n, row, _signature_slot(n)) for n, row in enumerate(sheet.rows, 1)]
    first_guest = len(rows) + 1
    for number in range(first_guest, first_guest + GUEST_ROWS):
        rows.append([str(number), "", "", t("print.hadir.guest"), _signature_slot(number)])
    pdf.grid_table(columns, rows, row_height=8.5)


def _signature_slot(number: int) -> str:
    # Numbers alternate left and right so neighbours do not sign over each other.
    return f"{number}. " if number % 2 else f"{' ' * 22}{number}. "


def _filled_table(pdf: Page, sheet: AttendanceSheet) -> None:
    columns = _columns(t("print.hadir.presence"), 30)
    present, absent = t("print.hadir.present"), t("print.hadir.absent")
    rows = [
        _cells(n, row, present if row.attended else absent) for n, row in enumerate(sheet.rows, 1)
    ]
    pdf.grid_table(columns, rows, row_height=6.5, empty=t("print.hadir.no_members"))
    attended = sum(row.attended for row in sheet.rows)
    guests = max(0, sheet.participants - attended)
    pdf.ln(3)
    pdf.paragraph(t("print.hadir.summary", attended=attended, members=len(sheet.rows)), 5)
    pdf.paragraph(t("print.hadir.summary_total", guests=guests, total=sheet.participants), 5)


def _columns(last: str, last_width: float) -> list[Column]:
    return [
        Column(t("print.col.no"), 10, "C"),
        Column(t("print.col.name"), 0),
        Column(t("print.col.rt_rw"), 18, "C"),
        Column(t("print.col.nik"), 37, "C"),
        Column(last, last_width, "L"),
    ]


def _cells(number: int, row: SheetRow, last: str) -> list[str]:
    place = f"{row.rt or '-'}/{row.rw or '-'}" if row.rt or row.rw else ""
    return [str(number), row.full_name, place, row.nik, last]
