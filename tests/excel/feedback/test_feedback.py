"""Feedback from Dinas Sosial: written for one kelurahan on the city, read there as notices."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.city_fill import copy_kelurahan, new_city
from tests.cli.conftest import Outcome, RunCli
from tests.excel.conftest import make_nik, new_database
from wksbm_desktop.cli import main
from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput
from wksbm_desktop.core.domain.programme_inputs import AidInput, VisitInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import NikReview, ReceivedReport
from wksbm_desktop.core.queries.notices import all_notices, notices_for, unread_count
from wksbm_desktop.core.services.aid import create_aid
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.notices import mark_read
from wksbm_desktop.core.services.visits import record_visit
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.feedback.read import import_feedback, read_feedback
from wksbm_desktop.excel.feedback.write import write_feedback

KEL_A = "36.71.05.1008"  # Poris Plawad, Kec. Cipondoh
KEL_B = "36.71.01.1001"  # Sukarasa, Kec. Tangerang
SHARED_NIK = make_nik("P", date(1980, 3, 14), 4242, region="367101")
LONE_NIK = make_nik("L", date(1975, 6, 1), 12)


@dataclass(frozen=True)
class Place:
    database: Path
    shared: str  # the UUID of the member whose NIK the other kelurahan holds too
    group: str


def _kelurahan(folder: Path, code: str, name: str, lone: bool) -> Place:
    path = folder / f"{code}.db"
    database = new_database(path, kelurahan=code)
    try:
        with database.session() as session:
            shared = create_member(session, MemberInput(nik=SHARED_NIK, full_name=name, sex="P"))
            if lone:
                create_member(session, MemberInput(nik=LONE_NIK, full_name="Budi Santoso"))
            group = create_group(session, GroupInput("KUBE Mawar", "KUBE", "Ekonomi Produktif"))
            return Place(path, shared.uuid, group.uuid)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Place]:
    folder = tmp_path_factory.mktemp("kelurahan")
    return {
        KEL_A: _kelurahan(folder, KEL_A, "Siti Rahma", lone=True),
        KEL_B: _kelurahan(folder, KEL_B, "Siti Rachma", lone=False),
    }


def receipt_lines(places: dict[str, Place]) -> list[object]:
    return [
        {"kind": "refused", "entity": "groups", "sheet": "Kelompok", "row": 7,
         "uuid": places[KEL_A].group, "name": "KUBE Mawar", "reason": "Nama kosong"},
        {"kind": "note", "reason": "2 warga diarsipkan karena tidak ada di laporan"},
        "Baris 9 lembar Kegiatan: jumlah dana negatif",
    ]  # fmt: skip


@pytest.fixture
def city(new_target: Callable[..., str], places: dict[str, Place]) -> Iterator[Database]:
    database = new_city(new_target("kota.db", at_head=True))
    for code, place in places.items():
        source = new_database(place.database, kelurahan=code)
        try:
            copy_kelurahan(source, database, code)
        finally:
            source.dispose()
    with database.session() as session:
        session.add(ReceivedReport(
            kelurahan_code=KEL_A, file_name="laporan-juni.xlsx", checksum="ab" * 32,
            status="received", receipt=json.dumps(receipt_lines(places)),
        ))  # fmt: skip
        uuids = ",".join(sorted(p.shared for p in places.values()))
        session.add(NikReview(nik=SHARED_NIK, member_uuids=uuids, decision="same_person"))
    yield database
    database.dispose()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    def run(*args: str) -> Outcome:
        code = main(list(args))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


def sheet_rows(path: Path, name: str) -> list[tuple[object, ...]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook[name].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_the_city_writes_what_concerns_one_kelurahan(city, places, tmp_path):
    written = write_feedback(city, KEL_A, tmp_path / "umpan.xlsx", note="Mohon lengkapi SK.")

    kinds = [item.kind for item in written.items]
    assert kinds == ["nik_ganda", "refused", "refused", "note"]
    workbook = load_workbook(written.path, read_only=True)
    assert workbook.sheetnames == ["Umpan Balik", "_meta"]
    assert workbook["_meta"].sheet_state == "hidden"
    workbook.close()
    title, stamp, _blank, *rows = sheet_rows(written.path, "Umpan Balik")
    assert "Kelurahan Poris Plawad (36.71.05.1008)" in str(title[0])
    assert "Ditulis" in str(stamp[0]) and "4 butir" in str(stamp[0])
    assert rows[0][:7] == ("Jenis", "Data", "Nama", "NIK", "Kelurahan Lain",
                           "Keputusan Dinas", "Keterangan")  # fmt: skip
    nik = rows[1]
    assert nik[:6] == ("NIK ganda", "Warga", "Siti Rahma", "3671************",
                       "Kel. Sukarasa (Kec. Tangerang)", "orang yang sama")  # fmt: skip
    assert nik[7] == places[KEL_A].shared
    assert rows[2][:3] == ("Data ditolak", "Kelompok", "KUBE Mawar") and "Nama kosong" in rows[2][6]
    assert "lembar Kelompok, baris 7" in rows[2][6]
    assert rows[3][1] == "Kelurahan" and "jumlah dana negatif" in rows[3][6]
    assert rows[4][0] == "Catatan Dinas" and rows[4][6] == "Mohon lengkapi SK."
    everything = " ".join(str(cell) for row in rows for cell in row)
    assert SHARED_NIK not in everything and "diarsipkan" not in everything
    meta = dict(row[:2] for row in sheet_rows(written.path, "_meta")[1:])
    assert meta["format"] == "wksbm-umpan-balik" and meta["format_version"] == "1"
    assert meta["kelurahan_code"] == KEL_A
    again = write_feedback(city, KEL_A, tmp_path / "lagi.xlsx")
    assert [i.uuid for i in again.items] == [i.uuid for i in written.items[:3]]


def own_copy(place: Place, folder: Path) -> Path:
    """The kelurahan database as this test's own file (the module's one is shared)."""
    return Path(shutil.copyfile(place.database, folder / place.database.name))


def test_the_kelurahan_reads_each_item_once_as_a_notice(city, places, tmp_path):
    path = write_feedback(city, KEL_A, tmp_path / "umpan.xlsx", note="Catatan").path
    office = new_database(own_copy(places[KEL_A], tmp_path), kelurahan=KEL_A)
    try:
        first = import_feedback(office, path)
        second = import_feedback(office, path)
        with office.session() as session:
            about_siti = notices_for(session, places[KEL_A].shared)
            assert unread_count(session) == 4
            assert len(all_notices(session)) == 4
            mark_read(session, [about_siti[0].uuid])
        with office.read_session() as session:
            assert unread_count(session) == 3
            group_notices = notices_for(session, places[KEL_A].group)
    finally:
        office.dispose()

    assert (first.added, first.known) == (4, 0) and (second.added, second.known) == (0, 4)
    assert len(about_siti) == 1 and about_siti[0].kind == "nik_ganda"
    assert "Kel. Sukarasa" in about_siti[0].message and "orang yang sama" in about_siti[0].message
    assert about_siti[0].record_name == "Siti Rahma"
    assert about_siti[0].source == "Dinas Sosial Kota Tangerang"
    assert about_siti[0].sent_at is not None
    assert [n.kind for n in group_notices] == ["refused"]


def test_refused_programme_rows_name_their_record_and_reach_the_group(city, places, tmp_path):
    office = new_database(own_copy(places[KEL_A], tmp_path), kelurahan=KEL_A)
    group = places[KEL_A].group
    try:
        with office.session() as session:
            aid = create_aid(session, AidInput(group, date(2026, 3, 2), "Modal usaha sablon"))
            visit = record_visit(
                session, VisitInput(group, date(2026, 4, 6), "Bu Rina", "Kas rapi")
            )
            aid_uuid, visit_uuid = aid.uuid, visit.uuid
        with city.session() as session:
            lines = [
                {"kind": "refused", "entity": "aid", "sheet": "Bantuan", "row": 5,
                 "uuid": aid_uuid, "reason": "Sumber bantuan kosong"},
                {"kind": "refused", "entity": "visit", "sheet": "Kunjungan", "row": 3,
                 "uuid": visit_uuid, "reason": "Tanggal kunjungan kosong"},
            ]  # fmt: skip
            session.add(ReceivedReport(
                kelurahan_code=KEL_A, file_name="laporan-juli.xlsx", checksum="cd" * 32,
                status="received", receipt=json.dumps(lines),
            ))  # fmt: skip
        written = write_feedback(city, KEL_A, tmp_path / "umpan.xlsx")
        _title, _stamp, _blank, _heading, *rows = sheet_rows(written.path, "Umpan Balik")
        assert [row[:2] for row in rows if row[0] == "Data ditolak"] == [
            ("Data ditolak", "Bantuan"),
            ("Data ditolak", "Kunjungan"),
        ]
        import_feedback(office, written.path)
        with office.read_session() as session:
            about_group = notices_for(session, group)
    finally:
        office.dispose()
    refused = {n.entity: n for n in about_group if n.kind == "refused"}
    assert set(refused) == {"aid", "visits"}
    assert refused["aid"].record_name == "Modal usaha sablon"
    assert refused["visits"].record_name == "KUBE Mawar"
    assert "Sumber bantuan kosong" in refused["aid"].message


def test_a_new_decision_is_a_new_notice(city, places, tmp_path):
    before = write_feedback(city, KEL_A, tmp_path / "a.xlsx").items[0]
    with city.session() as session:
        uuids = ",".join(sorted(p.shared for p in places.values()))
        session.add(NikReview(nik=SHARED_NIK, member_uuids=uuids, decision="different_people",
                              note="tanggal lahir berbeda"))  # fmt: skip

    after = write_feedback(city, KEL_A, tmp_path / "b.xlsx").items[0]

    assert after.uuid != before.uuid
    assert after.decision == "orang yang berbeda (tanggal lahir berbeda)"


def test_cli_write_and_read(cli, city, places, tmp_path):
    out = tmp_path / "umpan-poris.xlsx"
    target = city.target
    written = cli("--db", target, "feedback", "write", "--kelurahan", KEL_A, "--out", str(out),
                  "--note", "Kirim laporan Juli sebelum tanggal 5.")  # fmt: skip
    assert written.code == 0, written.err
    assert "1 NIK ganda, 2 data ditolak, 1 catatan" in written.out

    kelurahan = str(own_copy(places[KEL_A], tmp_path))
    read = cli("--db", kelurahan, "feedback", "read", str(out))

    assert read.code == 0, read.err
    assert "4 pemberitahuan baru" in read.out
    again = cli("--db", kelurahan, "feedback", "read", str(out))
    assert "0 pemberitahuan baru, 4 sudah ada" in again.out


def test_cli_refusals_are_plain(cli, city, places, tmp_path, write_book):
    target = city.target
    out = tmp_path / "umpan.xlsx"
    assert cli("--db", target, "feedback", "write", "--kelurahan", KEL_A, "--out",
               str(out)).code == 0  # fmt: skip
    kelurahan_a, kelurahan_b = str(places[KEL_A].database), str(places[KEL_B].database)
    cases = {
        "for another": (kelurahan_b, str(out), "bukan untuk Kelurahan Sukarasa"),
        "on the city": (target, str(out), "instalasi kota"),
        "not feedback": (kelurahan_a, str(write_book("lain.xlsx", {"Data": [["a", 1]]})),
                         "bukan berkas umpan balik"),
    }  # fmt: skip
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"bukan zip sama sekali")
    for name, (database, file, words) in cases.items():
        outcome = cli("--db", database, "feedback", "read", file)
        assert outcome.code == 1 and words in outcome.err, name
    hostile = cli("--db", kelurahan_a, "feedback", "read", str(broken))
    assert hostile.code == 1 and "Traceback" not in hostile.err and hostile.err.strip()
    on_kelurahan = cli("--db", kelurahan_a, "feedback", "write", "--kelurahan", KEL_A,
                       "--out", str(tmp_path / "x.xlsx"))  # fmt: skip
    assert on_kelurahan.code == 1 and "database kota" in on_kelurahan.err
    unknown = cli("--db", target, "feedback", "write", "--kelurahan", "36.71.99.9999",
                  "--out", str(tmp_path / "y.xlsx"))  # fmt: skip
    assert unknown.code == 1 and "tidak dikenal" in unknown.err
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "y.xlsx").exists()
    nowhere = cli("--db", target, "feedback", "write", "--kelurahan", KEL_A,
                  "--out", str(tmp_path / "tidak-ada" / "z.xlsx"))  # fmt: skip
    assert nowhere.code == 1 and "untuk menyimpan umpan balik" in nowhere.err


def test_reader_is_tolerant_of_odd_receipts(city, tmp_path):
    with city.session() as session:
        session.add(ReceivedReport(kelurahan_code=KEL_B, file_name="rusak.xlsx", checksum="cd" * 32,
                                   status="refused", message="Berkas terpotong",
                                   receipt="bukan json"))  # fmt: skip

    written = write_feedback(city, KEL_B, tmp_path / "b.xlsx")

    feedback = read_feedback(written.path)
    assert [item.kind for item in feedback.items] == ["nik_ganda", "refused"]
    assert "rusak.xlsx ditolak" in feedback.items[1].message
    assert "Berkas terpotong" in feedback.items[1].message


def test_a_city_database_cannot_import(city, tmp_path):
    path = write_feedback(city, KEL_A, tmp_path / "umpan.xlsx").path
    with pytest.raises(WksbmError) as refused:
        import_feedback(city, path)
    assert "instalasi kota" in refused.value.message
