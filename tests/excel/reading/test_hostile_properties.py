"""Random cell contents never crash the import: every outcome is an import or located problems."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.excel.hostile_books import any_cell, rows_xml, sheet_xml, write_xlsx
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook

HEADINGS = ("NIK", "Nama", "Jenis Kelamin", "Tanggal Lahir", "Alamat", "RT", "RW", "No. HP",
            "Kelompok", "Jabatan")  # fmt: skip
FUNCTION_DB = settings(
    deadline=None,
    max_examples=25,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
control_texts = st.text(st.characters(max_codepoint=0x1F), min_size=1, max_size=10)
long_texts = st.integers(32_000, 40_000).map(lambda n: "Ab" * (n // 2))
cell_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**18), 10**18),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(date(1900, 3, 1), date(2100, 12, 31)),
    st.datetimes(datetime(1900, 3, 1), datetime(2100, 12, 31)),
    texts,
    control_texts,
    long_texts,
    st.sampled_from(["L", "P", "Ketua", "17-08-1985", "=1+1", "'3671055708850001", "005/002"]),
)
rows = st.lists(st.lists(cell_values, min_size=10, max_size=10), min_size=1, max_size=4)

# The hand-written parts carry no cell styles; openpyxl says so for every file.
pytestmark = pytest.mark.filterwarnings("ignore:Workbook contains no default style")


def _counts(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return counts(session)


@FUNCTION_DB
@given(data=rows)
def test_random_cells_give_an_import_or_located_problems(
    office_db: Database, tmp_path: Path, data: list[list[Any]]
):
    path = write_xlsx(tmp_path / "acak.xlsx", sheet_xml(rows_xml([HEADINGS, *data])))
    before = _counts(office_db)
    report = import_workbook(office_db, path)  # anything but a report is a failure
    if report.ok:
        assert report.written
        assert _counts(office_db)["members"] == before["members"] + report.created["members"]
    else:
        assert not report.written and _counts(office_db) == before
        for problem in report.errors:
            assert problem.message.strip()
            if problem.row:
                assert problem.sheet == "Anggota" and 2 <= problem.row <= len(data) + 1


@st.composite
def niks(draw: st.DrawFn) -> str:
    """Structurally valid NIKs of Kota Tangerang, for women and men alike."""
    day = draw(st.integers(1, 28)) + draw(st.sampled_from([0, 40]))
    month, year = draw(st.integers(1, 12)), draw(st.integers(0, 99))
    serial = draw(st.integers(1, 9999))
    return f"367105{day:02d}{month:02d}{year:02d}{serial:04d}"


def _stored(database: Database, nik: str) -> bool:
    with database.read_session() as session:
        return session.scalar(select(Member.id).where(Member.nik == nik)) is not None


def _import_nik(database: Database, folder: Path, cell: str) -> Any:
    body = rows_xml([("NIK", "Nama")]) + f'<row r="2">{cell}{any_cell(2, 2, "Warga")}</row>'
    return import_workbook(database, write_xlsx(folder / "nik.xlsx", sheet_xml(body)))


@FUNCTION_DB
@given(nik=niks())
def test_numeric_nik_is_exact_only_when_its_last_digit_is_not_zero(
    office_db: Database, tmp_path: Path, nik: str
):
    report = _import_nik(office_db, tmp_path, any_cell(1, 2, int(nik)))
    if nik.endswith("0"):
        assert not report.ok and _stored(office_db, nik) is False
        [problem] = report.errors
        assert problem.column.startswith("A") and "15 angka" in problem.message
    else:
        assert report.ok, [p.message for p in report.errors]
        assert _stored(office_db, nik)


@FUNCTION_DB
@given(nik=niks(), digits=st.integers(6, 15))
def test_nik_shown_as_a_shorter_float_is_a_truncation_error(
    office_db: Database, tmp_path: Path, nik: str, digits: int
):
    shown = f"{float(nik):.{digits - 1}E}"  # how Excel keeps a NIK typed as a number
    cell = f'<c r="A2"><v>{shown}</v></c>'
    report = _import_nik(office_db, tmp_path, cell)
    assert not report.ok and not report.written
    assert any("15 angka" in p.message and p.column.startswith("A") for p in report.errors)


@FUNCTION_DB
@given(nik=niks(), style=st.sampled_from(["plain", "spaces", "dots", "apostrophe"]))
def test_nik_typed_as_text_is_read_exactly(
    office_db: Database, tmp_path: Path, nik: str, style: str
):
    typed = {
        "plain": nik,
        "spaces": f" {nik[:6]} {nik[6:12]} {nik[12:]} ",
        "dots": f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:]}",
        "apostrophe": f"'{nik}",
    }[style]
    report = _import_nik(office_db, tmp_path, any_cell(1, 2, typed))
    assert report.ok, [p.message for p in report.errors]
    assert _stored(office_db, nik)


@pytest.mark.slow
@settings(deadline=None, max_examples=150, suppress_health_check=list(HealthCheck))
@given(data=rows)
def test_random_cells_many_examples(office_db: Database, tmp_path: Path, data: list[list[Any]]):
    test_random_cells_give_an_import_or_located_problems.hypothesis.inner_test(  # type: ignore[attr-defined]
        office_db, tmp_path, data
    )
