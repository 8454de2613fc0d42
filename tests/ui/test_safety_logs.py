"""After GUI and command-line work (export, import with errors, crashes), no log holds a NIK."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtGui import QAction

from tests.ui.conftest import tab_of
from wksbm_desktop import cli
from wksbm_desktop.core.errors import ValidationError
from wksbm_desktop.logs import setup_logging
from wksbm_desktop.paths import data_dir
from wksbm_desktop.ui import dialogs_util, tasks
from wksbm_desktop.ui.main_window import MEMBERS
from wksbm_desktop.ui.safety import attach, crash_dialog

NIK = "3671055708900001"
SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d{16}(?!\d)")


@pytest.fixture
def quiet(monkeypatch) -> list[str]:
    said: list[str] = []
    for name in ("show_info", "show_error"):
        monkeypatch.setattr(dialogs_util, name, lambda _p, text, _t="": said.append(text))
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a: True)
    monkeypatch.setattr(tasks, "show_failure", lambda _p, _title, text: said.append(text))
    monkeypatch.setattr(crash_dialog, "show_crash", lambda _p, text: said.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return said


def office_list_with_bad_niks(bad: Path) -> None:
    """An ordinary office member list whose NIKs are impossible (day 00), so the import fails."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR ANGGOTA KELOMPOK"])
    sheet.append(["No", "NIK", "Nama Lengkap", "L/P"])
    sheet.append(["1", "3671050000000001", "Siti Aminah", "P"])
    sheet.append(["2", "3671059999990002", "Budi Santoso", "L"])
    workbook.save(bad)


def gui_work(qtbot, window, said: list[str]) -> None:
    attach(window)
    crash_dialog.install(setup_logging())
    window.findChild(QAction, "backupNow").trigger()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)

    def fails(_ctx: object) -> None:
        raise RuntimeError(f"baris 3: NIK {NIK} ganda")

    tasks.run_task(window, "uji", fails, on_success=lambda _r: None)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    try:
        raise ValidationError("nik", "member.nik_taken", nik=NIK, name="Siti")
    except ValidationError:
        sys.excepthook(*sys.exc_info())
    tab = tab_of(window, MEMBERS)
    tab.select_row(0)
    tab.anonymise_action.trigger()
    assert tab.current_row().full_name == "Anonim"


def cli_work(db: Path, tmp_path: Path, monkeypatch) -> None:
    full = tmp_path / "lengkap.xlsx"
    bad = tmp_path / "rusak.xlsx"
    assert cli.main(["--db", str(db), "export", "--out", str(full), "--full-nik"]) == 0
    office_list_with_bad_niks(bad)
    errors_out = tmp_path / "kesalahan.xlsx"
    args = ["--db", str(db), "import", str(bad), "--errors-out", str(errors_out)]
    assert cli.main(args) == 1
    assert errors_out.exists()
    assert cli.main(["--db", str(db), "check"]) == 0
    assert cli.main(["--db", str(db), "backup"]) == 0
    from wksbm_desktop.cli.commands import stats

    def crash(_args: object) -> int:
        raise RuntimeError(f"tidak terduga untuk NIK {NIK}")

    monkeypatch.setattr(stats, "run", crash)
    assert cli.main(["--db", str(db), "stats"]) == 1


@pytest.mark.slow
def test_no_log_in_the_data_folder_holds_a_full_nik(
    qtbot, main_window, quiet, tmp_path, monkeypatch
):
    gui_work(qtbot, main_window, quiet)
    cli_work(main_window.database.path, tmp_path, monkeypatch)
    logs = [p for p in data_dir().rglob("*") if p.is_file() and ".log" in p.name]
    assert logs, "the runs above must have written a log"
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)
    assert "RuntimeError" in text and "3671************" in text  # the NIK-bearing errors
    assert SIXTEEN_DIGITS.search(text) is None
