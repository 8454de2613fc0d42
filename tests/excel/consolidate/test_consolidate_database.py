"""The city workbook from the city database: the same sheets and figures as from the files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from tests.city_fill import copy_kelurahan, new_city, record_received
from tests.cli.conftest import Outcome, RunCli
from tests.excel.conftest import make_nik, new_database
from wksbm_desktop.cli import main
from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import archive_member, create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.city import CityOptions, consolidate
from wksbm_desktop.excel.consolidate.from_database import consolidate_database, database_scan
from wksbm_desktop.excel.consolidate.programme import PROGRAMME_KOTA_SHEET
from wksbm_desktop.excel.receiving.action import receive_file
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.report.rows import Period

KEL_A = "36.71.05.1008"  # Poris Plawad, Kec. Cipondoh: a monthly-style period report
KEL_B = "36.71.01.1001"  # Sukarasa, Kec. Tangerang: a whole-data report
SHARED_NIK = make_nik("P", date(1980, 3, 14), 4242, region="367101")
TODAY = date(2026, 6, 30)
FOLDER_COLUMN = 6  # Status laporan: where the file was found / when the city received it


@dataclass(frozen=True)
class Kelurahan:
    code: str
    database: Path
    report: Path


def _kelurahan(folder: Path, code: str, seed: int, period: Period) -> Kelurahan:
    path = folder / f"{code}.db"
    database = new_database(path, kelurahan=code)
    try:
        with database.session() as session:
            generate(session, members=25, seed=seed, today=TODAY)
            group = create_group(session, GroupInput("KUBE Bersama", "KUBE", "Ekonomi Produktif"))
            shared = create_member(
                session, MemberInput(nik=SHARED_NIK, full_name="Siti Rahma", sex="P")
            )
            add_membership(session, shared.uuid, group.uuid, "ketua", date(2025, 1, 6))
            gone = create_member(
                session, MemberInput(nik=make_nik("L", date(1990, 1, 2), 77), full_name="Pindah")
            )
            archive_member(session, gone.uuid)
        report = folder / f"laporan-{code}.xlsx"
        # A period report states its own figure date; a whole-data one the day it was made.
        today = TODAY if period.end else None
        export_report(database, report, ExportOptions(period, full_nik=True, today=today))
    finally:
        database.dispose()
    return Kelurahan(code, path, report)


@pytest.fixture(scope="module")
def kelurahan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Kelurahan]]:
    folder = tmp_path_factory.mktemp("kelurahan")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WKSBM_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        yield [
            _kelurahan(folder, KEL_A, 21, Period(date(2026, 1, 1), date(2026, 6, 30))),
            _kelurahan(folder, KEL_B, 22, Period()),
        ]


def fill(city: Database, kelurahan: list[Kelurahan]) -> None:
    for one in kelurahan:
        source = new_database(one.database, kelurahan=one.code)
        try:
            copy_kelurahan(source, city, one.code, one.report)
        finally:
            source.dispose()
        record_received(city, one.report)


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[Database]:
    database = new_city(new_target("kota.db", at_head=True))
    yield database
    database.dispose()


def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def receive(city: Database, kelurahan: list[Kelurahan]) -> None:
    """The city's real way: ``wksbm receive`` of each kelurahan's report workbook."""
    for one in kelurahan:
        assert receive_file(city, one.report).status == "received"


@pytest.mark.parametrize("how", [fill, receive], ids=["copied", "received"])
def test_city_workbook_from_database_equals_the_files(
    kelurahan: list[Kelurahan],
    city: Database,
    tmp_path: Path,
    how: Callable[[Database, list[Kelurahan]], None],
) -> None:
    # The round trip: kelurahan database → report → city database → city workbook
    # gives what consolidating the report files directly gives.
    how(city, kelurahan)
    full = CityOptions(full_nik=True)
    from_files = consolidate(
        [k.report for k in kelurahan], tmp_path / "berkas.xlsx", today=TODAY, options=full
    )

    from_db = consolidate_database(city, tmp_path / "database.xlsx", today=TODAY, options=full)

    assert from_db.reported == from_files.reported == 2
    assert from_db.nik_duplicates == from_files.nik_duplicates == 1
    assert vars(from_db.totals) == vars(from_files.totals)
    files, database = cells(from_files.path), cells(from_db.path)
    assert list(database) == list(files)
    for name, rows in files.items():
        assert len(database[name]) == len(rows), name
        for number, (mine, theirs) in enumerate(zip(database[name], rows, strict=True), start=1):
            if name == "Status laporan" and number > 1:
                mine, theirs = _without(mine, FOLDER_COLUMN), _without(theirs, FOLDER_COLUMN)
            if name == "_meta" and theirs[0] == "generated_at":
                continue
            if name == PROGRAMME_KOTA_SHEET and number in (3, len(rows)):
                # Where the figures come from: the city database, or the reports.
                assert mine != theirs and "laporan kelurahan" in theirs[0]
                continue
            assert mine == theirs, f"{name} row {number}"
    # The programme's figures are there, not only zeros: the demo data has aid and growth.
    programme = files[PROGRAMME_KOTA_SHEET]
    totals = [row for row in programme if row and row[2] == "KOTA TANGERANG"]
    assert totals[0][3] > 0 and totals[1][3] > 0  # groups; approved aid
    assert not any("tanpa data program" in str(row[0]) for row in programme)
    status = {row[1]: row for row in database["Status laporan"][1:]}
    assert status[KEL_A][FOLDER_COLUMN].startswith("Database kota (diterima")
    assert status[KEL_A][5] == "laporan-36.71.05.1008.xlsx"


def _without(row: tuple[Any, ...], column: int) -> tuple[Any, ...]:
    return row[:column] + row[column + 1 :]


def test_masked_niks_held_by_the_city_are_flagged(
    kelurahan: list[Kelurahan], city: Database, tmp_path: Path
) -> None:
    fill(city, kelurahan)
    with city.session() as session:  # as received from a report without the full NIK list
        session.execute(
            update(Member).where(Member.kelurahan_code == KEL_B).values(nik="3671************")
        )

    result = consolidate_database(city, tmp_path / "kota.xlsx", today=TODAY)

    assert result.masked_reports == 1 and result.nik_duplicates == 0
    sukarasa = next(s for s in result.board if s.kelurahan.code == KEL_B)
    assert any("NIK" in problem for problem in sukarasa.problems)


def test_latest_received_report_decides_the_period(
    kelurahan: list[Kelurahan], city: Database
) -> None:
    fill(city, kelurahan)

    scan = database_scan(city, TODAY)

    used = {report.kelurahan.code: report for report in scan.used if report.kelurahan}
    assert set(used) == {KEL_A, KEL_B} and len(scan.board) == 104
    assert used[KEL_A].period == Period(date(2026, 1, 1), date(2026, 6, 30))
    assert used[KEL_B].period == Period()
    assert used[KEL_A].count("members") > 0


def test_refused_on_a_kelurahan_database_and_on_an_empty_city(
    kelurahan: list[Kelurahan], city: Database, tmp_path: Path
) -> None:
    with pytest.raises(WksbmError) as empty:
        consolidate_database(city, tmp_path / "kota.xlsx")
    assert "belum menerima laporan" in str(empty.value.message)
    office = new_database(kelurahan[0].database, kelurahan=KEL_A)
    try:
        with pytest.raises(WksbmError) as refused:
            consolidate_database(office, tmp_path / "kota.xlsx")
    finally:
        office.dispose()
    assert "bukan database kota" in refused.value.message
    assert not (tmp_path / "kota.xlsx").exists()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    def run(*args: str) -> Outcome:
        code = main(list(args))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


def test_cli_consolidates_the_city_database_without_files(
    cli: RunCli, kelurahan: list[Kelurahan], tmp_path: Path
) -> None:
    target = tmp_path / "kota.db"
    assert cli("--db", str(target), "init", "--city").code == 0
    city = new_city(target)
    try:
        fill(city, kelurahan)
    finally:
        city.dispose()

    outcome = cli("--db", str(target), "consolidate", "--out", str(tmp_path / "kota.xlsx"))

    assert outcome.code == 0, outcome.err
    assert "dari database kota" in outcome.out and "2 dari 104 kelurahan" in outcome.out
    assert (tmp_path / "kota.xlsx").exists()
    refused = cli(
        "--db", str(kelurahan[0].database), "consolidate", "--out", str(tmp_path / "k.xlsx")
    )
    assert refused.code == 1 and "bukan database kota" in refused.err


def test_rekap_kota_to_print_comes_from_the_database(kelurahan, city, tmp_path):
    from wksbm_desktop.documents.rekap_kota import city_sheet_of_database

    fill(city, kelurahan)

    sheet = city_sheet_of_database(city, today=TODAY)

    written = consolidate_database(city, tmp_path / "kota.xlsx", today=TODAY)
    assert list(sheet.rows) == cells(written.path)["Rekap Kota"]


def _format_4(report: Path, target: Path) -> Path:
    """The report as an app before the programme (format 4) writes it: no programme sheets."""
    workbook = load_workbook(report)
    for name in ("Bantuan", "Penyaluran Bantuan", "LPJ Bantuan", "Indikator",
                 "Ukuran Indikator", "Kunjungan", "Jawaban Rubrik", "Lampiran"):  # fmt: skip
        del workbook[name]
    for row in workbook["_meta"].iter_rows(min_row=2):
        if row[0].value == "format_version":
            row[1].value = "4"
    workbook.save(target)
    return target


def _kecamatan_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Program Kota's rows per kecamatan name (levels row, then aid row) and the total's."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for row in cells(path)[PROGRAMME_KOTA_SHEET]:
        if len(row) > 3 and isinstance(row[2], str) and isinstance(row[3], int):
            found.setdefault(row[2], []).append(row)
    return found


def test_a_format_4_report_counts_as_no_programme_data(
    kelurahan: list[Kelurahan], tmp_path: Path
) -> None:
    poris, sukarasa = kelurahan
    old = _format_4(sukarasa.report, tmp_path / "laporan-lama.xlsx")
    both = consolidate([poris.report, sukarasa.report], tmp_path / "baru.xlsx", today=TODAY)

    mixed = consolidate([poris.report, old], tmp_path / "campur.xlsx", today=TODAY)

    assert mixed.reported == 2  # the old report's groups and members still count elsewhere
    same = rekap_groups(mixed.path, KEL_B)
    assert same == rekap_groups(both.path, KEL_B) and same[4] == 14  # groups
    now, before = _kecamatan_rows(mixed.path), _kecamatan_rows(both.path)
    assert now["Cipondoh"] == before["Cipondoh"]  # Poris Plawad's programme, as before
    assert before["Tangerang"][0][3] > 0 and now["Tangerang"][0][3:] == (0,) * 10
    assert now["KOTA TANGERANG"][0][3] == now["Cipondoh"][0][3]
    text = [str(row[0]) for row in cells(mixed.path)[PROGRAMME_KOTA_SHEET] if row]
    said = [line for line in text if "tanpa data program" in line]
    assert len(said) == 1 and said[0].startswith("1 kelurahan") and "Sukarasa" in said[0]
    text = [str(row[0]) for row in cells(both.path)[PROGRAMME_KOTA_SHEET] if row]
    assert not any("tanpa data program" in line for line in text)


def rekap_groups(path: Path, code: str) -> Any:
    """The Rekap Kota row of one kelurahan (its groups and other counts)."""
    return next(row for row in cells(path)["Rekap Kota"] if len(row) > 1 and row[1] == code)
