"""The very hidden ``_nik`` sheet: every Warga row's NIK and No. KK, sealed for Dinas Sosial.

The visible sheets of the default report keep NIK and No. KK masked; this sheet carries them
whole for the one reader that holds the city's private key (core/domain/nik_seal.py), so the
city can find NIK ganda without anyone else being able to read a NIK from the file.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.nik_seal import seal
from wksbm_desktop.excel.report.schema import FORMAT_NAME
from wksbm_desktop.excel.writing.xlsx_out import Book

SEALED_SHEET = "_nik"
SEALED_HEADER = "nik_tersegel"  # A1; the sealed text follows in A2, A3...
# Excel holds at most 32,767 characters in a cell; a round number below it.
CHUNK = 32_000
# Meta keys: whether this file carries the sheet, and for which city key.
META_SEALED = "nik_sealed"
META_KEY_ID = "nik_key_id"
YES, NO = "ya", "tidak"
_MEMBERS = "members"


def sealed_context(meta: Mapping[str, object]) -> bytes:
    """What binds a seal to its file: the format, the kelurahan and the generated-at stamp of
    ``_meta`` (a seal copied into another report does not open there)."""
    code = str(meta.get("kelurahan_code") or "").strip()
    stamp = str(meta.get("generated_at") or "").strip()
    return f"{FORMAT_NAME}|{code}|{stamp}".encode()


@dataclass
class NikSeal:
    """Collects the NIK and No. KK of the Warga rows as they stream, then writes ``_nik``.

    ``public_key`` None: nothing is collected or written (no key installed, or a full-NIK
    export, which never carries the sheet).
    """

    public_key: bytes | None = None
    key_id: str = ""
    _ids: dict[str, list[str]] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.public_key is not None

    def watch(self, key: str, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """The rows of one data sheet, unchanged; a Warga row's NIK and No. KK are kept."""
        if not self.active or key != _MEMBERS:
            return rows
        return self._collect(rows)

    def _collect(self, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        ids = self._ids
        for row in rows:
            ids[str(row["uuid"])] = [str(row.get("nik") or ""), str(row.get("kk") or "")]
            yield row

    def finish(self, book: Book, meta: Mapping[str, object]) -> dict[str, str]:
        """Write the sheet (when active); the ``_meta`` values that say what the file carries."""
        if self.public_key is None:
            return {META_SEALED: NO, META_KEY_ID: ""}
        plain = json.dumps(self._ids, separators=(",", ":")).encode("ascii")
        self._ids = {}
        write_sealed_sheet(
            book, seal(self.public_key, zlib.compress(plain, 9), sealed_context(meta))
        )
        return {META_SEALED: YES, META_KEY_ID: self.key_id}


def seal_for_export(session: Session, full_nik: bool) -> NikSeal:
    """The seal of a report: active for a masked report on an installation with a city key."""
    from wksbm_desktop.core.services.city_key import installed_key

    key = None if full_nik else installed_key(session)
    if key is None:
        return NikSeal()
    return NikSeal(key[0], key[1])


def write_sealed_sheet(book: Book, sealed: str) -> None:
    """The very hidden sheet (not even listed by Excel's Unhide): header, then the chunks."""
    sheet = book.add_sheet(SEALED_SHEET)
    sheet.ws.very_hidden()
    sheet.append([SEALED_HEADER])
    for start in range(0, len(sealed), CHUNK):
        sheet.append([sealed[start : start + CHUNK]])
