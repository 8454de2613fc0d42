"""The layer order as a test: core < excel < documents < ui and cli < app, lazy imports too."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import wksbm_desktop

PACKAGE_DIR = Path(wksbm_desktop.__file__).resolve().parent
PACKAGE = PACKAGE_DIR.name

# The first matching prefix decides a module's layer. Everything not listed (the package root,
# paths, logs, i18n, documents...) is the Qt-free base and sits with the core.
LAYER_OF_PREFIX = (
    ("wksbm_desktop.excel", "excel"),
    ("wksbm_desktop.documents", "documents"),  # printed documents (PDF): above excel's rows
    ("wksbm_desktop.cli", "cli"),
    ("wksbm_desktop.ui", "ui"),
    ("wksbm_desktop.app", "app"),
    ("wksbm_desktop.__main__", "app"),
)
# A layer may import its own layer and every layer of a lower rank; ui and cli share a rank and
# so never import each other (two shells over the same core).
RANK = {"core": 0, "excel": 1, "documents": 2, "cli": 3, "ui": 3, "app": 4}


@dataclass(frozen=True)
class Import:
    """One import of a package module, where it is written and how it runs."""

    importer: str
    imported: str
    line: int
    lazy: bool  # inside a function: runs on call, still a dependency
    type_only: bool  # under ``if TYPE_CHECKING``: never runs, still a dependency of the text


def layer_of(module: str) -> str:
    for prefix, layer in LAYER_OF_PREFIX:
        if module == prefix or module.startswith(prefix + "."):
            return layer
    return "core"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".") if is_package else module.split(".")[:-1]
    parts = parts[: len(parts) - (node.level - 1)]
    return ".".join([*parts, *([node.module] if node.module else [])])


def imports_in(source: str, module: str, is_package: bool = False) -> Iterator[Import]:
    """Every import of this package written in ``source``: module level, in functions, under
    TYPE_CHECKING, relative, and ``importlib.import_module("...")`` with a literal name."""

    def visit(node: ast.AST, lazy: bool, type_only: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            child_lazy = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for statement in child.body:
                    yield from visit_one(statement, lazy, True)
                for statement in child.orelse:
                    yield from visit_one(statement, lazy, type_only)
                continue
            yield from visit_one(child, child_lazy, type_only)

    def visit_one(node: ast.AST, lazy: bool, type_only: bool) -> Iterator[Import]:
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, is_package, node)
            # ``from pkg import sub`` imports the submodule pkg.sub when there is one.
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        elif isinstance(node, ast.Call) and _is_import_module(node):
            names = [node.args[0].value]  # type: ignore[attr-defined]
        for name in names:
            if name == PACKAGE or name.startswith(PACKAGE + "."):
                yield Import(module, name, getattr(node, "lineno", 0), lazy, type_only)
        lazy = lazy or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        yield from visit(node, lazy, type_only)

    yield from visit(ast.parse(source), False, False)


def _is_import_module(node: ast.Call) -> bool:
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    return (
        name == "import_module"
        and len(node.args) >= 1
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def package_imports(root: Path = PACKAGE_DIR) -> tuple[set[str], list[Import]]:
    """The package's module names and every import between them (to real modules only)."""
    files = sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    modules = {module_name(path, root) for path in files}
    found: set[Import] = set()
    for path in files:
        name = module_name(path, root)
        resolved = {
            Import(
                name, _nearest_module(item.imported, modules), item.line, item.lazy, item.type_only
            )
            for item in imports_in(path.read_text(encoding="utf-8"), name, path.stem == "__init__")
        }
        # ``from pkg import sub`` names pkg.sub; pkg itself counts only when nothing finer does.
        found |= {
            item
            for item in resolved
            if item.imported not in ("", name)
            and not any(
                other.line == item.line and other.imported.startswith(item.imported + ".")
                for other in resolved
            )
        }
    return modules, sorted(found, key=lambda item: (item.importer, item.line, item.imported))


def _nearest_module(name: str, modules: set[str]) -> str:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name


