"""Period figures agree everywhere: Rekap, data sheets, Rekap Kota and an independent count."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.excel.conftest import KELURAHAN, make_nik, new_database
from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput
from wksbm_desktop.core.domain.period import end_of_day_utc
from wksbm_desktop.core.models import ASSESSMENT_LEVELS, Assessment, Group, Member, Membership
from wksbm_desktop.core.services.groups import add_assessment, archive_group, create_group
from wksbm_desktop.core.services.members import archive_member, create_member
from wksbm_desktop.core.services.memberships import add_membership, end_membership
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.city import consolidate
from wksbm_desktop.excel.reading.report_reader import read_report
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import t

TODAY = date.today()  # the demo dates its records from today; the export must agree
LAST_YEAR = TODAY.year - 1
PERIODS = (
    Period(date(LAST_YEAR, 1, 1), date(LAST_YEAR, 6, 30)),
    Period(date(LAST_YEAR - 1, 7, 1), date(LAST_YEAR, 3, 15)),
    Period(date(LAST_YEAR - 2, 1, 1), date(LAST_YEAR - 2, 12, 31)),
    Period(date(LAST_YEAR, 1, 1), None),
    Period(),
)


def _boundary_records(database: Database, period: Period) -> None:
    """Records whose dates fall on and around the period's edges, some archived."""
    start, end = period.start, period.end
    assert start is not None and end is not None
    with database.session() as session:
        late = create_group(
            session, GroupInput("Kelompok Baru Sesudah", "KUBE", "Pertanian", founded_on=TODAY)
        )
        edge = create_group(
            session,
            GroupInput("Kelompok Tepi", "KSM", "Pengelolaan Sampah", founded_on=start),
        )
        gone = create_group(session, GroupInput("Kelompok Diarsipkan", "KUBE", "Sosial"))
        people = [
            create_member(
                session, MemberInput(make_nik("L", date(1980, 1, 1), n), f"Warga Tepi {n}")
            )
            for n in range(1, 7)
        ]
        # Active exactly on the last day; ended the day before; starting the day after.
        add_membership(session, people[0].uuid, edge.uuid, "ketua", start - timedelta(days=40))
        ended_on_end = add_membership(session, people[1].uuid, edge.uuid, "anggota", start)
        end_membership(session, ended_on_end.uuid, end)
        ended_before = add_membership(session, people[2].uuid, edge.uuid, "anggota", start)
        end_membership(session, ended_before.uuid, end - timedelta(days=1))
        add_membership(session, people[3].uuid, edge.uuid, "anggota", end + timedelta(days=1))
        add_membership(session, people[4].uuid, gone.uuid, "ketua", start)
        add_membership(session, people[5].uuid, edge.uuid, "sekretaris", start)
        add_membership(session, people[5].uuid, late.uuid, "anggota", TODAY)
        # Levels: a rise on the period's first day, a rise the day after it ends.
        add_assessment(session, edge.uuid, start - timedelta(days=1), "tumbuh")
        add_assessment(session, edge.uuid, start, "berkembang")
        add_assessment(session, edge.uuid, end + timedelta(days=1), "maju")
        add_assessment(session, gone.uuid, start, "tumbuh")
        add_assessment(session, gone.uuid, end, "mandiri")
        # Entered today without any dated record: not on the register of a past period.
        create_member(session, MemberInput(make_nik("P", date(1990, 2, 2), 9), "Warga Baru"))
    with database.session() as session:
        archive_group(session, gone.uuid)
        archive_member(session, people[4].uuid)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("periode")
    db = new_database(folder / "periode.db")
    with db.session() as session:
        generate(session, members=80, seed=11)
    _boundary_records(db, PERIODS[0])
    yield db
    db.dispose()


@dataclass
class Truth:
    """The figures counted here, straight from the records, by docs/report-format.md."""

    groups: int
    members: int
    memberships: int
    moved_up: int


def _truth(database: Database, period: Period) -> Truth:
    as_of = period.end or TODAY
    cutoff = end_of_day_utc(as_of)
    with database.session() as session:
        groups = session.scalars(select(Group).where(Group.archived_at.is_(None))).all()
        members = session.scalars(select(Member).where(Member.archived_at.is_(None))).all()
        memberships = session.scalars(select(Membership)).all()
        assessments = session.scalars(select(Assessment)).all()
        live_group = {g.id for g in groups}
        live_member = {m.id for m in members}
        started: dict[tuple[str, int], date] = {}
        for m in memberships:
            for key in (("g", m.group_id), ("m", m.member_id)):
                started[key] = min(started.get(key, m.started_on), m.started_on)
        if period.end is not None:
            groups = [
                g
                for g in groups
                if (g.founded_on and g.founded_on <= as_of)
                or g.created_at < cutoff
                or started.get(("g", g.id), date.max) <= as_of
            ]
            members = [
                m
                for m in members
                if m.created_at < cutoff or started.get(("m", m.id), date.max) <= as_of
            ]
        active = [
            m
            for m in memberships
            if m.group_id in live_group
            and m.member_id in live_member
            and m.started_on <= as_of
            and (m.ended_on is None or m.ended_on >= as_of)
        ]
        moved = 0
        for group_id in live_group:
            history = sorted(
                (a.assessed_on, a.id, ASSESSMENT_LEVELS.index(a.level))
                for a in assessments
                if a.group_id == group_id and (period.end is None or a.assessed_on <= as_of)
            )
            before = [h for h in history if period.start and h[0] < period.start]
            within = [h for h in history if not period.start or h[0] >= period.start]
            if within and within[-1][2] > (before[-1] if before else within[0])[2]:
                moved += 1
        return Truth(len(groups), len(members), len(active), moved)


