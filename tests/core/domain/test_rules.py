"""Field rules shared by every write path: text, RT/RW, phone, NIP, dates, money, counts."""

from __future__ import annotations

from datetime import date

import pytest

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.errors import ValidationCollector, ValidationFailed

TODAY = date(2025, 6, 1)


def _collect() -> ValidationCollector:
    return ValidationCollector()


def test_clean_text_trims_and_drops_control_characters() -> None:
    assert rules.clean_text("  Siti\x00 Aminah\x1f \n") == "Siti Aminah"
    assert rules.clean_text(None) == ""
    assert rules.clean_text("baris\nbaru") == "baris\nbaru"


def test_required_and_too_long_text() -> None:
    errors = _collect()
    assert rules.require_text(errors, "name", "   ", "Nama", 10) == ""
    rules.require_text(errors, "title", "x" * 11, "Judul", 10)
    rules.optional_text(errors, "notes", "y" * 6, "Catatan", 5)
    assert [(e.field, e.message) for e in errors.errors] == [
        ("name", "Nama wajib diisi."),
        ("title", "Judul terlalu panjang (paling banyak 10 karakter)."),
        ("notes", "Catatan terlalu panjang (paling banyak 5 karakter)."),
    ]


@pytest.mark.parametrize(
    ("typed", "stored"), [("5", "005"), ("05", "005"), ("005", "005"), (" 12 ", "012"),
                          ("999", "999"), ("", "")],
)  # fmt: skip
def test_rt_rw_are_normalised_to_three_digits(typed: str, stored: str) -> None:
    errors = _collect()
    assert rules.neighbourhood_code(errors, "rt", typed, "RT") == stored
    assert errors.errors == []


@pytest.mark.parametrize("typed", ["0", "000", "1000", "0005", "5a", "-1", "RT 5", "5.0", "١"])
def test_bad_rt_rw_are_refused(typed: str) -> None:
    errors = _collect()
    rules.neighbourhood_code(errors, "rw", typed, "RW")
    assert len(errors.errors) == 1
    assert errors.errors[0].field == "rw"
    assert "RW" in errors.errors[0].message


@pytest.mark.parametrize("phone", ["0812 3456 7890", "+62 812-3456-7890", "(021) 5551234"])
def test_good_phone_numbers(phone: str) -> None:
    errors = _collect()
    assert rules.phone_number(errors, "phone", phone) == phone
    assert errors.errors == []


@pytest.mark.parametrize("phone", ["0812", "telepon saya", "0812345678901234567"])
def test_bad_phone_numbers(phone: str) -> None:
    errors = _collect()
    rules.phone_number(errors, "phone", phone)
    assert [e.field for e in errors.errors] == ["phone"]


def test_nip_is_eighteen_digits() -> None:
    errors = _collect()
    assert rules.nip(errors, "nip", "19700101 200003 1 001") == "197001012000031001"
    assert errors.errors == []
    rules.nip(errors, "nip", "1970010120000310")
    rules.nip(errors, "nip", "19700101200003100X")
    assert len(errors.errors) == 2


def test_past_dates() -> None:
    errors = _collect()
    assert rules.past_date(errors, "d", None, "Tanggal", TODAY) is None
    rules.past_date(errors, "d", TODAY, "Tanggal", TODAY)
    assert errors.errors == []
    rules.past_date(errors, "a", date(1899, 12, 31), "Tanggal lahir", TODAY)
    rules.past_date(errors, "b", date(2025, 6, 2), "Tanggal berdiri", TODAY)
    assert [e.key for e in errors.errors] == ["rule.date_too_old", "rule.date_in_future"]


def test_plausible_dates() -> None:
    errors = _collect()
    rules.plausible_date(errors, "a", None, "Tanggal kegiatan")
    rules.plausible_date(errors, "b", date(2101, 1, 1), "Tanggal kegiatan")
    rules.plausible_date(errors, "c", date(2030, 1, 1), "Tanggal kegiatan")
    assert [e.field for e in errors.errors] == ["a", "b"]


@pytest.mark.parametrize("amount", [0, 1, 1_500_000, 10**12])
def test_whole_rupiah_accepts_non_negative_integers(amount: int) -> None:
    errors = _collect()
    assert rules.whole_rupiah(errors, "amount", amount, "Jumlah dana") == amount
    assert errors.errors == []


@pytest.mark.parametrize(
    ("amount", "key"),
    [(-1, "rule.money_negative"), (1.5, "rule.money_whole"), (2.0, "rule.money_whole"),
     ("1000", "rule.money_whole"), (None, "rule.money_whole"), (False, "rule.money_whole")],
)  # fmt: skip
def test_whole_rupiah_refuses_the_rest(amount: object, key: str) -> None:
    errors = _collect()
    rules.whole_rupiah(errors, "amount", amount, "Jumlah dana")
    assert [e.key for e in errors.errors] == [key]
    assert errors.errors[0].message.startswith("Jumlah dana")


def test_counts() -> None:
    errors = _collect()
    assert rules.count(errors, "n", 3, "Jumlah peserta") == 3
    rules.count(errors, "n", -3, "Jumlah peserta")
    rules.count(errors, "n", 3.5, "Jumlah peserta")
    assert [e.key for e in errors.errors] == ["rule.count_negative", "rule.count_whole"]


def test_one_of() -> None:
    errors = _collect()
    rules.one_of(errors, "role", "ketua", ("ketua", "anggota"), "Jabatan")
    rules.one_of(errors, "role", "raja", ("ketua", "anggota"), "Jabatan")
    assert [e.message for e in errors.errors] == [
        'Jabatan "raja" tidak termasuk pilihan yang tersedia.'
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Rp 1.500.000", 1_500_000), ("rp.250.000", 250_000), ("1500000", 1_500_000),
     ("1.500.000,00", None), ("750000,00", 750_000), ("0", 0), ("1,5", None), ("-5", None),
     ("Rp", None), ("1.50", None)],
)  # fmt: skip
def test_parse_rupiah(text: str, value: int | None) -> None:
    assert rules.parse_rupiah(text) == value


def test_collector_raises_all_errors_at_once() -> None:
    errors = _collect()
    errors.raise_if_any()  # nothing collected: no error
    errors.add("a", "rule.required", label="Nama")
    errors.add("a", "rule.too_long", label="Nama", max=3)
    errors.add("b", "rule.required", label="Alamat")
    with pytest.raises(ValidationFailed) as caught:
        errors.raise_if_any()
    assert caught.value.by_field() == {"a": "Nama wajib diisi.", "b": "Alamat wajib diisi."}
    assert caught.value.message.count("\n") == 2
