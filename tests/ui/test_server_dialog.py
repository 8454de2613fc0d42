"""Berkas → Database server: the connection test, plain messages, and what is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wksbm_desktop.core.storage import server
from wksbm_desktop.core.storage.server import ConnectionReport
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.settings import Settings
from wksbm_desktop.ui.setup import server_dialog
from wksbm_desktop.ui.setup.server_dialog import (
    SERVER_URL,
    USE_SERVER,
    ServerDialog,
    startup_target,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "pengaturan.ini")


@pytest.fixture
def tested(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL the dialog tests; the answer is set per test through ``answer``."""
    urls: list[str] = []
    monkeypatch.setattr(server_dialog, "connection_tester", lambda url: _answer(urls, url))
    monkeypatch.setattr(dialogs_util, "show_info", lambda *a, **k: None)
    return urls


ANSWERS: dict[str, ConnectionReport] = {}


def _answer(urls: list[str], url: str) -> ConnectionReport:
    urls.append(url)
    return ANSWERS["next"]


def _fill(dialog: ServerDialog, password: str = "rahasia") -> None:
    dialog.host.setText("10.0.0.5")
    dialog.port.setValue(5433)
    dialog.database.setText("wksbm")
    dialog.user.setText("wksbm_app")
    dialog.password.setText(password)


def test_unreachable_server_is_explained_and_cannot_be_used(
    qtbot: QtBot, settings: Settings, tested: list[str]
) -> None:
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog)
    message = "Server 10.0.0.5 port 5433 tidak dapat dihubungi. Periksa: kabel/jaringan kantor"
    ANSWERS["next"] = ConnectionReport("unreachable", message)
    dialog.test_button.click()
    assert tested == ["postgresql+psycopg://wksbm_app:rahasia@10.0.0.5:5433/wksbm"]
    assert dialog.result_label.text() == message
    assert not dialog.use_button.isEnabled()
    assert settings.get(SERVER_URL) == ""


def test_successful_test_stores_the_url_without_the_password(
    qtbot: QtBot, settings: Settings, tested: list[str], isolated_data_dir: Path
) -> None:
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog.remember.setChecked(True)
    ANSWERS["next"] = ConnectionReport("ok", "Terhubung ke database WKSBM wksbm di 10.0.0.5")
    dialog.test_button.click()
    assert dialog.use_button.isEnabled()
    dialog.use_button.click()
    assert settings.get(SERVER_URL) == "postgresql+psycopg://wksbm_app@10.0.0.5:5433/wksbm"
    assert str(settings.get(USE_SERVER)).lower() == "true"
    assert "rahasia" not in settings.path.read_text(encoding="utf-8")
    pgpass = server.pgpass_path()
    assert pgpass.read_text(encoding="utf-8") == "10.0.0.5:5433:wksbm:wksbm_app:rahasia\n"
    assert pgpass.stat().st_mode & 0o077 == 0, "only the user may read the password file"


def test_editing_after_a_test_asks_for_a_new_test(
    qtbot: QtBot, settings: Settings, tested: list[str]
) -> None:
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog)
    ANSWERS["next"] = ConnectionReport("ok", "Terhubung")
    dialog.test_button.click()
    dialog.host.setText("10.0.0.6")
    assert not dialog.use_button.isEnabled()


def test_missing_host_is_named_before_connecting(
    qtbot: QtBot, settings: Settings, tested: list[str]
) -> None:
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.test_button.click()
    assert tested == []
    assert "Server (nama atau IP)" in dialog.result_label.text()


def test_dialog_shows_the_stored_server(qtbot: QtBot, settings: Settings) -> None:
    settings.set(SERVER_URL, "postgresql+psycopg://petugas@db.dinsos.local:5432/wksbm_kota")
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(),
            dialog.user.text()) == ("db.dinsos.local", 5432, "wksbm_kota", "petugas")  # fmt: skip


def test_start_falls_back_to_the_local_file_when_the_server_is_down(
    settings: Settings, tested: list[str], monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_error", lambda parent, text, *a: errors.append(text))
    settings.set(SERVER_URL, "postgresql+psycopg://petugas@10.0.0.5:5432/wksbm")
    settings.set(USE_SERVER, True)
    ANSWERS["next"] = ConnectionReport("unreachable", "Server 10.0.0.5 port 5432 tidak dapat")
    assert startup_target(None, settings) == str(isolated_data_dir / "wksbm.db")
    assert errors and "Server 10.0.0.5" in errors[0] and "berkas lokal" in errors[0]
    ANSWERS["next"] = ConnectionReport("ok", "Terhubung")
    assert startup_target(None, settings) == "postgresql+psycopg://petugas@10.0.0.5:5432/wksbm"
    assert startup_target("lain.db", settings) == "lain.db", "--db always wins"


def test_the_server_action_is_in_the_dinas_sosial_menu(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    from wksbm_desktop.core.storage.db import open_database
    from wksbm_desktop.ui.main_window import MainWindow

    database = open_database(tmp_path / "w.db")
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    names = [action.objectName() for action in window.file_menu.actions()]
    assert "serverSettings" not in names  # a clerk's Berkas menu: the kelurahan's own work
    assert "serverSettings" in [action.objectName() for action in window.city_menu.actions()]
    window.close()
    database.dispose()
