"""A masked report cannot give its NIKs and KK numbers back (issue 13, point 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.excel.conftest import TODAY
from tests.excel.rebuild_attack import (
    CLEAR_RUN,
    Facts,
    MaskedCell,
    all_text,
    candidates,
    kecamatan_guesses,
    masked_cells,
)
from wksbm_desktop.core.domain.nik import mask_id_for_file, mask_nik
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.report.export import ExportOptions, export_report

ENOUGH = 1_000  # candidates per masked number; a clerk's guess, never a lookup


def test_the_attack_rebuilds_the_old_mask() -> None:
    """The attack is real: first-4/last-4 masking plus birth date and sex gives one NIK."""
    nik = "3671055708900001"  # woman, 17-08-1990, Kec. Cipondoh
    old = MaskedCell("Warga", 2, "NIK", mask_nik(nik), Facts(TODAY.replace(1990, 8, 17), "P"))
    assert candidates(old, {"367105"}) == 1


def test_every_masked_number_in_every_sheet_has_many_candidates(
    demo_db: Database, tmp_path: Path
) -> None:
    path = export_report(demo_db, tmp_path / "samar.xlsx", ExportOptions(today=TODAY)).path
    cells = masked_cells(path)
    sheets = {(c.sheet, c.header) for c in cells}
    # The attack sees every place a number is shown, with birth date and sex for each person.
    assert {("Warga", "NIK"), ("Warga", "No. KK"), ("Anggota", "NIK")} <= sheets
    assert ("Kehadiran", "NIK") in sheets
    people = [c for c in cells if c.header == "NIK"]
    assert all(c.facts.born and c.facts.sex for c in people)
    guesses = kecamatan_guesses(path)
    assert "367105" in guesses  # the office's kecamatan, from _meta
    weakest = min(cells, key=lambda c: candidates(c, guesses))
    assert candidates(weakest, guesses) >= ENOUGH, weakest


def test_a_masked_report_shows_no_number_in_clear(demo_db: Database, tmp_path: Path) -> None:
    path = export_report(demo_db, tmp_path / "samar.xlsx", ExportOptions(today=TODAY)).path
    leaks = [text for text in all_text(path) if CLEAR_RUN.search(text)]
    assert leaks == []


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("3671055708900001", "3671************"),
        ("3603012301050004", "3603************"),
        ("1234567", "*******"),
        ("", ""),
    ],
)
def test_file_mask_keeps_only_the_region_of_issue(number: str, masked: str) -> None:
    assert mask_id_for_file(number) == masked
