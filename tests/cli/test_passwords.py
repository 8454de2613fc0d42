"""The file password never has to be on the command line (issue 13, point 14)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msoffcrypto
import pytest
from openpyxl import load_workbook

from wksbm_desktop.cli import main, passwords

PASSWORD = "kunci-rahasia-77"
ROOT = Path(__file__).resolve().parents[2]
RunCli = Callable[..., Any]  # the ``cli`` fixture of tests/cli/conftest.py


def opens_with(path: Path, password: str) -> list[str]:
    """The sheet names of an encrypted workbook opened with ``password``."""
    with path.open("rb") as source:
        office = msoffcrypto.OfficeFile(source)
        assert office.is_encrypted()
        office.load_key(password=password)
        plain = io.BytesIO()
        office.decrypt(plain)
    return load_workbook(plain, read_only=True).sheetnames


@pytest.fixture
def office(tmp_path: Path) -> str:
    db = str(tmp_path / "kantor.db")
    assert main(["--db", db, "init", "--kelurahan", "36.71.05.1008"]) == 0
    assert main(["--db", db, "demo", "--members", "20"]) == 0
    return db


def test_password_from_the_environment(
    office: str, tmp_path: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(passwords.ENV_PASSWORD, PASSWORD)
    out = tmp_path / "laporan.xlsx"
    done = cli("--db", office, "export", "--out", str(out), "--full-nik")
    assert done.code == 0, done.err
    assert "Warga" in opens_with(out, PASSWORD)
    assert "kata sandi" in done.out


def test_ask_password_reads_standard_input_in_a_script(office: str, tmp_path: Path) -> None:
    out = tmp_path / "laporan.xlsx"
    command = [sys.executable, "-m", "wksbm_desktop", "--db", office, "export", "--out",
               str(out), "--ask-password"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    env.pop(passwords.ENV_PASSWORD, None)
    child = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)  # fmt: skip
    # What any other user sees in the process list: the command line holds no password.
    if Path(f"/proc/{child.pid}/cmdline").exists():
        assert PASSWORD.encode() not in Path(f"/proc/{child.pid}/cmdline").read_bytes()
    _, err = child.communicate(PASSWORD + "\n", timeout=120)
    assert child.returncode == 0, err
    assert "Warga" in opens_with(out, PASSWORD)


def test_ask_password_on_a_terminal_asks_twice(
    office: str, tmp_path: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())
    answers = iter([PASSWORD, PASSWORD, PASSWORD, "salah-ketik-1"])
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(passwords, "read_secret", typed)
    out = tmp_path / "laporan.xlsx"
    assert cli("--db", office, "export", "--out", str(out), "--ask-password").code == 0
    assert prompts == ["Kata sandi berkas: ", "Ulangi kata sandi: "]
    assert "Warga" in opens_with(out, PASSWORD)
    again = cli("--db", office, "export", "--out", str(tmp_path / "b.xlsx"), "--ask-password")
    assert again.code == 1 and "tidak sama" in again.err and "Traceback" not in again.err
    assert not (tmp_path / "b.xlsx").exists()


def test_password_and_ask_password_together_is_bad_usage(
    office: str, tmp_path: Path, cli: RunCli
) -> None:
    out = str(tmp_path / "x.xlsx")
    done = cli("--db", office, "export", "--out", out, "--password", PASSWORD, "--ask-password")
    assert done.code == 2


def test_command_line_password_still_wins(
    office: str, tmp_path: Path, cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(passwords.ENV_PASSWORD, "dari-lingkungan")
    out = tmp_path / "laporan.xlsx"
    assert cli("--db", office, "export", "--out", str(out), "--password", PASSWORD).code == 0
    assert "Warga" in opens_with(out, PASSWORD)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_empty_password_is_refused_not_ignored(office: str, tmp_path: Path, cli: RunCli) -> None:
    out = tmp_path / "laporan.xlsx"
    done = cli("--db", office, "export", "--out", str(out), "--full-nik", "--password", "")
    assert done.code == 1 and "terlalu pendek" in done.err
    assert not out.exists()
