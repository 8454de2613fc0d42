"""Hand-made hostile files: each is refused or handled quickly, plainly, and writes nothing."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.bounded_child import run_bounded
from tests.excel.hostile_books import (
    LAUGHS_DTD,
    MAIN_NS,
    XXE_DTD,
    formula_cell,
    inline_cell,
    many_styles,
    member_rows,
    million_rows,
    padded_sheet,
    rows_xml,
    sheet_xml,
    strings_xml,
    unreferenced_parts,
    write_with_strings,
    write_xlsx,
)
from wksbm_desktop.cli import main
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.importing.problems import ImportReport
from wksbm_desktop.excel.reading.reader import OLE_MAGIC, WorkbookProblem
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.excel.writing.protect import encrypt_file
from wksbm_desktop.i18n import t

SIT = "3671055708850001"  # Siti, born 17-08-1985

# The hand-written parts carry no cell styles; openpyxl says so for every file.
pytestmark = pytest.mark.filterwarnings("ignore:Workbook contains no default style")


def _counts(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return counts(session)


def refused(database: Database, path: Path) -> str:
    """The plain message a bad file gets; the database is unchanged."""
    before = _counts(database)
    with pytest.raises(WorkbookProblem) as caught:
        import_workbook(database, path)
    assert _counts(database) == before
    assert "Traceback" not in caught.value.message
    return caught.value.message


def failed(database: Database, path: Path) -> ImportReport:
    """A readable file with bad rows: problems with sheet, row and column; nothing written."""
    before = _counts(database)
    report = import_workbook(database, path)
    assert not report.ok and not report.written
    assert _counts(database) == before
    return report


def test_the_hand_written_baseline_imports(office_db: Database, tmp_path: Path):
    # Without this, a mistake in the builders would make every "refused" below pass for nothing.
    body = rows_xml([("NIK", "Nama", "Tanggal Lahir"), (SIT, "Siti", date(1985, 8, 17))])
    report = import_workbook(office_db, write_xlsx(tmp_path / "baik.xlsx", sheet_xml(body)))
    assert report.ok and report.written and _counts(office_db)["members"] == 1


# --- XML entities -----------------------------------------------------------------------------


def test_billion_laughs_in_sheet_is_refused(office_db: Database, tmp_path: Path):
    rows = member_rows([("NIK", "Nama"), (SIT, "x")]).replace(">x<", ">&lol9;<")
    path = write_xlsx(tmp_path / "tawa.xlsx", sheet_xml(rows, prolog=LAUGHS_DTD))
    assert "rusak" in refused(office_db, path)


def test_billion_laughs_in_shared_strings_is_refused(office_db: Database, tmp_path: Path):
    strings = (
        f'<?xml version="1.0"?>{LAUGHS_DTD}<sst xmlns="{MAIN_NS}"><si><t>&lol9;</t></si></sst>'
    )
    path = write_xlsx(tmp_path / "sst.xlsx", sheet_xml(member_rows([("NIK", "Nama")])), strings)
    assert "rusak" in refused(office_db, path)


def test_external_entity_is_never_read(office_db: Database, tmp_path: Path):
    rows = member_rows([("NIK", "Nama"), (SIT, "x")]).replace(">x<", ">&xxe;<")
    path = write_xlsx(tmp_path / "xxe.xlsx", sheet_xml(rows, prolog=XXE_DTD))
    message = refused(office_db, path)
    assert "rusak" in message and "root:" not in message


@pytest.mark.parametrize("tail", ['<c r="A60"><v>1</c>', '<c r="A60" t="inlineStr"><is><t>&e;'])
def test_damage_deep_in_a_sheet_is_a_plain_message(office_db: Database, tmp_path: Path, tail: str):
    # The dimension lets openpyxl open the file without reading the sheet: the bad XML (or an
    # undeclared entity) is met only while rows are imported.
    rows = [("NIK", "Nama")] + [(f"36710557088500{n:02d}", "Siti") for n in range(1, 50)]
    body = member_rows(rows) + f'<row r="60">{tail}</row>'
    path = write_xlsx(tmp_path / "rusak.xlsx", sheet_xml(body, dimension="A1:B60"))
    assert "rusak" in refused(office_db, path)


# --- zip containers ---------------------------------------------------------------------------


def test_highly_compressed_sheet_is_refused_before_parsing(office_db: Database, tmp_path: Path):
    path = write_xlsx(tmp_path / "bom.xlsx", padded_sheet(64 * 1024 * 1024))
    assert path.stat().st_size < 1_000_000
    assert "terlalu besar" in refused(office_db, path)


def test_too_many_zip_entries_is_refused(office_db: Database, tmp_path: Path):
    extra = {f"xl/media/x{n}.bin": b"" for n in range(10_001)}
    path = write_xlsx(
        tmp_path / "banyak.xlsx", sheet_xml(member_rows([("NIK", "Nama")])), extra=extra
    )
    assert "terlalu besar" in refused(office_db, path)


# --- absurd sizes -----------------------------------------------------------------------------


def test_absurd_dimension_around_two_rows_is_read_as_two_rows(office_db: Database, tmp_path: Path):
    # Issue 13 point 14: this used to be refused as "1048576 baris" while the sheet holds two.
    body = member_rows([("NIK", "Nama"), (SIT, "Siti")])
    path = write_xlsx(tmp_path / "luas.xlsx", sheet_xml(body, dimension="A1:XFD1048576"))
    report = import_workbook(office_db, path)
    assert report.ok and report.written and _counts(office_db)["members"] == 1


def test_cell_at_the_last_row_and_column_is_refused(office_db: Database, tmp_path: Path):
    body = member_rows([("NIK", "Nama"), (SIT, "Siti")])
    body += f'<row r="1048576">{inline_cell(16384, 1048576, "x")}</row>'
    path = write_xlsx(tmp_path / "ujung.xlsx", sheet_xml(body))
    assert "baris" in refused(office_db, path)


def test_far_column_is_ignored_and_the_member_imported(office_db: Database, tmp_path: Path):
    body = member_rows([("NIK", "Nama"), (SIT, "Siti")])
    body = body.replace("</row>", inline_cell(16384, 2, "catatan") + "</row>", 2)
    path = write_xlsx(tmp_path / "lebar.xlsx", sheet_xml(body))
    report = import_workbook(office_db, path)
    assert report.ok and report.written and _counts(office_db)["members"] == 1


def test_many_one_cell_lines_are_read_in_linear_time(office_db: Database, tmp_path: Path):
    # Each line is a skipped "footer" notice; counting them used to rescan every problem.
    body = member_rows([("NIK", "Nama")])
    body += "".join(f'<row r="{n}">{inline_cell(3, n, "catatan")}</row>' for n in range(2, 20_002))
    path = write_xlsx(tmp_path / "catatan.xlsx", sheet_xml(body))
    report = import_workbook(office_db, path, dry_run=True)
    assert report.ok and 0 < len(report.notices) <= 2_000


# --- not workbooks at all ---------------------------------------------------------------------


def _png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def _csv(path: Path) -> None:
    path.write_text(f"NIK;Nama\n{SIT};Siti\n", encoding="utf-8")


def _old_xls(path: Path) -> None:
    path.write_bytes(OLE_MAGIC + b"\x00" * 4096)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["NIK", "Nama"])
    workbook.save(path)
    path.write_bytes(path.read_bytes()[:-200])


def _plain_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8\xff")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_png, "bukan buku kerja"),
        (_csv, "bukan buku kerja"),
        (_old_xls, ("rusak", "format Excel lama")),
        (_empty, "kosong"),
        (_truncated, "rusak"),
        (_plain_zip, "bukan buku kerja"),
    ],
)
def test_files_that_are_not_workbooks(
    office_db: Database, tmp_path: Path, make: Callable[[Path], None], words: str | tuple[str, ...]
):
    path = tmp_path / "anggota.xlsx"
    make(path)
    message = refused(office_db, path)
    assert any(w in message for w in ((words,) if isinstance(words, str) else words))


def test_encrypted_workbook_is_refused(office_db: Database, tmp_path: Path):
    plain, locked = tmp_path / "biasa.xlsx", tmp_path / "terkunci.xlsx"
    write_xlsx(plain, sheet_xml(member_rows([("NIK", "Nama"), (SIT, "Siti")])))
    encrypt_file(plain, locked, "rahasia")
    assert "kata sandi" in refused(office_db, locked)


@pytest.mark.parametrize("make", [_png, _empty, _truncated, _old_xls])
def test_cli_exits_1_with_the_plain_message(
    office_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], None],
):
    path = tmp_path / "impor.xlsx"
    make(path)
    assert main(["--db", office_db.label, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "impor.xlsx" in err and "Traceback" not in err
    assert t("cli.unexpected", log="") not in err
    assert _counts(office_db)["members"] == 0


# --- cell contents ----------------------------------------------------------------------------


def test_formula_cells_are_data_never_evaluated(office_db: Database, tmp_path: Path):
    body = rows_xml([("NIK", "Nama")])
    body += f'<row r="2">{formula_cell(1, 2, "1+1", "2")}{inline_cell(2, 2, "Siti")}</row>'
    dde = "cmd|' /C calc'!A0"
    body += f'<row r="3">{inline_cell(1, 3, "3671055708850002")}{formula_cell(2, 3, dde)}</row>'
    link = 'HYPERLINK("http://example.com","x")'
    body += f'<row r="4">{inline_cell(1, 4, "3671055708850003")}{formula_cell(2, 4, link)}</row>'
    report = failed(office_db, write_xlsx(tmp_path / "rumus.xlsx", sheet_xml(body)))
    rows = {p.row for p in report.errors}
    assert {2, 3, 4} <= rows  # NIK "2" is no NIK; formulas without a cached value are empty
    assert all(p.sheet == "Anggota" and p.column for p in report.errors if p.row)


def test_name_starting_with_equals_is_stored_and_exported_as_text(
    office_db: Database, tmp_path: Path
):
    name = '=HYPERLINK("http://example.com","x")'
    body = member_rows([("NIK", "Nama"), (SIT, name), ("3671055708850002", "=cmd|' /C calc'!A0")])
    report = import_workbook(office_db, write_xlsx(tmp_path / "teks.xlsx", sheet_xml(body)))
    assert report.ok and report.written
    out = tmp_path / "laporan.xlsx"
    export_report(office_db, out, ExportOptions(full_nik=True))
    book = load_workbook(out)
    cells = [c for ws in book for row in ws.iter_rows() for c in row if str(c.value)[:1] == "="]
    assert {c.value for c in cells} == {name, "=cmd|' /C calc'!A0"}
    assert all(c.data_type == "s" for c in cells)


def test_control_characters_and_very_long_cells(office_db: Database, tmp_path: Path):
    body = member_rows(
        [
            ("NIK", "Nama"),
            (SIT, "Siti\x07\x1b[31mAminah\x00"),
            ("3671055708850002", "A" * 40_000),
            ("3671055708850003\x0b", "Budi"),
        ]
    )
    path = write_xlsx(tmp_path / "aneh.xlsx", sheet_xml(body))
    report = import_workbook(office_db, path)
    if report.ok:  # accepted: then the export must not crash on what was stored
        export_report(office_db, tmp_path / "keluar.xlsx", ExportOptions(full_nik=True))
    else:
        assert not report.written and _counts(office_db)["members"] == 0
        assert all(p.sheet == "Anggota" and p.row and p.message for p in report.errors)


@pytest.mark.parametrize(
    "born",
    [date(1900, 1, 1), date(2100, 1, 1), 60, 0, -5, 1, 2_958_466, "29-02-1900", "31-12-2100"],
)
def test_absurd_birth_dates_are_row_errors(office_db: Database, tmp_path: Path, born: object):
    body = rows_xml([("NIK", "Nama", "Tanggal Lahir"), (SIT, "Siti", born)])
    report = failed(office_db, write_xlsx(tmp_path / "tanggal.xlsx", sheet_xml(body)))
    # Either the date itself or its clash with the birth date inside the NIK is reported.
    assert {(p.sheet, p.row) for p in report.errors} == {("Anggota", 2)}
    assert all(p.column and p.message for p in report.errors)


# --- bombs, measured in a child process ------------------------------------------------------

_IMPORT = """
from tests.excel.conftest import new_database
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.reading.reader import WorkbookProblem
database = new_database(sys.argv[2])
start = time.monotonic()
try:
    import_workbook(database, sys.argv[1])
    outcome = "imported"