def rekap_figure(sheet: Any, label: str) -> Any:
    """The value printed right of ``label`` on the Rekap sheet."""
    for row in sheet.iter_rows():
        for index, cell in enumerate(row):
            if cell.value == label:
                return next(c.value for c in row[index + 1 :] if c.value is not None)
    raise AssertionError(f"{label!r} not on the Rekap")


def _rekap_kota_row(path: Path) -> dict[str, Any]:
    sheet = load_workbook(path)["Rekap Kota"]
    rows = list(sheet.iter_rows(values_only=True))
    at = next(i for i, r in enumerate(rows) if r[1] == KELURAHAN)
    # The heading of the per-kelurahan table: the last heading row above the kelurahan's.
    headings = next(r for r in reversed(rows[:at]) if r[0] == t("consolidate.rekap.col_no"))
    found = rows[at]
    return dict(zip(headings, found, strict=False))


@pytest.fixture(scope="module")
def exported(
    database: Database, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[Period], tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("ekspor")
    made: dict[Period, tuple[Path, Path]] = {}

    def export(period: Period) -> tuple[Path, Path]:
        if period not in made:
            number = len(made)
            report = folder / f"laporan{number}.xlsx"
            export_report(database, report, ExportOptions(period=period, today=TODAY))
            city = folder / f"kota{number}.xlsx"
            consolidate([report], city, today=TODAY)
            made[period] = (report, city)
        return made[period]

    return export


@pytest.mark.slow
@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}..{p.end}")
def test_every_rekap_figure_agrees_with_sheets_city_and_records(
    period: Period, database: Database, exported: Callable[[Period], tuple[Path, Path]]
):
    report_path, city_path = exported(period)
    truth = _truth(database, period)
    rekap = load_workbook(report_path)["Rekap"]
    report = read_report(report_path)
    sheets = {key: [row.values for row in rows] for key, rows in report.sheets.items()}
    city = _rekap_kota_row(city_path)

    def col(key: str) -> str:
        return t(f"consolidate.rekap.col_{key}")

    # Groups, residents, active memberships: records, Rekap, data sheets and Rekap Kota agree.
    assert rekap_figure(rekap, t("excel.rekap.sum_groups")) == truth.groups
    assert len(sheets["groups"]) == truth.groups == city[col("groups")]
    assert rekap_figure(rekap, t("excel.rekap.sum_members")) == truth.members
    assert len(sheets["members"]) == truth.members == city[col("members")]
    active_word = t("excel.state.current")
    active_rows = [r for r in sheets["memberships"] if r["state"] == active_word]
    assert rekap_figure(rekap, t("excel.rekap.sum_memberships")) == truth.memberships
    assert len(active_rows) == truth.memberships == city[col("memberships")]
    assert sum(r["current_members"] for r in sheets["groups"]) == truth.memberships
    # Groups by status, activities, money, moved up.
    active_groups = sum(1 for r in sheets["groups"] if r["status"] == "aktif")
    assert rekap_figure(rekap, t("excel.rekap.sum_active_groups")) == active_groups
    assert city[col("active")] == active_groups
    assert rekap_figure(rekap, t("excel.rekap.sum_activities")) == len(sheets["activities"])
    assert city[col("activities")] == len(sheets["activities"])
    money = sum(r["amount"] or 0 for r in sheets["activities"])
    assert rekap_figure(rekap, t("excel.rekap.sum_money")) == money == city[col("money")]
    moved_key = "excel.rekap.sum_moved_up" + ("_since" if period.start is None else "")
    moved_label = t(moved_key)
    city_moved = t("reports.city.col_moved_up_" + ("since" if period.start is None else "period"))
    assert rekap_figure(rekap, moved_label) == truth.moved_up == city[city_moved]
    # Every membership, assessment and activity row refers to a group on the Kelompok sheet.
    group_uuids = {r["uuid"] for r in sheets["groups"]}
    for key in ("memberships", "assessments", "activities"):
        assert {r["group_uuid"] for r in sheets[key]} <= group_uuids
    member_uuids = {r["uuid"] for r in sheets["members"]}
    assert {r["member_uuid"] for r in sheets["memberships"]} <= member_uuids


def test_boundary_records_are_counted_by_the_definition(
    database: Database, exported: Callable[[Period], tuple[Path, Path]]
):
    """The hand-made edge cases of the first period, one by one."""
    report = read_report(exported(PERIODS[0])[0])
    groups = {r.values["name"]: r.values for r in report.sheets["groups"]}
    assert "Kelompok Baru Sesudah" not in groups  # founded and entered after the period
    assert "Kelompok Diarsipkan" not in groups
    edge = groups["Kelompok Tepi"]
    # Ketua (before the start), the one ending on the last day, the sekretaris: 3 on the day.
    assert edge["current_members"] == 3
    assert edge["level"] == "berkembang"  # the "maju" of the day after is not yet known
    members = {r.values["full_name"] for r in report.sheets["members"]}
    assert "Warga Baru" not in members
    assert "Warga Tepi 4" not in members  # starts the day after the period
    states = {
        r.values["full_name"]: r.values["state"]
        for r in report.sheets["memberships"]
        if r.values["group_name"] == "Kelompok Tepi"
    }
    assert states["Warga Tepi 2"] == t("excel.state.current")
    assert states["Warga Tepi 3"] == t("excel.state.ended")
