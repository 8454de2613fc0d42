"""suggest_level: each rule of the level rubric, with the reasons it gives."""

from __future__ import annotations

from wksbm_desktop.core.domain.rubric import (
    Change,
    CriterionAnswer,
    IndicatorTrend,
    suggest_level,
)

LEVELS = ("tumbuh", "berkembang", "maju", "mandiri")
GROWING = IndicatorTrend(
    savings=Change(1_500_000, 1_000_000), turnover=Change(8_000_000, 6_000_000)
)


def answers(unmet: tuple[str, ...] = (), levels: tuple[str, ...] = LEVELS) -> list[CriterionAnswer]:
    """Two criteria per level, all met except those named ("maju:2")."""
    return [
        CriterionAnswer(level, f"{level}:{n}", f"{level}:{n}" not in unmet)
        for level in levels
        for n in (1, 2)
    ]


def test_everything_met_with_growing_figures_is_mandiri() -> None:
    suggestion = suggest_level(answers(), GROWING)
    assert suggestion.level == "mandiri"
    assert suggestion.reasons[:4] == [
        "Semua 2 kriteria tingkat Tumbuh terpenuhi.",
        "Semua 2 kriteria tingkat Berkembang terpenuhi.",
        "Semua 2 kriteria tingkat Maju terpenuhi.",
        "Semua 2 kriteria tingkat Mandiri terpenuhi.",
    ]
    assert "Omzet naik dari Rp 6.000.000 menjadi Rp 8.000.000." in suggestion.reasons


def test_the_first_unmet_level_stops_the_climb_and_names_what_is_missing() -> None:
    suggestion = suggest_level(answers(unmet=("maju:2", "mandiri:1")), GROWING)
    assert suggestion.level == "berkembang"
    assert "Kriteria tingkat Maju yang belum terpenuhi: maju:2." in suggestion.reasons
    assert not any("Mandiri" in reason for reason in suggestion.reasons)


def test_a_higher_level_met_does_not_count_when_a_lower_one_is_not() -> None:
    suggestion = suggest_level(answers(unmet=("berkembang:1",)), GROWING)
    assert suggestion.level == "tumbuh"


def test_tumbuh_is_the_floor_even_when_its_criteria_are_not_met() -> None:
    suggestion = suggest_level(answers(unmet=("tumbuh:1", "tumbuh:2")))
    assert suggestion.level == "tumbuh"
    assert suggestion.reasons == [
        "Kriteria tingkat Tumbuh yang belum terpenuhi: tumbuh:1; tumbuh:2.",
        "Tumbuh adalah tingkat terendah: kelompok tetap disarankan Tumbuh sambil melengkapi "
        "kriterianya.",
    ]


def test_a_level_without_active_criteria_proves_nothing() -> None:
    suggestion = suggest_level(answers(levels=("tumbuh", "berkembang", "mandiri")), GROWING)
    assert suggestion.level == "berkembang"
    assert any("Maju belum punya kriteria aktif" in reason for reason in suggestion.reasons)


def test_no_criteria_at_all_suggests_the_floor() -> None:
    suggestion = suggest_level([])
    assert suggestion.level == "tumbuh"
    assert len(suggestion.reasons) == 2


def test_falling_turnover_holds_the_suggestion_at_berkembang() -> None:
    trend = IndicatorTrend(savings=Change(2, 1), turnover=Change(4_000_000, 5_000_000))
    suggestion = suggest_level(answers(), trend)
    assert suggestion.level == "berkembang"
    assert (
        "Omzet turun dari Rp 5.000.000 menjadi Rp 4.000.000, jadi saran paling tinggi "
        "Berkembang." in suggestion.reasons
    )


def test_falling_savings_or_assets_hold_the_suggestion_at_maju() -> None:
    falling_savings = IndicatorTrend(savings=Change(1, 2), turnover=Change(2, 1))
    assert suggest_level(answers(), falling_savings).level == "maju"
    falling_assets = IndicatorTrend(
        savings=Change(2, 1), turnover=Change(2, 1), assets=Change(1, 3)
    )
    suggestion = suggest_level(answers(), falling_assets)
    assert suggestion.level == "maju"
    assert any(reason.startswith("Aset kelompok turun") for reason in suggestion.reasons)


def test_a_falling_figure_below_its_cap_is_only_reported() -> None:
    trend = IndicatorTrend(turnover=Change(1, 2))
    suggestion = suggest_level(answers(unmet=("berkembang:1",)), trend)
    assert suggestion.level == "tumbuh"
    assert suggestion.reasons[-1] == "Omzet turun dari Rp 2 menjadi Rp 1."


def test_steady_figures_are_reported_and_do_not_hold_back() -> None:
    trend = IndicatorTrend(savings=Change(5, 5), turnover=Change(7, 7))
    suggestion = suggest_level(answers(), trend)
    assert suggestion.level == "mandiri"
    assert "Omzet tetap Rp 7, sama dengan periode sebelumnya." in suggestion.reasons


def test_mandiri_needs_turnover_and_savings_figures() -> None:
    without = suggest_level(answers())
    assert without.level == "maju"
    assert without.reasons[-1] == (
        "Tingkat Mandiri perlu dibuktikan dengan angka, tetapi data omzet dan kas/tabungan "
        "kelompok dua periode terakhir belum ada, jadi saran paling tinggi Maju."
    )
    only_turnover = suggest_level(answers(), IndicatorTrend(turnover=Change(2, 1)))
    assert only_turnover.level == "maju"
    assert "data kas/tabungan kelompok dua periode" in only_turnover.reasons[-1]


def test_change_directions() -> None:
    assert Change(2, 1).rising and not Change(2, 1).falling
    assert Change(1, 2).falling and not Change(1, 2).rising
    assert not Change(1, 1).rising and not Change(1, 1).falling
