"""A password export killed at the worst moment leaves nothing readable (issue 13, point 2).

A child process runs ``wksbm export --full-nik`` (or ``wksbm consolidate --full-nik``) with a
password and pauses at the moment the most plaintext exists: after every data row is in
XlsxWriter's row files, or after the whole workbook is assembled and before it is encrypted. The
test checks the plaintext sits only in an owner-only private folder, kills the child with SIGKILL,
starts the program again and then finds no plaintext anywhere: target folder, temporary folder,
data folder.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.excel.conftest import new_database
from wksbm_desktop.core.demo_data.synthetic import generate
from wksbm_desktop.core.models import Member
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.private_files import work_root

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "rahasia-kota-123"

# The child pauses inside the export, at the function named (module.function, as the module
# that calls it sees it), after saying where it is.
CHILD = """
import importlib, sys, time, pathlib
marker, (module, where) = pathlib.Path(sys.argv[1]), sys.argv[2].rsplit(".", 1)
target = importlib.import_module(module)
real = getattr(target, where)

def paused(*args, **kwargs):
    if where == "write_meta_sheet":
        real(*args, **kwargs)
    marker.write_text("x")
    time.sleep(300)

setattr(target, where, paused)
from wksbm_desktop.cli import main
sys.exit(main(sys.argv[3:]))
"""
MOMENTS = [
    # every row in XlsxWriter's row files
    ("export", "wksbm_desktop.excel.report.export.write_meta_sheet"),
    # the whole workbook assembled, not yet encrypted
    ("export", "wksbm_desktop.excel.report.export.encrypt_file"),
    # rows and the NIK index of the city
    ("consolidate", "wksbm_desktop.excel.consolidate.city.write_meta_sheet"),
    ("consolidate", "wksbm_desktop.excel.consolidate.city.encrypt_file"),
]


def _environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    system_temp = tmp_path / "systemp"
    system_temp.mkdir()
    env.update(TMPDIR=str(system_temp), TEMP=str(system_temp), TMP=str(system_temp))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


def _plaintext_files(folders: list[Path], secrets: list[bytes]) -> list[Path]:
    """Files that are an unencrypted workbook (a zip) or hold a NIK or name in clear."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            if data.startswith(b"PK\x03\x04") or any(s in data for s in secrets):
                found.append(path)
    return found


def _wait_for(marker: Path, child: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while not marker.exists():
        if child.poll() is not None:
            raise AssertionError(f"the export ended before pausing: {child.stderr.read()!r}")  # type: ignore[union-attr]
        assert time.monotonic() < deadline, "the export never reached the pause"
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and file modes are POSIX")
@pytest.mark.parametrize(("work_command", "moment"), MOMENTS)
def test_killed_password_export_leaves_no_plaintext(
    tmp_path: Path, isolated_data_dir: Path, work_command: str, moment: str
) -> None:
    (tmp_path / "db").mkdir()
    database = new_database(tmp_path / "db" / "kantor.db")
    with database.session() as session:
        generate(session, members=40, seed=3)
    with database.read_session() as session:
        people = session.execute(select(Member.nik, Member.full_name)).all()
    out, marker, env = tmp_path / "out", tmp_path / "paused", _environment(tmp_path)
    out.mkdir()
    if work_command == "consolidate":
        # The input report sits with the database: only the city workbook's traces are watched.
        report = tmp_path / "db" / "laporan.xlsx"
        export_report(database, report, ExportOptions(full_nik=True))
        work = ["consolidate", "--out", str(out / "laporan.xlsx"), str(report)]
    else:
        work = ["export", "--out", str(out / "laporan.xlsx")]
    database.dispose()
    secrets = [nik.encode() for nik, _ in people] + [name.encode() for _, name in people]
    command = [sys.executable, "-c", CHILD, str(marker), moment,
               "--db", str(tmp_path / "db" / "kantor.db"), *work, "--full-nik",
               "--password", PASSWORD]  # fmt: skip
    child = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        _wait_for(marker, child)
        # During the run the clear text is only in the owner-only private folder.
        watched = [out, tmp_path / "systemp", isolated_data_dir]
        during = _plaintext_files(watched, secrets)
        assert during, "the pause must come while plaintext exists"
        assert all(work_root() in p.parents for p in during), during
        for folder in {work_root(), *(p.parent for p in during)}:
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # The next start of the program sweeps what the killed run left.
    next_start = [sys.executable, "-m", "wksbm_desktop", "--db",
                  str(tmp_path / "db" / "kantor.db"), "stats"]  # fmt: skip
    subprocess.run(next_start, env=env, check=True, capture_output=True, timeout=120)
    assert _plaintext_files(watched, secrets) == []
    assert not (out / "laporan.xlsx").exists()
