"""Periksa data ganda: likely pairs best first, the chosen pair side by side, the decisions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.queries.duplicates import DuplicatePair, find_duplicates
from wksbm_desktop.core.queries.labels import thousands
from wksbm_desktop.core.services.access import shows_full_nik
from wksbm_desktop.core.services.merging import MergeResult
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.duplicates import sides
from wksbm_desktop.ui.duplicates.merge_dialog import MergeDialog
from wksbm_desktop.ui.duplicates.merges_dialog import MergesDialog
from wksbm_desktop.ui.duplicates.review import PairReview
from wksbm_desktop.ui.duplicates.texts import kelurahan_name, nik_text, score_text
from wksbm_desktop.ui.forms import base as form_base
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database

T = TypeVar("T")
BANNER_STYLE = (
    "QFrame#duplicateBanner { background: #e6f4ea; border: 1px solid #a8d5b4; border-radius: 4px; }"
)


def merged_text(pair: DuplicatePair, result: MergeResult, backup: str) -> str:
    """What the merge did, in a sentence or three, for the banner with Urungkan."""
    names = {pair.a.uuid: pair.a.name, pair.b.uuid: pair.b.name}
    parts = [
        t(
            "duplicates_ui.merged",
            other=names[result.other_uuid],
            keep=names[result.keep_uuid],
            memberships=thousands(result.memberships_moved + result.memberships_joined),
            attendance=thousands(result.attendance_moved + result.attendance_dropped),
            history=thousands(result.history_moved),
        ),
        *result.notes,
    ]
    if backup:
        parts.append(t("duplicates_ui.backup_made", name=backup))
    return " ".join(parts)


class DuplicatesView(QWidget):
    """The finder over this kelurahan's members, or over the whole city (``whole_city``)."""

    def __init__(
        self, database: Database, *, whole_city: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesView")
        self.setWindowTitle(t("duplicates_ui.title"))
        self.database, self.whole_city = database, whole_city
        self.pairs: list[DuplicatePair] = []
        self.full_nik = False
        self.busy = False
        self._again = False
        self._stale = True
        self._writing = False  # our own decision is being saved: it refreshes the list itself
        self.last_merge: int | None = None
        self._build()

    # Building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        hint_key = "duplicates_ui.city_hint" if self.whole_city else "duplicates_ui.hint"
        hint = QLabel(t(hint_key), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self._banner())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._table())
        self.review = PairReview(splitter)
        self.review.dismiss_requested.connect(self.dismiss_current)
        self.review.merge_requested.connect(self.merge_current)
        self.review.open_requested.connect(self.open_record)
        self.apply_role()
        splitter.addWidget(self.review)
        # A few rows of pairs are enough to choose from; the two records need the room.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 480])
        layout.addWidget(splitter, 1)

    def apply_role(self) -> None:
        """What the signed-in role may see and do here (asked again at each showing: the next
        person to sign in may hold another role)."""
        account = self.database.account
        # NIKs show as on every other screen (the one rule of issue 17). At the city a
        # kelurahan's records change only with its reports: they are merged there.
        self.full_nik = shows_full_nik(self.database)
        may_merge = account is None or account.may(Permission.MERGE)
        self.review.merge_button.setVisible(may_merge and not self.whole_city)
        self.merges_button.setVisible(may_merge and not self.whole_city)
        may_edit = account is None or account.may(Permission.RECORD)
        self.review.can_open = may_edit and not self.whole_city
        if self.pairs:  # shown already: written again as this role reads it
            self._show_pairs(self.pairs, keep_row=self.table.currentIndex().row())

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("duplicatesSummary")
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.reload_button = QPushButton(t("duplicates_ui.reload"), self)
        self.reload_button.setObjectName("duplicatesReload")
        self.reload_button.clicked.connect(self.reload)
        self.merges_button = QPushButton(t("duplicates_ui.merges.open"), self)
        self.merges_button.setObjectName("duplicatesMerges")
        self.merges_button.setToolTip(t("duplicates_ui.merges.open_tip"))
        self.merges_button.clicked.connect(self.show_merges)
        row.addWidget(self.summary, 1)
        row.addWidget(self.merges_button)
        row.addWidget(self.reload_button)
        return row

    def _banner(self) -> QFrame:
        self.banner = QFrame(self)
        self.banner.setObjectName("duplicateBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("duplicateBannerText")
        self.banner_text.setWordWrap(True)
        self.undo_button = QPushButton(t("duplicates_ui.undo"), self.banner)
        self.undo_button.setObjectName("duplicateUndo")
        self.undo_button.setToolTip(t("duplicates_ui.undo_tip"))
        self.undo_button.clicked.connect(self.undo_last_merge)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.undo_button)
        self.banner.hide()
        return self.banner

    def _table(self) -> QTableView:
        keys = ["score", "name_a", "nik_a", "name_b", "nik_b", "reasons"]
        if self.whole_city:
            keys[3:3] = ["kelurahan_a"]
            keys.insert(6, "kelurahan_b")
        self.columns = tuple(keys)
        headers = [t(f"duplicates_ui.col.{key[:-2] if key[-2:] in ('_a', '_b') else key}")
                   for key in keys]  # fmt: skip
        self.model = TextTableModel(headers, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("duplicatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        widths = {"score": 140, "name": 180, "nik": 140, "kelurahan": 120}
        for column, key in enumerate(keys[:-1]):
            self.table.setColumnWidth(column, widths[key.removesuffix("_a").removesuffix("_b")])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        return self.table

    # Reading
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.apply_role()
        if self._stale:
            self.reload()

    def refresh_later(self) -> None:
        """Records changed somewhere: read again now if shown, else when next shown."""
        if self._writing:
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Run the finder in the background; a request while it runs runs it once more after."""
        if self.busy:
            self._again = True
            return
        self.busy, self._stale = True, False
        self.summary.setText(t("duplicates_ui.searching"))
        self.reload_button.setEnabled(False)
        self.review.setEnabled(False)  # no decision on a pair the finder may be dropping
        database, whole_city = self.database, self.whole_city

        def work(_ctx: TaskContext) -> list[DuplicatePair]:
            with database.read_session() as session:
                return find_duplicates(session, whole_city=whole_city)

        run_task(
            self,
            t("duplicates_ui.searching"),
            work,
            on_success=self._found,
            on_failure=self._failed,
            on_cancel=lambda: self._done_reading(self.pairs),
        )

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self._done_reading(pairs)
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, error: BaseException) -> None:
        from wksbm_desktop.ui.tasks import failure_message

        self._done_reading(self.pairs)
        dialogs_util.show_error(self, failure_message(error))

    def _done_reading(self, pairs: list[DuplicatePair]) -> None:
        self.busy = False
        self.reload_button.setEnabled(True)
        self.review.setEnabled(True)
        self._show_pairs(pairs, keep_row=self.table.currentIndex().row())

    def _show_pairs(self, pairs: list[DuplicatePair], keep_row: int = 0) -> None:
        self.pairs = list(pairs)
        self.model.set_rows([self._cells(pair) for pair in self.pairs])
        key = "duplicates_ui.summary" if self.pairs else "duplicates_ui.none"
        self.summary.setText(t(key, count=thousands(len(self.pairs))))
        if self.pairs:
            row = min(max(keep_row, 0), len(self.pairs) - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_current()

    def _cells(self, pair: DuplicatePair) -> list[str]:
        cells = {
            "score": score_text(pair.score),
            "name_a": pair.a.name,
            "nik_a": nik_text(pair.a.nik, self.full_nik),
            "kelurahan_a": kelurahan_name(pair.a.kelurahan_code),
            "name_b": pair.b.name,
            "nik_b": nik_text(pair.b.nik, self.full_nik),
            "kelurahan_b": kelurahan_name(pair.b.kelurahan_code),
            "reasons": " ".join(pair.reasons),
        }
        return [cells[key] for key in self.columns]

    def current_pair(self) -> DuplicatePair | None:
        row = self.table.currentIndex().row()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _show_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            self.review.show_rows(("", ""), (), ())
            return
        try:
            with self.database.read_session() as session:
                rows = sides.compare_rows(
                    session, pair, full_nik=self.full_nik, city=self.whole_city
                )
        except WksbmError as error:  # gone since the finder ran (a restore, another window)
            self.review.show_rows(("", ""), (), ())
            self._show_banner(error.message, undo=False)
            return
        self.review.show_rows(sides.titles(pair), rows, pair.reasons)

    def open_record(self, side: int) -> None:
        """Buka data: the member form of one record, e.g. to correct a NIK instead of merging."""
        from wksbm_desktop.ui import forms

        pair = self.current_pair()
        if pair is None:
            return
        saved = forms.edit_member(self, self.database, (pair.a, pair.b)[side].uuid)
        if saved is not None and not self.busy:  # in the main window its change started one
            self.reload()

    # Deciding
    def dismiss_current(self) -> None:
        """ "Bukan orang yang sama": remembered, and the pair leaves the list at once."""
        from wksbm_desktop.ui.operations import duplicates as ops

        pair = self.current_pair()
        if pair is None:
            return
        row = self.table.currentIndex().row()
        note = self.review.note.text()
        done, _ = self._write(
            lambda: ops.dismiss(self, self.database, pair.a.uuid, pair.b.uuid, note=note)
        )
        if not done:
            return
        self._show_pairs([p for p in self.pairs if p is not pair], keep_row=row)
        self._show_banner(t("duplicates_ui.dismissed", a=pair.a.name, b=pair.b.name), undo=False)

    def merge_current(self) -> None:
        """Gabungkan…: the dialog, then the merge after a backup, with Urungkan offered."""
        from wksbm_desktop.ui.operations import duplicates as ops

        pair = self.current_pair()
        if pair is None:
            return
        dialog = MergeDialog(self)
        with self.database.read_session() as session:
            dialog.load(
                sides.sides_of(session, pair),
                sides.compare_rows(session, pair, full_nik=self.full_nik, city=self.whole_city),
            )
        accepted = form_base.exec_dialog(dialog)
        choice = dialog.values()
        dialog.deleteLater()
        if not accepted:
            return
        done, outcome = self._write(
            lambda: ops.merge(
                self, self.database, choice.keep_uuid, choice.other_uuid, choice.take_from_other
            )
        )
        if not done or outcome is None:
            return
        result, backup = outcome
        self.last_merge = result.merge_id
        self._show_banner(merged_text(pair, result, backup), undo=True)
        self.reload()

    def show_merges(self) -> None:
        """Penggabungan sebelumnya…: the merges so far, any of them undone from there."""
        dialog = MergesDialog(self.database, self)
        dialog.undone.connect(self._undone_elsewhere)
        form_base.exec_dialog(dialog)
        dialog.deleteLater()

    def _undone_elsewhere(self, merge_id: int) -> None:
        if merge_id == self.last_merge:
            self.last_merge = None
            self._show_banner(t("duplicates_ui.undone"), undo=False)
        self.reload()

    def undo_last_merge(self) -> None:
        from wksbm_desktop.ui.operations import duplicates as ops

        if self.last_merge is None:
            return
        merge_id = self.last_merge
        done, _ = self._write(lambda: ops.undo(self, self.database, merge_id))
        if not done:
            return
        self.last_merge = None
        self._show_banner(t("duplicates_ui.undone"), undo=False)
        self.reload()

    def _write(self, change: Callable[[], T]) -> tuple[bool, T | None]:
        """Run an operation: (True, its result), or (False, None) after showing its refusal."""
        self._writing = True
        try:
            return True, change()
        except WksbmError as error:
            dialogs_util.show_error(self, error.message)
            return False, None
        finally:
            self._writing = False

    def _show_banner(self, text: str, *, undo: bool) -> None:
        self.banner_text.setText(text)
        self.undo_button.setVisible(undo)
        self.banner.show()
