"""``--self-test``: prove an installed program starts, migrates a database and opens its window."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wksbm_desktop import __version__
from wksbm_desktop.i18n import t

_log = logging.getLogger(__name__)
SELF_TEST_KELURAHAN = "36.71.05.1008"
_QT_PLATFORM_ENV = "QT_QPA_PLATFORM"


class SelfTestCheckFailed(Exception):
    """A self-test check found something wrong; the message is in the UI language."""


@dataclass
class _Run:
    """What the steps share: the temporary folder, the database, the log file, a marker."""

    folder: Path
    marker: str = field(default_factory=lambda: f"self-test {uuid.uuid4().hex}")
    log_path: Path | None = None
    database: Any = None
    handlers: list[logging.Handler] = field(default_factory=list)

    @property
    def db_path(self) -> Path:
        return self.folder / "wksbm.db"


def run_self_test() -> int:
    """Run every check in a throw-away data folder; 0 when all pass, 1 with the reason if not."""
    run = _Run(Path(tempfile.mkdtemp(prefix="wksbm-selftest-")))
    with _isolated_environment(run), _own_log_handler(run):
        failure = _run_steps(run)
        if run.database is not None:
            run.database.dispose()
    if failure is not None:
        _say(failure, sys.stderr)
        return 1  # the folder is kept so its log can be read
    shutil.rmtree(run.folder, ignore_errors=True)
    _say(t("selftest.ok", version=__version__), sys.stdout)
    return 0


def _steps() -> list[tuple[str, Callable[[_Run], None]]]:
    return [
        ("logging", _step_logging),
        ("stdio", _step_stdio),
        ("database", _step_database),
        ("office", _step_office),
        ("resources", _step_resources),
        ("excel", _step_excel),
        ("security", _step_security),
        ("charts", _step_charts),
        ("window", _step_window),
        ("log_check", _step_log_check),
    ]


def _run_steps(run: _Run) -> str | None:
    """Run the steps in order; the first failure ends the run and is described."""
    for name, step in _steps():
        try:
            step(run)
        except Exception as error:
            _log.exception("self-test failed at step %s", name)
            return t(
                "selftest.failed",
                version=__version__,
                step=t(f"selftest.step.{name}"),
                detail=str(error) or type(error).__name__,
                log=str(run.log_path) if run.log_path else t("selftest.no_log"),
            )
    return None


def _step_stdio(run: _Run) -> None:
    """A frozen build must carry the runtime hook that replaces a missing console."""
    if getattr(sys, "frozen", False) and (sys.stdout is None or sys.stderr is None):
        raise SelfTestCheckFailed(t("selftest.check.stdio"))


def _step_logging(run: _Run) -> None:
    from wksbm_desktop.logs import setup_logging

    run.log_path = setup_logging()
    if run.log_path is None:
        raise SelfTestCheckFailed(t("selftest.check.log_unwritable", path=str(run.folder)))
    run.handlers = [h for h in logging.getLogger().handlers if getattr(h, "_wksbm", False)]
    _log.info(
        "%s: WKSBM Desktop %s, Python %s, frozen=%s, data folder %s",
        run.marker,
        __version__,
        sys.version.split()[0],
        bool(getattr(sys, "frozen", False)),
        run.folder,
    )


def _step_database(run: _Run) -> None:
    from wksbm_desktop.core.storage.db import HEAD_REVISION, open_database, read_revision

    run.database = open_database(run.db_path, operator="uji mandiri")
    found = read_revision(run.database.engine)
    if found != HEAD_REVISION:
        raise SelfTestCheckFailed(t("selftest.check.revision", found=found, expected=HEAD_REVISION))


def _step_office(run: _Run) -> None:
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import get_office, save_office

    with run.database.session() as session:
        save_office(session, OfficeInput(SELF_TEST_KELURAHAN, lurah_name="Uji Mandiri"))
    with run.database.read_session() as session:
        office = get_office(session)
        if office is None or office.kelurahan_code != SELF_TEST_KELURAHAN:
            raise SelfTestCheckFailed(t("selftest.check.office"))


def _step_resources(run: _Run) -> None:
    from wksbm_desktop.resources import resource_path

    icon = resource_path("icons", "wksbm.png")
    if not icon.is_file():
        raise SelfTestCheckFailed(t("selftest.check.resource_missing", path=str(icon)))


def _step_excel(run: _Run) -> None:
    """Workbooks, safe XML parsing and encryption rely on modules a build can leave out."""
    import msoffcrypto
    import openpyxl
    from msoffcrypto.format.ooxml import OOXMLFile
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise SelfTestCheckFailed(t("selftest.check.defusedxml"))
    plain, locked, opened = (run.folder / f"uji-{n}.xlsx" for n in ("a", "b", "c"))
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = run.marker
    workbook.save(plain)
    with plain.open("rb") as source, locked.open("wb") as out:
        OOXMLFile(source).encrypt("uji-mandiri", out)
    with locked.open("rb") as source, opened.open("wb") as out:
        office = msoffcrypto.OfficeFile(source)
        office.load_key(password="uji-mandiri")
        office.decrypt(out)
    if openpyxl.load_workbook(opened).active["A1"].value != run.marker:
        raise SelfTestCheckFailed(t("selftest.check.excel"))


def _step_security(run: _Run) -> None:
    """Argon2 (passwords) and X25519/AES-GCM (the city's sealed NIKs) are C extensions a frozen
    build could leave out: hash and check a password, seal and open a NIK."""
    from wksbm_desktop.core.domain import nik_seal
    from wksbm_desktop.core.services.accounts import hash_secret, secret_matches

    try:
        stored = hash_secret("uji-kata-sandi")
        keys = nik_seal.generate_key_pair()
        sealed = nik_seal.seal(keys.public_key, b"3671010101010001", b"uji")
        opened = nik_seal.unseal(keys.private_key, sealed, b"uji")
    except Exception as error:  # an ImportError or a missing shared library in the bundle
        raise SelfTestCheckFailed(t("selftest.check.security", error=str(error))) from error
    if not secret_matches(stored, "uji-kata-sandi") or opened != b"3671010101010001":
        raise SelfTestCheckFailed(t("selftest.check.security_mismatch"))


def _step_charts(run: _Run) -> None:
    """The dashboard needs Qt Charts; a build that left it out must fail here, not in use."""
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

    app = _application()
    bar_set = QBarSet("uji")
    bar_set.append([1.0, 2.0, 3.0])
    series = QBarSeries()
    series.append(bar_set)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(320, 240)
    view.show()
    app.processEvents()
    view.close()
    view.deleteLater()
    app.processEvents()


def _step_window(run: _Run) -> None:
    app = _application()
    with _closing_modal_dialogs():
        window = _create_main_window(run.db_path)
        window.show()
        for _ in range(3):
            app.processEvents()
    try:
        if not window.isVisible():
            raise SelfTestCheckFailed(t("selftest.check.window_hidden"))
    finally:
        # The window opened its own database; Windows cannot delete a folder with it still open.
        database: Any = getattr(window, "database", None)
        window.close()
        window.deleteLater()
        app.processEvents()
        if database is not None and hasattr(database, "dispose"):
            database.dispose()


def _create_main_window(db_path: Path) -> Any:
    """The application's own main window, over the self-test's database."""
    from wksbm_desktop.ui.main_window import create_main_window

    return create_main_window(str(db_path))


def _step_log_check(run: _Run) -> None:
    for handler in run.handlers:
        handler.flush()
    assert run.log_path is not None
    text = run.log_path.read_text(encoding="utf-8") if run.log_path.is_file() else ""
    if run.marker not in text:
        raise SelfTestCheckFailed(t("selftest.check.log_missing", path=str(run.log_path)))


_created_app: Any = None  # keeps a QApplication this module created alive until exit


def _application() -> Any:
    global _created_app
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    _created_app = QApplication([sys.argv[0] if sys.argv else "wksbm-desktop"])
    return _created_app


@contextmanager
def _closing_modal_dialogs() -> Iterator[None]:
    """A first-run or error dialog must not hang an unattended self-test: close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def close_modal() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            _log.warning("self-test closed a dialog: %s", widget.windowTitle())
            widget.close()

    timer = QTimer()
    timer.setInterval(500)
    timer.timeout.connect(close_modal)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


@contextmanager
def _isolated_environment(run: _Run) -> Iterator[None]:
    """Point the data folder and database at the temporary folder; headless Qt by default."""
    from wksbm_desktop.paths import ENV_DATA_DIR, ENV_DB

    wanted = {ENV_DATA_DIR: str(run.folder), ENV_DB: str(run.db_path)}
    if not os.environ.get(_QT_PLATFORM_ENV):
        wanted[_QT_PLATFORM_ENV] = "offscreen"
    saved = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _own_log_handler(run: _Run) -> Iterator[None]:
    """Log to the temporary folder only; the program's usual log handler is set aside."""
    root = logging.getLogger()
    usual = [h for h in root.handlers if getattr(h, "_wksbm", False)]
    for handler in usual:
        root.removeHandler(handler)
    try:
        yield
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_wksbm", False)]:
            root.removeHandler(handler)
            handler.close()  # Windows cannot delete a folder with an open log file
        for handler in usual:
            root.addHandler(handler)


def _say(text: str, stream: Any) -> None:
    """Write to a console stream when there is one (a windowed build may have none)."""
    if stream is not None:
        with suppress(OSError, ValueError):  # a closed or broken console must not matter
            print(text, file=stream)
