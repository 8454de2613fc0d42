"""A warning in the export dialog when the Rekap's signature block would print empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wksbm_desktop.i18n import t

WARNING_STYLE = "color: #9c2b00;"  # as the export dialog's own warnings

if TYPE_CHECKING:
    from wksbm_desktop.core.storage.db import Database


def missing_fields(database: Database) -> tuple[str, ...]:
    from wksbm_desktop.excel.report.signature import missing_signature

    with database.read_session() as session:
        return missing_signature(session)


def edit_office(database: Database, parent: QWidget) -> bool:
    """The office data form (where the Lurah's name and NIP are entered); True when saved.
    Tests replace this function."""
    from wksbm_desktop.ui.setup.office_dialog import run_setup

    return run_setup(database, parent)


class SignatureWarning(QFrame):
    """Says which signature fields are empty and offers the office form to fill them in."""

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("signatureWarning")
        self.database = database
        self.label = QLabel(self)
        self.label.setObjectName("signatureWarningText")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(WARNING_STYLE)
        self.fill_button = QPushButton(t("reports.signature.fill"), self)
        self.fill_button.setObjectName("signatureFill")
        self.fill_button.clicked.connect(self._on_fill)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.fill_button)
        self.refresh()

    def refresh(self) -> None:
        """Show the warning while a field is missing; hide it once the office data has both."""
        from wksbm_desktop.excel.report.signature import signature_warning

        missing = missing_fields(self.database)
        self.label.setText(signature_warning(missing) if missing else "")
        self.setVisible(bool(missing))

    def _on_fill(self) -> None:
        if edit_office(self.database, self.window()):
            self.refresh()


def attach(dialog: QWidget, database: Database) -> SignatureWarning:
    """Put the warning above the dialog's buttons (the last item of its box layout)."""
    warning = SignatureWarning(database, dialog)
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.count() - 1, warning)
    return warning
