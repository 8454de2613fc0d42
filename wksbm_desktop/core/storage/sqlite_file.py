"""A read-only SQLite connection and SQLite's own health verdict; imports nothing of ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# SQLite reports a damaged file as DatabaseError, but when its message or a row quotes the
# damaged bytes Python's sqlite3 raises UnicodeDecodeError instead. Every read of a file that may
# be damaged catches both.
UNREADABLE = (sqlite3.DatabaseError, UnicodeDecodeError)


def unreadable_detail(error: BaseException) -> str:
    """SQLite's complaint as text, even when it quoted bytes that are not UTF-8."""
    if isinstance(error, UnicodeDecodeError):
        return bytes(error.object).decode("utf-8", "replace")
    return str(error)


def read_only_uri(path: Path) -> str:
    """A SQLite URI that opens ``path`` read-only, whatever characters its folders hold.

    ``file:{path}`` would read ``#`` as a fragment, ``?`` as the query and ``%`` as an escape,
    opening (or creating) some other file: ``Path.as_uri()`` escapes them all.
    """
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def connect_read_only(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that can never write to ``path`` (nor create it)."""
    return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=check_same_thread)


def integrity_problem(path: Path, quick: bool = False) -> str | None:
    """None when SQLite finds the file healthy, else its first complaint."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = connect_read_only(path)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except UNREADABLE as error:
        return unreadable_detail(error)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:5])
