"""Record the SQL the application runs and replay it with bare sqlite3: the floor to compare."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Statement = tuple[str, Any]


class SqlRecorder:
    """Listens on an engine; ``recording()`` collects every statement run inside the block."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.statements: list[Statement] = []
        self._active = False
        event.listen(engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, _conn, _cursor, statement, parameters, _context, executemany) -> None:  # type: ignore[no-untyped-def]
        if self._active and not executemany:
            self.statements.append((statement, parameters))

    @contextmanager
    def recording(self) -> Iterator[list[Statement]]:
        self.statements = []
        self._active = True
        try:
            yield self.statements
        finally:
            self._active = False


class PlainSql:
    """A bare sqlite3 connection to the same file (the best plain way to run the same SQL)."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path)

    def replay(self, statements: list[Statement]) -> float:
        """Milliseconds to execute and fetch every statement, in order."""
        started = time.perf_counter()
        for statement, parameters in statements:
            self.connection.execute(statement, parameters or ()).fetchall()
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        self.connection.close()
