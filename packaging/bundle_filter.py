"""What the one-folder build leaves out: unused Qt plugins, libraries, languages and data."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

TocEntry = tuple[str, str, str]  # (path in the bundle, source, type) as PyInstaller lists files
ImportsOf = Callable[[str], Iterable[str]]  # a binary's source path -> names of libraries it links

# Python modules of Qt the program never uses; excluded unless the program's source names them.
UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    # Qt Charts links Qt's OpenGL libraries (kept) but never imports their Python bindings.
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

# Plugin folders where only some plugins are kept (names without "lib", "q" and extension).
KEEP_ONLY = {
    "platforms": {"offscreen", "xcb", "windows", "cocoa"},
    "imageformats": {"ico", "jpeg"},  # PNG support is built into QtGui
    "platforminputcontexts": {"compose"},  # dead keys on Linux; ibus would need D-Bus
}
# Plugin folders left out entirely: other windowing systems, desktop themes, network.
DROP_PLUGIN_DIRS = {
    "egldeviceintegrations", "generic", "networkinformation", "platformthemes", "tls",
    "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-graphics-integration-server", "wayland-shell-integration",
}  # fmt: skip
# Libraries needed only by the plugins left out above, or by software OpenGL on Windows.
DROP_LIBRARY_PREFIXES = (
    "libQt6Wayland",
    "libQt6Wl",
    "libQt6EglFs",
    "libQt6EglFS",
    "Qt6Wayland",
    "opengl32sw",
)
KEEP_TRANSLATION_SUFFIXES = ("_id.qm",)  # Indonesian only: the interface is Indonesian
# python-stdnum's data tables: the program reads Indonesia's region table only (core/domain/
# nik.py, ``numdb.get("id/loc")``); the others (network vendors, mobile operators, Chinese and
# Austrian places...) are 2.3 MB nothing opens.
KEEP_STDNUM_DATA = ("stdnum", "id")


def excluded_qt_modules(used: Iterable[str]) -> list[str]:
    """``PySide6.<module>`` names to exclude, never one the program imports."""
    used_set = set(used)
    return [f"PySide6.{name}" for name in UNUSED_QT_MODULES if name not in used_set]


def qt_modules_named_in(source_root: Path) -> set[str]:
    """Qt module names mentioned anywhere in the program's source (mentioned means kept)."""
    pattern = re.compile(r"\b(Qt\w+)\b")
    found: set[str] = set()
    for path in source_root.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8", errors="replace")))
    return found & set(UNUSED_QT_MODULES)


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` -> ``xcb`` / ``windows``."""
    stem = file_name.split(".", 1)[0]
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


def is_unwanted(dest: str, *, keep_svg: bool = False) -> bool:
    """Whether a collected file (its path inside the bundle) is left out of the build."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    if path.suffix == ".qm" and "translations" in parts:
        return not path.name.endswith(KEEP_TRANSLATION_SUFFIXES)
    if parts[:1] == ("stdnum",) and path.suffix == ".dat":
        return parts[:2] != KEEP_STDNUM_DATA
    if "plugins" in parts[:-2]:
        category = parts[parts.index("plugins") + 1]
        return _is_unwanted_plugin(category, plugin_name(path.name), keep_svg=keep_svg)
    return path.name.startswith(DROP_LIBRARY_PREFIXES)


def _is_unwanted_plugin(category: str, name: str, *, keep_svg: bool) -> bool:
    if category in DROP_PLUGIN_DIRS:
        return True
    if category == "iconengines":
        return not keep_svg
    if category in KEEP_ONLY:
        svg = {"svg"} if keep_svg and category == "imageformats" else set()
        return name not in KEEP_ONLY[category] | svg
    return False


def filter_toc(toc: Iterable[TocEntry], *, keep_svg: bool = False) -> list[TocEntry]:
    """The PyInstaller TOC entries (dest, source, type) that stay in the build."""
    return [entry for entry in toc if not is_unwanted(entry[0], keep_svg=keep_svg)]


def filter_binaries(
    toc: Iterable[TocEntry], imports_of: ImportsOf, *, keep_svg: bool = False
) -> list[TocEntry]:
    """Leave out unwanted binaries and the libraries only they needed (GTK, QML, Wayland...).

    A library goes only if a dropped plugin reaches it and no kept binary does, so nothing a
    kept file links against is ever removed.
    """
    entries = list(toc)
    kept = filter_toc(entries, keep_svg=keep_svg)
    dropped = [entry for entry in entries if entry not in kept]
    links = _link_graph(entries, imports_of)
    candidates = _reachable([_base(e[0]) for e in dropped], links)
    roots = [_base(e[0]) for e in kept if _base(e[0]) not in candidates]
    orphans = candidates - _reachable(roots, links)
    return [e for e in kept if _base(e[0]) not in orphans and _base(e[1]) not in orphans]


def drop_dangling_symlinks(toc: Iterable[TocEntry], kept: Iterable[TocEntry]) -> list[TocEntry]:
    """Leave out symlinks (PyInstaller lists them with the data) whose target was left out."""
    present = {_norm(dest) for dest, _source, _kind in kept}
    return [e for e in toc if e[2] != "SYMLINK" or _norm(_target(e)) in present]


def _target(entry: TocEntry) -> str:
    return str(PurePosixPath(_norm(entry[0])).parent / _norm(entry[1]))


def _norm(path: str) -> str:
    return str(PurePosixPath(path.replace("\\", "/")))


def _base(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def _link_graph(entries: list[TocEntry], imports_of: ImportsOf) -> dict[str, set[str]]:
    """File name -> names of the bundled libraries it links (a symlink links its target)."""
    names = {_base(dest) for dest, _source, _kind in entries}
    graph: dict[str, set[str]] = {}
    for dest, source, kind in entries:
        if kind == "SYMLINK":
            linked = {_base(source)}
        elif kind in ("BINARY", "EXTENSION", "EXECUTABLE"):
            linked = {_base(name) for name in imports_of(source)}
        else:
            linked = set()
        graph.setdefault(_base(dest), set()).update(linked & names)
    return graph


def _reachable(start: Iterable[str], links: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    pending = list(start)
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(links.get(name, ()))
    return seen
