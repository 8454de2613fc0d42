"""First-run setup and "Pengaturan kantor": kecamatan, kelurahan (searchable), Lurah, operator."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.domain.wilayah import Kelurahan, kota_tangerang
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.services.office import get_office, save_office
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.i18n import t

W = TypeVar("W", bound=QWidget)


class SetupDialog(QDialog):
    """Symmetric ``load``/``values``; saving is a callback so the dialog never opens a session."""

    def __init__(
        self, parent: QWidget | None = None, first_run: bool = False, allow_city: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(t("shell.setup.title_first" if first_run else "shell.setup.title"))
        self.setMinimumWidth(560)
        self._region = kota_tangerang()
        self._save: Callable[[OfficeInput], None] | None = None
        self._errors: dict[str, QLabel] = {}
        self._build(first_run, allow_city)
        self._fill_kecamatan()
        self._refresh_kelurahan()

    def _build(self, first_run: bool, allow_city: bool) -> None:
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
        # Enter in the search never saves the dialog: it picks the one match or opens the list.
        self.search.installEventFilter(self)
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
            ("shell.setup.search", self.search, "search"),
            ("shell.setup.kelurahan_required_label", self.kelurahan, "kelurahan"),
            ("shell.setup.lurah_name", self.lurah_name, "lurah_name"),
            ("shell.setup.lurah_nip", self.lurah_nip, "lurah_nip"),
            ("shell.setup.operator_required_label", self.operator, "operator_names"),
            ("shell.setup.address", self.address, "address"),
        )
        self._labels: dict[str, QLabel] = {}
        for label_key, widget, error_field in rows:
            self._labels[label_key] = self._add_row(form, label_key, widget, error_field)
        layout.addLayout(form)
        # Dinas Sosial's own computers serve the whole city: no kelurahan (core/models.Office).
        self.city_check = self._named(QCheckBox(t("shell.setup.city"), self), "setupCity")
        self.city_check.setVisible(allow_city)
        self.city_check.toggled.connect(lambda _on: self._on_city())
        layout.addWidget(self.city_check)
        required_note = QLabel(t("shell.setup.required_note"), self)
        required_note.setObjectName("setupRequiredNote")
        required_note.setStyleSheet("color: palette(mid);")
        layout.addWidget(required_note)
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
    ) -> QLabel:
        label = QLabel(t(label_key), self)
        label.setBuddy(widget)
        form.addRow(label, widget)
        if error_field is None:
            return label
        error = QLabel(self)
        error.setObjectName(f"setupError_{error_field}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.setVisible(False)
        form.addRow("", error)
        self._errors[error_field] = error
        return label

    # Kecamatan and kelurahan choices
    def _fill_kecamatan(self) -> None:
        self.kecamatan.addItem(t("shell.setup.kecamatan_pick"), None)
        for item in self._region.kecamatan_list():
            self.kecamatan.addItem(item.name, item.code)

    def _on_kecamatan(self) -> None:
        if not self.search.text().strip():
            self._refresh_kelurahan()

    def _candidates(self) -> tuple[list[Kelurahan], bool, Kelurahan | None]:
        """Kelurahan to offer, whether they come from a search, and the one the text names.

        Only a full name (or older spelling) that names one kelurahan, or a search with a
        single match, chooses by itself; "poris" matches six and chooses none.
        """
        text = self.search.text().strip()
        if text:
            exact = self._region.find_kelurahan(text)
            found = self._region.search_kelurahan(text)
            if exact is not None:
                found = [exact, *(k for k in found if k != exact)]
            if exact is None and len(found) == 1:
                exact = found[0]
            return found, True, exact
        code = self.kecamatan.currentData()
        return (self._region.kelurahan_list(code) if code else []), False, None

    def _refresh_kelurahan(self) -> None:
        previous = self.kelurahan.currentData()
        candidates, searched, named = self._candidates()
        self.kelurahan.blockSignals(True)
        self.kelurahan.clear()
        if not candidates:
            none_key = "shell.setup.kelurahan_none" if searched else "shell.setup.kelurahan_pick"
            self.kelurahan.addItem(t(none_key), None)
        elif not searched:
            self.kelurahan.addItem(t("shell.setup.kelurahan_pick"), None)
        elif named is None:
            self.kelurahan.addItem(t("shell.setup.kelurahan_choose", count=len(candidates)), None)
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
        wanted = named.code if named is not None else previous
        position = self.kelurahan.findData(wanted) if wanted else -1
        self.kelurahan.setCurrentIndex(position if position >= 0 else 0)
        self.kelurahan.blockSignals(False)
        self._show_search_hint("")
        self._on_kelurahan()

    # Enter in the search field
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_entered()
                return True  # never the dialog's default button (Simpan)
        return super().eventFilter(watched, event)

    def search_entered(self) -> None:
        """Enter after typing: one match is taken, several open the list to choose from."""
        self._refresh_kelurahan()
        if self.kelurahan.currentData():
            self.lurah_name.setFocus(Qt.FocusReason.TabFocusReason)
            return
        matches = sum(1 for i in range(self.kelurahan.count()) if self.kelurahan.itemData(i))
        if matches:
            self._show_search_hint(t("shell.setup.search_many", count=matches))
            self.kelurahan.setFocus(Qt.FocusReason.TabFocusReason)
            self.kelurahan.showPopup()
        else:
            self._show_search_hint(t("shell.setup.search_none"))

    def _show_search_hint(self, text: str) -> None:
        hint = self._errors["search"]
        hint.setStyleSheet("color: #1a5fb4;")  # guidance, not an error
        hint.setText(text)
        hint.setVisible(bool(text))
        if text:
            self.adjustSize()  # room for the wrapped hint, nothing cut

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

    def _on_city(self) -> None:
        city = self.city_check.isChecked()
        for widget in (self.kecamatan, self.search, self.kelurahan):
            widget.setEnabled(not city)
        label = self._labels["shell.setup.kelurahan_required_label"]
        label.setText(
            t("shell.setup.kelurahan" if city else "shell.setup.kelurahan_required_label")
        )

    # load / values
    def load(self, data: OfficeInput) -> None:
        if data.kelurahan_code:
            self.select_kelurahan(data.kelurahan_code)
        elif not self.city_check.isHidden():
            self.city_check.setChecked(True)
        self.lurah_name.setText(data.lurah_name)
        self.lurah_nip.setText(data.lurah_nip)
        self.operator.setText(data.operator_names)
        self.address.setText(data.address)

    def values(self) -> OfficeInput:
        return OfficeInput(
            kelurahan_code=None if self.city_check.isChecked() else self.kelurahan.currentData(),
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

    def missing(self) -> dict[str, str]:
        """Required fields left empty, by field, with what to do about each."""
        data = self.values()
        found: dict[str, str] = {}
        if not data.kelurahan_code and not self.city_check.isChecked():
            found["kelurahan"] = t("shell.setup.kelurahan_required")
        if not data.operator_names.strip():
            found["operator_names"] = t("shell.setup.operator_required")
        return found

    def accept(self) -> None:
        data, missing = self.values(), self.missing()
        if missing:
            self.show_errors(missing)
            (self.kelurahan if "kelurahan" in missing else self.operator).setFocus()
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
    current = office_input(database)
    # The Dinas Sosial choice is offered while there is no office yet, or to a city office;
    # save_office keeps a kelurahan once set, so a kelurahan office cannot turn into one here.
    allow_city = current is None or not current.kelurahan_code
    dialog = SetupDialog(parent, first_run=first_run, allow_city=allow_city)
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
