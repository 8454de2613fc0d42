"""Opening a report's ``_nik`` sheet with the city's private key: member uuid → (NIK, No. KK).

The sheet comes from a file anyone could have made, so it is bounded before and while it is
read: its rows from the zip scan, the sealed text as it is joined, the plain text as it is
inflated, and the shape of every entry.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

from wksbm_desktop.core.domain.nik_seal import unseal
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.excel.reading.reader import check_container, iter_values, open_workbook
from wksbm_desktop.excel.report.sealed_nik import (
    CHUNK,
    META_SEALED,
    SEALED_SHEET,
    YES,
    sealed_context,
)

# A 100,000-member report seals to about 4.8 MB of text (150 cells); these leave ten times that.
MAX_SEALED_ROWS = 1_500  # chunks, header row not counted: 48 MB of text
MAX_SEALED_CHARS = MAX_SEALED_ROWS * CHUNK
# The inflated JSON, about 80 bytes a member: room for the 500,000 rows a Warga sheet may hold.
# Anyone can seal for the city (its key is public), so a sealed zlib bomb must stop here.
MAX_PLAIN_BYTES = 48 * 1024 * 1024
_MAX_ID = 64  # characters of a uuid, a NIK or a No. KK in an entry


def read_sealed_niks(
    path: Path, meta: dict[str, str], private_key: bytes
) -> dict[str, tuple[str, str]]:
    """The sealed NIK and No. KK of every Warga row, by member uuid; {} when the file carries
    none (``_meta`` nik_sealed is not "ya"). WksbmError when the sheet is missing, oversized,
    sealed for another key, changed, or moved from another file."""
    if meta.get(META_SEALED, "").strip().lower() != YES:
        return {}
    source = Path(path)
    packed = unseal(private_key, _sealed_text(source), sealed_context(meta))
    return _entries(_inflate(packed, source.name), source.name)


def _sealed_text(path: Path) -> str:
    container = check_container(path)
    part = next((sheet for sheet in container.sheets if sheet.name == SEALED_SHEET), None)
    if part is None:
        raise WksbmError("city_key.sealed.missing", name=path.name, sheet=SEALED_SHEET)
    if part.rows > MAX_SEALED_ROWS + 1:
        raise _too_big(path)
    chunks: list[str] = []
    size = 0
    with open_workbook(path) as workbook:
        sheet = workbook[SEALED_SHEET]
        for _number, values in iter_values(sheet, SEALED_SHEET, min_row=2):
            text = "" if not values or values[0] is None else str(values[0])
            size += len(text)
            if size > MAX_SEALED_CHARS or len(chunks) >= MAX_SEALED_ROWS:
                raise _too_big(path)
            chunks.append(text.strip())
    return "".join(chunks)


def _too_big(path: Path) -> WksbmError:
    return WksbmError(
        "city_key.sealed.too_big", name=path.name, sheet=SEALED_SHEET, max=MAX_SEALED_ROWS
    )


def _inflate(packed: bytes, name: str) -> bytes:
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(packed, MAX_PLAIN_BYTES)
    except zlib.error as error:
        raise WksbmError("city_key.sealed.bad_content", name=name) from error
    if inflater.unconsumed_tail or not inflater.eof:
        raise WksbmError("city_key.sealed.bad_content", name=name)
    return plain


def _entries(plain: bytes, name: str) -> dict[str, tuple[str, str]]:
    try:
        data: Any = json.loads(plain)
    except (ValueError, UnicodeDecodeError) as error:
        raise WksbmError("city_key.sealed.bad_content", name=name) from error
    if not isinstance(data, dict):
        raise WksbmError("city_key.sealed.bad_content", name=name)
    result: dict[str, tuple[str, str]] = {}
    for uuid, pair in data.items():
        if not _short_text(uuid) or not isinstance(pair, list) or len(pair) != 2:
            raise WksbmError("city_key.sealed.bad_content", name=name)
        nik, kk = pair
        if not _short_text(nik, empty=True) or not _short_text(kk, empty=True):
            raise WksbmError("city_key.sealed.bad_content", name=name)
        result[uuid] = (nik, kk)
    return result


def _short_text(value: object, empty: bool = False) -> bool:
    return isinstance(value, str) and (empty or bool(value)) and len(value) <= _MAX_ID
