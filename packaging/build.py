"""Builds the one-folder program with PyInstaller, archives it and checks its size budgets.

Usage (from anywhere): ``python packaging/build.py [--clean] [--self-test] [--installer]``.
Output: ``dist/wksbm-desktop/`` (the program), ``dist/wksbm-desktop-<version>-<platform>.tar.xz``
(``.zip`` on Windows), ``dist/build-report.json``; with ``--installer`` also
``dist/wksbm-desktop-<version>-setup.exe``: Inno Setup 6 on Windows; on Linux its compiler from npm
under wine (``packaging/windows/install_tools.sh`` installs both and is run when they are missing).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = PACKAGING / "wksbm.spec"
ISS = PACKAGING / "windows" / "wksbm.iss"
# Linux: Inno Setup's compiler from npm (pinned in packaging/windows/package-lock.json), run by
# wine in a prefix of the build's own so a developer's ~/.wine is never touched.
INSTALL_TOOLS = PACKAGING / "windows" / "install_tools.sh"
NPM_ISCC = PACKAGING / "windows" / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
WINE_PREFIX = ROOT / "build" / "wine"
# Quiet and headless: no debug chatter, no offer to download Mono or Gecko into a new prefix.
WINE_SETTINGS = {"WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml="}
# A Linux-built installer wraps the Linux payload: it exists to be tested under wine and is never
# shipped, so it is packed fast (about 1 minute) instead of the release's lzma2/ultra64 (about 10).
LINUX_INSTALLER_COMPRESSION = "lzma2/fast"
APP_NAME = "wksbm-desktop"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.3"
MB = 1_000_000
# Budgets from the packaging issue: an office PC downloads and unpacks this over slow links.
MAX_FOLDER_BYTES = 200 * MB
MAX_ARCHIVE_BYTES = 70 * MB
IS_WINDOWS = sys.platform == "win32"


@dataclass(frozen=True)
class BuildReport:
    version: str
    platform: str
    folder: str
    folder_bytes: int
    file_count: int
    archive: str
    archive_bytes: int
    max_folder_bytes: int = MAX_FOLDER_BYTES
    max_archive_bytes: int = MAX_ARCHIVE_BYTES

    def problems(self) -> list[str]:
        """What is over budget, in words; empty when the build fits."""
        found = []
        if self.folder_bytes >= self.max_folder_bytes:
            found.append(
                f"one-folder build is {mb(self.folder_bytes)}, budget {mb(self.max_folder_bytes)}"
            )
        if self.archive_bytes >= self.max_archive_bytes:
            found.append(
                f"archive is {mb(self.archive_bytes)}, budget {mb(self.max_archive_bytes)}"
            )
        return found


def mb(size: int) -> str:
    return f"{size / MB:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    version = read_version()
    ensure_pyinstaller()
    ensure_icons()
    folder = run_pyinstaller(clean=args.clean, verbose=args.verbose)
    if not IS_WINDOWS:
        add_linux_files(folder)
    archive = make_archive(folder, archive_path(version))
    report = measure(folder, archive, version)
    (DIST / "build-report.json").write_text(json.dumps(asdict(report), indent=2) + "\n")
    print_report(report)
    if args.self_test:
        run_self_test(folder)
    if args.installer:
        print(f"Installer: {compile_installer(folder, version)}")
    problems = report.problems()
    if problems:
        print("\n*** BUILD OVER SIZE BUDGET ***", file=sys.stderr)
        for problem in problems:
            print(f"*** {problem}", file=sys.stderr)
        print("*** See packaging/README.md, 'Keeping the build small'.", file=sys.stderr)
        return 1
    return 0


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--self-test", action="store_true", help="run the built program's --self-test (headless)"
    )
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also compile the Inno Setup installer (on Linux with its compiler under wine)",
    )
    parser.add_argument("--verbose", action="store_true", help="show PyInstaller's full log")
    return parser.parse_args(argv)


def read_version() -> str:
    """The package's version (one source: wksbm_desktop.__version__)."""
    sys.path.insert(0, str(ROOT))
    from wksbm_desktop import __version__

    return __version__


