"""The city workbook from files opens each report's sealed NIKs at the city, as receiving does:
NIK ganda across kelurahan is found on default (masked) reports; elsewhere they stay masked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.excel.conftest import make_nik, new_database
from wksbm_desktop.core.domain.inputs import MemberInput, OfficeInput
from wksbm_desktop.core.services.city_key import city_key_file, install_city_key
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.excel.consolidate.city import consolidate
from wksbm_desktop.excel.consolidate.scan import scan_reports
from wksbm_desktop.excel.consolidate.unsealing import city_key_of
from wksbm_desktop.excel.report.export import export_report
from wksbm_desktop.excel.report.sealed_nik import SEALED_SHEET

KEL_A, KEL_B = "36.71.05.1008", "36.71.01.1001"
SHARED = make_nik("P", date(1982, 5, 9), 77, region="367105")


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[Database]:
    database = open_database(new_target("kota.db", at_head=True), operator="Dinsos")
    with database.session() as session:
        save_office(session, OfficeInput(kelurahan_code=None))
    yield database
    database.dispose()


@pytest.fixture
def reports(city: Database, tmp_path: Path) -> list[Path]:
    """A default report from each of two kelurahan; one resident is in both."""
    with city.session() as session:
        key_file = city_key_file(session)
    paths = []
    for code, name, serial in ((KEL_A, "Siti Rahma", 1), (KEL_B, "Siti Rachma", 2)):
        office = new_database(tmp_path / f"{code}.db", kelurahan=code)
        try:
            with office.session() as session:
                install_city_key(session, key_file)
                create_member(session, MemberInput(nik=SHARED, full_name=name, sex="P"))
                own = make_nik("L", date(1970, 1, serial), serial, region=code[:8].replace(".", ""))
                create_member(session, MemberInput(nik=own, full_name=f"Budi {serial}", sex="L"))
            result = export_report(office, tmp_path / f"laporan-{serial}.xlsx")
        finally:
            office.dispose()
        assert result.masked and result.nik_key_id  # the default: masked, sealed for the city
        paths.append(result.path)
    return paths


def _issue_keys(result_or_scan: object) -> set[str]:
    board = result_or_scan.board  # type: ignore[attr-defined]
    return {issue.key for s in board if s.report for issue in s.report.issues}


def _nik_ganda_rows(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        name = next(n for n in book.sheetnames if n.startswith("NIK"))
        return [tuple(r) for r in book[name].iter_rows(values_only=True)]
    finally:
        book.close()


def test_the_city_finds_nik_ganda_in_sealed_reports_and_writes_it_masked(
    city: Database, reports: list[Path], tmp_path: Path
) -> None:
    assert "consolidate.issue.masked" not in _issue_keys(
        scan_reports(reports, city_key=city_key_of(city))
    )
    result = consolidate(reports, tmp_path / "kota.xlsx", database=city)
    assert result.nik_duplicates == 1
    assert "consolidate.issue.masked" not in _issue_keys(result)
    text = " ".join(str(c) for row in _nik_ganda_rows(result.path) for c in row if c)
    assert "Siti Rahma" in text and "Siti Rachma" in text
    assert SHARED not in text and "3671************" in text  # found whole, written masked


def test_without_the_citys_key_the_reports_stay_masked(reports: list[Path], tmp_path: Path) -> None:
    result = consolidate(reports, tmp_path / "kota.xlsx")
    assert result.nik_duplicates == 0 and result.masked_reports == 2
    # Sealed, not merely masked: the advice is the Dinas Sosial database, not a full-NIK export.
    assert _issue_keys(result) >= {"consolidate.issue.sealed_no_key"}
    assert "consolidate.issue.masked" not in _issue_keys(result)


def test_a_report_sealed_for_another_key_says_which(
    city: Database, reports: list[Path], tmp_path: Path, new_target: Callable[..., str]
) -> None:
    other = open_database(new_target("kota-lain.db", at_head=True), operator="Dinsos")
    try:
        with other.session() as session:
            save_office(session, OfficeInput(kelurahan_code=None))
            city_key_file(session)  # a key of its own
        result = consolidate(reports, tmp_path / "kota.xlsx", database=other)
    finally:
        other.dispose()
    assert result.nik_duplicates == 0
    issues = [i for s in result.board if s.report for i in s.report.issues]
    other_key = [i for i in issues if i.key == "consolidate.issue.sealed_other_key"]
    assert len(other_key) == 2 and "kunci lain" in other_key[0].message


def test_a_changed_seal_leaves_that_report_masked_and_says_why(
    city: Database, reports: list[Path], tmp_path: Path
) -> None:
    book = load_workbook(reports[1])
    cell = book[SEALED_SHEET]["A2"]
    text = str(cell.value)
    cell.value = text[:100] + ("B" if text[100] != "B" else "C") + text[101:]
    book.save(reports[1])
    result = consolidate(reports, tmp_path / "kota.xlsx", database=city)
    assert result.nik_duplicates == 0
    [changed] = [s.report for s in result.board if s.report and s.report.path == reports[1]]
    [issue] = [i for i in changed.issues if i.key == "consolidate.issue.seal_refused"]
    assert "tidak dapat dibuka" in issue.message and "ekspor ulang" in issue.message
