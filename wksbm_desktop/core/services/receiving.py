"""Receiving a kelurahan report into the city database (docs/city.md, "Receiving a report").

The excel layer reads a workbook into an :class:`IncomingReport` of plain values; this module
decides whether it lands (a file already received changes nothing, an older report than the
newest one received is refused) and records every file, received or refused, with its receipt.
One call = one file = the caller's one transaction.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.incoming_report import (
    RECEIVED,
    REFUSED,
    UNCHANGED,
    IncomingReport,
    Receipt,
)
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import CityKelurahan, ReceivedReport
from wksbm_desktop.core.services import audit
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.core.services.city import is_city
from wksbm_desktop.core.services.ownership import acting_for_kelurahan
from wksbm_desktop.core.services.receiving_apply import ReportApplier
from wksbm_desktop.i18n import t

CHECKSUM_INDEX = "uq_received_reports_checksum"
WIB = timedelta(hours=7)  # stamps are stored in UTC and shown in Kota Tangerang's time


def require_city(session: Session) -> None:
    if not is_city(session):
        raise WksbmError("receiving.not_city")


def lock_kelurahan(session: Session, code: str) -> CityKelurahan | None:
    """Take the kelurahan's row for this transaction: a second receive of the same kelurahan
    waits here until the first commits, then sees what it wrote.

    PostgreSQL locks the row (SELECT ... FOR UPDATE). SQLite ignores FOR UPDATE, so its
    database-wide write lock is taken first, by a write, before anything is read: a reader
    that upgraded later could be working from a snapshot another writer has already changed.
    """
    if session.get_bind().dialect.name == "sqlite":
        stamp = CityKelurahan.last_generated_at
        session.execute(
            update(CityKelurahan).where(CityKelurahan.code == code).values(last_generated_at=stamp)
        )
        return session.get(CityKelurahan, code)
    query = select(CityKelurahan).where(CityKelurahan.code == code).with_for_update()
    return session.scalars(query).first()


@requires(Permission.RECEIVE)
def receive_report(session: Session, report: IncomingReport) -> Receipt:
    """Land ``report`` for its kelurahan, or refuse it; the receipt says what happened."""
    kelurahan = lock_kelurahan(session, report.kelurahan_code)
    require_city(session)
    receipt = _new_receipt(report, RECEIVED, kelurahan)
    if kelurahan is None:
        return refuse(session, report, receipt, t("receiving.refused.unknown_kelurahan",
                                                  code=report.kelurahan_code or "-"))  # fmt: skip
    if report.generated_at is None:
        return refuse(session, report, receipt, t("receiving.refused.no_generated_at"))
    earlier = _received_with_checksum(session, report.checksum)
    if earlier is not None:
        return unchanged(receipt, earlier)
    newer = _newer_received(session, kelurahan, report)
    if newer is not None:
        return refuse(session, report, receipt, _older_message(report, newer))
    with acting_for_kelurahan(session):  # the city's copy changes as the kelurahan said
        ReportApplier(session, report, receipt).apply()
    kelurahan.last_generated_at = report.generated_at
    receipt.message = t("receiving.received", kelurahan=receipt.kelurahan_name)
    _record(session, report, receipt)
    session.flush()  # the checksum index speaks now, inside the caller's error handling
    return receipt


def refuse(session: Session, report: IncomingReport, receipt: Receipt, message: str) -> Receipt:
    """Record a refused file; nothing of its content is kept."""
    receipt.status, receipt.message = REFUSED, message
    _record(session, report, receipt)
    return receipt


@requires(Permission.RECEIVE)
def record_unreadable(session: Session, report: IncomingReport, message: str) -> Receipt:
    """A file refused before it could be read (broken, hostile, not a report): recorded too."""
    receipt = _new_receipt(report, REFUSED, None)
    receipt.message = message
    _record(session, report, receipt)
    return receipt


def already_received(session: Session, report: IncomingReport) -> Receipt:
    """The receipt of a file another officer received at the same moment (the checksum index
    refused the second copy): unchanged, like any file received twice."""
    earlier = _received_with_checksum(session, report.checksum)
    receipt = _new_receipt(report, UNCHANGED, session.get(CityKelurahan, report.kelurahan_code))
    if earlier is None:  # cannot happen after the index refused it; said plainly all the same
        receipt.message = t("receiving.unchanged_now")
        return receipt
    return unchanged(receipt, earlier)


def is_duplicate_receipt(error: BaseException) -> bool:
    """Whether ``error`` is the checksum index refusing a second copy of a received file."""
    if not isinstance(error, IntegrityError):
        return False
    text = str(error.orig)
    return CHECKSUM_INDEX in text or "received_reports.checksum" in text


def unchanged(receipt: Receipt, earlier: ReceivedReport) -> Receipt:
    receipt.status = UNCHANGED
    receipt.message = t("receiving.unchanged", when=local_text(earlier.received_at),
                        who=earlier.received_by or "-", name=earlier.file_name)  # fmt: skip
    return receipt


def local_text(stamp: datetime | None) -> str:
    """A stored UTC stamp as the officers read it (WIB)."""
    return (stamp + WIB).strftime("%d-%m-%Y %H:%M") if stamp is not None else "-"


def _new_receipt(report: IncomingReport, status: str, kelurahan: CityKelurahan | None) -> Receipt:
    receipt = Receipt(
        file_name=report.file_name, kelurahan_code=report.kelurahan_code, status=status,
        kelurahan_name=kelurahan.name if kelurahan else report.kelurahan_name,
        period_from=report.period_from, period_to=report.period_to,
        generated_at=report.generated_at,
    )  # fmt: skip
    for refusal in report.refused:  # rows the reader could not read
        receipt.refuse_row(refusal)
    return receipt


def _received_with_checksum(session: Session, checksum: str) -> ReceivedReport | None:
    if not checksum:
        return None
    query = select(ReceivedReport).where(
        ReceivedReport.checksum == checksum, ReceivedReport.status == RECEIVED
    )
    return session.scalars(query).first()


def _newer_received(
    session: Session, kelurahan: CityKelurahan, report: IncomingReport
) -> ReceivedReport | None:
    """The newest report received from this kelurahan when it is newer than ``report``."""
    last = kelurahan.last_generated_at
    if last is None or report.generated_at is None or report.generated_at >= last:
        return None
    query = (
        select(ReceivedReport)
        .where(ReceivedReport.kelurahan_code == kelurahan.code, ReceivedReport.status == RECEIVED)
        .order_by(ReceivedReport.generated_at.desc(), ReceivedReport.id.desc())
    )
    # The stamp is only ever set together with the received row of its file (receive_report).
    return session.scalars(query).first()


def _older_message(report: IncomingReport, newer: ReceivedReport) -> str:
    return t(
        "receiving.refused.older",
        name=report.file_name,
        generated=local_text(report.generated_at),
        newer=newer.file_name,
        newer_generated=local_text(newer.generated_at),
    )


def _record(session: Session, report: IncomingReport, receipt: Receipt) -> None:
    """The ``received_reports`` row of the file and one audit entry with its counts."""
    lines = [{"kind": "refused", **refusal.as_dict()} for refusal in receipt.refusals]
    lines += [{"kind": "note", "reason": line} for line in receipt.lines]
    row = ReceivedReport(
        kelurahan_code=report.kelurahan_code[:13],
        file_name=report.file_name[:255], checksum=report.checksum,
        generated_at=report.generated_at, period_from=report.period_from,
        period_to=report.period_to, whole_data=report.whole_data,
        status=REFUSED if receipt.status == REFUSED else RECEIVED,
        counts=json.dumps(receipt.counts), receipt=json.dumps(lines, ensure_ascii=False),
        message=receipt.message, received_by=audit.operator_of(session),
    )  # fmt: skip
    session.add(row)
    session.flush()
    totals = {kind: receipt.total(kind) for kind in receipt.counts}
    changes = {"file": report.file_name, "kelurahan": report.kelurahan_code, **totals}
    audit.record(session, "received_report", row.uuid, receipt.status, changes)
