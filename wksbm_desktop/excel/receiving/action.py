"""Receiving report files into the city database: one file, one transaction, one receipt."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from wksbm_desktop.core.domain.incoming_report import IncomingReport, Receipt
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.services import receiving
from wksbm_desktop.core.services.access import PermissionRefused, requires
from wksbm_desktop.core.services.bulk import larger_page_cache
from wksbm_desktop.core.services.city_key import city_private_key
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.reading.sealed_nik import read_sealed_niks
from wksbm_desktop.excel.receiving.reader import file_checksum, read_incoming
from wksbm_desktop.i18n import t

_log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # files done, files in all, the next file's name
CancelCheck = Callable[[], bool]


def require_city_database(database: Database) -> None:
    """Refuse before reading any file when this is a kelurahan's database."""
    with database.read_session() as session:
        receiving.require_city(session)


@requires(Permission.RECEIVE)
def receive_files(
    database: Database,
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[Receipt]:
    """Receive each file in its own transaction, in the order given; a refused file does not stop
    the others. Cancelling stops before the next file (the ones done stay received)."""
    require_city_database(database)
    receipts = []
    for index, raw in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        path = Path(raw)
        if progress is not None:
            progress(index, len(paths), path.name)
        receipts.append(receive_file(database, path))
    if progress is not None:
        progress(len(receipts), len(paths), "")
    return receipts


def receive_file(database: Database, path: Path) -> Receipt:
    checksum = _checksum(path)
    try:
        incoming = read_incoming(path, checksum)
        incoming.unsealed_niks = _unsealed_niks(database, path, incoming)
    except WksbmError as error:
        return _record_unreadable(database, path, checksum, error.message)
    try:
        with database.session() as session, larger_page_cache(session):
            return receiving.receive_report(session, incoming)
    except Exception as error:
        if receiving.is_duplicate_receipt(error):
            with database.read_session() as session:
                return receiving.already_received(session, incoming)
        if isinstance(error, PermissionRefused) or (
            isinstance(error, WksbmError) and error.key == "receiving.not_city"
        ):
            raise
        _log.exception("receiving %s failed", path.name)
        message = error.message if isinstance(error, WksbmError) else t(
            "receiving.refused.unexpected", name=path.name)  # fmt: skip
        return _record_unreadable(database, path, checksum, message, incoming)


def _checksum(path: Path) -> str:
    try:
        return file_checksum(path)
    except OSError:
        return ""  # the reader says plainly what is wrong with the path


def _unsealed_niks(
    database: Database, path: Path, incoming: IncomingReport
) -> dict[str, tuple[str, str]]:
    """member uuid → (NIK, No. KK) from the report's sealed NIK sheet, opened with the city's key
    (docs/data-safety.md); nothing when the report carries none or this city has no key yet.

    A WksbmError it raises (sheet changed, sealed for another key...) refuses the file with its
    message (receive_file).
    """
    with database.read_session() as session:
        key = city_private_key(session)
    return read_sealed_niks(path, incoming.meta, key) if key else {}


def _record_unreadable(
    database: Database,
    path: Path,
    checksum: str,
    message: str,
    incoming: IncomingReport | None = None,
) -> Receipt:
    """Record a file refused whole; its content is not kept (the failed transaction is gone)."""
    report = incoming or IncomingReport(file_name=path.name, checksum=checksum, kelurahan_code="")
    if incoming is not None:
        report = IncomingReport(
            file_name=incoming.file_name, checksum=incoming.checksum,
            kelurahan_code=incoming.kelurahan_code, kelurahan_name=incoming.kelurahan_name,
            period_from=incoming.period_from, period_to=incoming.period_to,
            generated_at=incoming.generated_at,
        )  # fmt: skip
    with database.session() as session:
        return receiving.record_unreadable(session, report, message)


def statuses(receipts: Iterable[Receipt]) -> dict[str, int]:
    counted = {receiving.RECEIVED: 0, receiving.UNCHANGED: 0, receiving.REFUSED: 0}
    for receipt in receipts:
        counted[receipt.status] += 1
    return counted