def violations(found: Iterable[Import]) -> list[str]:
    """Imports that climb: a lower layer reaching a higher one, or one shell into the other."""
    problems = []
    for item in found:
        mine, theirs = layer_of(item.importer), layer_of(item.imported)
        if mine != theirs and RANK[theirs] >= RANK[mine]:
            how = "type-only " if item.type_only else "lazy " if item.lazy else ""
            problems.append(
                f"{item.importer}:{item.line} ({mine}) {how}imports {item.imported} ({theirs})"
            )
    return sorted(problems)


def cycles(found: Iterable[Import], within: tuple[str, ...]) -> list[list[str]]:
    """Import circles among modules that run (type-only imports excluded), Tarjan's algorithm."""
    graph: dict[str, set[str]] = {}
    for item in found:
        if item.type_only or not item.importer.startswith(within):
            continue
        if item.imported.startswith(within):
            graph.setdefault(item.importer, set()).add(item.imported)
            graph.setdefault(item.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                connect(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return sorted(circles)


def test_no_layer_imports_a_higher_one() -> None:
    modules, found = package_imports()
    assert f"{PACKAGE}.core.services.members" in modules  # the scan sees the package
    assert any(item.lazy for item in found)  # and the imports inside functions
    assert violations(found) == []


def test_no_import_circles() -> None:
    _, found = package_imports()
    assert cycles(found, (PACKAGE,)) == []


# A deliberate violation: the checker must name each of these, however the import is written.
_CLIMBING_CORE_MODULE = '''
"""A core module that climbs."""
import importlib
from typing import TYPE_CHECKING

from wksbm_desktop.core import models
from wksbm_desktop.excel import sheet_maker

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow


def build():
    from ..ui import dialogs_util
    import wksbm_desktop.app
    return importlib.import_module("wksbm_desktop.cli.context")
'''


def test_the_checker_reports_a_deliberate_violation(tmp_path: Path) -> None:
    root = tmp_path / PACKAGE
    for folder in ("core", "excel", "ui", "cli"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "__init__.py").write_text("")
    for name in (
        "core/models",
        "excel/sheet_maker",
        "ui/main_window",
        "ui/dialogs_util",
        "cli/context",
    ):
        (root / f"{name}.py").write_text("")
    (root / "app.py").write_text("")
    (root / "core" / "climber.py").write_text(_CLIMBING_CORE_MODULE)
    (root / "excel" / "fine.py").write_text("from wksbm_desktop.core import models\n")
    (root / "cli" / "crossing.py").write_text("from wksbm_desktop.ui import dialogs_util\n")

    _, found = package_imports(root)
    assert violations(found) == [
        "wksbm_desktop.cli.crossing:1 (cli) imports wksbm_desktop.ui.dialogs_util (ui)",
        "wksbm_desktop.core.climber:10 (core) type-only imports wksbm_desktop.ui.main_window (ui)",
        "wksbm_desktop.core.climber:14 (core) lazy imports wksbm_desktop.ui.dialogs_util (ui)",
        "wksbm_desktop.core.climber:15 (core) lazy imports wksbm_desktop.app (app)",
        "wksbm_desktop.core.climber:16 (core) lazy imports wksbm_desktop.cli.context (cli)",
        "wksbm_desktop.core.climber:7 (core) imports wksbm_desktop.excel.sheet_maker (excel)",
    ]


def test_the_checker_finds_a_lazy_import_circle(tmp_path: Path) -> None:
    core = tmp_path / PACKAGE / "core"
    core.mkdir(parents=True)
    (core.parent / "__init__.py").write_text("")
    (core / "__init__.py").write_text("")
    (core / "a.py").write_text("from wksbm_desktop.core import b, c\n")
    (core / "b.py").write_text("def later():\n    from wksbm_desktop.core.a import x\n")
    # A type-only import runs never, so it closes no circle.
    (core / "c.py").write_text("if TYPE_CHECKING:\n    from wksbm_desktop.core import a\n")

    _, found = package_imports(core.parent)
    assert cycles(found, (f"{PACKAGE}.core",)) == [["wksbm_desktop.core.a", "wksbm_desktop.core.b"]]
