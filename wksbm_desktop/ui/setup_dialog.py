"""First-run setup and "Pengaturan kantor": kecamatan, kelurahan (searchable), Lurah, operator."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.db import Database
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.inputs import OfficeInput
from wksbm_desktop.core.services.office import get_office, save_office
from wksbm_desktop.core.wilayah import Kelurahan, kota_tangerang
from wksbm_desktop.i18n import t

W = TypeVar("W", bound=QWidget)


class SetupDialog(QDialog):
    """Symmetric ``load``/``values``; saving is a callback so the dialog never opens a session."""

    def __init__(self, parent: QWidget | None = None, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(t("shell.setup.title_first" if first_run else "shell.setup.title"))
        self.setMinimumWidth(560)
        self._region = kota_tangerang()
        self._save: Callable[[OfficeInput], None] | None = None
        self._errors: dict[str, QLabel] = {}
        self._build(first_run)
        self._fill_kecamatan()
        self._refresh_kelurahan()

    def _build(self, first_run: bool) -> None:
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(t("shell.setup.intro"), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
            layout.addSpacing(6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kecamatan = self._named(QComboBox(self), "setupKecamatan")
        self.search = self._named(QLineEdit(self), "setupSearch")
        self.search.setPlaceholderText(t("shell.setup.search_placeholder"))
        self.search.setClearButtonEnabled(True)
        self.kelurahan = self._named(QComboBox(self), "setupKelurahan")
        self.lurah_name = self._named(QLineEdit(self), "setupLurahName")
        self.lurah_nip = self._named(QLineEdit(self), "setupLurahNip")
        self.lurah_nip.setPlaceholderText(t("shell.setup.nip_placeholder"))
        self.lurah_nip.setMaxLength(25)
        self.operator = self._named(QLineEdit(self), "setupOperator")
        self.operator.setPlaceholderText(t("shell.setup.operator_placeholder"))
        self.address = self._named(QLineEdit(self), "setupAddress")
        rows = (
            ("shell.setup.kecamatan", self.kecamatan, None),
            ("shell.setup.search", self.search, None),
            ("shell.setup.kelurahan", self.kelurahan, "kelurahan"),
            ("shell.setup.lurah_name", self.lurah_name, "lurah_name"),
            ("shell.setup.lurah_nip", self.lurah_nip, "lurah_nip"),
            ("shell.setup.operator", self.operator, "operator_names"),
            ("shell.setup.address", self.address, "address"),
        )
        for label_key, widget, error_field in rows:
            self._add_row(form, label_key, widget, error_field)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            t("shell.setup.save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("setupSave")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(
            t("shell.setup.cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setObjectName("setupCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kecamatan.currentIndexChanged.connect(lambda _i: self._on_kecamatan())
        self.search.textChanged.connect(lambda _text: self._refresh_kelurahan())
        self.kelurahan.currentIndexChanged.connect(lambda _i: self._on_kelurahan())

    def _named(self, widget: W, name: str) -> W:
        widget.setObjectName(name)
        return widget

    def _add_row(
        self, form: QFormLayout, label_key: str, widget: QWidget, error_field: str | None
    ) -> None:
        label = QLabel(t(label_key), self)
        label.setBuddy(widget)
        form.addRow(label, widget)
        if error_field is None:
            return
        error = QLabel(self)
        error.setObjectName(f"setupError_{error_field}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.setVisible(False)
        form.addRow("", error)
        self._errors[error_field] = error

    # Kecamatan and kelurahan choices
    def _fill_kecamatan(self) -> None:
        self.kecamatan.addItem(t("shell.setup.kecamatan_pick"), None)
        for item in self._region.kecamatan_list():
            self.kecamatan.addItem(item.name, item.code)

    def _on_kecamatan(self) -> None:
        if not self.search.text().strip():
            self._refresh_kelurahan()

    def _candidates(self) -> tuple[list[Kelurahan], bool]:
        """Kelurahan to offer and whether they come from a search over the whole city."""
        text = self.search.text().strip()
        if text:
            exact = self._region.find_kelurahan(text)
            found = self._region.search_kelurahan(text)
            if exact is not None:
                found = [exact, *(k for k in found if k != exact)]
            return found, True
        code = self.kecamatan.currentData()
        return (self._region.kelurahan_list(code) if code else []), False

    def _refresh_kelurahan(self) -> None:
        previous = self.kelurahan.currentData()
        candidates, searched = self._candidates()
        self.kelurahan.blockSignals(True)
        self.kelurahan.clear()
        if not candidates:
            none_key = "shell.setup.kelurahan_none" if searched else "shell.setup.kelurahan_pick"
            self.kelurahan.addItem(t(none_key), None)
        elif not searched:
            self.kelurahan.addItem(t("shell.setup.kelurahan_pick"), None)
        for item in candidates:
            text = item.name
            if searched:
                text = t(
                    "shell.setup.kelurahan_item",
                    name=item.name,
                    kecamatan=item.kecamatan_name,
                    code=item.code,
                )
            self.kelurahan.addItem(text, item.code)
        position = self.kelurahan.findData(previous) if previous else -1
        self.kelurahan.setCurrentIndex(position if position >= 0 else 0)
        self.kelurahan.blockSignals(False)
        self._on_kelurahan()

    def _on_kelurahan(self) -> None:
        """Choosing a kelurahan found by search also shows its kecamatan."""
        code = self.kelurahan.currentData()
        item = self._region.kelurahan_by_code(code) if code else None
        if item is None:
            return
        position = self.kecamatan.findData(item.kecamatan_code)
        if position != self.kecamatan.currentIndex():
            self.kecamatan.blockSignals(True)
            self.kecamatan.setCurrentIndex(position)
            self.kecamatan.blockSignals(False)

    def select_kelurahan(self, code: str) -> bool:
        item = self._region.kelurahan_by_code(code)
        if item is None:
            return False
        self.search.clear()
        self.kecamatan.setCurrentIndex(self.kecamatan.findData(item.kecamatan_code))
        self._refresh_kelurahan()
        self.kelurahan.setCurrentIndex(self.kelurahan.findData(item.code))
        return True

    # load / values
    def load(self, data: OfficeInput) -> None:
        if data.kelurahan_code:
            self.select_kelurahan(data.kelurahan_code)
        self.lurah_name.setText(data.lurah_name)
        self.lurah_nip.setText(data.lurah_nip)
        self.operator.setText(data.operator_names)
        self.address.setText(data.address)

    def values(self) -> OfficeInput:
        return OfficeInput(
            kelurahan_code=self.kelurahan.currentData(),
            lurah_name=self.lurah_name.text(),
            lurah_nip=self.lurah_nip.text(),
            operator_names=self.operator.text(),
            address=self.address.text(),
        )

    def show_errors(self, by_field: dict[str, str]) -> None:
        for name, label in self._errors.items():
            label.setText(by_field.get(name, ""))
            label.setVisible(name in by_field)
        self.adjustSize()

    def set_saver(self, save: Callable[[OfficeInput], None]) -> None:
        self._save = save

    def accept(self) -> None:
        data = self.values()
        if not data.kelurahan_code:
            self.show_errors({"kelurahan": t("shell.setup.kelurahan_required")})
            self.kelurahan.setFocus()
            return
        if self._save is not None:
            try:
                self._save(data)
            except ValidationFailed as failure:
                self.show_errors(failure.by_field())
                return
        super().accept()


def office_input(database: Database) -> OfficeInput | None:
    with database.read_session() as session:
        office = get_office(session)
        if office is None:
            return None
        return OfficeInput(
            kelurahan_code=office.kelurahan_code,
            lurah_name=office.lurah_name,
            lurah_nip=office.lurah_nip,
            operator_names=office.operator_names,
            address=office.address,
        )


def make_setup_dialog(
    database: Database, parent: QWidget | None = None, first_run: bool = False
) -> SetupDialog:
    """The dialog loaded with the current office and wired to save it in one session."""
    dialog = SetupDialog(parent, first_run=first_run)
    current = office_input(database)
    if current is not None:
        dialog.load(current)

    def save(data: OfficeInput) -> None:
        with database.session() as session:
            save_office(session, data)

    dialog.set_saver(save)
    return dialog


def run_setup(database: Database, parent: QWidget | None = None, first_run: bool = False) -> bool:
    """Show the dialog modally; True when the office was saved."""
    dialog = make_setup_dialog(database, parent, first_run)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.exec() == QDialog.DialogCode.Accepted


def has_office(database: Database) -> bool:
    with database.read_session() as session:
        return get_office(session) is not None
