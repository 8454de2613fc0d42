"""Operations on a group's aid (Bantuan): the proposal and decision, disbursements, LPJ;
archive and restore of each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.programme_inputs import AidInput, AidReportInput, DisbursementInput
from wksbm_desktop.core.services import aid, aid_reports, disbursements
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.operations import CollectionOp, OpChanges

PROGRAMME = OpChanges(programme=True)


def _run(
    parent: QWidget | None, database: Database, op: Callable[[Session], str], title: str
) -> str:
    return CollectionOp(parent, database, op, PROGRAMME, t(title)).run()


def save_aid(
    parent: QWidget | None, database: Database, uuid: str | None, version: int | None,
    values: AidInput,
) -> str:  # fmt: skip
    """Record a proposal, or change it (its decision included)."""

    def op(session: Session) -> str:
        if uuid is None:
            return aid.create_aid(session, values).uuid
        return aid.update_aid(session, uuid, values, expected_version=version).uuid

    return _run(parent, database, op, "op.saving")


def archive_aid(parent: QWidget | None, database: Database, uuid: str, version: int) -> None:
    _run(parent, database, lambda s: aid.archive_aid(s, uuid, version).uuid, "op.archiving")


def restore_aid(parent: QWidget | None, database: Database, uuid: str) -> None:
    _run(parent, database, lambda s: aid.restore_aid(s, uuid).uuid, "op.restoring")


def save_disbursement(
    parent: QWidget | None, database: Database, uuid: str | None, version: int | None,
    values: DisbursementInput,
) -> str:  # fmt: skip
    def op(session: Session) -> str:
        if uuid is None:
            return disbursements.add_disbursement(session, values).uuid
        return disbursements.update_disbursement(
            session, uuid, values, expected_version=version
        ).uuid

    return _run(parent, database, op, "op.saving")


def archive_disbursement(
    parent: QWidget | None, database: Database, uuid: str, version: int
) -> None:
    def op(session: Session) -> str:
        return disbursements.archive_disbursement(session, uuid, version).uuid

    _run(parent, database, op, "op.archiving")


def restore_disbursement(parent: QWidget | None, database: Database, uuid: str) -> None:
    def op(session: Session) -> str:
        return disbursements.restore_disbursement(session, uuid).uuid

    _run(parent, database, op, "op.restoring")


def save_report(
    parent: QWidget | None, database: Database, uuid: str | None, version: int | None,
    values: AidReportInput,
) -> str:  # fmt: skip
    """Record an LPJ owed or handed in, or change one (its hand-in, the office's verdict)."""

    def op(session: Session) -> str:
        if uuid is None:
            return aid_reports.add_report(session, values).uuid
        return aid_reports.update_report(session, uuid, values, expected_version=version).uuid

    return _run(parent, database, op, "op.saving")


def archive_report(parent: QWidget | None, database: Database, uuid: str, version: int) -> None:
    _run(parent, database, lambda s: aid_reports.archive_report(s, uuid, version).uuid,
         "op.archiving")  # fmt: skip


def restore_report(parent: QWidget | None, database: Database, uuid: str) -> None:
    _run(parent, database, lambda s: aid_reports.restore_report(s, uuid).uuid, "op.restoring")
