"""The activity a daftar hadir names in its title block ("Kegiatan : ...", "Hari/Tanggal : ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

# "Kegiatan", "Nama Kegiatan", "Acara" → the activity's name; "Hari/Tanggal", "Tanggal" → its
# date; "Kelompok" → its group. The label may share a cell with its value or stand alone.
_LABELS = (
    ("activity_title", re.compile(r"^(nama kegiatan|kegiatan|acara|judul kegiatan)\b")),
    (
        "activity_date",
        re.compile(r"^(hari\s*/?\s*,?\s*tanggal|hari tgl|tanggal kegiatan|tanggal|tgl)\b"),
    ),
    ("group", re.compile(r"^(nama kelompok|kelompok|lembaga)\b")),
)
_WEEKDAY = re.compile(r"^(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*", re.I)


def _cell_text(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else " ".join(str(value).split())


def _label_and_value(values: Sequence[Any]) -> tuple[str, str] | None:
    texts = [_cell_text(v) for v in values if _cell_text(v)]
    if not texts:
        return None
    line = " ".join(texts)
    lower = line.lower()
    for key, pattern in _LABELS:
        match = pattern.match(lower)
        if match is None:
            continue
        value = line[match.end() :].strip().lstrip(":").strip()
        if key == "activity_date":
            value = _WEEKDAY.sub("", value)
        return (key, value) if value else None
    return None


def activity_of(rows: Sequence[tuple[int, tuple[Any, ...]]]) -> dict[str, str]:
    """The activity name, date and group written above a table, when both name and date are."""
    found: dict[str, str] = {}
    for _number, values in rows:
        pair = _label_and_value(values)
        if pair is not None and pair[0] not in found:
            found[pair[0]] = pair[1]
    return found if {"activity_title", "activity_date"} <= found.keys() else {}