def ensure_pyinstaller() -> None:
    """Install PyInstaller into this Python when it is missing (the ``build`` extra)."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print(f"PyInstaller is missing; installing {PYINSTALLER_REQUIREMENT}")
    _run([sys.executable, "-m", "pip", "install", PYINSTALLER_REQUIREMENT])


def ensure_icons() -> None:
    """Draw the icons if a checkout lacks them (they are normally committed)."""
    needed = [PACKAGING / "icons" / "wksbm.ico", ROOT / "resources" / "icons" / "wksbm.png"]
    if all(path.is_file() for path in needed):
        return
    _run([sys.executable, str(PACKAGING / "icons" / "make_icons.py")])


def run_pyinstaller(*, clean: bool, verbose: bool) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK)]
    command += ["--clean"] if clean else []
    command += [] if verbose else ["--log-level", "WARN"]
    _run([*command, str(SPEC)])
    folder = DIST / APP_NAME
    if not executable_path(folder).is_file():
        raise SystemExit(f"PyInstaller finished but {executable_path(folder)} is missing")
    return folder


def executable_path(folder: Path) -> Path:
    return folder / (APP_NAME + (".exe" if IS_WINDOWS else ""))


def add_linux_files(folder: Path) -> None:
    """The desktop entry, icon and per-user install script travel inside the tarball."""
    shutil.copy2(PACKAGING / "linux" / "wksbm-desktop.desktop", folder)
    shutil.copy2(PACKAGING / "linux" / "install.sh", folder)
    shutil.copy2(PACKAGING / "icons" / "wksbm-256.png", folder / "wksbm-desktop.png")


def platform_tag() -> str:
    machine = platform.machine().lower()
    if IS_WINDOWS:
        return "windows-x64" if machine in ("amd64", "x86_64") else f"windows-{machine}"
    return f"{sys.platform.rstrip('0123456789')}-{machine}"


def archive_path(version: str) -> Path:
    suffix = ".zip" if IS_WINDOWS else ".tar.xz"
    return DIST / f"{APP_NAME}-{version}-{platform_tag()}{suffix}"


def make_archive(folder: Path, target: Path) -> Path:
    """A .zip on Windows (Explorer opens it), a .tar.xz elsewhere (keeps modes and symlinks).

    xz (LZMA, as the Windows installer uses) rather than gzip: the Qt libraries compress a
    quarter smaller, 58 MB instead of 79 MB once PDF printing came in, for offices that download
    it over slow connections.
    """
    target.unlink(missing_ok=True)
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in sorted(folder.rglob("*")):
                archive.write(path, Path(folder.name) / path.relative_to(folder))
    else:
        with tarfile.open(target, "w:xz", preset=6) as archive:
            archive.add(folder, arcname=folder.name)
    return target


def folder_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files (symlinks count as themselves, not their targets)."""
    total = count = 0
    for directory, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(directory, name)).st_size
            count += 1
    return total, count


def measure(folder: Path, archive: Path, version: str) -> BuildReport:
    size, count = folder_size(folder)
    return BuildReport(
        version=version,
        platform=platform_tag(),
        folder=str(folder),
        folder_bytes=size,
        file_count=count,
        archive=str(archive),
        archive_bytes=archive.stat().st_size,
    )


def print_report(report: BuildReport) -> None:
    print(f"WKSBM Desktop {report.version} ({report.platform})")
    print(
        f"  one-folder build: {mb(report.folder_bytes)} in {report.file_count} files"
        f" (budget {mb(report.max_folder_bytes)})  {report.folder}"
    )
    print(
        f"  archive:          {mb(report.archive_bytes)}"
        f" (budget {mb(report.max_archive_bytes)})  {report.archive}"
    )


