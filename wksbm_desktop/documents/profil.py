"""Profil kelompok: a group's data, officers, members, level history, activities and funding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.domain.nik import mask_nik
from wksbm_desktop.core.errors import NotFoundError
from wksbm_desktop.core.models import (
    Activity,
    Assessment,
    Group,
    Member,
    Membership,
    ReferenceItem,
)
from wksbm_desktop.core.queries.labels import level_label, role_label, status_label
from wksbm_desktop.core.queries.records import ROLE_RANK
from wksbm_desktop.documents.page import Column, Letterhead, Page, long_date
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in


@dataclass(frozen=True)
class ProfileMember:
    full_name: str
    sex: str
    rt: str
    rw: str
    nik: str  # masked
    role: str  # code
    started_on: date


@dataclass(frozen=True)
class ProfileActivity:
    held_on: date
    title: str
    type: str
    participants: int
    funding: str
    amount: int


@dataclass(frozen=True)
class GroupProfile:
    uuid: str
    name: str
    type: str
    sector: str
    status: str  # code
    parent_name: str
    rt: str
    rw: str
    address: str
    founded_on: date | None
    sk_number: str
    sk_date: date | None
    sk_issuer: str
    phone: str
    members: tuple[ProfileMember, ...]
    levels: tuple[tuple[date, str, str], ...]  # date, level code, notes; oldest first
    activities: tuple[ProfileActivity, ...]  # newest first
    archived: bool = False

    @property
    def officers(self) -> tuple[ProfileMember, ...]:
        return tuple(m for m in self.members if m.role != "anggota")

    @property
    def chair_name(self) -> str:
        return next((m.full_name for m in self.members if m.role == "ketua"), "")

    @property
    def level(self) -> str:
        return self.levels[-1][1] if self.levels else ""

    def funding_by_source(self) -> list[tuple[str, int, int]]:
        """(source, activities, rupiah) in the order sources first appear, largest first."""
        totals: dict[str, list[int]] = {}
        for activity in self.activities:
            entry = totals.setdefault(activity.funding, [0, 0])
            entry[0] += 1
            entry[1] += activity.amount
        ranked = sorted(totals.items(), key=lambda item: -item[1][1])
        return [(source, count, amount) for source, (count, amount) in ranked]


def group_profile(session: Session, uuid: str) -> GroupProfile:
    group = session.scalars(select(Group).where(Group.uuid == uuid)).first()
    if group is None:
        raise NotFoundError("print.no_group", uuid=uuid)
    return GroupProfile(
        uuid=group.uuid,
        name=group.name,
        type=group.type.label,
        sector=group.sector.label,
        status=group.status,
        parent_name=group.parent.name if group.parent else "",
        rt=group.rt,
        rw=group.rw,
        address=group.address,
        founded_on=group.founded_on,
        sk_number=group.sk_number,
        sk_date=group.sk_date,
        sk_issuer=group.sk_issuer,
        phone=group.phone,
        members=tuple(_members(session, group.id)),
        levels=tuple(_levels(session, group.id)),
        activities=tuple(_activities(session, group.id)),
        archived=group.archived_at is not None,
    )


def _members(session: Session, group_id: int) -> list[ProfileMember]:
    query = (
        select(
            Member.full_name,
            Member.sex,
            Member.rt,
            Member.rw,
            Member.nik,
            Membership.role,
            Membership.started_on,
        )
        .join(Membership, Membership.member_id == Member.id)
        .where(Membership.group_id == group_id, Membership.ended_on.is_(None))
        .where(Member.archived_at.is_(None))
        .order_by(ROLE_RANK, func.lower(Member.full_name), Member.id)
    )
    return [
        ProfileMember(name, sex, rt, rw, mask_nik(nik), role, started)
        for name, sex, rt, rw, nik, role, started in session.execute(query)
    ]


def _levels(session: Session, group_id: int) -> list[tuple[date, str, str]]:
    query = (
        select(Assessment.assessed_on, Assessment.level, Assessment.notes)
        .where(Assessment.group_id == group_id)
        .order_by(Assessment.assessed_on, Assessment.id)
    )
    return [(on, level, notes) for on, level, notes in session.execute(query)]


def _activities(session: Session, group_id: int) -> list[ProfileActivity]:
    kind, funding = aliased(ReferenceItem), aliased(ReferenceItem)
    query = (
        select(
            Activity.held_on,
            Activity.title,
            kind.label,
            Activity.participants_count,
            funding.label,
            Activity.amount,
        )
        .join(kind, kind.id == Activity.type_id)
        .join(funding, funding.id == Activity.funding_id)
        .where(Activity.group_id == group_id, Activity.archived_at.is_(None))
        .order_by(Activity.held_on.desc(), Activity.id.desc())
    )
    return [ProfileActivity(*row) for row in session.execute(query)]


def rupiah(amount: int) -> str:
    """ "1.250.000": Indonesian thousands separators."""
    return f"{amount:,}".replace(",", ".")


def short_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "-"


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def render_group_profile(
    profile: GroupProfile, letterhead: Letterhead, printed_on: date | None = None
) -> bytes:
    today = printed_on or date.today()
    title = t("print.profil.title")
    pdf = Page(letterhead, f"{title}: {profile.name}")
    pdf.add_page()
    pdf.draw_letterhead()
    pdf.heading(title, profile.name)
    _data(pdf, profile)
    _officers(pdf, profile)
    _members_table(pdf, profile)
    _levels_table(pdf, profile)
    _activities_table(pdf, profile)
    _funding_table(pdf, profile)
    lurah = t("print.lurah_of", name=letterhead.kelurahan.upper())
    nip = t("print.nip", nip=letterhead.lurah_nip or "-")
    pdf.signatures([(lurah, letterhead.lurah_name, nip)], f"{letterhead.place}, {long_date(today)}")
    return pdf.to_bytes()


def _data(pdf: Page, profile: GroupProfile) -> None:
    place = f"RT {profile.rt or '-'} / RW {profile.rw or '-'}"
    sk = profile.sk_number
    if sk and profile.sk_date:
        sk = t("print.profil.sk_dated", number=sk, date=long_date(profile.sk_date))
    if sk and profile.sk_issuer:
        sk = f"{sk} ({profile.sk_issuer})"
    pdf.section(t("print.profil.data"))
    pdf.label_values(
        [
            (t("print.profil.name"), profile.name),
            (t("print.profil.type"), profile.type),
            (t("print.profil.sector"), profile.sector),
            (t("print.profil.status"), status_label(profile.status)),
            (t("print.profil.level"), level_label(profile.level) or t("print.profil.no_level")),
            (t("print.profil.parent"), profile.parent_name),
            (t("print.profil.address"), " ".join(p for p in (profile.address, place) if p)),
            (
                t("print.profil.founded"),
                long_date(profile.founded_on) if profile.founded_on else "",
            ),
            (t("print.profil.sk"), sk),
            (t("print.profil.phone"), profile.phone),
            (t("print.profil.member_count"), str(len(profile.members))),
        ]
    )


def _officers(pdf: Page, profile: GroupProfile) -> None:
    pdf.section(t("print.profil.officers"))
    columns = [
        Column(t("print.col.role"), 40),
        Column(t("print.col.name"), 0),
        Column(t("print.col.rt_rw"), 20, "C"),
        Column(t("print.col.since"), 26, "C"),
    ]
    rows = [
        [role_label(m.role), m.full_name, _place(m), short_date(m.started_on)]
        for m in profile.officers
    ]
    pdf.grid_table(columns, rows, empty=t("print.none"))


def _members_table(pdf: Page, profile: GroupProfile) -> None:
    pdf.section(t("print.profil.members", count=len(profile.members)))
    columns = [
        Column(t("print.col.no"), 10, "C"),
        Column(t("print.col.name"), 0),
        Column(t("print.col.sex"), 10, "C"),
        Column(t("print.col.rt_rw"), 18, "C"),
        Column(t("print.col.nik"), 36, "C"),
        Column(t("print.col.role"), 26),
        Column(t("print.col.since"), 22, "C"),
    ]
    rows = [
        [str(n), m.full_name, m.sex, _place(m), m.nik, role_label(m.role), short_date(m.started_on)]
        for n, m in enumerate(profile.members, 1)
    ]
    pdf.grid_table(columns, rows, row_height=5.5, font_size=8.5, empty=t("print.none"))


def _levels_table(pdf: Page, profile: GroupProfile) -> None:
    pdf.section(t("print.profil.levels"))
    columns = [
        Column(t("print.col.date"), 30, "C"),
        Column(t("print.col.level"), 30),
        Column(t("print.col.notes"), 0),
    ]
    rows = [[short_date(on), level_label(level), notes] for on, level, notes in profile.levels]
    pdf.grid_table(columns, rows, empty=t("print.none"))


def _activities_table(pdf: Page, profile: GroupProfile) -> None:
    pdf.section(t("print.profil.activities", count=len(profile.activities)))
    columns = [
        Column(t("print.col.date"), 22, "C"),
        Column(t("print.col.activity"), 0),
        Column(t("print.col.type"), 28),
        Column(t("print.col.participants"), 16, "R"),
        Column(t("print.col.funding"), 28),
        Column(t("print.col.amount"), 26, "R"),
    ]
    rows = [
        [
            short_date(a.held_on),
            a.title,
            a.type,
            str(a.participants),
            a.funding,
            rupiah(a.amount),
        ]
        for a in profile.activities
    ]
    pdf.grid_table(columns, rows, row_height=5.5, font_size=8.5, empty=t("print.none"))


def _funding_table(pdf: Page, profile: GroupProfile) -> None:
    pdf.section(t("print.profil.funding"))
    columns = [
        Column(t("print.col.funding"), 0),
        Column(t("print.col.count"), 26, "R"),
        Column(t("print.col.amount"), 40, "R"),
    ]
    funding = profile.funding_by_source()
    rows = [[source, str(count), rupiah(amount)] for source, count, amount in funding]
    if funding:
        total = sum(amount for _s, _c, amount in funding)
        rows.append([t("print.total"), str(len(profile.activities)), rupiah(total)])
    pdf.grid_table(columns, rows, empty=t("print.none"))
    pdf.set_font(pdf.font_family, size=8)
    pdf.multi_cell(0, 4.5, t("print.profil.funding_note"))


def _place(member: ProfileMember) -> str:
    return f"{member.rt or '-'}/{member.rw or '-'}" if member.rt or member.rw else ""
