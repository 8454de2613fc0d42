"""NIK helpers the main tests leave out: masking for files, provinces without python-stdnum."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from stdnum import numdb

from wksbm_desktop.core.domain import nik


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("3671054108850001", "3671************"),  # a NIK: the kab/kota code only
        ("3671050101090012", "3671************"),  # a No. KK likewise
        ("36710541", "********"),  # too short to keep anything without giving it away
        ("", ""),
    ],
)
def test_exported_files_keep_only_the_kab_kota_code(number: str, masked: str) -> None:
    assert nik.mask_id_for_file(number) == masked


@pytest.fixture
def fresh_province_table() -> Iterator[None]:
    nik._stdnum_provinces.cache_clear()
    yield
    nik._stdnum_provinces.cache_clear()


def test_an_unreadable_stdnum_table_still_knows_every_province(
    monkeypatch: pytest.MonkeyPatch, fresh_province_table: None
) -> None:
    def broken(name: str) -> object:
        raise LookupError(name)

    monkeypatch.setattr(numdb, "get", broken)
    assert nik._stdnum_provinces() == frozenset()
    assert nik.is_known_province("36") and nik.is_known_province("94")
    assert not nik.is_known_province("99")
