"""The Windows installer under wine: a silent per-user install, an upgrade over it, an uninstall.

One fresh wine prefix for the module, checked in its file tree and registry after each step. The
payload is this platform's one-folder build (what is proven is the installer, not the program).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import _load, require_installer_tools

ROOT = Path(__file__).resolve().parent.parent.parent
APP_ID = "{21E0567A-C382-4B3D-ABA1-C8AA6C8A6471}"
# As wine's user.reg spells the key: every backslash doubled.
UNINSTALL_KEY = r"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" + APP_ID + "_is1"
NEXT_VERSION = "99.0.0"
# What the clerk's data folder holds; the installer must never touch it.
DATA_FILES = {
    "wksbm.db": b"SQLite format 3\x00 planted by the installer test",
    "cadangan/wksbm-20260101-0800.db": b"a backup",
    "log/wksbm.log": b"a log line\n",
}
SILENT = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]

pytestmark = pytest.mark.slow


class WinePrefix:
    """A throwaway Windows user profile; every program runs on its own virtual display."""

    def __init__(self, path: Path, build: ModuleType) -> None:
        self.path = path
        # A home of its own: wine links the profile's Desktop and Documents to the home's, and a
        # shortcut must never land on the real desktop of whoever runs the tests.
        home = path.parent / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = {**build.wine_environment(path), "HOME": str(home)}
        self.windows_path = build.windows_path

    def run(self, *arguments: str) -> int:
        # xvfb-run gives the display even a silent setup needs; `wineserver -w` waits for every
        # process of the prefix (an uninstaller hands over to a copy of itself) and for the
        # registry to be written to user.reg.
        script = 'wine "$@"; status=$?; wineserver -w; exit $status'
        result = subprocess.run(
            ["xvfb-run", "-a", "sh", "-c", script, "sh", *arguments],
            env=self.env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        return result.returncode

    @property
    def user_home(self) -> Path:
        users = [p for p in (self.path / "drive_c" / "users").iterdir() if p.name != "Public"]
        assert len(users) == 1, users
        return users[0]

    @property
    def program_dir(self) -> Path:
        return self.user_home / "AppData" / "Local" / "Programs" / "WKSBM Desktop"

    @property
    def data_dir(self) -> Path:
        return self.user_home / "AppData" / "Local" / "WKSBM Desktop"

    @property
    def start_menu(self) -> Path:
        return self.user_home / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"

    def registry(self, hive: str) -> str:
        return (self.path / hive).read_text(encoding="utf-8", errors="replace")


@dataclass(frozen=True)
class Snapshot:
    """What one step left in the prefix."""

    exit_code: int
    log: str
    program_files: set[str]
    start_menu: set[str]
    desktop: set[str]
    data: dict[str, bytes]
    uninstall_key: dict[str, str] | None
    machine_registry_has_app: bool
    program_files_x86_or_64: bool


def registry_key(user_reg: str, key: str) -> dict[str, str] | None:
    """The string values of one key of a wine ``.reg`` file, or None when it is absent."""
    pattern = r"^\[" + re.escape(key) + r"\][^\n]*\n(.*?)(?:\n\n|\Z)"
    match = re.search(pattern, user_reg, re.S | re.M)
    if match is None:
        return None
    return dict(re.findall(r'^"([^"]+)"="((?:[^"\\]|\\.)*)"', match.group(1), re.M))


def snapshot(wine: WinePrefix, exit_code: int, log: Path | None = None) -> Snapshot:
    program = wine.program_dir
    public_desktop = wine.path / "drive_c" / "users" / "Public" / "Desktop"
    desktops = [wine.user_home / "Desktop", public_desktop]
    drive_c = wine.path / "drive_c"
    return Snapshot(
        exit_code=exit_code,
        log=log.read_text(encoding="utf-8-sig", errors="replace") if log else "",
        program_files=(
            {p.relative_to(program).as_posix() for p in program.rglob("*") if p.is_file()}
            if program.is_dir()
            else set()
        ),
        start_menu={p.name for p in wine.start_menu.rglob("*WKSBM*")},
        desktop={p.name for d in desktops if d.is_dir() for p in d.glob("*WKSBM*")},
        data={
            name: (wine.data_dir / name).read_bytes()
            for name in DATA_FILES
            if (wine.data_dir / name).is_file()
        },
        uninstall_key=registry_key(wine.registry("user.reg"), UNINSTALL_KEY),
        machine_registry_has_app=APP_ID in wine.registry("system.reg"),
        program_files_x86_or_64=any(
            (drive_c / folder / "WKSBM Desktop").exists()
            for folder in ("Program Files", "Program Files (x86)")
        ),
    )


def payload_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def build_module() -> ModuleType:
    return _load("build.py")


@pytest.fixture(scope="module")
def setup_exe(request: pytest.FixtureRequest) -> Path:
    """The setup program ``python packaging/build.py --installer`` made (skip without wine)."""
    require_installer_tools()  # before the long build, so a developer's run skips at once
    built = request.getfixturevalue("built_program")
    assert built["installer"], "the session build ran without --installer"
    return Path(str(built["installer"]))


@pytest.fixture(scope="module")
def version(setup_exe: Path) -> str:
    return setup_exe.name.removeprefix("wksbm-desktop-").removesuffix("-setup.exe")


@pytest.fixture(scope="module")
def payload(setup_exe: Path) -> Path:
    return ROOT / "dist" / "wksbm-desktop"


@pytest.fixture(scope="module")
def wine(
    setup_exe: Path, build_module: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> WinePrefix:
    """A fresh prefix that reports Windows 10 (the installer's minimum), with a data folder."""
    prefix = WinePrefix(tmp_path_factory.mktemp("wine") / "prefix", build_module)
    windows_10 = ["reg", "add", "HKCU\\Software\\Wine", "/v", "Version", "/d", "win10", "/f"]
    assert prefix.run(*windows_10) == 0
    for name, content in DATA_FILES.items():
        path = prefix.data_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return prefix


@pytest.fixture(scope="module")
def installed(
    wine: WinePrefix, setup_exe: Path, tmp_path_factory: pytest.TempPathFactory
) -> Snapshot:
    log = tmp_path_factory.mktemp("logs") / "install.log"
    code = wine.run(
        wine.windows_path(setup_exe), *SILENT, "/CURRENTUSER", "/LOG=" + wine.windows_path(log)
    )
    return snapshot(wine, code, log)


@pytest.fixture(scope="module")
def next_setup_exe(
    payload: Path, build_module: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The next version's installer: the same build plus a file only it has."""
    folder = tmp_path_factory.mktemp("next") / "wksbm-desktop"
    shutil.copytree(payload, folder, symlinks=True)
    (folder / "_internal" / "next-version.txt").write_text(NEXT_VERSION)
    return build_module.compile_installer(folder, NEXT_VERSION, folder.parent)


@pytest.fixture(scope="module")
def upgraded(
    installed: Snapshot,
    wine: WinePrefix,
    next_setup_exe: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Snapshot:
    # A file the old version had and the new one has not: the upgrade must not leave it behind.
    (wine.program_dir / "_internal" / "old-version-only.txt").write_text("old")
    log = tmp_path_factory.mktemp("logs") / "upgrade.log"
    code = wine.run(
        wine.windows_path(next_setup_exe), *SILENT, "/CURRENTUSER", "/LOG=" + wine.windows_path(log)
    )
    return snapshot(wine, code, log)


@pytest.fixture(scope="module")
def uninstalled(upgraded: Snapshot, wine: WinePrefix) -> Snapshot:
    uninstaller = wine.program_dir / "unins000.exe"
    assert uninstaller.is_file()
    code = wine.run(wine.windows_path(uninstaller), *SILENT)
    return snapshot(wine, code)


def test_silent_install_puts_the_program_under_local_app_data_programs(
    installed: Snapshot, payload: Path
) -> None:
    assert installed.exit_code == 0, installed.log
    assert payload_files(payload) <= installed.program_files
    assert "_internal/resources/icons/wksbm.png" in installed.program_files
    assert {"unins000.exe", "unins000.dat"} <= installed.program_files


def test_install_needs_no_administrator(installed: Snapshot) -> None:
    assert "Administrative install mode: No" in installed.log
    assert "Install mode root key: HKEY_CURRENT_USER" in installed.log
    assert not installed.machine_registry_has_app
    assert not installed.program_files_x86_or_64


def test_install_adds_a_start_menu_entry_and_no_desktop_icon(installed: Snapshot) -> None:
    assert installed.start_menu == {"WKSBM Desktop.lnk"}
    assert installed.desktop == set()  # the desktop icon is an unchecked option


def test_install_registers_the_uninstaller_for_the_current_user(
    installed: Snapshot, version: str
) -> None:
    key = installed.uninstall_key

    assert key is not None
    assert key["DisplayName"] == "WKSBM Desktop"
    assert key["DisplayVersion"] == version
    assert key["Inno Setup: Language"] == "id"  # Indonesian unless the user picks English
    assert key["InstallLocation"].endswith("\\\\AppData\\\\Local\\\\Programs\\\\WKSBM Desktop\\\\")
    assert "unins000.exe" in key["UninstallString"]


def test_install_leaves_the_data_folder_alone(installed: Snapshot) -> None:
    assert installed.data == DATA_FILES


def test_next_version_replaces_the_program_in_place(upgraded: Snapshot) -> None:
    assert upgraded.exit_code == 0, upgraded.log
    assert "_internal/next-version.txt" in upgraded.program_files
    assert "_internal/old-version-only.txt" not in upgraded.program_files
    assert upgraded.uninstall_key is not None
    assert upgraded.uninstall_key["DisplayVersion"] == NEXT_VERSION
    assert upgraded.start_menu == {"WKSBM Desktop.lnk"}


def test_next_version_keeps_the_data_folder(upgraded: Snapshot) -> None:
    assert upgraded.data == DATA_FILES


def test_uninstall_removes_the_program_and_its_shortcuts(uninstalled: Snapshot) -> None:
    assert uninstalled.exit_code == 0
    assert uninstalled.program_files == set()
    assert uninstalled.start_menu == set()
    assert uninstalled.uninstall_key is None


def test_uninstall_leaves_the_data_folder(uninstalled: Snapshot) -> None:
    assert uninstalled.data == DATA_FILES
