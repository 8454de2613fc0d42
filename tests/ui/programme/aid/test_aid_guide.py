"""Panduan (F1) explains recording aid, its decision, disbursements and LPJ with the buttons'
own names, and what "terlambat" means."""

from __future__ import annotations

from pathlib import Path

from wksbm_desktop.i18n import t
from wksbm_desktop.ui.help.guide import OTHER_ANCHORS, guide_url


def _label(key: str) -> str:
    """A button's text as a reader sees it: "&&" is "&", a single "&" marks the shortcut."""
    text = t(key).replace("&&", "\0").replace("&", "").replace("\0", "&amp;")
    return text.rstrip("…").strip()


def test_the_guide_walks_through_proposal_decision_disbursement_and_lpj() -> None:
    assert "bantuan-lpj" in OTHER_ANCHORS
    html = " ".join(Path(guide_url().toLocalFile()).read_text(encoding="utf-8").split())
    assert 'name="bantuan-lpj"' in html and 'href="#bantuan-lpj"' in html
    keys = (
        "aid_ui.group_tab.button", "aid_ui.action.add", "aid_ui.action.edit",
        "aid_ui.action.disburse", "aid_ui.action.report", "aid_ui.action.edit_report",
        "aid_ui.action.archive", "aid_ui.action.show_archived", "aid_ui.action.restore",
        "aid_ui.col.remaining", "programme.lpj.dikembalikan", "shell.detail.field.lpj_overdue",
    )  # fmt: skip
    for key in keys:
        assert _label(key) in html, key
    assert "terlambat</b> mulai sehari sesudah batas waktunya" in html
