"""One way the GUI writes: an operation runs a service off the GUI thread and says what changed.

Modelled on Anki's ``aqt.operations``. A module per entity (groups, members, activities,
office) holds one small function per user change; each builds a :class:`CollectionOp` with the
service call and the :class:`OpChanges` it makes. ``run()`` opens one session in a worker
thread (``ui.tasks``), commits, and then, on the GUI thread, announces the changes through
:data:`changes`; the main window listens there and refreshes only the views they affect.

``run()`` returns the service's result, or raises its error on the GUI thread, so a form can
keep its own messages; while it waits the window keeps painting but takes no clicks or keys
(a double click cannot save twice). Widgets are never touched from the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QWidget

from wksbm_desktop.core.services.access import AccountDisabled
from wksbm_desktop.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.storage.db import Database

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    """Which kinds of record an operation changed; views refresh when they show one of them."""

    groups: bool = False
    members: bool = False
    activities: bool = False
    memberships: bool = False
    assessments: bool = False
    office: bool = False  # the office's settings: letterhead, letter numbers
    nik_reviews: bool = False  # the city's NIK ganda decisions
    notices: bool = False  # notices from Dinas Sosial read at the kelurahan
    accounts: bool = False  # accounts and passwords
    duplicates: bool = False  # likely duplicates: pairs merged or marked "bukan orang yang sama"
    programme: bool = False  # aid, its disbursements and LPJ (issue 19)
    evidence: bool = False  # attachments and the level rubric's criteria (issue 19)
    monitoring: bool = False  # group indicators, their measures list, monitoring visits

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                            for f in fields(self)})  # fmt: skip

    def touches(self, other: OpChanges) -> bool:
        """Whether any kind changed here is one ``other`` names (what a view shows)."""
        return any(getattr(self, f.name) and getattr(other, f.name) for f in fields(self))

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


# What the counts in the status bar and the dashboard's figures are made of.
RECORDS = OpChanges(groups=True, members=True, activities=True, memberships=True,
                    assessments=True)  # fmt: skip
# What the Ringkasan shows: the records, and the programme's aid, LPJ, indicators and visits.
DASHBOARD_SHOWS = RECORDS | OpChanges(programme=True, monitoring=True)


class ChangeHub(QObject):
    """Where committed operations are announced: (database, OpChanges, the widget that asked)."""

    changed = Signal(object, object, object)
    # (database): an operation was refused because its account was disabled since sign-in.
    account_disabled = Signal(object)

    def publish(self, database: Database, op_changes: OpChanges, origin: QWidget | None) -> None:
        self.changed.emit(database, op_changes, origin)


# The one hub of the application; the main window subscribes, operations publish.
changes = ChangeHub()


class CollectionOp(Generic[T]):
    """One user change: ``op(session)`` in one committed session, then the changes announced."""

    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        op: Callable[[Session], T],
        op_changes: OpChanges,
        title: str,
    ) -> None:
        self._parent, self._database, self._op = parent, database, op
        self._changes, self._title = op_changes, title

    def _work(self, _ctx: TaskContext) -> T:
        with self._database.session() as session:
            return self._op(session)

    def run(self) -> T:
        """Write in the background and wait; the result, or the service's error raised here."""
        loop = QEventLoop()
        # The handle, not the callbacks, tells the outcome: it is kept even when the window
        # that asked closed mid-write (the write itself still ends: it cannot be cancelled).
        handle = run_task(self._parent, self._title, self._work, on_success=lambda _r: None,
                          on_failure=lambda _e: None, cancellable=False)  # fmt: skip
        handle.finished.connect(loop.quit)
        if not handle.done:
            # Paints and worker signals only: a click now would start a second write.
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if handle.error is not None:
            if isinstance(handle.error, AccountDisabled):
                changes.account_disabled.emit(self._database)
            raise handle.error
        if self._changes.any:
            origin = None if handle.orphaned else self._parent
            changes.publish(self._database, self._changes, origin)
        return handle.result  # type: ignore[return-value]
