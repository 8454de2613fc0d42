"""The level a group's rubric answers and latest indicators support, and why (issue 19, point 5).

The rules, in the order they apply (docs/programme-evidence.md):

1. A level is reached when every active criterion of it, and of every level below it, is met.
   A level without active criteria proves nothing, so the suggestion stops below it. Tumbuh is
   the floor: a group that does not yet meet Tumbuh's criteria is still suggested Tumbuh.
2. Falling figures hold the suggestion down: a falling turnover at most Berkembang; falling
   savings or falling assets at most Maju.
3. Mandiri needs figures: without known turnover and savings of two periods it is at most Maju.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from wksbm_desktop.core.models import ASSESSMENT_LEVELS
from wksbm_desktop.i18n import t

LOWEST = ASSESSMENT_LEVELS[0]
# Rule 2: the highest level each falling figure allows.
CAP_WHEN_FALLING = {"turnover": "berkembang", "savings": "maju", "assets": "maju"}
# Rule 3: the figures Mandiri must be shown with.
MANDIRI_NEEDS = ("turnover", "savings")


@dataclass(frozen=True)
class CriterionAnswer:
    """One criterion of the rubric as answered: its level, its text, met or not."""

    level: str
    text: str
    met: bool


@dataclass(frozen=True)
class Change:
    """A figure in the latest period against the one before (whole rupiah)."""

    latest: int
    previous: int

    @property
    def falling(self) -> bool:
        return self.latest < self.previous

    @property
    def rising(self) -> bool:
        return self.latest > self.previous


@dataclass(frozen=True)
class IndicatorTrend:
    """The latest indicator facts of a group; None where two periods are not known."""

    savings: Change | None = None
    turnover: Change | None = None
    assets: Change | None = None

    def figures(self) -> dict[str, Change | None]:
        return {"turnover": self.turnover, "savings": self.savings, "assets": self.assets}


@dataclass(frozen=True)
class Suggestion:
    """The level the evidence supports, with the reasons as Indonesian sentences."""

    level: str
    reasons: list[str] = field(default_factory=list)


def suggest_level(
    answers: Sequence[CriterionAnswer], indicators_trend: IndicatorTrend | None = None
) -> Suggestion:
    """Apply the rules of this module's docstring to the answers of every active criterion."""
    reasons: list[str] = []
    level = _level_from_answers(answers, reasons)
    trend = indicators_trend or IndicatorTrend()
    level = _held_by_falling_figures(level, trend, reasons)
    level = _mandiri_needs_figures(level, trend, reasons)
    return Suggestion(level, reasons)


def _rank(level: str) -> int:
    return ASSESSMENT_LEVELS.index(level)


def _level_label(level: str) -> str:
    return t(f"shell.level.{level}")


def _level_from_answers(answers: Sequence[CriterionAnswer], reasons: list[str]) -> str:
    """Rule 1: climb while every criterion of the next level is met."""
    reached: str | None = None
    for level in ASSESSMENT_LEVELS:
        of_level = [answer for answer in answers if answer.level == level]
        # The sentence ends with its own full stop: "...sendiri.; Usaha..." would read badly.
        unmet = [answer.text.rstrip(" .") for answer in of_level if not answer.met]
        label = _level_label(level)
        if not of_level:
            reasons.append(t("evidence.reason.no_criteria", level=label))
            break
        if unmet:
            reasons.append(t("evidence.reason.unmet", level=label, criteria="; ".join(unmet)))
            break
        reasons.append(t("evidence.reason.all_met", level=label, count=len(of_level)))
        reached = level
    if reached is None:
        reasons.append(t("evidence.reason.floor", level=_level_label(LOWEST)))
        return LOWEST
    return reached


def _held_by_falling_figures(level: str, trend: IndicatorTrend, reasons: list[str]) -> str:
    for name, change in trend.figures().items():
        if change is None:
            continue
        figure = t(f"evidence.figure.{name}")
        values = {"figure": figure, "previous": _rupiah(change.previous)}
        values["latest"] = _rupiah(change.latest)
        if not change.falling:
            key = "evidence.reason.rising" if change.rising else "evidence.reason.steady"
            reasons.append(t(key, **values))
            continue
        cap = CAP_WHEN_FALLING[name]
        if _rank(level) > _rank(cap):
            level = cap
            reasons.append(t("evidence.reason.falling_cap", cap=_level_label(cap), **values))
        else:
            reasons.append(t("evidence.reason.falling", **values))
    return level


def _mandiri_needs_figures(level: str, trend: IndicatorTrend, reasons: list[str]) -> str:
    if level != "mandiri":
        return level
    figures = trend.figures()
    missing = [t(f"evidence.figure.{n}").lower() for n in MANDIRI_NEEDS if figures[n] is None]
    if not missing:
        return level
    held = ASSESSMENT_LEVELS[_rank("mandiri") - 1]
    reasons.append(
        t(
            "evidence.reason.mandiri_needs_figures",
            figures=f" {t('evidence.and')} ".join(missing),
            cap=_level_label(held),
        )
    )
    return held


def _rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")
