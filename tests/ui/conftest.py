"""Fixtures for GUI tests: a demo database per test and the real main window over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from wksbm_desktop.core.demo_data import synthetic as demo
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import open_database

KELURAHAN_CODE = "36.71.05.1008"  # Poris Plawad, Cipondoh
DEMO_MEMBERS = 300
DEMO_TODAY = date(2025, 6, 15)


@pytest.fixture(autouse=True)
def no_modal_task_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """A background task that fails unexpectedly fails the test at once.

    The real ``show_failure`` opens a modal message box that nobody closes offscreen: the run
    would hang until CI's time limit. Tests that expect a failure replace it themselves.
    """

    def fail(_parent: object, title: str, message: str) -> None:
        raise AssertionError(f"a task failed and would show a dialog: {title}: {message}")

    monkeypatch.setattr("wksbm_desktop.ui.tasks.show_failure", fail)


@pytest.fixture(scope="session", autouse=True)
def indonesian_qt(qapp) -> None:
    """The application's locale and Qt translations, as app.main installs them."""
    from wksbm_desktop.ui.locale import install_indonesian

    install_indonesian(qapp)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database built once per run; each test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.db"
    database = open_database(path)
    with database.session() as session:
        office = OfficeInput(
            KELURAHAN_CODE, lurah_name="Budi Santoso", operator_names="Operator Uji"
        )
        save_office(session, office)
        demo.generate(session, members=DEMO_MEMBERS, seed=7, today=DEMO_TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "wksbm.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A database with the schema but no office yet (the first-run case)."""
    path = tmp_path / "new.db"
    open_database(path).dispose()
    return path


@pytest.fixture
def main_window(qtbot, demo_db: Path) -> Iterator:
    from wksbm_desktop.ui.main_window import create_main_window

    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The data layer opens right after the first paint; tests start from the ready window.
    qtbot.waitUntil(lambda: window.opening.is_open)
    yield window
    window.close()
    window.database.dispose()


def answer_file_dialogs(monkeypatch, save_folder: Path, *, confirm: bool) -> dict[str, list]:
    """Save dialogs answer a file in ``save_folder``; questions are recorded and answered
    ``confirm``; files and folders handed to the system are recorded in "opened"."""
    from wksbm_desktop.ui import dialogs_util
    from wksbm_desktop.ui.excel import common

    seen: dict[str, list] = {"save": [], "questions": [], "opened": []}

    def save(_parent, _title, start, _filter):
        seen["save"].append(start)
        return str(save_folder / Path(start).name)

    def ask(_parent, text, _title=""):
        seen["questions"].append(text)
        return confirm

    monkeypatch.setattr(dialogs_util, "get_save_path", save)
    monkeypatch.setattr(dialogs_util, "ask_confirmation", ask)
    monkeypatch.setattr(common, "open_url", lambda url: seen["opened"].append(url.toLocalFile()))
    return seen


def tab_of(window, index: int):
    """Switch to a tab the way a click would, and return its widget."""
    window.tabs.setCurrentIndex(index)
    return window.tabs.currentWidget()
