"""The row-level rules of the programme's progress (core/domain/progress_figures.py): what the
city database's queries say for all groups at once, said for one group or one aid, as the
consolidation of report files needs them."""

from __future__ import annotations

from collections import Counter
from datetime import date

from wksbm_desktop.core.domain.progress_figures import (
    IndicatorFigures,
    ProgressParts,
    aid_of_one,
    city_progress,
    group_levels,
    recent_indicators,
    year_before,
)

TODAY = date(2026, 11, 20)


def test_levels_of_one_group_in_the_order_entered() -> None:
    history = [(date(2025, 5, 1), "maju"), (date(2026, 5, 1), "mandiri"),
               (date(2026, 5, 1), "maju"), (date(2026, 12, 1), "tumbuh")]  # fmt: skip
    # Of one day the one entered last counts; after the day nothing counts.
    assert group_levels(history, TODAY) == ("maju", "maju", None)
    first_this_year = [(date(2026, 3, 1), "tumbuh"), (date(2026, 3, 1), "maju"),
                       (date(2026, 9, 1), "maju")]  # fmt: skip
    assert group_levels(first_this_year, TODAY) == (None, "maju", "tumbuh")
    assert group_levels([], TODAY) == (None, None, None)


def test_one_aid_against_its_lpj() -> None:
    accepted = [("diterima", date(2026, 3, 1)), ("diterima", date(2026, 6, 1))]
    one = aid_of_one("CSR", "disetujui", 5_000_000, 4_000_000, accepted, TODAY)
    assert (one.approved_count, one.approved, one.disbursed, one.accounted) == (
        1, 5_000_000, 4_000_000, 5_000_000,
    )  # fmt: skip
    owed = [("diterima", date(2026, 3, 1)), ("belum", date(2026, 11, 19))]
    late = aid_of_one("CSR", "disetujui", 5_000_000, 0, owed, TODAY)
    assert (late.accounted, late.unaccounted, late.lpj_overdue) == (0, 5_000_000, 1)
    refused = aid_of_one("", "ditolak", None, 0, [], TODAY)
    assert (refused.approved_count, refused.approved, refused.lpj_overdue) == (0, 0, 0)


def test_latest_period_against_the_same_period_a_year_earlier() -> None:
    records = [
        IndicatorFigures("triwulan", date(2025, 7, 1), 100, 10),
        IndicatorFigures("triwulan", date(2026, 7, 1), 150, 5),
        IndicatorFigures("bulan", date(2026, 12, 1), 1, 1),  # not started by the day
    ]
    now, before = year_before(records, TODAY) or (None, None)
    assert now is not None and before is not None
    assert (now.turnover, before.turnover) == (150, 100)
    # A month of the same start comes before the quarter; without its year-earlier month,
    # the group is not compared.
    records.append(IndicatorFigures("bulan", date(2026, 7, 1), 1, 1))
    assert year_before(records, TODAY) is None
    assert recent_indicators("triwulan", date(2026, 4, 1), TODAY)
    assert not recent_indicators("bulan", date(2026, 4, 1), TODAY)


def test_city_figures_per_kecamatan_and_without_programme() -> None:
    parts = ProgressParts(TODAY, Counter({("K1", None, "maju", "maju"): 2}), [], [], {})
    parts.quiet["K1"] = (2, 1, 2)
    places = [("K1", "01", "Tangerang"), ("K2", "01", "Tangerang"), ("K3", "02", "Batuceper")]

    city = city_progress(parts, places, ["Sukarasa"])

    assert [row.name for row in city.kecamatan] == ["Batuceper", "Tangerang"]
    assert city.kecamatan[1].progress.groups == 2 and city.kecamatan[0].progress.groups == 0
    assert city.total.levels.newly_assessed == 2 and city.total.without_visit == 1
    assert city.without_programme == ("Sukarasa",)
