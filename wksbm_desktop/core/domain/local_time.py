"""Local time for people: the database keeps UTC, workbooks show the office's clock and zone."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

# Indonesia's three zones (no daylight saving); other offsets are shown as UTC+hh:mm.
ZONE_NAMES = {7 * 60: "WIB", 8 * 60: "WITA", 9 * 60: "WIT"}
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


def local_offset() -> timedelta:
    """This computer's current offset from UTC."""
    return datetime.now().astimezone().utcoffset() or timedelta(0)


def offset_text(offset: timedelta) -> str:
    """ "+07:00", as ISO 8601 writes an offset."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def parse_offset(text: str | None) -> timedelta | None:
    """The offset of "+07:00"; None when ``text`` is not one."""
    match = _OFFSET.match((text or "").strip())
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes))
    return -offset if sign == "-" else offset


def zone_label(offset: timedelta) -> str:
    """ "WIB" for +07:00, "UTC+05:30" for an offset without an Indonesian name."""
    name = ZONE_NAMES.get(int(offset.total_seconds()) // 60)
    return name or f"UTC{offset_text(offset)}"
