"""Tests for NIK and No. KK validation (wksbm_desktop.core.domain.nik)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wksbm_desktop.core.domain.nik import (
    NikInfo,
    check_kk,
    check_nik,
    guess_birth_date,
    is_known_province,
    mask_nik,
    nik_notices,
    normalise_id_number,
    parse_nik,
)
from wksbm_desktop.core.errors import ValidationError
from wksbm_desktop.i18n import has_key
from wksbm_desktop.i18n.id.nik import MESSAGES

TODAY = date(2025, 6, 1)
MAN = "3671051708850001"  # Kota Tangerang, born 17-08-1985
WOMAN = "3671055708850002"  # same date, day 57 = 17 + 40


def nik_error(raw: object, **kwargs: object) -> ValidationError:
    """Parse a NIK that must fail and return the error."""
    with pytest.raises(ValidationError) as caught:
        parse_nik(raw, **{"today": TODAY, **kwargs})  # type: ignore[arg-type]
    return caught.value


def kk_error(raw: object, **kwargs: object) -> ValidationError:
    """Check a No. KK that must fail and return the error."""
    with pytest.raises(ValidationError) as caught:
        check_kk(raw, **{"today": TODAY, **kwargs})  # type: ignore[arg-type]
    return caught.value


def assert_readable(error: ValidationError) -> None:
    """The key exists in the catalogue and every placeholder was filled."""
    assert has_key(error.key), error.key
    assert error.message != error.key
    # A leftover "{name}" means a placeholder was not filled; a lone "{" may be user input.
    assert re.search(r"\{[a-z_]+\}", error.message) is None, error.message


# --- valid NIKs ---------------------------------------------------------------------------


def test_valid_man() -> None:
    info = parse_nik(MAN, today=TODAY)
    assert info == NikInfo(
        nik=MAN,
        province_code="36",
        regency_code="3671",
        district_code="367105",
        sex="L",
        birth_day=17,
        birth_month=8,
        birth_year_2digit=85,
        serial="0001",
        candidate_birth_dates=(date(1985, 8, 17),),  # 2085 is in the future
        is_kota_tangerang=True,
    )
    assert nik_notices(info) == []


def test_valid_woman_has_40_added_to_day() -> None:
    info = parse_nik(WOMAN, today=TODAY)
    assert info.sex == "P"
    assert (info.birth_day, info.birth_month, info.birth_year_2digit) == (17, 8, 85)
    assert info.encoded_day == 57
    assert info.candidate_birth_dates == (date(1985, 8, 17),)


def test_woman_born_on_31st_day_71() -> None:
    info = parse_nik("3671057101900001", today=TODAY)
    assert (info.sex, info.birth_day, info.birth_month) == ("P", 31, 1)


def test_year_05_has_both_centuries() -> None:
    info = parse_nik("3671051201050003", today=TODAY)
    assert info.candidate_birth_dates == (date(1905, 1, 12), date(2005, 1, 12))
    assert guess_birth_date(info, today=TODAY) == date(2005, 1, 12)


def test_year_85_only_1985_because_2085_is_future() -> None:
    info = parse_nik(MAN, today=TODAY)
    assert date(2085, 8, 17) not in info.candidate_birth_dates
    assert guess_birth_date(info, today=TODAY) == date(1985, 8, 17)


def test_current_year_drops_the_future_date_only() -> None:
    # 31-12-25 on 1 June 2025: 2025-12-31 has not happened yet, 1925-12-31 has.
    info = parse_nik("3671053112250001", today=TODAY)
    assert info.candidate_birth_dates == (date(1925, 12, 31),)
    assert guess_birth_date(info, today=TODAY) == date(1925, 12, 31)


def test_29_february_00_exists_only_in_2000() -> None:
    info = parse_nik("3671052902000001", today=TODAY)
    assert info.candidate_birth_dates == (date(2000, 2, 29),)


def test_foreign_region_is_accepted_with_notice() -> None:
    info = parse_nik("3201011708850001", today=TODAY)
    assert info.is_kota_tangerang is False
    assert info.regency_code == "3201"
    assert nik_notices(info) == [
        "NIK diterbitkan di luar Kota Tangerang (kode wilayah 3201); tetap diterima."
    ]


def test_kabupaten_tangerang_is_not_kota_tangerang() -> None:
    info = parse_nik("3603011708850001", today=TODAY)
    assert not info.is_kota_tangerang
    assert "3603" in nik_notices(info)[0]


@pytest.mark.parametrize("code", ["11", "31", "36", "65", "91", "92", "93", "94", "95", "96"])
def test_known_provinces_include_new_ones(code: str) -> None:
    assert is_known_province(code)
    assert parse_nik(f"{code}71051708850001", today=TODAY).province_code == code


# --- normalisation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "3671 0517.0885 0001",
        "'3671051708850001",
        " 3671051708850001 ",
        "3671\u00a0051708\u00a0850001",  # non-breaking spaces from copy-paste
        "3671-05-170885-0001",
        "3671\u201305\u2013170885\u20130001",  # en dashes from a word processor
        3671051708850001,
    ],
)
def test_normalise(raw: object) -> None:
    assert normalise_id_number(raw) == MAN
    assert parse_nik(raw, today=TODAY).nik == MAN  # type: ignore[arg-type]


def test_normalise_changes_nothing_else() -> None:
    assert normalise_id_number("36a71/0") == "36a71/0"
    assert normalise_id_number(None) == ""


# --- invalid NIKs -------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["", "   ", "'", None])
def test_empty(raw: object) -> None:
    error = nik_error(raw)
    assert (error.field, error.key) == ("nik", "nik.empty")
    assert "belum diisi" in error.message


@pytest.mark.parametrize(("raw", "count"), [("367105170885001", 15), ("36710517088500011", 17)])
def test_wrong_length_says_how_many_digits(raw: str, count: int) -> None:
    error = nik_error(raw)
    assert error.key == "nik.wrong_length"
    assert error.message == (
        f"NIK harus 16 angka; yang diisi {count} angka. Periksa kembali dari KTP."
    )


def test_letters() -> None:
    error = nik_error("3671O5170885000l")
    assert error.key == "nik.has_letters"
    assert '"O"' in error.message and '"l"' in error.message
    assert "huruf" in error.message


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("3671/51708850001", '"/"'), ("367105170885000\u0661", '"\u0661"')],  # Arabic-Indic one
)
def test_other_characters(raw: str, shown: str) -> None:
    error = nik_error(raw)
    assert error.key == "nik.has_symbols"
    assert shown in error.message


def test_invisible_character_is_named_in_words() -> None:
    error = nik_error("3671\u200b051708850001")
    assert error.key == "nik.has_symbols"
    assert "tanda tak terlihat" in error.message


@pytest.mark.parametrize("code", ["99", "00", "20", "54"])
def test_unknown_province(code: str) -> None:
    error = nik_error(f"{code}71051708850001")
    assert error.key == "nik.unknown_province"
    assert f"({code})" in error.message


def test_serial_0000_rejected() -> None:
    error = nik_error("3671051708850000")
    assert error.key == "nik.serial_zero"
    assert "0000" in error.message


def test_30_february_rejected() -> None:
    error = nik_error("3671053002850001")
    assert error.key == "nik.invalid_date"
    assert error.message.startswith("Tanggal lahir dalam NIK (30-02) tidak ada di kalender.")


def test_woman_31_april_rejected_explains_minus_40() -> None:
    error = nik_error("3671057104850001")
    assert error.key == "nik.invalid_date_female"
    assert "71-04" in error.message and "31-04" in error.message


@pytest.mark.parametrize("day", ["00", "32", "40", "72", "99"])
def test_impossible_day_digits(day: str) -> None:
    error = nik_error(f"367105{day}08850001")
    assert error.key == "nik.invalid_day"
    assert f"({day})" in error.message
    assert "41 sampai 71" in error.message


@pytest.mark.parametrize("month", ["00", "13"])
def test_impossible_month(month: str) -> None:
    error = nik_error(f"36710517{month}850001")
    assert error.key == "nik.invalid_month"
    assert f"({month})" in error.message


def test_29_february_in_non_leap_years() -> None:
    error = nik_error("3671056902010001")  # woman, 29-02-01: neither 1901 nor 2001 is leap
    assert error.key == "nik.invalid_leap_day"
    assert "1901" in error.message and "2001" in error.message


def test_birth_date_future_in_both_centuries() -> None:
    error = nik_error("3671051708950001", today=date(1990, 1, 1))
    assert error.key == "nik.birth_date_future"
    assert "17-08-95" in error.message


def test_custom_field_name() -> None:
    assert nik_error("123", field="nik_ayah").field == "nik_ayah"


# --- check_nik against the form -----------------------------------------------------------


def test_check_nik_accepts_matching_values() -> None:
    info = check_nik(WOMAN, sex="P", birth_date=date(1985, 8, 17), today=TODAY)
    assert info.nik == WOMAN
    assert check_nik(MAN, sex=" l ", birth_date=datetime(1985, 8, 17, 9, 30), today=TODAY)


def test_sex_mismatch_woman_entered_as_man() -> None:
    with pytest.raises(ValidationError) as caught:
        check_nik(WOMAN, sex="L", today=TODAY, field="nik_pemohon")
    error = caught.value
    assert (error.field, error.key) == ("nik_pemohon", "nik.sex_mismatch")
    assert error.message.startswith(
        "NIK menunjukkan perempuan (tanggal 57 = 17 + 40), tetapi jenis kelamin diisi laki-laki."
    )


def test_sex_mismatch_man_entered_as_woman() -> None:
    with pytest.raises(ValidationError) as caught:
        check_nik(MAN, sex="P", today=TODAY)
    message = caught.value.message
    assert caught.value.key == "nik.sex_mismatch"
    assert message.startswith("NIK menunjukkan laki-laki (tanggal 17")
    assert "diisi perempuan" in message


def test_blank_sex_is_not_compared_but_nonsense_is_a_bug() -> None:
    assert check_nik(MAN, sex="", today=TODAY).sex == "L"
    with pytest.raises(ValueError):
        check_nik(MAN, sex="X", today=TODAY)


def test_birth_date_mismatch() -> None:
    with pytest.raises(ValidationError) as caught:
        check_nik(MAN, birth_date=date(1985, 8, 18), today=TODAY)
    error = caught.value
    assert (error.field, error.key) == ("nik", "nik.birth_date_mismatch")
    assert error.message.startswith(
        "NIK menunjukkan lahir 17-08-85, tetapi tanggal lahir diisi 18-08-1985."
    )


def test_birth_date_either_century_accepted_but_not_a_third() -> None:
    nik = "3671051201050003"
    assert check_nik(nik, birth_date=date(1905, 1, 12), today=TODAY)
    assert check_nik(nik, birth_date=date(2005, 1, 12), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        check_nik(nik, birth_date=date(1805, 1, 12), today=TODAY)
    assert "12-01-05" in caught.value.message and "12-01-1805" in caught.value.message


def test_sex_is_checked_before_birth_date() -> None:
    with pytest.raises(ValidationError) as caught:
        check_nik(WOMAN, sex="L", birth_date=date(1990, 1, 1), today=TODAY)
    assert caught.value.key == "nik.sex_mismatch"


# --- guess_birth_date ---------------------------------------------------------------------


def test_guess_none_when_too_old_or_not_yet_born() -> None:
    info = parse_nik("3671053112250001", today=TODAY)  # only 1925-12-31
    assert guess_birth_date(info, today=date(2140, 1, 1)) is None  # would be 214 years old
    assert guess_birth_date(info, today=date(1920, 1, 1)) is None


# --- No. KK -------------------------------------------------------------------------------


def test_kk_valid_and_normalised() -> None:
    assert check_kk("3671 0512 0315 0007", today=TODAY) == "3671051203150007"
    assert check_kk("'3201011203150007", today=TODAY) == "3201011203150007"  # foreign: fine


def test_kk_uses_no_plus_40_rule() -> None:
    error = kk_error("3671055203150007")
    assert (error.field, error.key) == ("kk", "kk.invalid_day")
    assert "(52)" in error.message and "01 sampai 31" in error.message


@pytest.mark.parametrize(
    ("raw", "key", "shown"),
    [
        ("", "kk.empty", "Nomor KK belum diisi"),
        ("367105120315007", "kk.wrong_length", "yang diisi 15 angka"),
        ("3671O51203150007", "kk.has_letters", '"O"'),
        ("3671#51203150007", "kk.has_symbols", '"#"'),
        ("9971051203150007", "kk.unknown_province", "(99)"),
        ("3671053002150007", "kk.invalid_date", "(30-02)"),
        ("3671052902150007", "kk.invalid_leap_day", "2015"),
        ("3671051213150007", "kk.invalid_month", "(13)"),
        ("3671051203150000", "kk.serial_zero", "0000"),
    ],
)
def test_kk_invalid(raw: str, key: str, shown: str) -> None:
    error = kk_error(raw)
    assert error.key == key
    assert shown in error.message
    assert_readable(error)


def test_kk_date_in_future() -> None:
    error = kk_error("3671050101950007", today=date(1990, 1, 1))
    assert error.key == "kk.date_future"
    assert "01-01-95" in error.message


def test_kk_custom_field() -> None:
    assert kk_error("1", field="no_kk").field == "no_kk"


# --- mask_nik -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        (MAN, "3671********0001"),
        ("367105170885001", "3671*******5001"),
        ("123456789", "1234*6789"),
        ("12345678", "123**678"),
        ("123", "1*3"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_nik(raw: str, masked: str) -> None:
    assert mask_nik(raw) == masked


# --- catalogue ------------------------------------------------------------------------------


def test_message_keys_are_namespaced() -> None:
    assert all(key.startswith(("nik.", "kk.")) for key in MESSAGES)


@pytest.mark.parametrize(
    "call",
    [
        lambda: parse_nik("", today=TODAY),
        lambda: parse_nik("3671X51708850001", today=TODAY),
        lambda: parse_nik("3671/51708850001", today=TODAY),
        lambda: parse_nik("36710517", today=TODAY),
        lambda: parse_nik("9971051708850001", today=TODAY),
        lambda: parse_nik("3671053508850001", today=TODAY),
        lambda: parse_nik("3671051713850001", today=TODAY),
        lambda: parse_nik("3671053102850001", today=TODAY),
        lambda: parse_nik("3671057102850001", today=TODAY),
        lambda: parse_nik("3671052902010001", today=TODAY),
        lambda: parse_nik("3671051708850000", today=TODAY),
        lambda: parse_nik(MAN, today=date(1980, 1, 1)),
        lambda: check_nik(MAN, sex="P", today=TODAY),
        lambda: check_nik(MAN, birth_date=date(1985, 1, 1), today=TODAY),
        lambda: check_kk("3671051208990007", today=date(1990, 1, 1)),
    ],
)
def test_every_error_has_a_complete_sentence(call: Callable[[], object]) -> None:
    with pytest.raises(ValidationError) as caught:
        call()
    assert_readable(caught.value)


# --- properties -----------------------------------------------------------------------------

PROVINCES = st.sampled_from(["11", "19", "21", "31", "32", "36", "53", "65", "76", "82", "96"])
TWO_DIGITS = st.integers(0, 99).map(lambda n: f"{n:02d}")


@given(
    province=PROVINCES,
    regency=TWO_DIGITS,
    district=TWO_DIGITS,
    born=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(1, 9999),
)
def test_built_nik_parses_back(
    province: str, regency: str, district: str, born: date, sex: str, serial: int
) -> None:
    day = born.day + (40 if sex == "P" else 0)
    nik = f"{province}{regency}{district}{day:02d}{born:%m}{born.year % 100:02d}{serial:04d}"
    info = check_nik(nik, sex=sex, birth_date=born, today=TODAY)
    assert info.sex == sex
    assert born in info.candidate_birth_dates
    assert all(d <= TODAY for d in info.candidate_birth_dates)
    guess = guess_birth_date(info, today=TODAY)
    assert guess is not None and guess >= born


@given(st.text(alphabet=st.sampled_from("0123456789 .-'\u00a0\u2013aZ/\t"), max_size=30))
def test_normalise_is_idempotent_on_typical_input(raw: str) -> None:
    once = normalise_id_number(raw)
    assert normalise_id_number(once) == once


@given(st.text(max_size=30))
def test_normalise_is_idempotent(raw: str) -> None:
    once = normalise_id_number(raw)
    assert normalise_id_number(once) == once
    assert not once.startswith("'")


@given(st.one_of(st.text(max_size=20), st.text(alphabet="0123456789", min_size=16, max_size=16)))
def test_only_validation_errors_escape(raw: str) -> None:
    for call in (lambda: parse_nik(raw, today=TODAY), lambda: check_kk(raw, today=TODAY)):
        try:
            call()
        except ValidationError as error:
            assert_readable(error)


@given(st.text(max_size=40))
def test_mask_keeps_length_and_hides_the_middle(raw: str) -> None:
    masked = mask_nik(raw)
    assert len(masked) == len(raw)
    if raw:
        # At least one character is hidden (it may already have been a '*').
        assert "*" in masked
    if len(raw) >= 9:
        assert masked[:4] == raw[:4] and masked[-4:] == raw[-4:]
        assert set(masked[4:-4]) == {"*"}
