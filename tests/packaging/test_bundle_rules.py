"""What the build leaves out, the Windows version resource, and the icon files."""

from __future__ import annotations

import ast
import struct
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
Loader = Callable[[str], ModuleType]


@pytest.fixture
def rules(packaging_module: Loader) -> ModuleType:
    return packaging_module("bundle_filter.py")


@pytest.mark.parametrize(
    ("dest", "unwanted"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6\\plugins\\imageformats\\qico.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/translations/qtbase_id.qm", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
        ("PySide6/opengl32sw.dll", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", False),
        ("resources/wilayah/wilayah_kota_tangerang.csv", False),
        ("resources/fonts/DejaVuSans.ttf", False),  # embedded in every printed PDF
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("stdnum/id/loc.dat", False),  # Indonesia's regions: core/domain/nik.py reads them
        ("stdnum/oui.dat", True),
        ("stdnum\\cn\\loc.dat", True),
        ("stdnum/numdb.py", False),
    ],
)
def test_unwanted_files(rules: ModuleType, dest: str, unwanted: bool) -> None:
    assert rules.is_unwanted(dest) is unwanted


def test_svg_plugins_stay_when_the_program_ships_svg(rules: ModuleType) -> None:
    assert not rules.is_unwanted("PySide6/Qt/plugins/imageformats/libqsvg.so", keep_svg=True)
    assert rules.is_unwanted("PySide6/Qt/plugins/imageformats/libqsvg.so", keep_svg=False)


def test_libraries_only_dropped_plugins_need_are_pruned(rules: ModuleType) -> None:
    toc = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libpng16.so.16", "/usr/lib/libpng16.so.16", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libpng16.so.16"],
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "/usr/lib/libgtk-3.so.0": ["libcairo.so.2", "libpng16.so.16"],
    }

    kept = rules.filter_binaries(toc, lambda source: links.get(source, []))

    assert [Path(dest).name for dest, _s, _k in kept] == [
        "QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libpng16.so.16",  # also needed by a kept library, so it stays
    ]


def test_symlinks_to_removed_files_are_dropped(rules: ModuleType) -> None:
    kept_lib = ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
        ("resources/icons/wksbm.png", "/src/wksbm.png", "DATA"),
    ]

    kept = rules.drop_dangling_symlinks(datas, [kept_lib, *datas])

    assert [dest for dest, _s, _k in kept] == ["libQt6Core.so.6", "resources/icons/wksbm.png"]


def test_qt_modules_the_program_names_are_never_excluded(rules: ModuleType) -> None:
    used = rules.qt_modules_named_in(ROOT / "wksbm_desktop")
    assert "QtPdf" in used  # the print preview renders the core's PDFs with QtPdf
    excluded = rules.excluded_qt_modules(used | {"QtSvg"})

    assert "PySide6.QtSvg" not in excluded
    assert "PySide6.QtWebEngineCore" in excluded
    assert "PySide6.QtCharts" not in excluded  # the dashboard's charts


def test_windows_version_resource(packaging_module: Loader) -> None:
    version_info = packaging_module("windows/version_info.py")

    text = version_info.version_file_text("1.2.3rc1")

    assert version_info.numeric_version("1.2.3rc1") == (1, 2, 3, 0)
    assert version_info.numeric_version("0.1") == (0, 1, 0, 0)
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3rc1')" in text
    ast.parse(text, mode="eval")  # PyInstaller evaluates this text


def test_icon_files_hold_every_size() -> None:
    icons = ROOT / "packaging" / "icons"
    data = (icons / "wksbm.ico").read_bytes()
    _reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}

    assert kind == 1
    assert {16, 32, 48, 64, 128, 256} <= sizes
    for size in (16, 32, 48, 64, 128, 256):
        assert (icons / f"wksbm-{size}.png").read_bytes().startswith(b"\x89PNG")
    assert (ROOT / "resources" / "icons" / "wksbm.png").read_bytes() == (
        icons / "wksbm-256.png"
    ).read_bytes()
