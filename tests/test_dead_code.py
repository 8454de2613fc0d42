"""No dead code in the package: vulture finds nothing beyond its whitelist, as in qutebrowser."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wksbm_desktop"
WHITELIST = Path(__file__).with_name("vulture_whitelist.py")
# 60 is vulture's lowest level: unused functions, methods, classes, attributes and variables.
MIN_CONFIDENCE = 60


def dead_code(*paths: Path) -> list[str]:
    """Vulture's report for ``paths``, one "file:line: unused ..." line per finding."""
    vulture = Vulture()
    vulture.scavenge([str(path) for path in paths])
    return [item.get_report() for item in vulture.get_unused_code(min_confidence=MIN_CONFIDENCE)]


@cache
def unused_names(package: Path) -> frozenset[str]:
    """What vulture reports without the whitelist: every entry of it must be among these."""
    vulture = Vulture()
    vulture.scavenge([str(package)])
    return frozenset(item.name for item in vulture.get_unused_code(min_confidence=MIN_CONFIDENCE))


def whitelisted_names(whitelist: Path) -> set[str]:
    """The names the whitelist excuses: the last part of each ``Owner.name`` line."""
    tree = ast.parse(whitelist.read_text(encoding="utf-8"))
    return {
        statement.value.attr
        for statement in tree.body
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Attribute)
    }


def test_the_package_has_no_dead_code() -> None:
    found = dead_code(PACKAGE, WHITELIST)
    assert not found, (
        "Unused code: remove it, or, when something vulture cannot see uses it (Qt, SQLAlchemy, "
        "a test), add it to tests/vulture_whitelist.py under the group that says why.\n"
        + "\n".join(found)
    )


def test_every_whitelist_entry_is_still_needed() -> None:
    stale = whitelisted_names(WHITELIST) - unused_names(PACKAGE)
    assert not stale, f"Remove from tests/vulture_whitelist.py (no longer reported): {stale}"


def test_the_check_finds_a_function_nobody_calls(tmp_path: Path) -> None:
    module = tmp_path / "leftover.py"
    module.write_text(
        '"""A module with one function too many."""\n\n\n'
        "def used() -> int:\n    return 1\n\n\n"
        "def forgotten_helper() -> int:\n    return 2\n\n\n"
        "print(used())\n",
        encoding="utf-8",
    )
    found = dead_code(module, WHITELIST)
    assert len(found) == 1 and "unused function 'forgotten_helper'" in found[0]
    assert found[0].startswith(f"{module}:8:")


def test_a_stale_whitelist_entry_is_caught(tmp_path: Path) -> None:
    whitelist = tmp_path / "whitelist.py"
    whitelist.write_text(
        WHITELIST.read_text(encoding="utf-8") + "MainWindow.function_that_is_gone\n",
        encoding="utf-8",
    )
    stale = whitelisted_names(whitelist) - unused_names(PACKAGE)
    assert stale == {"function_that_is_gone"}
