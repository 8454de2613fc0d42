"""Ringkasan's Program block: is the programme working? (issue 19, point 6)

Three counts that ask for action (overdue LPJ, groups without a visit, groups without
indicators), each with the list behind it, and three small tables: group levels at the end of
last year and now, aid by source against what is accounted for, and business growth of groups
with and without aid. Figures: core/queries/programme_progress.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.queries.labels import date_text, level_label, rupiah, thousands
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.tabs.widgets import make_list_view

if TYPE_CHECKING:
    from datetime import date

    from sqlalchemy.orm import Session

    from wksbm_desktop.core.queries.programme_progress import (
        Growth,
        ProgrammeProgress,
        SourceAid,
    )

LEVELS = ("tumbuh", "berkembang", "maju", "mandiri")
ALERT, CALM = "#b3261e", "#1f3b5c"


def short_rupiah(amount: int) -> str:
    """206.700.000 → "206,7 juta", 11.116.300.000 → "11,12 miliar": money that fits a small
    table (the header says "Rp"); below a million in full."""
    for size, digits, word in ((10**9, 2, "billion"), (10**6, 1, "million")):
        if amount >= size:
            number = f"{amount / size:.{digits}f}".rstrip("0").rstrip(".").replace(".", ",")
            return t(f"progress.money.{word}", number=number)
    return thousands(amount)


@dataclass(frozen=True)
class GroupList:
    """What a "Lihat daftar" dialog shows: headers, rows of text, each row's group UUID."""

    title: str
    intro: str
    headers: list[str]
    rows: list[list[str]]
    uuids: list[str]
    count_text: str
    wide: tuple[int, ...] = (0,)  # the columns that take the width left (names, purposes)


def read_group_list(session: Session, kind: str, today: date, city: bool) -> GroupList:
    """The groups behind a count ("visit", "indicators") or the overdue LPJ ("lpj"), every one
    of them; on a city installation with each one's kelurahan."""
    from wksbm_desktop.core.domain import programme
    from wksbm_desktop.core.queries.aid import overdue_reports
    from wksbm_desktop.core.queries.city_lists import place_choices
    from wksbm_desktop.core.queries.programme_progress import quiet_groups

    names = {place.code: place.name for place in place_choices(session)} if city else {}
    place = [t("progress.list.kelurahan")] if city else []

    def where(code: str) -> list[str]:
        return [names.get(code, "")] if city else []

    since = date_text(programme.visit_due_since(today))
    if kind == "lpj":
        reports = overdue_reports(session, today)
        return GroupList(
            t("progress.list.lpj_title"), t("progress.list.lpj_intro"),
            [t("progress.list.group"), *place, t("progress.list.purpose"),
             t("progress.aid.approved"), t("progress.list.due_on"), t("progress.list.days")],
            [[r.group_name, *where(r.kelurahan_code), r.purpose, rupiah(r.amount_approved),
              date_text(r.due_on), thousands(r.days_overdue)] for r in reports],
            [r.group_uuid for r in reports],
            t("progress.list.count_lpj", count=thousands(len(reports))),
            (0, len(place) + 1),
        )  # fmt: skip
    groups = quiet_groups(session, today, kind)
    never = t("progress.list.never")

    def last(value: date | None) -> str:
        if value is None:
            return never
        return date_text(value) if kind == "visit" else f"{value.month:02d}/{value.year}"

    return GroupList(
        t(f"progress.list.{kind}_title"), t(f"progress.list.{kind}_intro", date=since),
        [t("progress.list.group"), *place,
         t("progress.list.last_visit" if kind == "visit" else "progress.list.last_period")],
        [[g.name, *where(g.kelurahan_code), last(g.last)] for g in groups],
        [g.uuid for g in groups],
        t("progress.list.count", count=thousands(len(groups))),
    )  # fmt: skip


