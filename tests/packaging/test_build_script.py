"""The build script's own logic: size budgets, archives, measuring (no PyInstaller run)."""

from __future__ import annotations

import os
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

Loader = Callable[[str], ModuleType]


@pytest.fixture
def build(packaging_module: Loader) -> ModuleType:
    return packaging_module("build.py")


def _report(build: ModuleType, folder_mb: float, archive_mb: float) -> object:
    return build.BuildReport(
        version="0.1.0",
        platform="linux-x86_64",
        folder="dist/wksbm-desktop",
        folder_bytes=int(folder_mb * build.MB),
        file_count=10,
        archive="dist/x.tar.xz",
        archive_bytes=int(archive_mb * build.MB),
    )


def test_budgets_pass_and_fail_loudly(build: ModuleType) -> None:
    assert _report(build, 150, 60).problems() == []

    problems = _report(build, 201, 71).problems()

    assert problems == [
        "one-folder build is 201.0 MB, budget 200.0 MB",
        "archive is 71.0 MB, budget 70.0 MB",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_tarball_keeps_the_folder_name_and_symlinks(build: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "wksbm-desktop"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libQt6Core.so.6").write_bytes(b"x" * 1000)
    os.symlink("_internal/libQt6Core.so.6", folder / "libQt6Core.so.6")

    archive = build.make_archive(folder, tmp_path / "out.tar.xz")

    with tarfile.open(archive) as opened:
        members = {member.name: member for member in opened.getmembers()}
    assert members["wksbm-desktop/libQt6Core.so.6"].issym()
    assert members["wksbm-desktop/_internal/libQt6Core.so.6"].size == 1000
    size, count = build.folder_size(folder)
    assert count == 2
    assert 1000 < size < 1100  # the link counts as itself, not as a second copy


def test_zip_holds_the_folder(build: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "wksbm-desktop"
    folder.mkdir()
    (folder / "wksbm-desktop.exe").write_bytes(b"MZ")

    archive = build.make_archive(folder, tmp_path / "out.zip")

    assert zipfile.ZipFile(archive).namelist() == ["wksbm-desktop/wksbm-desktop.exe"]
