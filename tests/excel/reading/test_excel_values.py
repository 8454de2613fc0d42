"""Cell values typed by people, and headings found in messy sheets."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wksbm_desktop.excel.importing.headers import field_of, find_mapping, is_numbering_row
from wksbm_desktop.excel.reading import values
from wksbm_desktop.excel.writing.cells import clean_text, needs_guard


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("3671 0557 0885 0001", "3671055708850001"),
        ("'3671055708850001", "3671055708850001"),
        ("3671.0557.0885.0001", "3671055708850001"),
        (3671055708850001, "3671055708850001"),
        (3671055708850001.0, "3671055708850001"),
        (None, ""),
    ],
)
def test_nik_cells_are_cleaned(cell: object, expected: str):
    assert values.id_number(cell) == expected


@pytest.mark.parametrize(
    "cell", [3671055708850000, 3.67105570885e15, "3.67106E+15", 3671055708850010.0]
)
def test_nik_numbers_excel_may_have_truncated_are_refused(cell: object):
    with pytest.raises(values.CellValueError) as caught:
        values.id_number(cell)
    assert caught.value.key == "excel.value.id_truncated"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("17-08-1985", date(1985, 8, 17)),
        ("17/08/1985", date(1985, 8, 17)),
        ("17.8.1985", date(1985, 8, 17)),
        ("1985-08-17", date(1985, 8, 17)),
        ("17 Agustus 1985", date(1985, 8, 17)),
        (datetime(1985, 8, 17, 0, 0), date(1985, 8, 17)),
        (31276, date(1985, 8, 17)),
        ("", None),
    ],
)
def test_dates_in_the_forms_offices_write(cell: object, expected: date | None):
    assert values.a_date(cell) == expected


@pytest.mark.parametrize("cell", ["31-02-1985", "17-08-85", "kemarin"])
def test_unreadable_dates_are_errors(cell: str):
    with pytest.raises(values.CellValueError):
        values.a_date(cell)


def test_sex_and_role_words():
    assert [values.sex(v) for v in ("L", "p", "Laki-laki", "PEREMPUAN", "", None)] == [
        "L",
        "P",
        "L",
        "P",
        None,
        None,
    ]
    assert values.role("Wakil Ketua") == "wakil_ketua" and values.role("sekertaris") == "sekretaris"
    assert values.role(None) == "anggota"
    with pytest.raises(values.CellValueError):
        values.sex("X")


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("NIK", "nik"),
        ("No. KTP", "nik"),
        ("Nomor Induk Kependudukan", "nik"),
        ("NO KTP:", "nik"),
        ("Nama", "full_name"),
        ("NAMA LENGKAP", "full_name"),
        ("Jenis Kelamin", "sex"),
        ("JK", "sex"),
        ("L/P", "sex"),
        ("Tgl. Lahir", "birth_date"),
        ("Tanggal Lahir (dd-mm-yyyy)", "birth_date"),
        ("No. HP", "phone"),
        ("Telepon", "phone"),
        ("No. KK", "kk"),
        ("Kelompok", "group"),
        ("Jabatan", "role"),
        ("Peran", "role"),
        ("RT/RW", "rt_rw"),
        ("Keterangan", None),
    ],
)
def test_headings_whatever_case_and_punctuation(heading: str, field: str | None):
    assert field_of(heading) == field


def test_header_found_below_titles_and_above_numbering():
    rows = [
        (1, ("DAFTAR ANGGOTA", None, None)),
        (2, ("Nama kelompok: KUBE Mawar", None, None)),
        (4, ("No", "Nama", "NIK")),
        (5, (1, 2, 3)),
        (6, (1, "Siti", "3671055708850001")),
    ]
    mapping = find_mapping("Data", rows)
    assert mapping is not None
    assert (mapping.header_row, mapping.first_data_row) == (4, 6)
    assert is_numbering_row(["(1)", "(2)", "(3)"]) and not is_numbering_row([1, "Siti", 3])


def test_text_guard_and_illegal_characters():
    assert all(needs_guard(s) for s in ("=1+1", "+62", "-5", "@x", "\tx", "\rx"))
    assert not needs_guard("Siti")
    assert clean_text("a\x00b\x07c\x1fd") == "abcd"