def run_self_test(folder: Path) -> None:
    """Start the built program with ``--self-test`` offscreen; any failure stops the build."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen"}
    command = [str(executable_path(folder)), "--self-test"]
    print("+ " + " ".join(command), flush=True)
    # subprocess waits for a windowed (GUI) Windows program too, and gets its exit code.
    result = subprocess.run(command, cwd=folder, env=env, check=False, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"the built program's self-test failed (exit code {result.returncode})")
    print("Self-test of the built program: OK")


def find_iscc() -> Path | None:
    """Inno Setup's compiler on Windows: the pinned npm one (CI), on PATH, or installed."""
    if NPM_ISCC.is_file():
        return NPM_ISCC
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return candidate
    return None


def wine_environment(prefix: Path = WINE_PREFIX) -> dict[str, str]:
    """The environment for running a Windows program under wine in ``prefix``."""
    return {**os.environ, **WINE_SETTINGS, "WINEPREFIX": str(prefix)}


def windows_path(path: Path) -> str:
    """``path`` as a wine program sees it: wine maps the Linux root to drive Z:."""
    if IS_WINDOWS:
        return str(path)
    return "Z:" + str(path.resolve()).replace("/", "\\")


def iscc_command() -> list[str] | None:
    """How to start the compiler here, or None when it (or wine) is not installed."""
    if IS_WINDOWS:
        iscc = find_iscc()
        return [str(iscc)] if iscc else None
    wine = shutil.which("wine")
    if wine is None or not NPM_ISCC.is_file():
        return None
    return [wine, str(NPM_ISCC)]


def ensure_iscc() -> list[str]:
    """The compiler's command; on Linux the tools script installs wine and ISCC when missing."""
    command = iscc_command()
    if command is None and not IS_WINDOWS:
        print("wine or Inno Setup's compiler is missing; running " + str(INSTALL_TOOLS))
        _run(["bash", str(INSTALL_TOOLS)])
        command = iscc_command()
    if command is None:
        if IS_WINDOWS:
            raise SystemExit(
                "Inno Setup 6 (ISCC.exe) not found; in packaging\\windows run: npm ci"
                " (or install Inno Setup 6: choco install innosetup)"
            )
        raise SystemExit(f"wine or {NPM_ISCC} still missing after {INSTALL_TOOLS}")
    return command


def installer_path(version: str, output_dir: Path = DIST) -> Path:
    return output_dir / f"{APP_NAME}-{version}-setup.exe"


def installer_arguments(folder: Path, version: str, output_dir: Path, app_exe: str) -> list[str]:
    """ISCC's defines for ``wksbm.iss`` (see the top of that file) and the script itself."""
    sys.path.insert(0, str(PACKAGING / "windows"))
    from version_info import numeric_version

    return [
        "/Q",  # only warnings and errors; the build prints the result itself
        f"/DAppVersion={version}",
        "/DAppVersionNumeric=" + ".".join(map(str, numeric_version(version))),
        f"/DSourceDir={windows_path(folder)}",
        f"/DOutputDir={windows_path(output_dir)}",
        f"/DIconFile={windows_path(PACKAGING / 'icons' / 'wksbm.ico')}",
        f"/DAppExe={app_exe}",
        *([] if IS_WINDOWS else [f"/DCompression={LINUX_INSTALLER_COMPRESSION}"]),
        windows_path(ISS),
    ]


def compile_installer(folder: Path, version: str, output_dir: Path = DIST) -> Path:
    """Compile ``wksbm.iss`` around the one-folder build ``folder``; returns the setup program."""
    command = ensure_iscc()
    target = installer_path(version, output_dir)
    target.unlink(missing_ok=True)
    arguments = installer_arguments(folder, version, output_dir, executable_path(folder).name)
    env = None if IS_WINDOWS else wine_environment()
    _run([*command, *arguments], env=env)
    if not target.is_file():
        raise SystemExit(f"the installer compiler finished but {target} is missing")
    return target


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    print("+ " + " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise SystemExit(f"command failed with exit code {result.returncode}: {command[0]}")


if __name__ == "__main__":
    sys.exit(main())
