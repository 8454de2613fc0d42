"""Ticking from a signed sheet: "1-5, 7, 9" becomes sheet numbers, bad input is named."""

from __future__ import annotations

import pytest

from wksbm_desktop.core.domain.attendance_numbers import NumberListError, parse_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1-5, 7, 9", [1, 2, 3, 4, 5, 7, 9]),
        ("9;7 ; 1 - 3", [1, 2, 3, 7, 9]),
        ("  4  5\t6 ", [4, 5, 6]),
        ("2-2, 2", [2]),
        ("3–4", [3, 4]),  # an en dash, as word processors type it
        ("", []),
    ],
)
def test_numbers_and_ranges(text: str, expected: list[int]) -> None:
    assert parse_numbers(text, 10) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1-x", "“1-x” bukan nomor"),
        ("satu", "“satu” bukan nomor"),
        ("1,,2a", "“2a” bukan nomor"),
        ("8-3", "Rentang “8-3” terbalik"),
        ("0, 11, 12-14", "Nomor 0, 11, 12-14 tidak ada di daftar: daftar ini bernomor 1 sampai 10"),
    ],
)
def test_bad_input_is_explained(text: str, words: str) -> None:
    with pytest.raises(NumberListError) as caught:
        parse_numbers(text, 10)
    assert words in caught.value.message


def test_a_huge_range_is_refused_without_building_it() -> None:
    with pytest.raises(NumberListError) as caught:
        parse_numbers("1-999999999999", 300)
    assert "999999999999" in caught.value.message
