"""Indonesian names folded to one spelling: titles, degrees, old spellings, variants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wksbm_desktop.core.domain.person_names import (
    name_key,
    name_similarity,
    nik_birth_key,
    nik_difference,
    normalise_name,
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Muhammad Yusuf", "Muhamad Yusuf"),
        ("Mohammad Yusuf", "M. Yusuf"),
        ("Mochammad Yusuf", "Moh. Yusuf"),
        ("Moch. Yusuf", "Muh.Yusuf"),
        ("Siti Nurhaliza", "St. Nurhaliza"),
        ("Sitti Nurhaliza", "Siti Nurhaliza"),
        ("Noer Hayati", "Nur Hayati"),
        ("Nurul Aini", "Nur Aini"),
        ("Djoko Soetjipto", "Joko Sucipto"),
        ("Hj. Aminah", "Aminah"),
        ("H. Ahmad Yani", "Ahmad Yani"),
        ("Drs. Ahmad Yani", "ahmad  yani"),
        ("Aminah, S.Pd.", "Aminah"),
        ("Ir. Budi Santoso, M.M.", "Budi Santoso"),
        ("Rina Wati S.E.", "Rina Wati"),
        ("dr. Rina Wati", "Rina Wati"),
        ("Rina Wati, A.Md.", "Rina Wati"),
        ("Hajjah Fatimah", "Fatimah"),
        ("Achmad Fauzi", "Ahmad Fauzi"),
        ("Rahmawaty", "Rahmawati"),
        ("Ramadhan", "Ramadan"),
        ("Taufiq", "Taufik"),
        ("Saeful Anwar", "Saeful Anwarr"),
    ],
)
def test_variants_of_one_name_fold_together(first: str, second: str) -> None:
    assert normalise_name(first) == normalise_name(second)


def test_the_folded_form_is_lower_case_words() -> None:
    assert normalise_name("Hj. St. Noer Hayati, S.Pd.") == "siti nur hayati"
    assert normalise_name("MOCH. DJOKO") == "muhamad joko"
    # "S.T." with an inner dot is a degree; "St." at the front is Siti.
    assert normalise_name("Budi Santoso S.T.") == "budi santoso"
    assert normalise_name("") == ""


def test_different_people_stay_apart() -> None:
    assert normalise_name("Sri Wulandari") != normalise_name("Siti Wulandari")
    assert normalise_name("Dewi Lestari") != normalise_name("Dewi Susanti")


def test_spaces_do_not_matter_for_the_key() -> None:
    assert name_key("Nur Hayati") == name_key("Nurhayati") == "nurhayati"


def test_similarity() -> None:
    assert name_similarity("ahmad yani", "ahmad yani") == 1.0
    assert name_similarity("yani ahmad", "ahmad yani") == 1.0
    assert name_similarity("", "ahmad") == 0.0
    assert 0.8 < name_similarity("rahmawati", "rahmawai") < 1.0
    assert name_similarity("budi santoso", "siti aminah") < 0.5


def test_the_birth_date_in_a_nik() -> None:
    assert nik_birth_key("3671055705800001") == "170580"  # a woman: day + 40
    assert nik_birth_key("3671051705800001") == "170580"
    assert nik_birth_key("3671****") == ""


def test_nik_differences() -> None:
    nik = "3671051705800012"
    assert nik_difference(nik, nik) == "same"
    assert nik_difference(nik, "3671051705800013") == "one_digit"
    assert nik_difference(nik, "3671051705800021") == "swap"
    assert nik_difference(nik, "3671051705809921") == ""
    assert nik_difference(nik, "3671051705800031") == ""  # two digits changed, not exchanged
    assert nik_difference(nik, "367105") == ""


_NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz .,'ABCDEFGHIJ", max_size=40)


@given(_NAME)
def test_normalising_is_idempotent_and_lower_case(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once
    assert once == once.lower() and "  " not in once and once == once.strip()


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz .'ABCDEFGHIJ", max_size=40))
def test_titles_in_front_and_case_never_change_the_result(text: str) -> None:
    assert normalise_name(f"Hj. {text}") == normalise_name(text) == normalise_name(text.upper())


@given(st.from_regex(r"[0-9]{16}", fullmatch=True), st.integers(0, 15), st.integers(1, 9))
def test_any_single_digit_change_is_one_digit(nik: str, position: int, step: int) -> None:
    changed = nik[:position] + str((int(nik[position]) + step) % 10) + nik[position + 1 :]
    assert nik_difference(nik, changed) == "one_digit"
