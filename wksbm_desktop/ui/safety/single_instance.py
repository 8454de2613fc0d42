"""One running copy per data folder: a QLockFile, plus a local socket to bring the first forward."""

from __future__ import annotations

import getpass
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_log = logging.getLogger(__name__)
LOCK_FILE_NAME = "wksbm-desktop.lock"
RAISE_MESSAGE = b"tampilkan\n"
_CONNECT_TIMEOUT_MS = 1000


def lock_path_for(db_path: Path | None, data_folder: Path) -> Path:
    """The lock sits next to the database file (or in the data folder for a server database)."""
    folder = db_path.parent if db_path is not None else data_folder
    return folder / LOCK_FILE_NAME


def server_name_for(lock_path: Path) -> str:
    """A per-user, per-folder name: two users or two folders never answer each other."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some service accounts; the path still separates
        user = ""
    digest = hashlib.sha256(f"{user}|{lock_path.resolve()}".encode()).hexdigest()[:20]
    return f"wksbm-desktop-{digest}"


class SingleInstance(QObject):
    """``acquire()`` takes the lock and listens; a later copy calls ``ask_first_to_show()``."""

    def __init__(self, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_path = lock_path
        self.server_name = server_name_for(lock_path)
        self._lock = QLockFile(str(lock_path))
        # Never stale by age (a session may last all day); a killed holder's PID is detected.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._on_request: Callable[[], None] | None = None

    def acquire(self) -> bool:
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        # tryLock() itself takes over a lock whose process is gone (a killed copy). Never call
        # removeStaleLockFile() here: it deletes the lock even while its holder still runs.
        if not self._lock.tryLock(0):
            _log.info("lock %s held (error %s)", self.lock_path, self._lock.error())
            return False
        self._listen()
        return True

    def _listen(self) -> None:
        server = QLocalServer(self)
        # A socket file left by a killed copy would block listen(); we hold the lock, so it is ours.
        QLocalServer.removeServer(self.server_name)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            _log.warning("single-instance server could not listen: %s", server.errorString())
            return
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def on_request(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` (raise the window) when a second copy asks."""
        self._on_request = callback

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if RAISE_MESSAGE.strip() in data and self._on_request is not None:
            self._on_request()
        socket.disconnectFromServer()

    def ask_first_to_show(self) -> bool:
        """From the refused copy: ask the running one to bring its window forward."""
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE_MESSAGE)
        sent = socket.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def bring_forward(window: object) -> None:
    """Show, un-minimise and activate a window (the OS may only flash it in the task bar)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if not isinstance(window, QWidget):
        return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
