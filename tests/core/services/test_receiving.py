"""Receiving kelurahan reports into the city database (issue 16 point 2), on both engines."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, func, select, update

from tests.excel.receiving.kit import PORIS, city_db, export, kelurahan_db, members_by_uuid
from wksbm_desktop.core.models import (
    Attendance,
    AuditEntry,
    CityKelurahan,
    Group,
    Member,
    Membership,
    ReceivedReport,
)
from wksbm_desktop.core.queries import stats
from wksbm_desktop.core.services import members as member_service
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.receiving.action import receive_files
from wksbm_desktop.excel.report.rows import Period

MAY = Period(date(2025, 5, 1), date(2025, 5, 31))
JUNE = Period(date(2025, 6, 1), date(2025, 6, 30))


@pytest.fixture
def city(new_target: Callable[..., str]) -> Database:
    database = city_db(new_target)
    yield database
    database.dispose()


@pytest.fixture
def kelurahan(tmp_path: Path) -> Database:
    database = kelurahan_db(tmp_path / "poris.db")
    yield database
    database.dispose()


def _counts(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return stats.counts(session)


def test_a_whole_report_lands_with_every_count_of_the_kelurahan(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    path = export(kelurahan, tmp_path / "poris.xlsx")
    [receipt] = receive_files(city, [path])
    assert receipt.status == "received", receipt.message
    assert _counts(city) == _counts(kelurahan)
    assert receipt.total("added") > 0 and receipt.total("refused") == 0
    with city.read_session() as session:
        codes = set(session.scalars(select(Member.kelurahan_code)))
        row = session.scalars(select(ReceivedReport)).one()
        stamp = session.get(CityKelurahan, PORIS).last_generated_at
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "received_report")
        ).one()
        assert codes == {PORIS}
        assert (row.status, row.kelurahan_code, row.whole_data) == ("received", PORIS, True)
        assert row.received_by == "Petugas Dinas" and len(row.checksum) == 64
        assert json.loads(row.counts)["added"]["members"] == 40
        assert stamp == receipt.generated_at
        assert json.loads(entry.changes)["added"] == receipt.total("added")


def test_the_same_file_twice_changes_nothing(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    path = export(kelurahan, tmp_path / "poris.xlsx")
    first, second = receive_files(city, [path, path])
    assert (first.status, second.status) == ("received", "unchanged")
    assert "Petugas Dinas" in second.message and second.total("added") == 0
    assert _counts(city) == _counts(kelurahan)
    with city.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedReport)) == 1


def test_a_newer_report_replaces_and_an_older_one_is_refused_naming_both(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    old = export(kelurahan, tmp_path / "lama.xlsx")
    with kelurahan.session() as session:
        uuid = session.scalars(select(Member.uuid).order_by(Member.id)).first()
        session.execute(update(Member).where(Member.uuid == uuid).values(full_name="Nama Baru"))
    new = export(kelurahan, tmp_path / "baru.xlsx")
    [received] = receive_files(city, [new])
    [refused] = receive_files(city, [old])
    assert received.counts["changed"]["members"] == 0  # first receipt: added
    assert refused.status == "refused"
    assert "lama.xlsx" in refused.message and "baru.xlsx" in refused.message
    with city.read_session() as session:
        name = session.scalars(select(Member.full_name).where(Member.uuid == uuid)).one()
        assert name == "Nama Baru"
        statuses = sorted(session.scalars(select(ReceivedReport.status)))
    assert statuses == ["received", "refused"]


def test_archive_anonymise_and_change_between_two_monthly_reports(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    [first] = receive_files(city, [export(kelurahan, tmp_path / "mei.xlsx", MAY)])
    assert first.status == "received", first.message
    with kelurahan.session() as session:
        with_group = select(Membership.member_id).where(Membership.ended_on.is_(None))
        archived, anonymised, changed = session.scalars(
            select(Member.uuid).where(Member.id.in_(with_group)).order_by(Member.id).limit(3)
        ).all()
        member_service.archive_member(session, archived)
        member_service.anonymise_member(session, anonymised)
        session.execute(update(Member).where(Member.uuid == changed).values(occupation="Penjahit"))
    with city.read_session() as session:
        old_name = members_by_uuid(session)[anonymised].full_name
    [second] = receive_files(city, [export(kelurahan, tmp_path / "juni.xlsx", JUNE)])
    assert second.status == "received", second.message
    assert second.counts["archived"]["members"] == 1
    assert second.counts["anonymised"]["members"] == 1
    assert second.counts["changed"]["members"] >= 1
    with city.read_session() as session:
        members = members_by_uuid(session)
        open_memberships = session.scalar(
            select(func.count())
            .select_from(Membership)
            .where(Membership.member_id == members[archived].id, Membership.ended_on.is_(None))
        )
        history = " ".join(session.scalars(
            select(AuditEntry.changes).where(AuditEntry.entity_uuid == anonymised)
        ))  # fmt: skip
    assert members[archived].archived_at is not None and open_memberships == 0
    assert members[anonymised].full_name == "Anonim"
    assert members[anonymised].nik == member_service.anonymous_nik(members[anonymised].id)
    assert members[anonymised].anonymised_at is not None and old_name not in history
    assert members[changed].occupation == "Penjahit"


def test_a_whole_report_without_a_record_archives_it_and_says_so(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    receive_files(city, [export(kelurahan, tmp_path / "awal.xlsx")])
    with kelurahan.session() as session:  # gone without a tombstone (an older app, a repair)
        member = session.scalars(select(Member).order_by(Member.id.desc())).first()
        gone, name = member.uuid, member.full_name
        session.execute(delete(Attendance).where(Attendance.member_id == member.id))
        session.execute(delete(Membership).where(Membership.member_id == member.id))
        session.execute(delete(Member).where(Member.id == member.id))
    [receipt] = receive_files(city, [export(kelurahan, tmp_path / "lengkap.xlsx")])
    assert receipt.counts["archived"]["members"] == 1
    assert any(name in line and "diarsipkan" in line for line in receipt.lines)
    with city.read_session() as session:
        assert members_by_uuid(session)[gone].archived_at is not None


def test_a_period_report_never_archives_by_absence(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    receive_files(city, [export(kelurahan, tmp_path / "awal.xlsx")])
    [receipt] = receive_files(city, [export(kelurahan, tmp_path / "mei.xlsx", MAY)])
    assert receipt.status == "received" and receipt.total("archived") == 0
    assert receipt.total("added") == 0  # the month's records were all in the whole report
    assert _counts(city) == _counts(kelurahan)


def test_a_uuid_of_another_kelurahan_is_refused_with_the_reason(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    path = export(kelurahan, tmp_path / "poris.xlsx")
    receive_files(city, [path])
    other = tmp_path / "ketapang.xlsx"
    book = load_workbook(path)
    for row in book["_meta"].iter_rows(min_row=2):
        if row[0].value == "kelurahan_code":
            row[1].value = "36.71.05.1001"
    book.save(other)
    [receipt] = receive_files(city, [other])
    assert receipt.status == "received"
    assert receipt.counts["refused"]["groups"] == _counts(kelurahan)["groups"]
    assert receipt.total("added") == 0
    groups = [refusal for refusal in receipt.refusals if refusal.entity == "groups"]
    assert groups and all(PORIS in refusal.reason for refusal in groups)
    with city.read_session() as session:
        assert session.scalar(select(func.count()).where(Group.kelurahan_code != PORIS)) == 0


def test_a_hostile_file_is_refused_and_recorded_with_nothing_kept(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    cut = tmp_path / "terpotong.xlsx"
    book = load_workbook(export(kelurahan, tmp_path / "asli.xlsx"))
    book["Warga"].delete_rows(3, 2)  # two residents gone, _meta still counts them
    book.save(cut)
    receipts = receive_files(city, [broken, cut])
    assert [r.status for r in receipts] == ["refused", "refused"]
    assert "Warga" in receipts[1].message
    assert _counts(city)["members"] == 0 and _counts(city)["groups"] == 0
    with city.read_session() as session:
        assert sorted(session.scalars(select(ReceivedReport.file_name))) == [
            "rusak.xlsx",
            "terpotong.xlsx",
        ]


def test_a_masked_report_keeps_the_full_niks_the_city_already_has(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    masked = export(kelurahan, tmp_path / "samar.xlsx", full_nik=False)
    receive_files(city, [masked])
    with city.read_session() as session:
        assert all("*" in nik for nik in session.scalars(select(Member.nik)))
    receive_files(city, [export(kelurahan, tmp_path / "lengkap.xlsx")])
    receive_files(city, [export(kelurahan, tmp_path / "samar2.xlsx", full_nik=False)])
    with city.read_session() as session:
        niks = list(session.scalars(select(Member.nik).where(Member.anonymised_at.is_(None))))
    assert niks and not any("*" in nik for nik in niks)


def test_a_row_with_a_bad_value_is_refused_alone_and_listed(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    book = load_workbook(export(kelurahan, tmp_path / "asli.xlsx"))
    sheet = book["Warga"]
    heading = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=heading.index("JK") + 1, value="X")
    bad_uuid = sheet.cell(row=2, column=heading.index("UUID") + 1).value
    edited = tmp_path / "satu-salah.xlsx"
    book.save(edited)
    [receipt] = receive_files(city, [edited])
    assert receipt.status == "received"
    assert receipt.counts["refused"]["members"] == 1
    assert receipt.counts["added"]["members"] == 39
    assert any(r.uuid == bad_uuid and r.row == 2 for r in receipt.refusals)
    with city.read_session() as session:
        assert bad_uuid not in members_by_uuid(session)
        stored = json.loads(session.scalars(select(ReceivedReport.receipt)).one())
    assert any(line.get("uuid") == bad_uuid for line in stored)


def test_a_nik_twice_in_one_kelurahan_refuses_the_second_row(
    city: Database, kelurahan: Database, tmp_path: Path
) -> None:
    book = load_workbook(export(kelurahan, tmp_path / "asli.xlsx"))
    sheet = book["Warga"]
    heading = [cell.value for cell in sheet[1]]
    nik, uuid = heading.index("NIK") + 1, heading.index("UUID") + 1
    sheet.cell(row=3, column=nik, value=sheet.cell(row=2, column=nik).value)
    second = sheet.cell(row=3, column=uuid).value
    edited = tmp_path / "nik-ganda.xlsx"
    book.save(edited)
    [receipt] = receive_files(city, [edited])
    [refusal] = [r for r in receipt.refusals if r.entity == "members"]
    assert refusal.uuid == second and "NIK" in refusal.reason
    # Its memberships cannot land without it, and say why.
    assert all("tidak ada" in r.reason for r in receipt.refusals if r.entity == "memberships")
    with city.read_session() as session:
        assert second not in members_by_uuid(session)
