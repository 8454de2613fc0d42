"""The graphical application: command-line options, first-run setup, the main window."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wksbm_desktop import APP_NAME, __version__
from wksbm_desktop.i18n import LANGUAGES, t

if TYPE_CHECKING:
    from wksbm_desktop.ui.opening import DatabaseOpening
    from wksbm_desktop.ui.safety.controller import SafetyRun

_log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="wksbm-desktop", description=APP_NAME)
    parser.add_argument("--db", metavar="PATH")
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--screenshot", metavar="DIR")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--version", action="version", version=__version__)
    # Qt's own options (-style, -platform) pass through to QApplication.
    return parser.parse_known_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args, qt_args = parse_args(arguments)
    if args.self_test:
        return _run_self_test()
    from PySide6.QtWidgets import QApplication

    from wksbm_desktop.logs import setup_logging
    from wksbm_desktop.ui.language import apply_at_start

    apply_at_start(arguments)  # --lang, WKSBM_LANG or the saved choice, before any window

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from wksbm_desktop.ui.locale import install_indonesian

    # Calendars, numbers and Qt's own buttons and menus in Indonesian, before any window.
    install_indonesian(app)
    log_path = setup_logging()
    from wksbm_desktop.private_files import sweep_private_folders

    sweep_private_folders()  # plaintext left by a run that was killed mid-export
    if not args.screenshot:
        from wksbm_desktop.ui.safety import crash_dialog

        crash_dialog.install(log_path)
    return _run(args)


def _startup_target(explicit: str | None) -> str:
    """--db / WKSBM_DB, else the database server chosen in the settings, else the local file."""
    import os

    from wksbm_desktop.paths import ENV_DB, resolve_db_target

    if explicit or os.environ.get(ENV_DB):
        return resolve_db_target(explicit)  # no need to import the server settings
    from wksbm_desktop.ui.setup.server_dialog import startup_target

    return startup_target(explicit)


def _run(args: argparse.Namespace) -> int:
    target = _startup_target(args.db)
    if args.screenshot:
        return _open_and_show(args, target, None)
    from wksbm_desktop.ui.safety.startup import begin

    # One copy only, a safe location and a healthy file, all before the database is opened.
    outcome = begin(target)
    if outcome.run is None:
        return outcome.exit_code
    try:
        code = _open_and_show(args, target, outcome.run)
    except BaseException:
        outcome.run.finish(clean=False)
        raise
    outcome.run.finish(clean=True)
    return code


def _open_and_show(args: argparse.Namespace, target: str, run: SafetyRun | None) -> int:
    from wksbm_desktop.core.errors import WksbmError
    from wksbm_desktop.ui import dialogs_util
    from wksbm_desktop.ui.opening import DatabaseOpening

    try:
        if args.screenshot:
            from wksbm_desktop.core.storage.db import open_database

            opening = DatabaseOpening.open_now(open_database(target))
        else:
            # A current local file with an office shows before the data layer is imported.
            hold = run.write_hold if run is not None else None
            opening = DatabaseOpening.for_target(target, write_hold=hold)
    except WksbmError as error:
        _report(args, t("shell.cannot_open_db", message=error.message))
        return 1
    try:
        if args.screenshot:
            return _screenshots(opening.get(), Path(args.screenshot), target)
        return _run_window(opening, run)
    except WksbmError as error:
        dialogs_util.show_error(None, error.message)
        return 1
    finally:
        opening.dispose()


def _run_window(opening: DatabaseOpening, run: SafetyRun | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from wksbm_desktop.ui.main_window import MainWindow
    from wksbm_desktop.ui.settings import Settings

    # A quick start means the file has an office; otherwise ask for one first.
    if not opening.is_quick and not _office_ready(opening.get()):
        return 0
    settings = Settings()
    window = MainWindow(opening, settings)
    from wksbm_desktop.ui.accounts.gate import install_account_gate

    # Covered until someone signs in (or the first administrator is made): issue 17.
    install_account_gate(window, settings)
    if run is not None:
        run.attach(window)
    window.show()
    if run is not None:
        run.window_shown()  # the file's check, then the daily backup, in the background
    code = QApplication.instance().exec()  # type: ignore[union-attr]
    return run.exit_code if run is not None and run.exit_code else code


def _office_ready(database: object) -> bool:
    from wksbm_desktop.ui.setup.office_dialog import has_office, run_setup

    return has_office(database) or run_setup(database, None, first_run=True)  # type: ignore[arg-type]


def _screenshots(database: object, folder: Path, target: str) -> int:
    from wksbm_desktop.ui.screenshot import take_screenshots
    from wksbm_desktop.ui.setup.office_dialog import has_office

    if not has_office(database):  # type: ignore[arg-type]
        print(t("shell.screenshot_needs_office", path=target), file=sys.stderr)
        return 2
    for path in take_screenshots(database, folder):  # type: ignore[arg-type]
        print(path)
    return 0


def _report(args: argparse.Namespace, message: str) -> None:
    """Headless runs print; an operator at the desk gets a dialog."""
    if args.screenshot:
        print(message, file=sys.stderr)
        return
    from wksbm_desktop.ui import dialogs_util

    dialogs_util.show_error(None, message)


def _run_self_test() -> int:
    # Looked up through sys.modules so the test suite can substitute the self-test.
    selftest = importlib.import_module("wksbm_desktop.ui.selftest")
    return int(selftest.run_self_test())
