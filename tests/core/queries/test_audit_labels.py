"""Every kind of record and action the services write to the history has a label in both
catalogues, so Riwayat perubahan never shows a bare code such as ``merged_into``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from wksbm_desktop.i18n import catalogue

PACKAGE = Path(__file__).resolve().parents[3] / "wksbm_desktop"


def _recorded() -> set[tuple[str, str]]:
    """(entity, action) literals of every ``audit.record(session, entity, uuid, action, ...)``."""
    found: set[tuple[str, str]] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "record" or not isinstance(node.func.value, ast.Name):
                continue
            if node.func.value.id != "audit" or len(node.args) < 4:
                continue
            entity, action = node.args[1], node.args[3]
            if isinstance(entity, ast.Constant) and isinstance(action, ast.Constant):
                found.add((str(entity.value), str(action.value)))
    return found


def test_the_scan_finds_the_history_entries_of_the_services() -> None:
    recorded = _recorded()
    assert ("member", "merged_into") in recorded
    assert len(recorded) > 20


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_recorded_entity_and_action_has_a_label(language: str) -> None:
    texts = catalogue(language)
    missing = sorted(
        key
        for entity, action in _recorded()
        for key in (f"safety.audit.entity.{entity}", f"safety.audit.action.{action}")
        if key not in texts
    )
    assert not missing, f"add to i18n/{language}/: {missing}"