except WorkbookProblem as error:
    outcome = error.message
elapsed = time.monotonic() - start
with database.read_session() as session:
    members = counts(session)["members"]
report(outcome=outcome, seconds=elapsed, members=members)
"""


def _measured(path: Path, tmp_path: Path, seconds: float = 10) -> dict[str, object]:
    """Import ``path`` in a child bounded in time and address space: refused, quickly, in
    bounded memory, with nothing written."""
    result = run_bounded(_IMPORT, str(path), str(tmp_path / "anak.db"))
    assert result["members"] == 0
    assert float(result["seconds"]) < seconds
    assert int(result["peak_mb"]) < 300
    return result


@pytest.mark.slow
def test_gigabyte_zip_bomb_in_bounded_time_and_memory(tmp_path: Path):
    path = write_xlsx(tmp_path / "bom.xlsx", padded_sheet(1_600 * 1024 * 1024), level=1)
    assert path.stat().st_size < 20_000_000
    assert "terlalu besar" in str(_measured(path, tmp_path)["outcome"])


@pytest.mark.slow
def test_million_row_sheet_is_refused_before_reading(tmp_path: Path):
    path = write_xlsx(tmp_path / "sejuta.xlsx", million_rows(1_000_000), level=1)
    assert "paling banyak" in str(_measured(path, tmp_path)["outcome"])


@pytest.mark.slow
def test_entity_bombs_in_bounded_time_and_memory(tmp_path: Path):
    rows = member_rows([("NIK", "Nama"), (SIT, "x")]).replace(">x<", ">&lol9;<")
    path = write_xlsx(tmp_path / "tawa.xlsx", sheet_xml(rows, prolog=LAUGHS_DTD))
    assert "rusak" in str(_measured(path, tmp_path)["outcome"])


# --- every named part has its own limit; unnamed parts are never read (issue 13, 7 and 8) -----


def test_shared_strings_over_their_own_limit_are_refused_in_bounded_memory(tmp_path: Path):
    # 80 MB of shared strings compressed ~200 times: under the total and ratio limits, which
    # let it through to openpyxl before (the 1.4 GB original reached 2.4 GB and aborted).
    path = write_with_strings(tmp_path / "teks.xlsx", strings_xml(10_000, pad=8_000))
    assert path.stat().st_size < 2_000_000
    outcome = str(_measured(path, tmp_path, seconds=5)["outcome"])
    assert "sharedStrings.xml" in outcome and "paling banyak 64 MB" in outcome


def test_a_million_small_shared_strings_are_refused_in_seconds(tmp_path: Path):
    path = write_with_strings(tmp_path / "sejuta-teks.xlsx", strings_xml(1_000_001))
    outcome = str(_measured(path, tmp_path, seconds=5)["outcome"])
    assert "lebih dari 1000000 teks" in outcome


def test_half_a_million_cell_formats_are_refused_in_seconds(tmp_path: Path):
    # 10 MB of styles: under the part limit, but openpyxl took 27 s and 490 MB to build them.
    body = sheet_xml(member_rows([("NIK", "Nama"), (SIT, "Siti")]))
    path = write_xlsx(tmp_path / "gaya.xlsx", body, styles=many_styles(550_000))
    outcome = str(_measured(path, tmp_path, seconds=5)["outcome"])
    assert "gaya selnya terlalu banyak" in outcome


@pytest.mark.slow
def test_gigabyte_shared_strings_part_is_refused_in_seconds(tmp_path: Path):
    path = write_with_strings(tmp_path / "bom-teks.xlsx", strings_xml(175_000, pad=8_000))
    assert path.stat().st_size < 40_000_000
    assert "sharedStrings.xml" in str(_measured(path, tmp_path, seconds=5)["outcome"])


def test_parts_the_workbook_does_not_name_are_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from wksbm_desktop.excel.reading.reader import check_container

    path = unreferenced_parts(tmp_path / "sisa.xlsx", 20, 1_000_000)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        opened.append(getattr(name, "filename", name))  # type: ignore[arg-type]
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    check_container(path)
    assert "xl/worksheets/sheet1.xml" in opened
    assert not [name for name in opened if "sisa" in str(name)]


@pytest.mark.slow
def test_150_unnamed_parts_do_not_delay_the_import(tmp_path: Path):
    path = unreferenced_parts(tmp_path / "sisa.xlsx", 150, 9_900_000)
    result = run_bounded(_IMPORT, str(path), str(tmp_path / "anak.db"))
    assert result["outcome"] == "imported" and result["members"] == 1
    assert float(result["seconds"]) < 5 and int(result["peak_mb"]) < 300


def test_the_cli_import_streams_the_container_once(
    office_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # Once by the container check (kept for the unchanged file), once by calamine's plain-file
    # scan; before, the CLI's own check and the import's each streamed every sheet again.
    body = member_rows([("NIK", "Nama"), (SIT, "Siti")])
    path = write_xlsx(tmp_path / "daftar.xlsx", sheet_xml(body))
    streamed: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        streamed.append(str(getattr(name, "filename", name)))
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    assert main(["--db", office_db.label, "import", str(path)]) == 0
    assert streamed.count("xl/worksheets/sheet1.xml") == 2


# --- messages name the sheet and say what it really holds (issue 13, point 14) ---------------


def test_row_limit_message_names_the_sheet_and_its_rows(
    office_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from wksbm_desktop.excel.reading import reader

    monkeypatch.setattr(reader, "MAX_ROWS", 10)
    rows = [("NIK", "Nama")] + [(f"36710557088500{n:02d}", "Siti") for n in range(1, 12)]
    path = write_xlsx(tmp_path / "banyak.xlsx", sheet_xml(member_rows(rows)))
    message = refused(office_db, path)
    assert message.startswith("Lembar Anggota berisi 12 baris") and "sheet1" not in message


def test_far_row_message_names_the_cell_not_a_row_count(office_db: Database, tmp_path: Path):
    body = member_rows([("NIK", "Nama"), (SIT, "Siti")])
    body += f'<row r="1048576">{inline_cell(2, 1048576, "x")}</row>'
    message = refused(office_db, write_xlsx(tmp_path / "ujung.xlsx", sheet_xml(body)))
    assert "Lembar Anggota memakai sel sampai B1048576" in message and "berisi" not in message
