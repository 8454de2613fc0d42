"""The calamine reader gives the importer exactly what openpyxl gives, or steps aside."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from tests.excel.hostile_books import (
    STYLES,
    any_cell,
    formula_cell,
    inline_cell,
    rows_xml,
    sheet_xml,
    write_xlsx,
)
from wksbm_desktop.excel.reading import fast_reader
from wksbm_desktop.excel.reading.reader import MAX_COLUMNS, MAX_ROWS, iter_values, open_workbook

pytestmark = pytest.mark.filterwarnings("ignore:Workbook contains no default style")
NIK = "3671055708850001"


def plain_sheets(path: Path) -> list[fast_reader.SheetInfo] | None:
    """The fast reader's verdict under the reader's own limits."""
    return fast_reader.plain_sheets(path, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS)


def _rows(path: Path, fast: bool) -> dict[str, list[tuple[int, tuple[Any, ...]]]]:
    """Each sheet's rows with the type of every value. An empty text is None, and trailing empty
    cells and rows are left out: calamine cannot tell an empty text from an empty cell, nor
    count empty cell elements as openpyxl does, and every reader of values treats them alike
    (values.py, headers.py, meta.py, the import's empty-row checks)."""
    with open_workbook(path, fast=fast) as workbook:
        assert getattr(workbook, "fast", False) is fast
        sheets = {}
        for sheet in workbook.worksheets:
            rows = []
            for number, row in iter_values(sheet, sheet.title):
                values = [None if v == "" else v for v in row]
                while values and values[-1] is None:
                    values.pop()
                rows.append((number, tuple((type(v), v) for v in values)))
            while rows and not rows[-1][1]:
                rows.pop()
            sheets[sheet.title] = rows
        return sheets


def assert_same_values(path: Path) -> None:
    """Calamine takes the file, and every value and its type equal openpyxl's."""
    assert plain_sheets(path) is not None
    assert _rows(path, fast=True) == _rows(path, fast=False)


def test_an_office_list_written_by_openpyxl(tmp_path: Path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Daftar"
    sheet.append(["DAFTAR ANGGOTA"])
    sheet.append([])
    sheet.append(["No", "NIK", "Nama", "Tgl Lahir", "RT", "Iuran", "Aktif", "Catatan"])
    sheet.append([1, NIK, "Siti  Rahmawati", datetime(1985, 8, 17), "005", 12500.5, True, None])
    sheet.append([2, "3671051708850002", "Budi", date(1985, 8, 17), 5, 0, False, "=1+1"])
    sheet.append([3, "'3671055708850003", "Dewi ", "17-08-1985", 12, 7.25, None, "a\nb"])
    sheet.append([4, None, "Ani", datetime(2020, 6, 18, 12, 30), "", 3, None, " ruang "])
    sheet.cell(6, 4).number_format = "dd/mm/yyyy"
    sheet.cell(5, 5).number_format = "@"
    sheet.cell(4, 6).number_format = '"Rp"#,##0'
    sheet.cell(6, 6).number_format = "[$-421]dd mmmm yyyy;@"
    sheet.cell(7, 6).number_format = "h:mm"
    hidden = workbook.create_sheet("Catatan")
    hidden.sheet_state = "hidden"
    hidden["C3"] = "mulai di C3"
    path = tmp_path / "daftar.xlsx"
    workbook.save(path)
    assert_same_values(path)


def test_calamine_rows_start_at_row_one_and_the_first_used_column(tmp_path: Path):
    # FastSheet.iter_rows pads the columns itself; this pins python-calamine's behaviour.
    body = f'<row r="3">{any_cell(3, 3, 1)}{any_cell(5, 3, 2)}</row>'
    body += f'<row r="5">{any_cell(4, 5, 3)}</row>'
    path = write_xlsx(tmp_path / "c3.xlsx", sheet_xml(body))
    assert_same_values(path)
    with open_workbook(path, fast=True) as workbook:
        rows = list(iter_values(workbook["Anggota"], "Anggota"))
    assert rows[2] == (3, (None, None, 1, None, 2)) and rows[4] == (5, (None, None, None, 3))


def test_a_declared_dimension_cuts_and_pads_rows_as_openpyxl_does(tmp_path: Path):
    body = rows_xml([("NIK", "Nama", "Catatan"), (NIK, "Siti", "x"), ("1", "2", "3")])
    assert_same_values(write_xlsx(tmp_path / "kecil.xlsx", sheet_xml(body, dimension="A1:B2")))
    assert_same_values(write_xlsx(tmp_path / "besar.xlsx", sheet_xml(body, dimension="A1:E9")))


def test_formulas_are_their_cached_values(tmp_path: Path):
    body = rows_xml([("NIK", "Nama")]) + (
        f'<row r="2">{formula_cell(1, 2, "1+1", "2")}{formula_cell(2, 2, "X")}</row>'
    )
    assert_same_values(write_xlsx(tmp_path / "rumus.xlsx", sheet_xml(body)))


TEXTS = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=20)
CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(0, 999_999),
    st.floats(0, 999_999, allow_nan=False).map(lambda f: round(f, 6)),
    st.dates(date(1900, 3, 1), date(2100, 12, 31)),
    st.datetimes(datetime(1900, 3, 1), datetime(2100, 12, 31)).map(
        lambda d: d.replace(microsecond=0)
    ),
    TEXTS,
    st.sampled_from(["L", "P", "17-08-1985", NIK, "005/002", "Jl. Melati & Mawar"]),
)


