"""Dinas Sosial → Server database: pick a PostgreSQL server, test it, open it next start."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.storage import server
from wksbm_desktop.core.storage.server import ConnectionReport
from wksbm_desktop.i18n import t
from wksbm_desktop.paths import ENV_DB, default_db_path, resolve_db_target
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.settings import Setting, Settings

_log = logging.getLogger(__name__)

# The URL without its password; the password, when remembered, is in core.server's pgpass file.
SERVER_URL = Setting("database/server_url", "")
USE_SERVER = Setting("database/use_server", False)

# Tests replace this; the real one connects (at most CONNECT_TIMEOUT_S seconds).
connection_tester = server.test_connection


class ServerDialog(QDialog):
    """Host, port, database, user, password; "Uji koneksi" must succeed before it is used."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(t("server.dialog.title"))
        self.settings = settings
        self.report: ConnectionReport | None = None
        self._build()
        self.load(str(settings.get(SERVER_URL) or ""))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(t("server.dialog.intro"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host, self.database, self.user = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(t("server.dialog.remember"), self)
        for key, widget in (("host", self.host), ("port", self.port),
                            ("database", self.database), ("user", self.user),
                            ("password", self.password)):  # fmt: skip
            widget.setObjectName(f"server_{key}")
            form.addRow(t(f"server.dialog.{key}"), widget)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.test_button = QPushButton(t("server.dialog.test"), self)
        self.test_button.clicked.connect(self._on_test)
        layout.addWidget(self.test_button)
        self.result_label = QLabel("", self)
        self.result_label.setObjectName("serverResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self._build_buttons(layout)
        for field in (self.host, self.database, self.user, self.password):
            field.textChanged.connect(self._on_changed)
        self.port.valueChanged.connect(self._on_changed)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        role = QDialogButtonBox.ButtonRole
        self.use_button = buttons.addButton(t("server.dialog.use_server"), role.AcceptRole)
        self.local_button = buttons.addButton(t("server.dialog.use_local"), role.ResetRole)
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self._on_use_server)
        self.local_button.clicked.connect(self._on_use_local)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def load(self, url: str) -> None:
        parsed = make_url(url) if url else None
        self.host.setText(parsed.host or "" if parsed else "")
        self.port.setValue(parsed.port or server.DEFAULT_PORT if parsed else server.DEFAULT_PORT)
        self.database.setText(parsed.database or "" if parsed else "wksbm")
        self.user.setText(parsed.username or "" if parsed else "")
        self.password.clear()

    def values(self) -> dict[str, object]:
        return {"host": self.host.text().strip(), "port": self.port.value(),
                "database": self.database.text().strip(), "user": self.user.text().strip(),
                "password": self.password.text()}  # fmt: skip

    def url(self, with_password: bool = True) -> str:
        values = self.values()
        if not with_password:
            values["password"] = ""
        return server.server_url(**values)  # type: ignore[arg-type]

    def _missing(self) -> str | None:
        for key in ("host", "database", "user"):
            if not self.values()[key]:
                return t("server.dialog.missing", label=t(f"server.dialog.{key}"))
        return None

    def _on_changed(self) -> None:
        self.report = None
        self.use_button.setEnabled(False)

    def _on_test(self) -> None:
        missing = self._missing()
        if missing:
            self.result_label.setText(missing)
            return
        self.result_label.setText(t("server.dialog.testing"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = connection_tester(self.url())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.result_label.setText(self.report.message)
        self.use_button.setEnabled(self.report.ok)

    def _on_use_server(self) -> None:
        if self.report is None or not self.report.ok:
            self.result_label.setText(t("server.dialog.must_test"))
            return
        if self.remember.isChecked() and self.password.text():
            try:
                server.remember_password(self.url(), self.password.text())
            except WksbmError as error:
                self.result_label.setText(error.message)
                return
        self.settings.set(SERVER_URL, self.url(with_password=False))
        self.settings.set(USE_SERVER, True)
        self.settings.sync()
        dialogs_util.show_info(self, t("server.dialog.saved"))
        self.accept()

    def _on_use_local(self) -> None:
        self.settings.set(USE_SERVER, False)
        self.settings.sync()
        dialogs_util.show_info(self, t("server.dialog.saved_local"))
        self.accept()


def startup_target(explicit: str | None, settings: Settings | None = None) -> str:
    """--db or WKSBM_DB first; else the chosen server when it answers; else the local file.

    An unreachable server does not stop the program: the operator is told what to check and
    works on the local file meanwhile.
    """
    import os

    if explicit or os.environ.get(ENV_DB):
        return resolve_db_target(explicit)
    chosen = settings if settings is not None else Settings()
    url = str(chosen.get(SERVER_URL) or "")
    if not url or str(chosen.get(USE_SERVER)).lower() not in ("true", "1"):
        return str(default_db_path())
    server.use_pgpass()
    report = connection_tester(url)
    if report.ok:
        return url
    _log.warning("database server unreachable at start-up: %s", report.status)
    dialogs_util.show_error(None, t("server.startup.unreachable", detail=report.message))
    return str(default_db_path())
