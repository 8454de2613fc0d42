"""The database of a window that shows before the data layer is imported, opened on first use.

Start-up shows the window and the first page of the Anggota list through plain ``sqlite3``
(core/storage/quick_read.py); SQLAlchemy, the models and the queries are imported right after the
first paint (``MainWindow`` asks for ``get()``), or at once when anything needs them earlier.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database, WriteHold
    from wksbm_desktop.core.storage.quick_read import QuickReader


class DatabaseOpening:
    """A database that is either open, or about to be: ``get()`` opens it when needed."""

    def __init__(
        self,
        target: str,
        database: Database | None = None,
        quick: QuickReader | None = None,
        write_hold: WriteHold | None = None,
    ) -> None:
        self.target = target
        self._database = database
        self.quick = quick if database is None else None
        self.write_hold = write_hold
        self._is_city: bool | None = None

    @classmethod
    def open_now(cls, database: Database) -> DatabaseOpening:
        return cls(database.target, database)

    @classmethod
    def for_target(cls, target: str | Path, write_hold: WriteHold | None = None) -> DatabaseOpening:
        """A quick start for a current local file; otherwise the database is opened right here."""
        from wksbm_desktop.core.storage.db import is_url

        quick = None
        if not is_url(target):
            from wksbm_desktop.core.storage.quick_read import QuickReader

            quick = QuickReader.open(Path(target).expanduser().resolve())
        opening = cls(str(target), quick=quick, write_hold=write_hold)
        if quick is None:
            opening.get()
        return opening

    @property
    def label(self) -> str:
        """Where the database is, for people to read (a server URL without its password)."""
        return self._database.label if self._database is not None else self.target

    @property
    def is_quick(self) -> bool:
        """Not open yet: the first page is read directly (the file is current, with an office)."""
        return self.quick is not None

    @property
    def is_city(self) -> bool:
        """Dinas Sosial's city installation (asked once: an office never changes kind)."""
        if self._is_city is None:
            if self._database is None and self.quick is not None:
                self._is_city = self.quick.is_city()
            else:
                from wksbm_desktop.core.services.city import is_city

                with self.get().read_session() as session:
                    self._is_city = is_city(session)
        return self._is_city

    @property
    def is_open(self) -> bool:
        return self._database is not None

    def get(self) -> Database:
        """The open database; the first call imports the data layer and opens it."""
        if self._database is None:
            from wksbm_desktop.core.storage.db import open_database

            self._database = open_database(self.target, write_hold=self.write_hold)
            if self.quick is not None:
                self.quick.close()
                self.quick = None
        return self._database

    def dispose(self) -> None:
        if self.quick is not None:
            self.quick.close()
            self.quick = None
        if self._database is not None:
            self._database.dispose()
