"""The Dinas Sosial key in the GUI: installed at a kelurahan, saved at the city, named on export."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from tests.ui.conftest import answer_file_dialogs
from wksbm_desktop.core.domain import nik_seal
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.services.city_key import installed_key_id
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.excel.export_dialog import ExportDialog
from wksbm_desktop.ui.main_window import MainWindow
from wksbm_desktop.ui.settings import Settings


@pytest.fixture
def key_file(tmp_path: Path) -> tuple[Path, str]:
    pair = nik_seal.generate_key_pair()
    path = tmp_path / "kunci.wksbmkey"
    path.write_text(nik_seal.encode_key_file(pair.public_key, datetime(2026, 11, 30, 10, 0)))
    return path, pair.key_id


@dataclass
class Dialogs:
    """What the replaced modal dialogs answer and what they were shown."""

    open: list[str] = field(default_factory=list)  # the files the open dialog answers, in turn
    confirm: bool = True
    questions: list[str] = field(default_factory=list)
    info: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    seen = Dialogs()

    def ask(_parent: object, text: str, _title: str = "") -> bool:
        seen.questions.append(text)
        return seen.confirm

    monkeypatch.setattr(dialogs_util, "get_open_path", lambda *_a: seen.open.pop(0))
    monkeypatch.setattr(dialogs_util, "ask_confirmation", ask)
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": seen.info.append(text))
    monkeypatch.setattr(
        dialogs_util, "show_error", lambda _p, text, _t="": seen.errors.append(text)
    )
    return seen


def _installed(window: MainWindow) -> str:
    with window.database.read_session() as session:
        return installed_key_id(session)


def test_a_kelurahan_installs_the_key_after_seeing_its_id(
    main_window: MainWindow, key_file: tuple[Path, str], dialogs: Dialogs
) -> None:
    action = main_window.findChild(QAction, "installCityKeyAction")
    assert action is not None and action.isVisible() and action in main_window.file_menu.actions()
    assert action.text() == "Pasang kunci Dinas Sosial…"
    path, key_id = key_file
    dialogs.open.append(str(path))
    action.trigger()
    [question] = dialogs.questions
    assert key_id in question and "Dinas Sosial Kota Tangerang" in question
    assert _installed(main_window) == key_id
    assert key_id in dialogs.info[0]


def test_saying_no_installs_nothing_and_a_bad_file_is_explained(
    main_window: MainWindow, key_file: tuple[Path, str], dialogs: Dialogs,
    tmp_path: Path,
) -> None:  # fmt: skip
    dialogs.confirm = False
    dialogs.open.append(str(key_file[0]))
    main_window.findChild(QAction, "installCityKeyAction").trigger()
    assert _installed(main_window) == ""
    bad = tmp_path / "foto.wksbmkey"
    bad.write_bytes(b"\x89PNG\r\n")
    dialogs.open.append(str(bad))
    main_window.findChild(QAction, "installCityKeyAction").trigger()
    assert "bukan berkas kunci" in dialogs.errors[0]
    assert _installed(main_window) == ""


def test_the_export_dialog_says_what_the_city_can_check(
    qtbot, main_window: MainWindow, key_file: tuple[Path, str], dialogs: Dialogs
) -> None:
    main_window.findChild(QAction, "exportReport").trigger()
    dialog = main_window.findChild(ExportDialog, "exportDialog")
    assert dialog.seal_note.isVisible()
    assert "Kunci Dinas Sosial belum dipasang" in dialog.seal_note.text()
    dialog.reject()
    dialogs.open.append(str(key_file[0]))
    main_window.findChild(QAction, "installCityKeyAction").trigger()
    main_window.findChild(QAction, "exportReport").trigger()
    dialog = next(d for d in main_window.findChildren(ExportDialog) if d.isVisible())
    assert f"disegel untuk Dinas Sosial (kunci {key_file[1]})" in dialog.seal_note.text()
    dialog.full_nik_check.setChecked(True)
    assert not dialog.seal_note.isEnabled()  # the full-NIK file carries no seal
    dialog.reject()


def test_a_sealed_export_says_so_when_done(
    qtbot, main_window: MainWindow, key_file: tuple[Path, str], dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    dialogs.open.append(str(key_file[0]))
    main_window.findChild(QAction, "installCityKeyAction").trigger()
    asked = answer_file_dialogs(monkeypatch, tmp_path, confirm=True)
    main_window.findChild(QAction, "exportLastMonth").trigger()
    qtbot.waitUntil(lambda: bool(asked["opened"]), timeout=20_000)
    assert f"(kunci {key_file[1]})" in asked["questions"][-1]


def test_the_city_saves_the_key_file_from_its_menu(
    qtbot, tmp_path: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(tmp_path / "kota.db")
    with database.session() as session:
        save_office(session, OfficeInput(None, operator_names="Dewi"))
    window = MainWindow(database, Settings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    export = window.findChild(QAction, "exportCityKeyAction")
    assert export in window.city_menu.actions() and export.text() == "Simpan kunci untuk kelurahan…"
    assert not window.findChild(QAction, "installCityKeyAction").isVisible()
    monkeypatch.setattr(
        dialogs_util, "get_save_path", lambda *_a: str(tmp_path / "untuk-kelurahan")
    )
    export.trigger()
    written = tmp_path / "untuk-kelurahan.wksbmkey"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["key_id"] in dialogs.info[0]
    assert nik_seal.parse_key_file(written.read_bytes()).key_id == data["key_id"]
    window.close()
    database.dispose()
