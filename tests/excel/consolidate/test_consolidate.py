"""City consolidation end to end: real exports of real databases merged into the city workbook."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.excel.conftest import fits_page_width, make_nik, new_database
from wksbm_desktop.cli import main
from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.domain.inputs import GroupInput, MemberInput
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.excel.consolidate.city import CityOptions, consolidate, report_board
from wksbm_desktop.excel.reading.report_reader import read_report
from wksbm_desktop.paths import default_db_path

KEL_A = "36.71.05.1008"  # Poris Plawad, Kec. Cipondoh
KEL_B = "36.71.01.1001"  # Sukarasa, Kec. Tangerang
SHARED_NIK = make_nik("P", date(1980, 3, 14), 4242, region="367101")
EVIL_NAME = '=HYPERLINK("http://example.com","x")'
TODAY = date(2026, 6, 30)


@dataclass(frozen=True)
class Exports:
    a: Path  # Poris Plawad, full NIK, holds the shared NIK and the formula-like name
    b: Path  # Sukarasa, full NIK, holds the shared NIK
    a_masked: Path  # Poris Plawad again, NIK masked


def _export(folder: Path, code: str, seed: int, extra_name: str | None, masked: bool) -> Path:
    from wksbm_desktop.excel.report.export import ExportOptions, export_report

    database = new_database(folder / f"{code}-{seed}.db", kelurahan=code)
    try:
        with database.session() as session:
            generate(session, members=20, seed=seed, today=TODAY)
            group = create_group(session, GroupInput("KUBE Bersama", "KUBE", "Ekonomi Produktif"))
            member = create_member(session, MemberInput(nik=SHARED_NIK, full_name="Siti Rahma",
                                                        sex="P"))  # fmt: skip
            add_membership(session, member.uuid, group.uuid, "ketua", date(2025, 1, 6))
            if extra_name:
                evil = MemberInput(nik=make_nik("L", date(1985, 8, 17), 3), full_name=extra_name)
                add_membership(session, create_member(session, evil).uuid, group.uuid, "anggota",
                               date(2025, 2, 1))  # fmt: skip
        target = folder / f"laporan-{code}-{'samar' if masked else 'lengkap'}.xlsx"
        export_report(database, target, ExportOptions(full_nik=not masked, today=TODAY))
    finally:
        database.dispose()
    return target


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exports]:
    folder = tmp_path_factory.mktemp("kelurahan")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WKSBM_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        yield Exports(
            a=_export(folder, KEL_A, 11, EVIL_NAME, masked=False),
            b=_export(folder, KEL_B, 12, None, masked=False),
            a_masked=_export(folder, KEL_A, 13, None, masked=True),
        )


def set_meta(source: Path, target: Path, **values: str) -> Path:
    """A copy of a report with some ``_meta`` values changed (as an edited or other file would)."""
    workbook = load_workbook(source)
    sheet = workbook["_meta"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value in values:
            row[1].value = values[str(row[0].value)]
    workbook.save(target)
    return target


def rows_of(path: Path, sheet: str) -> list[tuple[object, ...]]:
    workbook = load_workbook(path, read_only=True)
    try:
        # Padded: read-only rows end at their last filled cell.
        return [
            (*r, *([None] * (20 - len(r)))) for r in workbook[sheet].iter_rows(values_only=True)
        ]
    finally:
        workbook.close()


def rekap_row(path: Path, code: str) -> tuple[object, ...]:
    return next(r for r in rows_of(path, "Rekap Kota") if len(r) > 1 and r[1] == code)


def test_two_kelurahan_sharing_a_nik(exports: Exports, tmp_path: Path):
    full = CityOptions(full_nik=True)
    result = consolidate([exports.a, exports.b], tmp_path / "kota.xlsx", today=TODAY, options=full)

    assert result.reported == 2 and result.missing == 102
    nik_rows = rows_of(result.path, "NIK ganda")
    shared = [r for r in nik_rows if r[1] == SHARED_NIK]
    assert len(shared) == 1
    assert "Poris Plawad" in shared[0][3] and "Sukarasa" in shared[0][3]
    assert shared[0][4] == 2 and "Siti Rahma" in shared[0][2]
    for code, path in ((KEL_A, exports.a), (KEL_B, exports.b)):
        report = read_report(path)
        row = rekap_row(result.path, code)
        assert row[4] == len(report.sheets["groups"])  # Kelompok
        assert row[9] == len(report.sheets["members"])  # Warga
        assert row[11] == len(report.sheets["activities"])  # Kegiatan
    kelurahan_rows = [r for r in rows_of(result.path, "Rekap Kota") if _is_kelurahan_code(r)]
    assert len(kelurahan_rows) == 104
    assert [r[1] for r in kelurahan_rows] == sorted(r[1] for r in kelurahan_rows)
    assert sum(1 for r in kelurahan_rows if r[3] == "Belum lapor") == 102


def _is_kelurahan_code(row: tuple[object, ...]) -> bool:
    return len(row) > 1 and isinstance(row[1], str) and row[1].count(".") == 3


def test_rekap_kota_subtotals_and_grand_total(exports: Exports, tmp_path: Path):
    result = consolidate([exports.a, exports.b], tmp_path / "kota.xlsx", today=TODAY)
    rows = rows_of(result.path, "Rekap Kota")
    subtotal = next(r for r in rows if r[2] == "Jumlah Kec. Cipondoh")
    grand = next(r for r in rows if r[2] == "JUMLAH KOTA TANGERANG")
    assert subtotal[3] == "1/10 lapor"
    assert subtotal[4] == rekap_row(result.path, KEL_A)[4]
    assert grand[3] == "2/104 lapor"
    assert grand[4] == rekap_row(result.path, KEL_A)[4] + rekap_row(result.path, KEL_B)[4]
    assert grand[12] == result.totals.money > 0
    assert sum(1 for r in rows if isinstance(r[2], str) and r[2].startswith("Jumlah Kec.")) == 13


def test_combined_sheets_carry_code_kecamatan_and_kelurahan_in_front(
    exports: Exports, tmp_path: Path
):
    result = consolidate([exports.a, exports.b], tmp_path / "kota.xlsx", today=TODAY)
    sheets = {
        "Kelompok": "groups",
        "Anggota": "memberships",
        "Kegiatan": "activities",
        "Warga": "members",
        "Kehadiran": "attendance",
        "Penilaian": "assessments",
    }
    for sheet, key in sheets.items():
        rows = rows_of(result.path, sheet)
        assert rows[0][:3] == ("Kode Kelurahan", "Kecamatan", "Kelurahan")
        expected = sum(len(read_report(p).sheets[key]) for p in (exports.a, exports.b))
        assert len(rows) - 1 == expected, sheet
    places = {(r[0], r[1], r[2]) for r in rows_of(result.path, "Kelompok")[1:]}
    assert places == {(KEL_B, "Tangerang", "Sukarasa"), (KEL_A, "Cipondoh", "Poris Plawad")}


def test_only_the_newest_report_of_a_kelurahan_counts(exports: Exports, tmp_path: Path):
    old = set_meta(exports.a, tmp_path / "lama.xlsx", generated_at="2026-01-05T08:00:00")
    new = set_meta(exports.a, tmp_path / "baru.xlsx", generated_at="2026-06-29T08:00:00")
    result = consolidate([new, old, exports.b], tmp_path / "kota.xlsx", today=TODAY)

    status = next(s for s in result.board if s.kelurahan.code == KEL_A)
    assert status.report is not None and status.report.name == "baru.xlsx"
    assert [f.name for f in status.older] == ["lama.xlsx"]
    groups = len(read_report(exports.a).sheets["groups"])
    kelompok = [r for r in rows_of(result.path, "Kelompok")[1:] if r[2] == "Poris Plawad"]
    assert len(kelompok) == groups  # merged once, not twice
    listed = [r for r in rows_of(result.path, "Status laporan") if r[5] == "lama.xlsx"]
    assert listed and listed[0][4].startswith("Diabaikan")
    assert "baru.xlsx" in listed[0][14]


def test_a_broken_file_is_listed_and_the_rest_consolidates(exports: Exports, tmp_path: Path):
    renamed = tmp_path / "catatan.xlsx"
    renamed.write_text("bukan excel", encoding="utf-8")
    truncated = tmp_path / "terpotong.xlsx"
    truncated.write_bytes(exports.b.read_bytes()[:5000])
    result = consolidate([exports.a, renamed, truncated], tmp_path / "kota.xlsx", today=TODAY)

    assert result.reported == 1
    reasons = {f.name: " ".join(i.message for i in f.issues) for f in result.rejected}
    assert "bukan buku kerja Excel" in reasons["catatan.xlsx"]
    assert "rusak" in reasons["terpotong.xlsx"]
    status_rows = rows_of(result.path, "Status laporan")
    refused = {r[5]: r for r in status_rows if r[4] == "Tidak terbaca"}
    assert set(refused) == {"catatan.xlsx", "terpotong.xlsx"}
    assert "rusak" in refused["terpotong.xlsx"][14]


def test_formula_like_text_stays_text(exports: Exports, tmp_path: Path):
    result = consolidate([exports.a], tmp_path / "kota.xlsx", today=TODAY)
    workbook = load_workbook(result.path)
    cells = [c for sheet in ("Warga", "Anggota") for row in workbook[sheet].iter_rows()
             for c in row if c.value == EVIL_NAME]  # fmt: skip
    assert len(cells) >= 2
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    with zipfile.ZipFile(result.path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any("<f>" in archive.read(n).decode() for n in sheets)


def test_masked_nik_is_reported_and_not_compared(exports: Exports, tmp_path: Path):
    result = consolidate([exports.a_masked, exports.b], tmp_path / "kota.xlsx", today=TODAY)

    assert result.nik_duplicates == 0 and result.masked_reports == 1
    row = next(r for r in rows_of(result.path, "Status laporan") if r[5] == exports.a_masked.name)
    assert "NIK disamarkan" in row[14]
    notes = [r[1] for r in rows_of(result.path, "NIK ganda") if r[1]]
    assert any("Poris Plawad" in str(n) and "disamarkan" in str(n) for n in notes)


def test_outside_city_or_newer_format_is_refused(exports: Exports, tmp_path: Path):
    outside = set_meta(exports.b, tmp_path / "kabupaten.xlsx", kelurahan_code="36.03.01.2001",
                       kelurahan_name="Cisoka")  # fmt: skip
    newer = set_meta(exports.b, tmp_path / "versi-baru.xlsx", format_version="99")
    result = consolidate([exports.a, outside, newer], tmp_path / "kota.xlsx", today=TODAY)

    states = {f.name: f.state for f in result.rejected}
    assert states == {"kabupaten.xlsx": "outside", "versi-baru.xlsx": "unreadable"}
    rows = {r[5]: r for r in rows_of(result.path, "Status laporan") if r[5]}
    assert "bukan kelurahan Kota Tangerang" in rows["kabupaten.xlsx"][14]
    assert "versi 99" in rows["versi-baru.xlsx"][14]
    assert not any(r[1] == "Sukarasa" for r in rows_of(result.path, "Kelompok"))


def test_no_usable_file_writes_nothing(tmp_path: Path):
    junk = tmp_path / "a.xlsx"
    junk.write_bytes(b"PK\x03\x04 rusak")
    with pytest.raises(WksbmError) as caught:
        consolidate([junk], tmp_path / "kota.xlsx")
    assert "Tidak satu pun berkas" in caught.value.message and "a.xlsx" in caught.value.message
    assert not (tmp_path / "kota.xlsx").exists()


def test_output_must_not_overwrite_an_input(exports: Exports, tmp_path: Path):
    copy = shutil.copy(exports.a, tmp_path / "a.xlsx")
    with pytest.raises(WksbmError, match="nama lain"):
        consolidate([copy], copy)


def test_cancel_leaves_no_file(exports: Exports, tmp_path: Path):
    with pytest.raises(WksbmError, match="dibatalkan"):
        consolidate([exports.a, exports.b], tmp_path / "kota.xlsx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_city_workbook_is_refused_as_an_input(exports: Exports, tmp_path: Path):
    city = consolidate([exports.a], tmp_path / "kota.xlsx", today=TODAY).path
    result = consolidate([exports.b, city], tmp_path / "kota2.xlsx", today=TODAY)
    assert "rekap kota" in result.rejected[0].issues[0].message


def test_report_board_lists_every_kelurahan(exports: Exports, tmp_path: Path):
    junk = tmp_path / "x.xlsx"
    junk.write_text("?", encoding="utf-8")
    board = report_board([exports.b, exports.a_masked, exports.a, junk])

    assert len(board) == 104
    assert [s.kelurahan.code for s in board] == sorted(s.kelurahan.code for s in board)
    a = next(s for s in board if s.kelurahan.code == KEL_A)
    assert a.reported and a.report is not None and len(a.older) == 1
    assert a.counts["groups"] == len(read_report(a.report.path).sheets["groups"])
    assert a.generated_at is not None and a.period_text
    b = next(s for s in board if s.kelurahan.code == KEL_B)
    assert b.reported and b.problems == []
    assert sum(1 for s in board if not s.reported) == 102


def test_layout_headers_filters_text_nik_and_print_setup(exports: Exports, tmp_path: Path):
    path = consolidate([exports.a, exports.b], tmp_path / "kota.xlsx", today=TODAY).path
    workbook = load_workbook(path)
    assert workbook.sheetnames[:3] == ["Rekap Kota", "Status laporan", "NIK ganda"]
    assert workbook["_meta"].sheet_state == "hidden"
    for name in ("Status laporan", "NIK ganda", "Kelompok", "Warga", "Anggota"):
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.b
        assert sheet.page_setup.orientation == "landscape" and fits_page_width(sheet)
    rekap = workbook["Rekap Kota"]
    assert rekap["A1"].value == "PEMERINTAH KOTA TANGERANG" and rekap["A2"].value == "DINAS SOSIAL"
    assert rekap.page_setup.orientation == "landscape" and rekap.print_title_rows
    niks = [row[3] for row in workbook["Warga"].iter_rows(min_row=2) if row[3].value]
    assert niks and all(c.data_type == "s" and c.number_format == "@" for c in niks)
    widths = workbook["Warga"].column_dimensions
    assert widths["D"].width >= 16  # NIK column fitted, not the default 8.43


def test_cli_consolidate_warns_and_exits_zero(exports: Exports, tmp_path: Path, capsys):
    junk = tmp_path / "rusak.xlsx"
    junk.write_text("x", encoding="utf-8")
    out = tmp_path / "kota.xlsx"
    code = main(["consolidate", "--out", str(out), str(exports.a), str(exports.b), str(junk)])
    printed = capsys.readouterr()
    assert code == 0 and out.exists()
    assert "2 dari 104 kelurahan melapor" in printed.out
    assert "PERINGATAN" in printed.out and "rusak.xlsx" in printed.out
    # With no database on this PC the consolidation works, is logged, and creates none.
    assert "hanya dicatat di berkas log" in printed.out
    assert not default_db_path().exists()


def test_cli_consolidate_refuses_a_database_named_by_mistake(exports: Exports, tmp_path: Path):
    typo = tmp_path / "dinsso.db"
    code = main(["--db", str(typo), "consolidate", "--out", str(tmp_path / "kota.xlsx"),
                 str(exports.a)])  # fmt: skip
    assert code == 1
    assert not typo.exists() and not (tmp_path / "kota.xlsx").exists()


def test_cli_consolidate_without_usable_files_exits_one(tmp_path: Path, capsys):
    junk = tmp_path / "rusak.xlsx"
    junk.write_text("x", encoding="utf-8")
    code = main(["consolidate", "--out", str(tmp_path / "kota.xlsx"), str(junk)])
    printed = capsys.readouterr()
    assert code == 1 and "Traceback" not in printed.err and "rusak.xlsx" in printed.err


def test_cli_consolidate_needs_files(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["consolidate", "--out", str(tmp_path / "kota.xlsx")])
    assert stop.value.code == 2


def test_reports_of_different_periods_are_flagged(exports: Exports, tmp_path: Path):
    other = set_meta(exports.b, tmp_path / "b.xlsx", period_from="2026-01-01")
    undated = set_meta(exports.a, tmp_path / "a-tanpa-tanggal.xlsx", generated_at="")
    result = consolidate([exports.a, undated, other], tmp_path / "kota.xlsx", today=TODAY)

    rows = rows_of(result.path, "Rekap Kota")
    assert next(r for r in rows if r[0] == "Periode")[3].startswith("Berbeda-beda")
    a = next(s for s in result.board if s.kelurahan.code == KEL_A)
    assert a.report is not None and a.report.path == exports.a  # the dated one is newer
    assert any("tidak tercatat" in p for p in a.problems)
    flagged = [
        s for s in result.board if s.report and "Periode laporan berbeda" in " ".join(s.problems)
    ]
    assert len(flagged) == 1
