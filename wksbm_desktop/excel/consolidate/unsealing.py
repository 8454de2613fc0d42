"""The file route at the city opens each report's sealed ``_nik`` sheet, as receiving does.

A default report shows masked NIKs and carries the full ones sealed for Dinas Sosial
(docs/data-safety.md). The city installation holds the key, so a city workbook built from
files finds NIK ganda across kelurahan as one built from the city database does; elsewhere, or
when a report's seal does not open, its NIKs stay masked and the report says so.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services.city_key import city_private_key, installed_key_id
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.reading.reader import CellProblem
from wksbm_desktop.excel.reading.report_reader import ReportReader, ReportRow
from wksbm_desktop.excel.reading.sealed_nik import read_sealed_niks
from wksbm_desktop.excel.report.sealed_nik import META_KEY_ID, META_SEALED, YES

_log = logging.getLogger(__name__)
# Where a report names a resident, and by which column: (NIK column, No. KK column, uuid).
_IDENTIFIED = {"members": ("nik", "kk", "uuid"), "memberships": ("nik", "", "member_uuid")}


@dataclass(frozen=True)
class CityKey:
    """The city's private key and the id reports name it by (``_meta`` nik_key_id)."""

    private_key: bytes = field(repr=False)
    key_id: str

    def opens(self, meta: Mapping[str, str]) -> bool:
        """Whether a report's NIKs are sealed for this key (its seal is checked on opening)."""
        sealed = meta.get(META_SEALED, "").strip().lower() == YES
        return sealed and meta.get(META_KEY_ID, "").strip() == self.key_id


def city_key_of(database: Database | None) -> CityKey | None:
    """The key of a city installation; None at a kelurahan, without a database, or before the
    city made its key. A damaged key is treated as none: the reports then stay masked."""
    if database is None:
        return None
    try:
        with database.read_session() as session:
            private_key, key_id = city_private_key(session), installed_key_id(session)
    except WksbmError:
        _log.warning("the city key cannot be read; reports stay masked", exc_info=True)
        return None
    return CityKey(private_key, key_id) if private_key and key_id else None


def unsealed_niks(key: CityKey, path: Path, meta: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """member uuid → (NIK, No. KK); raises WksbmError when the seal is changed or foreign."""
    return read_sealed_niks(path, dict(meta), key.private_key)


class UnsealedRows:
    """A report's rows with the full NIK (and No. KK) of each resident put back."""

    def __init__(self, reader: ReportReader, niks: dict[str, tuple[str, str]]) -> None:
        self._reader = reader
        self._niks = niks
        # The reader's own list (it is only ever appended to and cleared, never replaced).
        self.problems: list[CellProblem] = reader.problems

    def has_sheet(self, key: str) -> bool:
        return self._reader.has_sheet(key)

    def rows(self, key: str) -> Iterator[ReportRow]:
        rows = self._reader.rows(key)
        columns = _IDENTIFIED.get(key)
        if columns is None:
            yield from rows
            return
        nik_column, kk_column, uuid_column = columns
        for row in rows:
            found = self._niks.get(str(row.values.get(uuid_column) or ""))
            if found is not None:
                nik, kk = found
                if nik:
                    row.values[nik_column] = nik
                if kk_column and kk:
                    row.values[kk_column] = kk
            yield row
