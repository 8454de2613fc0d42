"""tools/reshape.py rewrites every spelling of a moved module, and a second pass changes nothing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reshape() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reshape_tool", ROOT / "tools" / "reshape.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reshape_tool"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rewriter(reshape: ModuleType) -> object:
    tests = {"tests/excel/test_consolidate.py": "tests/excel/consolidate/test_consolidate.py"}
    after = {"wksbm_desktop.excel.consolidate.city", "wksbm_desktop.excel.consolidate.scan"}
    return reshape.Rewriter(reshape.MOVES, tests, after)


SOURCE = '''\
"""Reads core/backup.py, wksbm_desktop/excel/consolidate.py; excel/consolidate/."""
import wksbm_desktop.core.db
from wksbm_desktop.core import audit, backup as copies, models
from wksbm_desktop.excel.consolidate import CityOptions, consolidate
from wksbm_desktop.excel.consolidate_scan import ReportFile
from wksbm_desktop.app import create_main_window
from tests.excel.test_consolidate import KEL_A

TARGET = "wksbm_desktop.core.health.check_on_open"
MIGRATIONS = Path("wksbm_desktop", "core", "migrations")
OTHER = tmp / "wksbm_desktop" / "excel" / "reader.py"


def later():
    from wksbm_desktop.core import nik, rules
    return wksbm_desktop.core.db.open_database
'''

EXPECTED = '''\
"""Reads core/storage/backup.py, wksbm_desktop/excel/consolidate/city.py; excel/consolidate/."""
import wksbm_desktop.core.storage.db
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.storage import backup as copies
from wksbm_desktop.core import models
from wksbm_desktop.excel.consolidate.city import CityOptions, consolidate
from wksbm_desktop.excel.consolidate.scan import ReportFile
from wksbm_desktop.ui.main_window import create_main_window
from tests.excel.consolidate.test_consolidate import KEL_A

TARGET = "wksbm_desktop.core.storage.health.check_on_open"
MIGRATIONS = Path("wksbm_desktop", "core", "storage", "migrations")
OTHER = tmp / "wksbm_desktop" / "excel" / "reading" / "reader.py"


def later():
    from wksbm_desktop.core.domain import nik, rules
    return wksbm_desktop.core.storage.db.open_database
'''


def test_every_spelling_of_a_moved_module_is_rewritten(rewriter: object) -> None:
    assert rewriter.text(SOURCE, ".py") == EXPECTED  # type: ignore[attr-defined]


def test_a_second_pass_changes_nothing(rewriter: object) -> None:
    once = rewriter.text(SOURCE, ".py")  # type: ignore[attr-defined]
    assert rewriter.text(once, ".py") == once  # type: ignore[attr-defined]


def test_markdown_paths_follow_their_modules(rewriter: object) -> None:
    text = "See `wksbm_desktop/core/migrations/versions/` and `excel/fast_reader.py`.\n"
    assert rewriter.text(text, ".md") == (  # type: ignore[attr-defined]
        "See `wksbm_desktop/core/storage/migrations/versions/` and "
        "`excel/reading/fast_reader.py`.\n"
    )


def test_code_samples_in_the_docs_follow_too(rewriter: object) -> None:
    text = "```\nfrom wksbm_desktop.excel.consolidate import consolidate, report_board\n```\n"
    assert rewriter.text(text, ".md") == (  # type: ignore[attr-defined]
        "```\nfrom wksbm_desktop.excel.consolidate.city import consolidate, report_board\n```\n"
    )


def test_no_package_export_shadows_a_module_and_every_export_exists(reshape: ModuleType) -> None:
    for package, (_doc, exports) in reshape.PACKAGES.items():
        text = reshape.init_text(package)
        assert text.startswith('"""') and text.count("\n", 0, text.index('"""', 3)) == 0
        for name, module in exports.items():
            assert f"{package}.{module}" in reshape.MOVES.values(), (package, module)
            assert f'"{name}"' in text
