"""The calm notice under a new member's fields: "Mungkin sudah terdaftar", with a way there."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wksbm_desktop.core.queries.labels import rt_rw
from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.queries.duplicates import DuplicatePair
    from wksbm_desktop.core.storage.db import Database
    from wksbm_desktop.ui.models.background import QueryJob

_STYLE = "#similarBox { background: #eef4fb; border: 1px solid #9dbbe0; border-radius: 4px; }"


@dataclass(frozen=True)
class Draft:
    """What the form holds so far, as the at-entry check reads it."""

    nik: str
    full_name: str
    birth_date: date | None
    kk: str
    birth_place: str = ""

    @property
    def worth_asking(self) -> bool:
        """A whole NIK or a name of a few letters: less matches half the kelurahan."""
        digits = "".join(c for c in self.nik if c.isdigit())
        return len(digits) >= 16 or len(self.full_name.strip()) >= 3


Answer = Callable[[Sequence["DuplicatePair"]], None]


class SimilarSearch(QObject):
    """Asks the core for members like a draft off the GUI thread, one question at a time: a
    newer draft cancels the older question, whose answer is dropped."""

    def __init__(self, database: Database, exclude_uuid: str | None, parent: QObject) -> None:
        super().__init__(parent)
        self._database, self._exclude = database, exclude_uuid
        self._generation = 0
        self._job: QueryJob | None = None
        self._answers: dict[int, Any] = {}

    def ask(self, draft: Draft, answer: Answer) -> None:
        from wksbm_desktop.ui.models.background import QueryJob

        self.cancel()
        generation = self._generation
        exclude = self._exclude

        def work(session: Session) -> list[DuplicatePair]:
            from wksbm_desktop.core.queries.duplicates import similar_members

            return similar_members(
                session, nik=draft.nik, full_name=draft.full_name,
                birth_date=draft.birth_date, kk=draft.kk, exclude_uuid=exclude,
                birth_place=draft.birth_place,
            )  # fmt: skip

        job = QueryJob(self._database, generation, work)
        self._answers[generation] = job.answer  # alive until its signal is delivered

        def done(answered: int, pairs: list[DuplicatePair]) -> None:
            self._answers.pop(answered, None)
            if answered == self._generation:
                self._job = None
                answer(pairs)

        job.answer.done.connect(done)
        job.answer.failed.connect(lambda answered, _m: self._answers.pop(answered, None))
        self._job = job
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None

    @property
    def busy(self) -> bool:
        return self._job is not None


def similar_text(pair: DuplicatePair) -> str:
    """ "Mungkin sudah terdaftar: Muhammad Rizki, RT/RW 005/002. Tanggal lahir sama (…)." """
    person = pair.b
    place = rt_rw(person.rt, person.rw)
    where = t("forms.owner.place", rt_rw=place) if place else ""
    reasons = " ".join(pair.reasons)
    return t("duplicates_ui.entry.text", name=person.name, place=where, reasons=reasons)


class SimilarBox(QFrame):
    """Hidden until the draft looks like someone already registered; never blocks saving."""

    open_requested = Signal(str)  # the existing record's uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarBox")
        self.setStyleSheet(_STYLE)
        self.pairs: tuple[DuplicatePair, ...] = ()
        self.text = QLabel(self)
        self.text.setObjectName("similarText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.more = QLabel(self)
        self.more.setObjectName("similarMore")
        self.more.setWordWrap(True)
        self.more.setStyleSheet("color: #555555;")
        self.open_button = QPushButton(t("forms.owner.open"), self)
        self.open_button.setObjectName("similarOpen")
        self.open_button.setToolTip(t("duplicates_ui.entry.open_tip"))
        self.open_button.clicked.connect(self._on_open)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.more)
        layout.addLayout(buttons)
        self.hide()

    def show_pairs(self, pairs: Sequence[DuplicatePair]) -> None:
        """The best match in words; the others named below it."""
        self.pairs = tuple(pairs)
        if self.pairs:
            self.text.setText(similar_text(self.pairs[0]))
            others = ", ".join(pair.b.name for pair in self.pairs[1:])
            self.more.setText(t("duplicates_ui.entry.more", names=others) if others else "")
            self.more.setVisible(bool(others))
        self.setVisible(bool(self.pairs))

    def _on_open(self) -> None:
        if self.pairs:
            self.open_requested.emit(self.pairs[0].b.uuid)
