"""Fixtures for command-line tests: run ``wksbm`` in-process or as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from wksbm_desktop.cli import main


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


RunCli = Callable[..., Outcome]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run ``wksbm ARGS`` in this process (fast); usage errors exit like the real program."""

    def run(*args: str) -> Outcome:
        try:
            code = main(list(args))
        except SystemExit as stop:
            code = int(stop.code or 0)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


@pytest.fixture
def run_cli() -> RunCli:
    """Run ``python -m wksbm_desktop ARGS`` as a subprocess, as an operator would."""

    def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> Outcome:
        result = subprocess.run(
            [sys.executable, "-m", "wksbm_desktop", *args],
            capture_output=True, text=True, encoding="utf-8", timeout=120,
            env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}, cwd=cwd,
        )  # fmt: skip
        return Outcome(result.returncode, result.stdout, result.stderr)

    return run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "x.db"
