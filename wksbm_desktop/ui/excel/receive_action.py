"""Dinas Sosial menu: "Terima laporan kelurahan…", received in the background, then a receipt."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.incoming_report import REFUSED, Receipt
from wksbm_desktop.excel.receiving.action import receive_files, statuses
from wksbm_desktop.excel.receiving.text import period_label, status_label
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow

COLUMNS = ("file", "kelurahan", "period", "status", "added", "changed", "archived", "refused")


def receive_action(window: MainWindow) -> QAction:
    action = QAction(t("receiving.ui.action"), window)
    action.setObjectName("receiveReportsAction")
    action.setToolTip(t("receiving.ui.action_tip"))
    action.triggered.connect(lambda _checked=False: choose_and_receive(window))
    return action


def choose_and_receive(window: MainWindow) -> None:
    start = str(common.start_folder(window.settings))
    chosen = common.get_open_paths(
        window, t("receiving.ui.choose"), start, t("receiving.ui.filter")
    )
    if chosen:
        common.remember_folder(window.settings, chosen[0])
        receive_in_background(window, [Path(p) for p in chosen])


def receive_in_background(window: MainWindow, paths: Sequence[Path]) -> None:
    database = window.database

    def work(ctx: TaskContext) -> list[Receipt]:
        def progress(done: int, total: int, name: str) -> None:
            text = t("receiving.ui.progress_file", name=name, index=done + 1, total=total)
            ctx.progress(done, total, text if name else "")

        return receive_files(database, paths, progress, lambda: ctx.cancelled)

    def done(receipts: list[Receipt]) -> None:
        window.refresh_all()
        show_receipt(window, receipts)

    run_task(window, t("receiving.ui.progress"), work, on_success=done,
             on_cancel=window.refresh_all)  # fmt: skip


def show_receipt(parent: QWidget, receipts: list[Receipt]) -> ReceiptDialog:
    """The receipt, shown without blocking (tests find it by its object name)."""
    dialog = ReceiptDialog(receipts, parent)
    dialog.open()
    return dialog


class ReceiptDialog(QDialog):
    """One line per file (kelurahan, period, status, counts), then what was refused and why."""

    def __init__(self, receipts: list[Receipt], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(t("receiving.ui.receipt_title"))
        self.resize(980, 560)
        self.receipts = receipts
        layout = QVBoxLayout(self)
        head = QLabel(t("receiving.ui.receipt_head", count=len(receipts), **statuses(receipts)))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.table = self._table()
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(t("receiving.ui.details")))
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("receiptDetails")
        self.details.setReadOnly(True)
        self.details.setPlainText(details_text(receipts))
        layout.addWidget(self.details, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(t("ui_excel.board.close"))
        layout.addWidget(buttons)

    def _table(self) -> QTableView:
        model = QStandardItemModel(0, len(COLUMNS), self)
        model.setHorizontalHeaderLabels([t(f"receiving.ui.column.{c}") for c in COLUMNS])
        for receipt in self.receipts:
            model.appendRow([_item(value) for value in row_values(receipt)])
        view = QTableView(self)
        view.setObjectName("receiptTable")
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view


def _item(value: object) -> QStandardItem:
    item = QStandardItem(str(value))
    item.setEditable(False)
    return item


def row_values(receipt: Receipt) -> list[object]:
    counted = receipt.status != REFUSED
    return [
        receipt.file_name,
        receipt.kelurahan_name or receipt.kelurahan_code or "-",
        period_label(receipt) if receipt.kelurahan_code else "-",
        status_label(receipt.status),
        *(
            receipt.total(kind) if counted else "-"
            for kind in ("added", "changed", "archived", "refused")
        ),
    ]


def details_text(receipts: list[Receipt]) -> str:
    """Per file: its message, each refused row with its place and reason, then the remarks."""
    blocks = []
    for receipt in receipts:
        lines = [f"{receipt.file_name}: {receipt.message}"]
        for refusal in receipt.refusals:
            where = (
                t("receiving.cli.where", sheet=refusal.sheet, row=refusal.row)
                if refusal.row
                else ""
            )
            lines.append(t("receiving.cli.refusal", where=where, reason=refusal.reason))
        lines += [t("receiving.cli.note", line=line) for line in receipt.lines]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