@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.lists(st.lists(CELLS, min_size=1, max_size=6), min_size=1, max_size=5))
def test_random_plain_cells_read_the_same(tmp_path_factory: pytest.TempPathFactory, data: Any):
    path = tmp_path_factory.mktemp("acak") / "acak.xlsx"
    write_xlsx(path, sheet_xml(rows_xml(data)))
    if plain_sheets(path) is None:
        return  # e.g. text with edge blanks: openpyxl reads it, which the import tests cover
    assert _rows(path, fast=True) == _rows(path, fast=False)


@pytest.mark.parametrize(
    ("name", "cell"),
    [
        ("error", '<c r="B2" t="e"><v>#N/A</v></c>'),
        ("exponent", '<c r="B2"><v>3.67105570885E+15</v></c>'),
        ("whole float", '<c r="B2"><v>5.0</v></c>'),
        ("negative", '<c r="B2" s="1"><v>-1</v></c>'),
        ("seven digits", '<c r="B2" s="1"><v>2958466</v></c>'),
        ("no reference", '<c t="inlineStr"><is><t>Siti</t></is></c>'),
        ("trimmed text", '<c r="B2" t="inlineStr"><is><t>Siti </t></is></c>'),
        ("escape", '<c r="B2" t="inlineStr"><is><t>Siti_x000D_</t></is></c>'),
        ("far column", inline_cell(16384, 2, "catatan")),
        ("carriage return", '<c r="B2" t="inlineStr"><is><t>a\rb</t></is></c>'),
    ],
)
def test_files_calamine_would_read_differently_go_to_openpyxl(tmp_path: Path, name: str, cell: str):
    body = rows_xml([("NIK", "Nama")]) + f'<row r="2">{inline_cell(1, 2, NIK)}{cell}</row>'
    path = write_xlsx(tmp_path / "lain.xlsx", sheet_xml(body))
    assert plain_sheets(path) is None, name
    with open_workbook(path, fast=True) as workbook:
        assert not getattr(workbook, "fast", False)


def test_the_size_bound_comes_before_calamine_allocates(tmp_path: Path):
    near = rows_xml([("NIK", "Nama")]) + f'<row r="99999">{inline_cell(26, 99999, "x")}</row>'
    assert plain_sheets(write_xlsx(tmp_path / "dekat.xlsx", sheet_xml(near))) is not None
    far = rows_xml([("NIK", "Nama")]) + f'<row r="400000">{inline_cell(28, 400000, "x")}</row>'
    assert plain_sheets(write_xlsx(tmp_path / "jauh.xlsx", sheet_xml(far))) is None


def _styled(path: Path, code: str) -> Path:
    styles = STYLES.replace(
        "<fonts", f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{code}"/></numFmts><fonts'
    ).replace('<xf numFmtId="14" applyNumberFormat="1"/>', '<xf numFmtId="164"/>')
    body = rows_xml([("Tanggal",)]) + '<row r="2"><c r="A2" s="1"><v>44000.25</v></c></row>'
    write_xlsx(path, sheet_xml(body))
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/styles.xml"] = styles.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return path


FORMATS = ["dd/mm/yyyy", "dd/mm/yyyy;@", "[$-421]dd mmmm yyyy", "d-mmm-yy", "yyyy-mm-dd hh:mm:ss",
           "h:mm AM/PM", "0.00", "#,##0", "@", '"Rp"#,##0', "[Red]0.00", '0 "hari"', "General",
           "mm:ss", "[h]:mm:ss", "0.00E+00", "dddd", '"d"0', "\\d0"]  # fmt: skip


@pytest.mark.parametrize("code", FORMATS)
def test_date_formats_are_judged_as_calamine_judges_them(tmp_path: Path, code: str):
    from python_calamine import CalamineWorkbook

    path = _styled(tmp_path / "format.xlsx", code.replace('"', "&quot;"))
    value = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[1][0]
    assert isinstance(value, date | time | timedelta) == fast_reader._calamine_date(code), value
    if plain_sheets(path) is not None:
        assert_same_values(path)


def _chunks_of(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def test_a_pattern_split_between_two_chunks_is_still_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(fast_reader, "_CHUNK", 7)
    body = (
        rows_xml([("NIK", "Nama"), (NIK, "Siti")])
        + '<row r="3"><c r="A3" t="e"><v>#N/A</v></c></row>'
    )
    assert plain_sheets(write_xlsx(tmp_path / "potong.xlsx", sheet_xml(body))) is None
    good = rows_xml([("NIK", "Nama"), (NIK, "Siti")])
    assert plain_sheets(write_xlsx(tmp_path / "utuh.xlsx", sheet_xml(good))) is not None
