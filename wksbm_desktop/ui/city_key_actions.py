"""The Dinas Sosial key in the menus: a kelurahan installs it, the city saves it for kelurahan."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util

if TYPE_CHECKING:
    from wksbm_desktop.core.domain.nik_seal import CityKey
    from wksbm_desktop.ui.main_window import MainWindow

# The file dialogs' helpers (ui/excel/common.py) are imported when an action is chosen, not
# while the window is built.

INSTALL = "installCityKeyAction"
EXPORT = "exportCityKeyAction"
DEFAULT_FILE_NAME = "kunci-dinas-sosial.wksbmkey"


def install_city_key_actions(window: MainWindow) -> dict[str, QAction]:
    """Berkas → Pasang kunci Dinas Sosial… (kelurahan) and, in the Dinas Sosial menu,
    Simpan kunci untuk kelurahan… (city); ``show_for`` picks which one a window shows."""
    install = QAction(t("city_key.action.install"), window)
    install.setObjectName(INSTALL)
    install.triggered.connect(lambda _checked=False: install_key(window))
    install.setVisible(False)  # until the window knows the office (show_for)
    window.add_file_action(install, "settings")
    export = QAction(t("city_key.action.export"), window)
    export.setObjectName(EXPORT)
    export.triggered.connect(lambda _checked=False: export_key(window))
    _add_above_server_settings(window.city_menu, export)
    return {INSTALL: install, EXPORT: export}


def _add_above_server_settings(menu: QMenu, action: QAction) -> None:
    """Last of the Dinas Sosial tools: above the separator that sets the server apart."""
    present = menu.actions()
    server = next((i for i, a in enumerate(present) if a.objectName() == "serverSettings"), None)
    if server is None:
        menu.addAction(action)
        return
    before = server - 1 if server > 0 and present[server - 1].isSeparator() else server
    menu.insertAction(present[before], action)


def show_for(actions: dict[str, QAction], city: bool, kelurahan: bool) -> None:
    """The install action on a kelurahan installation only (the export one sits in the city
    menu, which the window shows on a city installation only)."""
    actions[INSTALL].setVisible(kelurahan and not city)


def install_key(window: MainWindow) -> str | None:
    """Choose the key file, show its key_id, install it once confirmed; the key_id or None."""
    from wksbm_desktop.core.domain.nik_seal import parse_key_file, read_key_file
    from wksbm_desktop.ui.excel import common

    chosen = dialogs_util.get_open_path(
        window, t("city_key.open_title"), str(common.start_folder(window.settings)),
        t("city_key.file_filter"),
    )  # fmt: skip
    if not chosen:
        return None
    try:
        content = read_key_file(Path(chosen))
        key = parse_key_file(content)
    except WksbmError as error:
        dialogs_util.show_error(window, error.message)
        return None
    if not dialogs_util.ask_confirmation(window, _question(key, _installed_id(window))):
        return None
    # The same bytes that were shown: a file changed meanwhile cannot slip in.
    return _install(window, content, Path(chosen))


def _question(key: CityKey, current: str) -> str:
    from wksbm_desktop.core.domain.nik_seal import created_local_text

    text = t(
        "city_key.confirm_install",
        key_id=key.key_id,
        issuer=key.issuer or "-",
        created=created_local_text(key.created_at) or "-",
    )
    if current and current != key.key_id:
        text += "\n\n" + t("city_key.confirm_replace", old=current)
    return text


def _installed_id(window: MainWindow) -> str:
    from wksbm_desktop.core.services.city_key import installed_key_id

    with window.database.read_session() as session:
        return installed_key_id(session)


def _install(window: MainWindow, content: bytes, path: Path) -> str | None:
    from wksbm_desktop.ui.excel import common
    from wksbm_desktop.ui.operations.city_key import install_city_key

    try:
        key_id = install_city_key(window, window.database, content)
    except WksbmError as error:
        dialogs_util.show_error(window, error.message)
        return None
    common.remember_folder(window.settings, path)
    dialogs_util.show_info(window, t("city_key.installed_info", key_id=key_id))
    return key_id


def export_key(window: MainWindow) -> Path | None:
    """Save the key file for the kelurahan (the key is made on first use); the file or None."""
    from wksbm_desktop.core.domain.nik_seal import key_file_target
    from wksbm_desktop.ui.excel import common
    from wksbm_desktop.ui.operations.city_key import save_city_key_file

    start = common.start_folder(window.settings) / DEFAULT_FILE_NAME
    chosen = dialogs_util.get_save_path(
        window, t("city_key.save_title"), str(start), t("city_key.file_filter")
    )
    if not chosen:
        return None
    target = key_file_target(Path(chosen))
    try:
        data = save_city_key_file(window, window.database, target)
    except WksbmError as error:
        dialogs_util.show_error(window, error.message)
        return None
    common.remember_folder(window.settings, target)
    dialogs_util.show_info(
        window, t("city_key.exported_info", name=target.name, key_id=data["key_id"])
    )
    return target
