"""How a sector measure reads with its unit: money as money, everything else number then unit."""

from __future__ import annotations

import pytest

from wksbm_desktop.core.queries.labels import measured


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (370, "kg", "370 kg"),
        (610200, "Rp", "Rp 610.200"),
        (610200, "rupiah", "Rp 610.200"),
        (610200, " Rp. ", "Rp 610.200"),
        (1250, "m²", "1.250 m²"),
        (12, "", "12"),
    ],
)
def test_a_measure_reads_with_its_unit(value: int, unit: str, text: str) -> None:
    assert measured(value, unit) == text