class SmallTable(QTableView):
    """A read-only table that shows every row without a scroll bar of its own."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.model_ = _BoldLastModel([], parent=self)
        self.setModel(self.model_)
        self.shown: tuple[list[str], list[tuple[str, ...]], bool] | None = None

    def show_rows(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], bold_last: bool = False
    ) -> None:
        texts = [tuple(str(cell) for cell in row) for row in rows]
        if self.shown == (list(headers), texts, bold_last):
            return  # a refresh that changed nothing here: no new layout
        self.shown = (list(headers), texts, bold_last)
        self.model_ = _BoldLastModel(headers, rows, parent=self)
        self.model_.bold_last = bold_last
        self.model_.align_right(*range(1, len(headers)))
        self.setModel(self.model_)
        # Labels and headings in full ("Kemensos/APBN", "Penerima bantuan").
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never narrower than its contents; the figures' columns share out the rest.
        self.setMinimumWidth(header.length() + 2 * self.frameWidth())
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        height = header.sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(len(rows)))
        self.setFixedHeight(height)

    def texts(self) -> list[list[str]]:
        """Every cell as shown, row by row (for tests and screen readers)."""
        model = self.model_
        return [
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]


class _BoldLastModel(TextTableModel):
    bold_last = False

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.FontRole
            and self.bold_last
            and index.row() == self.rowCount() - 1
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class AlertCard(QFrame):
    """A count that may ask for action, its caption, and a button for the list behind it."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name + "Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#{object_name}Card {{ background: #ffffff; border: 1px solid #d6dbe1; "
            "border-radius: 6px; }"
        )
        self.value = QLabel("…", self)
        self.value.setObjectName(object_name)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #444444;")
        self.button = QPushButton(t("progress.show_list"), self)
        self.button.setObjectName(object_name + "List")
        self.button.setToolTip(t("progress.show_list_tip"))
        top = QHBoxLayout()
        top.addWidget(self.value)
        top.addStretch(1)
        top.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.caption)

    def show_count(self, count: int, caption: str) -> None:
        self.value.setText(thousands(count))
        self.value.setStyleSheet(f"color: {ALERT if count else CALM};")
        self.caption.setText(caption)
        self.value.setAccessibleName(caption)
        self.button.setEnabled(count > 0)


