"""Choosing the Rekap's period before printing it: the export's presets, last month first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.excel.report.export import period_text
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.excel import periods

CHOICES = tuple(p for p in periods.PRESETS if p != "custom")


class RekapPeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekapPeriodDialog")
        self.setWindowTitle(t("ui_print.rekap_title"))
        self.today = periods.today()
        self.combo = QComboBox(self)
        self.combo.setObjectName("rekapPeriod")
        for preset in CHOICES:
            self.combo.addItem(t(f"ui_main.period.{preset}"), preset)
        self.combo.setCurrentIndex(CHOICES.index(periods.DEFAULT_PRESET))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("rekapPeriodText")
        note = QLabel(t("ui_print.rekap_note"), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(t("ui_print.button"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(t("ui_print.cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(t("ui_print.rekap_period"), self.combo)
        form.addRow("", self.period_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.combo.currentIndexChanged.connect(lambda _i: self._show())
        self._show()

    def period(self) -> Period:
        preset = self.combo.currentData()
        return Period() if preset == "all" else periods.quick_period(preset, self.today)

    def _show(self) -> None:
        self.period_label.setText(period_text(self.period()))


def choose_rekap_period(parent: QWidget | None) -> Period | None:
    """The period the operator picked, or None when cancelled; tests replace this."""
    dialog = RekapPeriodDialog(parent)
    try:
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
