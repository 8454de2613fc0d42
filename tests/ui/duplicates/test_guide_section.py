"""Panduan (F1) describes checking and merging duplicates with the buttons' own names."""

from __future__ import annotations

from pathlib import Path

from wksbm_desktop.i18n import t
from wksbm_desktop.ui.help.guide import OTHER_ANCHORS, guide_url


def _label(key: str) -> str:
    return t(key).replace("&", "").rstrip("…").strip()


def test_the_guide_walks_through_checking_merging_and_undoing() -> None:
    assert "data-ganda" in OTHER_ANCHORS
    html = " ".join(Path(guide_url().toLocalFile()).read_text(encoding="utf-8").split())
    keys = (
        "duplicates_ui.menu", "duplicates_ui.dismiss", "duplicates_ui.merge",
        "duplicates_ui.undo", "duplicates_ui.history.undo", "duplicates_ui.merges.open",
        "forms.owner.open", "duplicates_ui.city.tab_similar", "ui_safety.audit.title",
    )  # fmt: skip
    for key in keys:
        assert _label(key) in html, key
    assert "Mungkin sudah terdaftar" in html
