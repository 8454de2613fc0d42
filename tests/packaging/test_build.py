"""The real build: ``python packaging/build.py``, then the built program's ``--self-test``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wksbm_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent.parent
DIST = ROOT / "dist"
FOLDER = DIST / "wksbm-desktop"
EXECUTABLE = FOLDER / ("wksbm-desktop.exe" if sys.platform == "win32" else "wksbm-desktop")
MB = 1_000_000
# Qt parts the program must not carry (big, unused); matched against file names.
# Qt PDF itself stays: the print preview renders the documents' pages with it.
UNWANTED_QT = (
    "Qt6WebEngine", "Qt6Quick", "Qt6Qml", "Qt6Multimedia", "Qt63D", "Qt6PdfQuick", "Qt6PdfWidgets",
)  # fmt: skip

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(built_program: dict[str, object]) -> dict[str, object]:
    """The session's one build (tests/packaging/conftest.py); its report says what it measured."""
    return built_program


def test_built_program_passes_its_self_test(build: dict[str, object], tmp_path: Path) -> None:
    user_data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WKSBM_DATA_DIR": str(user_data)}

    result = subprocess.run(
        [str(EXECUTABLE), "--self-test"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip

    assert result.returncode == 0, result.stdout + result.stderr
    if sys.platform != "win32":  # the windowed Windows build has no console to print to
        assert f"WKSBM Desktop {__version__} berhasil" in result.stdout
    assert not user_data.exists() or not any(user_data.iterdir())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell redirection")
def test_built_program_runs_without_console_streams(build: dict[str, object]) -> None:
    # With descriptors 1 and 2 closed Python starts with sys.stdout/stderr None, as a windowed
    # Windows build does; the self-test fails unless the runtime hook replaced them.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        ["sh", "-c", '"$0" --self-test >&- 2>&-', str(EXECUTABLE)], env=env, timeout=300
    )

    assert result.returncode == 0


def test_build_stays_within_size_budgets(build: dict[str, object]) -> None:
    folder_bytes = sum(
        os.lstat(os.path.join(folder, name)).st_size
        for folder, _dirs, files in os.walk(FOLDER)
        for name in files
    )
    archive = Path(str(build["archive"]))

    assert folder_bytes < 200 * MB
    assert archive.stat().st_size < 70 * MB
    assert build["folder_bytes"] == folder_bytes
    assert archive.name.startswith(f"wksbm-desktop-{__version__}-")


def test_build_carries_data_files_and_no_unused_qt(build: dict[str, object]) -> None:
    internal = FOLDER / "_internal"
    names = [path.name for path in FOLDER.rglob("*")]

    assert (internal / "resources" / "icons" / "wksbm.png").is_file()
    assert (internal / "resources" / "wilayah" / "wilayah_kota_tangerang.csv").is_file()
    assert (internal / "resources" / "panduan" / "panduan.html").is_file()  # Bantuan > Panduan
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()  # embedded in PDFs
    assert "libQt6Pdf.so.6" in names or "Qt6Pdf.dll" in names  # the print preview
    migrations = internal / "wksbm_desktop" / "core" / "storage" / "migrations"
    assert (migrations / "script.py.mako").is_file()
    assert (migrations / "versions" / "0001_initial.py").is_file()
    assert not [name for name in names if any(part in name for part in UNWANTED_QT)]
    assert not [name for name in names if name.endswith(".qm") and not name.endswith("_id.qm")]
    assert not [name for name in names if name.startswith("libavif")]  # Pillow's unused codec
