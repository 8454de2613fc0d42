"""The GUI writes through ui/operations only: no other ui module opens a write session or
calls a core service that changes records (an AST scan, lazy imports included)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import wksbm_desktop.ui

UI = Path(wksbm_desktop.ui.__file__).parent
SERVICES = "wksbm_desktop.core.services"
# What a service function that changes data is called (create_group, end_membership...).
WRITE_NAME = re.compile(
    r"^(create|update|archive|restore|anonymise|add|delete|end|change|save|release|remove|"
    r"merge|import|apply|set|replace)_"
)
# Flows that are tasks of their own, each with its reason; "module" or "module:function".
ALLOWED = {
    "setup/office_dialog.py": "the first-run office setup writes the office before any tab",
    "selftest.py": "the installation self-test writes to its own scratch database",
    "printing/actions.py:work": "printing a letter takes its number inside the print task",
}


def _service_modules(tree: ast.AST) -> set[str]:
    """Local names bound to core service modules (``from ...services import members``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == SERVICES:
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.asname for a in node.names if a.name.startswith(SERVICES) and a.asname)
    return names


def _service_functions(tree: ast.AST) -> set[str]:
    """Local names bound to service write functions (``from ...office import save_office``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(SERVICES + "."):
            names.update(
                alias.asname or alias.name for alias in node.names if WRITE_NAME.match(alias.name)
            )
    return names


def direct_writes(source: str) -> list[tuple[str, int, str]]:
    """(enclosing function, line, what) for each write that bypasses ui/operations."""
    tree = ast.parse(source)
    modules, functions = _service_modules(tree), _service_functions(tree)
    found: list[tuple[str, int, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        if isinstance(node, ast.Call):
            what = _write_call(node.func, modules, functions)
            if what:
                found.append((function, node.lineno, what))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, "")
    return found


def _write_call(func: ast.expr, modules: set[str], functions: set[str]) -> str:
    if isinstance(func, ast.Attribute):
        if func.attr == "session":  # Database.session(): commits; read_session() does not
            return "a write session"
        is_service = isinstance(func.value, ast.Name) and func.value.id in modules
        if is_service and WRITE_NAME.match(func.attr):
            return f"{func.value.id}.{func.attr}"  # type: ignore[attr-defined]
    if isinstance(func, ast.Name) and func.id in functions:
        return func.id
    return ""


def _allowed(relative: str, function: str) -> bool:
    return relative in ALLOWED or f"{relative}:{function}" in ALLOWED


def test_no_ui_module_writes_outside_the_operations() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative.startswith("operations/"):
            continue
        for function, line, what in direct_writes(path.read_text(encoding="utf-8")):
            if not _allowed(relative, function):
                offenders.append(f"ui/{relative}:{line} ({function}): {what}")
    assert offenders == [], "write through ui/operations instead:\n" + "\n".join(offenders)


def test_the_scan_catches_each_kind_of_direct_write() -> None:
    source = """
from wksbm_desktop.core.services import groups
from wksbm_desktop.core.services.members import archive_member as archive, get_member

def on_click(tab):
    with tab.database.session() as session:
        groups.archive_group(session, "u", 1)
        archive(session, "u", 1)
        get_member(session, "u")          # a read: fine
        groups.get_group(session, "u")    # a read: fine

def later(database):
    from wksbm_desktop.core.services import memberships as m
    with database.read_session() as session:
        m.end_membership(session, "u", None)
"""
    found = [(function, what) for function, _line, what in direct_writes(source)]
    assert found == [
        ("on_click", "a write session"),
        ("on_click", "groups.archive_group"),
        ("on_click", "archive"),
        ("later", "m.end_membership"),
    ]


def test_every_allowed_flow_still_exists() -> None:
    """An exception that no longer matches anything would hide the next direct write there."""
    for entry in ALLOWED:
        relative, _, function = entry.partition(":")
        source = (UI / relative).read_text(encoding="utf-8")
        assert any(f == function or not function for f, _l, _w in direct_writes(source)), entry
