"""Panduan (F1) explains attachments and the rubric with the screens' own button names."""

from __future__ import annotations

from pathlib import Path

from wksbm_desktop.i18n import t
from wksbm_desktop.ui.help.guide import OTHER_ANCHORS, guide_url


def _label(key: str) -> str:
    return t(key).rstrip("…").strip()


def test_the_guide_section_names_the_buttons_limits_and_the_rule_of_the_operator() -> None:
    assert "lampiran-rubrik" in OTHER_ANCHORS
    html = " ".join(Path(guide_url().toLocalFile()).read_text(encoding="utf-8").split())
    section = html.split('name="lampiran-rubrik"')[1]
    keys = (
        "evidence_ui.add", "evidence_ui.attach", "evidence_ui.open", "evidence_ui.describe",
        "evidence_ui.archive", "evidence_ui.show_archived", "evidence_ui.restore",
        "evidence_ui.assess.button", "evidence_ui.rubric.menu", "evidence.document_kind",
        "evidence.title", "evidence_ui.assess.suggestion_box", "evidence_ui.assess.date",
    )  # fmt: skip
    for key in keys:
        assert _label(key) in section, key
    for fact in ("25 MB", "10 MB", "lokasi GPS", "Anda yang memutuskan", "Pemantau"):
        assert fact in section, fact
