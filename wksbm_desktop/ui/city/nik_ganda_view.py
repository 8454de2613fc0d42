"""NIK ganda: the records of one NIK in several kelurahan side by side, and the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.nik import mask_id_for_file, mask_nik
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.labels import date_text, rt_rw, sex_label
from wksbm_desktop.core.queries.nik_ganda import NikGanda, NikRecord, nik_ganda
from wksbm_desktop.core.services.access import shows_full_nik
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.city.report_status_view import local_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from wksbm_desktop.core.storage.db import Database

# The fields compared, each with how a record shows it.
FIELDS: tuple[tuple[str, Callable[[NikRecord], str]], ...] = (
    ("name", lambda r: r.full_name),
    ("birth_date", lambda r: date_text(r.birth_date)),
    ("sex", lambda r: sex_label(r.sex)),
    ("kelurahan", lambda r: r.kelurahan or r.kelurahan_code),
    ("kecamatan", lambda r: r.kecamatan),
    ("rt_rw", lambda r: rt_rw(r.rt, r.rw)),
    ("groups", lambda r: ", ".join(r.groups) or "—"),
    ("updated", lambda r: local_text(r.updated_at)),
)
# The fields where a difference matters for telling a typo from the same person.
COMPARED = ("name", "birth_date", "sex")
DIFFERENT_STYLE = "background: #fff4ce; font-weight: bold; padding: 2px 4px;"
SAME_STYLE = "padding: 2px 4px;"
# Cards shown at once: each is some thirty widgets; decide these, then Muat ulang shows more.
MAX_CARDS = 100


class NikCard(QGroupBox):
    """One NIK: a column per record, differing names, birth dates and sexes highlighted."""

    def __init__(self, found: NikGanda, view: NikGandaView) -> None:
        count = len(found.records)
        # The middle stays hidden even for the officer; a Pemantau sees the kab/kota only.
        hide = mask_nik if shows_full_nik(view.database) else mask_id_for_file
        super().__init__(t("city_views.nik.card_title", nik=hide(found.nik), count=count))
        self.setObjectName("nikGandaCard")
        self.found = found
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid())
        if found.decision is not None:
            decided = QLabel(self._decision_text(), self)
            decided.setObjectName("nikGandaDecided")
            decided.setWordWrap(True)
            decided.setStyleSheet("color: #1e6b30;")
            layout.addWidget(decided)
        layout.addLayout(self._decision_row(view))

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column in range(1, len(self.found.records) + 1):
            grid.setColumnStretch(column, 1)
        for row, (field, text) in enumerate(FIELDS):
            values = [text(record) for record in self.found.records]
            differs = field in COMPARED and len(set(values)) > 1
            label = QLabel(t(f"city_views.nik.field.{field}"), self)
            label.setStyleSheet("color: #555555;")
            grid.addWidget(label, row, 0)
            for column, value in enumerate(values, start=1):
                cell = QLabel(value, self)
                cell.setObjectName(f"nikGandaCell_{field}")
                cell.setProperty("differs", differs)
                cell.setWordWrap(True)
                cell.setStyleSheet(DIFFERENT_STYLE if differs else SAME_STYLE)
                grid.addWidget(cell, row, column)
        return grid

    def _decision_text(self) -> str:
        decision = self.found.decision
        assert decision is not None
        text = t(
            "city_views.nik.decided",
            decision=t(f"city_views.nik.decision.{decision.decision}"),
            by=decision.decided_by or "—",
            at=local_text(decision.decided_at),
        )
        return (
            f"{text} {t('city_views.nik.note_was', note=decision.note)}" if decision.note else text
        )

    def _decision_row(self, view: NikGandaView) -> QHBoxLayout:
        row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("nikGandaNote")
        self.note.setPlaceholderText(t("city_views.nik.note_placeholder"))
        self.note.setMaxLength(1000)
        row.addWidget(self.note, 1)
        for decision, name in (
            ("same_person", "nikGandaSame"),
            ("different_people", "nikGandaDifferent"),
        ):
            button = QPushButton(t(f"city_views.nik.button.{decision}"), self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, d=decision: view.decide(self, d))
            row.addWidget(button)
        return row


class NikGandaView(QWidget):
    """Every NIK held by live members of two or more kelurahan, waiting for a decision."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nikGandaView")
        self.setWindowTitle(t("city_views.nik.title"))
        self.database = database
        self.cards: list[NikCard] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("nikGandaSummary")
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.show_decided = QCheckBox(t("city_views.nik.show_decided"), self)
        self.show_decided.setObjectName("nikGandaShowDecided")
        self.show_decided.toggled.connect(lambda _checked: self.reload())
        reload_button = QPushButton(t("city_views.reload"), self)
        reload_button.setObjectName("nikGandaReload")
        reload_button.clicked.connect(self.reload)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_decided)
        top.addWidget(reload_button)
        layout.addLayout(top)
        hint = QLabel(t("city_views.nik.hint"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list_area = QScrollArea(self)
        self.list_area.setObjectName("nikGandaList")
        self.list_area.setWidgetResizable(True)
        layout.addWidget(self.list_area, 1)

    def reload(self) -> None:
        with self.database.read_session() as session:
            found = nik_ganda(session, include_decided=self.show_decided.isChecked())
        undecided = sum(item.decision is None for item in found)
        self.summary.setText(t("city_views.nik.summary", count=undecided))
        holder = QWidget(self.list_area)
        column = QVBoxLayout(holder)
        self.cards = [NikCard(item, self) for item in found[:MAX_CARDS]]
        for card in self.cards:
            column.addWidget(card)
        if len(found) > MAX_CARDS:
            more = QLabel(t("city_views.nik.more", shown=MAX_CARDS, total=len(found)), holder)
            more.setObjectName("nikGandaMore")
            more.setWordWrap(True)
            column.addWidget(more)
        if not found:
            empty = QLabel(t("city_views.nik.none"), holder)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(empty)
        column.addStretch(1)
        self.list_area.setWidget(holder)  # the previous cards are deleted with their holder

    def decide(self, card: NikCard, decision: str) -> None:
        """Record the decision about the card's records in one session; then read again."""
        from wksbm_desktop.ui.operations.nik_reviews import decide

        found = card.found
        try:
            decide(self, self.database, found.nik, found.member_uuids, decision, card.note.text())
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
        self.reload()
