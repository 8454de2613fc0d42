"""Ticking attendance from a signed sheet: the sheet's order and "1-5, 7, 9" number lists."""

from __future__ import annotations

import re
from typing import Any

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Member

# The one order of a group's members on the printed daftar hadir and in the attendance
# checklist, so that number 7 on paper is number 7 on screen.
SHEET_ORDER: tuple[Any, ...] = (Member.full_name, Member.id)

_SEPARATORS = re.compile(r"[,;\s]+")
_RANGE = re.compile(r"^(\d+)\s*[-–]\s*(\d+)$")
_DASHES = re.compile(r"\s*[-–]\s*")


class NumberListError(WksbmError):
    """A number list the operator typed cannot be read; the message says which part."""


def parse_numbers(text: str, count: int) -> list[int]:
    """The sheet numbers in ``text`` ("1-5, 7; 9"), sorted and without repeats.

    Raises :class:`NumberListError` naming the first unreadable part, or every number that is
    not on a sheet of ``count`` rows.
    """
    parts = _parts(text)
    spans = [_span(part) for part in parts]
    outside = [
        p for p, (first, last) in zip(parts, spans, strict=True) if first < 1 or last > count
    ]
    if outside:
        shown = ", ".join(outside[:10])
        raise NumberListError("attendance_numbers.out_of_range", numbers=shown, count=count)
    return sorted({n for first, last in spans for n in range(first, last + 1)})


def _parts(text: str) -> list[str]:
    # "1 - 5" is one range: close up the spaces around dashes before splitting on spaces.
    joined = _DASHES.sub("-", text.strip())
    return [p for p in _SEPARATORS.split(joined) if p]


def _span(part: str) -> tuple[int, int]:
    if part.isdigit():
        return int(part), int(part)
    match = _RANGE.match(part)
    if match is None:
        raise NumberListError("attendance_numbers.bad_part", part=part)
    first, last = int(match.group(1)), int(match.group(2))
    if first > last:
        raise NumberListError("attendance_numbers.reversed", part=part)
    return first, last
