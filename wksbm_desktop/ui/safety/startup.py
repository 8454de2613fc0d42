"""Before the database opens: one copy only, a safe location, a healthy file (or a restored one)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wksbm_desktop.core.storage.db import WriteHold, is_url
from wksbm_desktop.core.storage.health import (
    check_location,
    check_on_open,
    mark_running,
    was_unclean,
)
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import data_dir
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.safety.single_instance import SingleInstance, lock_path_for

if TYPE_CHECKING:
    from wksbm_desktop.ui.safety.controller import SafetyRun

_log = logging.getLogger(__name__)
EXIT_REFUSED = 1
EXIT_ALREADY_RUNNING = 0


@dataclass(frozen=True)
class StartupOutcome:
    """Either a run to continue with, or the exit code to stop with."""

    run: SafetyRun | None = None
    exit_code: int = 0

    @property
    def may_open(self) -> bool:
        return self.run is not None


def begin(target: str) -> StartupOutcome:
    """Everything that must happen before ``open_database``; dialogs explain every refusal."""
    db_path = None if is_url(target) else Path(target).expanduser().resolve()
    instance = SingleInstance(lock_path_for(db_path, data_dir()))
    if not instance.acquire():
        _log.info("another copy already runs on %s; asking it to come forward", instance.lock_path)
        instance.ask_first_to_show()
        dialogs_util.show_info(None, t("ui_safety.instance.refused"), t("ui_safety.instance.title"))
        return StartupOutcome(exit_code=EXIT_ALREADY_RUNNING)
    from wksbm_desktop.ui.safety.controller import SafetyRun

    if db_path is None:
        return StartupOutcome(SafetyRun(None, instance))
    if not _location_allowed(db_path) or not _creation_agreed(db_path):
        instance.release()
        return StartupOutcome(exit_code=EXIT_REFUSED)
    if may_check_later(db_path):
        # Checked in the background once the window shows; writes wait until it has passed.
        mark_running(db_path)
        return StartupOutcome(SafetyRun(db_path, instance, write_hold=WriteHold()))
    notice = _check_file(db_path)
    if notice is None:
        instance.release()
        return StartupOutcome(exit_code=EXIT_REFUSED)
    mark_running(db_path)
    return StartupOutcome(SafetyRun(db_path, instance, notice))


def may_check_later(db_path: Path) -> bool:
    """The last run ended cleanly and the file opens without writing a byte.

    That is: no unclean-exit marker (that case gets the full integrity_check first, as a WAL
    left behind may be checkpointed into the file on opening), a current schema revision in
    WAL mode (no upgrade, no journal switch) and an office (no first-run setup to save).
    """
    from wksbm_desktop.core.storage.quick_read import QuickReader

    if was_unclean(db_path):
        return False
    reader = QuickReader.open(db_path)
    if reader is None:
        return False
    reader.close()
    return True


def _location_allowed(db_path: Path) -> bool:
    location = check_location(db_path)
    if location.refused:
        dialogs_util.show_error(None, location.refusal, t("ui_safety.startup.refused_title"))
        return False
    for warning in location.warnings:
        dialogs_util.show_error(None, warning, t("ui_safety.startup.warning_title"))
    return True


def _creation_agreed(db_path: Path) -> bool:
    """Only the operator creates a database: no file there is a first run, or a wrong path."""
    from wksbm_desktop.core.storage.db_file import FileKind, inspect_file

    if inspect_file(db_path).kind not in (FileKind.MISSING, FileKind.EMPTY):
        return True
    question = t("storage.ui.create_question", path=str(db_path))
    return dialogs_util.ask_confirmation(None, question, t("storage.ui.create_title"))


def _check_file(db_path: Path) -> str | None:
    """None when the file must not be opened; otherwise a note for the status bar (maybe "")."""
    report = check_on_open(db_path)
    if report.ok:
        return t("ui_safety.startup.unclean") if report.full_check else ""
    _log.error("database failed its start-up check: %s", report.detail)
    from wksbm_desktop.ui.safety.restore_dialog import recover

    return "" if recover(report) else None
