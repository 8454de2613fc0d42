"""User interface settings, each declared once with its default, kept in the data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from wksbm_desktop import paths

SETTINGS_FILE_NAME = "wksbm-desktop.ini"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
CURRENT_TAB = Setting("window/current_tab", 0)
LANGUAGE = Setting("ui/language", "id")  # the interface language, applied at the next start


def splitter_state(name: str) -> Setting:
    return Setting(f"splitters/{name}", QByteArray())


def header_state(name: str) -> Setting:
    """Column widths and order of one table (QHeaderView.saveState)."""
    return Setting(f"tables/{name}", QByteArray())


class Settings:
    """A typed wrapper over QSettings in INI format; tests get a file in their own folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.data_dir() / SETTINGS_FILE_NAME
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._store.value(setting.key, setting.default)
        if isinstance(setting.default, QByteArray) and not isinstance(value, QByteArray):
            return QByteArray()
        if isinstance(setting.default, int) and not isinstance(setting.default, bool):
            # INI values come back as text (a list where it had commas): a damaged or
            # hand-edited value falls back to the default.
            if not isinstance(value, str | bytes | int | float):
                return setting.default
            try:
                return int(value)
            except ValueError:
                return setting.default
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