class ProgrammeBox(QGroupBox):
    """The Program block of Ringkasan. ``lister(kind)`` reads the list behind a count ("lpj",
    "visit", "indicators") when its button is pressed; a double-clicked row asks for its group
    through ``group_requested``."""

    group_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("progress.title"), parent)
        self.setObjectName("programmeBox")
        self.lister: Callable[[str], GroupList] | None = None
        self.cards = {
            "lpj": AlertCard("programmeLpjOverdue", self),
            "visit": AlertCard("programmeWithoutVisit", self),
            "indicators": AlertCard("programmeWithoutIndicators", self),
        }
        for kind, card in self.cards.items():
            card.button.clicked.connect(lambda _checked=False, k=kind: self.open_list(k))
        self.levels = SmallTable("programmeLevels", self)
        self.moves = QLabel(self)
        self.moves.setObjectName("programmeMoves")
        self.moves.setWordWrap(True)
        self.aid = SmallTable("programmeAid", self)
        self.aid_note = QLabel(t("progress.aid.note"), self)
        self.growth = SmallTable("programmeGrowth", self)
        self.growth_note = QLabel(t("progress.growth.note"), self)
        self.titles = {
            "levels": QLabel(self), "aid": QLabel(t("progress.aid.title"), self),
            "growth": QLabel(t("progress.growth.title"), self),
        }  # fmt: skip
        self.dialog: GroupListDialog | None = None  # the list last shown (for tests)
        self._build()

    def _build(self) -> None:
        for label in (self.aid_note, self.growth_note, *self.titles.values()):
            label.setWordWrap(True)
        for label in self.titles.values():
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        for note in (self.aid_note, self.growth_note, self.moves):
            note.setStyleSheet("color: #444444;")
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        grid = QGridLayout()
        # Levels beside growth; aid by source across the block's width under them (its five
        # columns of money and counts need the room on a 1280-pixel screen).
        columns = (
            (self.titles["levels"], self.levels, self.moves),
            (self.titles["growth"], self.growth, self.growth_note),
        )
        for column, widgets in enumerate(columns):
            for row, widget in enumerate(widgets):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignTop)
        for row, widget in enumerate((self.titles["aid"], self.aid, self.aid_note), start=3):
            grid.addWidget(widget, row, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addLayout(grid)

    def show_progress(self, progress: ProgrammeProgress) -> None:
        year = progress.today.year
        overdue = progress.lpj_overdue
        self.cards["lpj"].show_count(
            overdue, t("progress.lpj_overdue") if overdue else t("progress.lpj_overdue_none")
        )
        of_groups = t("progress.of_groups", total=thousands(progress.groups))
        self.cards["visit"].show_count(
            progress.without_visit, f"{t('progress.without_visit')} ({of_groups})"
        )
        self.cards["indicators"].show_count(
            progress.without_indicators, f"{t('progress.without_indicators')} ({of_groups})"
        )
        self._show_levels(progress, year)
        self._show_aid(progress.aid, progress.aid_total)
        self._show_growth(progress)

    def _show_levels(self, progress: ProgrammeProgress, year: int) -> None:
        levels = progress.levels
        self.titles["levels"].setText(t("progress.levels.title", last=year - 1))
        rows = [
            [level_label(code), thousands(levels.last_year[code]), thousands(levels.now[code])]
            for code in LEVELS
        ]
        assessed_last = sum(levels.last_year.values())
        assessed_now = sum(levels.now.values())
        rows.append([
            t("progress.levels.not_assessed"),
            thousands(progress.groups - assessed_last), thousands(progress.groups - assessed_now),
        ])  # fmt: skip
        headers = [
            t("progress.levels.level"),
            t("progress.levels.last_year", year=year - 1),
            t("progress.levels.now"),
        ]
        self.levels.show_rows(headers, rows)
        self.moves.setText(
            t(
                "progress.levels.moves", year=year, up=thousands(levels.moved_up),
                same=thousands(levels.stayed), down=thousands(levels.moved_down),
                new=thousands(levels.newly_assessed), waiting=thousands(levels.not_reassessed),
            )
        )  # fmt: skip

    def _show_aid(self, sources: list[SourceAid], total: SourceAid) -> None:
        headers = [
            t("progress.aid.source"), t("progress.aid.approved_rp"),
            t("progress.aid.disbursed_rp"), t("progress.aid.accounted_rp"),
            t("progress.aid.overdue"),
        ]  # fmt: skip
        if not sources:
            self.aid.show_rows(headers[:1], [[t("progress.aid.none")]])
            return

        def row(label: str, aid: SourceAid) -> list[str]:
            return [label, short_rupiah(aid.approved), short_rupiah(aid.disbursed),
                    short_rupiah(aid.accounted), thousands(aid.lpj_overdue)]  # fmt: skip

        rows = [row(s.source or t("progress.aid.no_source"), s) for s in sources]
        rows.append(row(t("progress.aid.total"), total))
        self.aid.show_rows(headers, rows, bold_last=True)

    def _show_growth(self, progress: ProgrammeProgress) -> None:
        from wksbm_desktop.core.queries.programme_progress import percent_text

        headers = [
            t("progress.growth.figure"),
            t("progress.growth.with_aid"),
            t("progress.growth.without_aid"),
        ]
        kinds = (progress.with_aid, progress.without_aid)

        def rose(growth: Growth) -> str:
            if not growth.groups:
                return t("progress.growth.none")
            return t("progress.growth.rose", rose=thousands(growth.rose),
                     groups=thousands(growth.groups))  # fmt: skip

        rows = [
            [t("progress.growth.groups"), *(thousands(k.groups) for k in kinds)],
            [t("progress.growth.turnover_rose"), *(rose(k.turnover) for k in kinds)],
            [t("progress.growth.turnover_median"),
             *(percent_text(k.turnover.median_percent) for k in kinds)],
            [t("progress.growth.savings_rose"), *(rose(k.savings) for k in kinds)],
            [t("progress.growth.savings_median"),
             *(percent_text(k.savings.median_percent) for k in kinds)],
        ]  # fmt: skip
        self.growth.show_rows(headers, rows)

    def open_list(self, kind: str) -> None:
        """Read and show the groups (or LPJ) behind a count; a double-click opens the group."""
        if self.lister is None:
            return
        self.dialog = GroupListDialog(self.lister(kind), self)
        self.dialog.chosen.connect(self.group_requested)
        self.dialog.open()


class GroupListDialog(QDialog):
    """The list behind a Program count, with a sentence saying what is in it."""

    chosen = Signal(str)

    def __init__(self, found: GroupList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeList")
        self.setWindowTitle(found.title)
        self.found = found
        intro = QLabel(f"{found.intro} {found.count_text}", self)
        intro.setWordWrap(True)
        self.table = make_list_view("programmeListTable", self, sortable=False)
        self.model = TextTableModel(found.headers, found.rows, parent=self)
        self.model.align_right(*range(2, len(found.headers)))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in found.wide:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_row)
        hint = QLabel(t("progress.list.open_hint"), self)
        hint.setStyleSheet("color: #444444;")
        buttons = QDialogButtonBox(self)
        buttons.addButton(t("progress.list.close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def _open_row(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.found.uuids):
            self.chosen.emit(self.found.uuids[index.row()])
            self.accept()
