"""The memberships section of the group and member forms: list, add, change role, end."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain.nik import ID_LENGTH as NIK_LENGTH
from wksbm_desktop.core.models import ROLES
from wksbm_desktop.core.queries.forms import MembershipRow
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms.errors import FieldErrors, message_label, reveal, set_message
from wksbm_desktop.ui.forms.pending import PendingChoice
from wksbm_desktop.ui.forms.rows_model import DisplayRow, RowsModel, rows_table
from wksbm_desktop.ui.forms.values import (
    AddMembership,
    ChangeRole,
    EndMembership,
    MembershipChange,
)
from wksbm_desktop.ui.forms.widgets import DateEdit, KeyCombo, SearchableCombo, format_date

# The group form's "Anggota baru…": register people (the typed text as a start), get them back.
NewMembers = Callable[[str], Sequence[tuple[str, str]]]


def role_items() -> list[tuple[str, str]]:
    return [(role, t(f"forms.role.{role}")) for role in ROLES]


class MembershipPanel(QWidget):
    """Memberships of one group (``mode="group"``) or of one member (``mode="member"``).

    Nothing is written here: the panel collects changes that the form saves in one session.
    """

    changed = Signal()

    def __init__(
        self, errors: FieldErrors, mode: str, owner_name: Callable[[], str] = lambda: ""
    ) -> None:
        super().__init__()
        self._mode = mode
        self._errors = errors
        self._owner_name = owner_name
        self._rows: list[MembershipRow] = []
        self._pending: dict[str, EndMembership | ChangeRole] = {}
        self._added: list[AddMembership] = []
        self.model = RowsModel(
            [
                t(f"forms.membership.col_other_{mode}"),
                t("forms.membership.col_role"),
                t("forms.membership.col_start"),
                t("forms.membership.col_end"),
                t("forms.membership.col_change"),
            ]
        )
        self.table = rows_table(
            self, self.model, "membershipTable", t(f"forms.membership.table_{mode}")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        boxes = QHBoxLayout()
        boxes.addWidget(self._build_add_box(errors), 1)
        boxes.addWidget(self._build_row_box(errors), 1)
        layout.addLayout(boxes)

    def _build_add_box(self, errors: FieldErrors) -> QGroupBox:
        box = QGroupBox(t(f"forms.membership.add_title_{self._mode}"), self)
        form = QFormLayout(box)
        self.picker = SearchableCombo(box, t(f"forms.membership.picker_hint_{self._mode}"))
        self.picker.setObjectName("membershipPicker")
        self.add_role = KeyCombo(box)
        self.add_role.setObjectName("membershipRole")
        self.add_role.set_items(role_items())
        self.add_role.set_key("anggota")
        self.add_date = DateEdit(box)
        self.add_date.set_date(date.today())
        self.add_button = QPushButton(t("forms.membership.add"), box)
        self.add_button.setObjectName("membershipAdd")
        self.add_button.clicked.connect(self.add_from_fields)
        self.new_button = QPushButton(t("forms.membership.new_member"), box)
        self.new_button.setObjectName("membershipNewMember")
        self.new_button.setToolTip(t("forms.membership.new_member_tip"))
        self.new_button.clicked.connect(self.register_new)
        self.new_button.hide()
        self._new_members: NewMembers | None = None
        self.picker.line_edit().textChanged.connect(lambda _text: self.changed.emit())
        self.picker.searched.connect(self._on_searched)
        errors.add_row(
            form, t(f"forms.membership.picker_{self._mode}"), "membership.add", self.picker
        )
        errors.add_row(form, t("forms.membership.role"), "membership.add.role", self.add_role)
        errors.add_row(
            form, t("forms.membership.start"), "membership.add.started_on", self.add_date
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        return box

    def _build_row_box(self, errors: FieldErrors) -> QGroupBox:
        box = QGroupBox(t("forms.membership.row_title"), self)
        form = QFormLayout(box)
        self.row_role = KeyCombo(box)
        self.row_role.setObjectName("membershipNewRole")
        self.row_role.set_items(role_items())
        self.row_date = DateEdit(box)
        self.row_date.set_date(date.today())
        buttons = QHBoxLayout()
        self.change_button = QPushButton(t("forms.membership.change_role"), box)
        self.end_button = QPushButton(t("forms.membership.end"), box)
        self.undo_button = QPushButton(t("forms.membership.undo"), box)
        self.end_button.setObjectName("membershipEnd")
        self.change_button.setObjectName("membershipChangeRole")
        for button in (self.change_button, self.end_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.change_button.clicked.connect(self.change_selected_role)
        self.end_button.clicked.connect(self.end_selected)
        self.undo_button.clicked.connect(self.undo_selected)
        form.addRow(t("forms.membership.new_role"), self.row_role)
        form.addRow(t("forms.membership.on_date"), self.row_date)
        self.row_message = message_label(box)
        form.addRow(buttons)
        form.addRow(self.row_message)
        for field in ("membership", "membership.change", "membership.end"):
            errors.register(field, self.row_message, self.table)
        return box

    # Loading and reading back.
    def load(self, rows: Sequence[MembershipRow]) -> None:
        self._rows = list(rows)
        self._pending.clear()
        self._added.clear()
        self._refresh()

    def set_choices(self, items: Sequence[tuple[str, str]]) -> None:
        self.picker.set_choices(items)

    def set_search(self, search: Callable[[str], Sequence[tuple[str, str]]]) -> None:
        self.picker.set_search(search)

    def added(self) -> tuple[AddMembership, ...]:
        return tuple(self._added)

    def carry(self, added: Sequence[AddMembership]) -> None:
        """Take additions chosen in another form; those already current are left out."""
        for addition in added:
            if not self._is_current_with(addition.other_uuid):
                self._added.append(addition)
        self._refresh()

    def set_new_members(self, new_members: NewMembers) -> None:
        self._new_members = new_members
        self.new_button.show()

    def changes(self) -> tuple[MembershipChange, ...]:
        return (*self._pending.values(), *self._added)

    def pending_choice(self) -> PendingChoice | None:
        """The person or group picked (or typed) in the add box but not added yet."""
        text = self.picker.currentText().strip()
        if not text:
            return None
        if not self.picker.key():
            description = t(f"forms.pending.unmatched_{self._mode}", text=text)
        else:
            role = t(f"forms.role.{self.add_role.key()}")
            description = t(f"forms.pending.membership_{self._mode}", name=text, role=role)
        return PendingChoice(description, self._add_pending)

    def _on_searched(self, found: int) -> None:
        # A whole NIK nobody holds yet: say how to register the person from here.
        typed = self.picker.currentText().strip()
        unknown_nik = found == 0 and len(typed) == NIK_LENGTH and typed.isdigit()
        hint = "nik_unknown_new" if self._new_members else "nik_unknown"
        self._errors.set_message(
            "membership.add", t(f"forms.membership.{hint}") if unknown_nik else "", "hint"
        )

    def _add_pending(self) -> bool:
        if self.add_from_fields():
            return True
        reveal(self.picker)
        return False

    # What the list looks like with the unsaved changes applied.
    def _other(self, row: MembershipRow) -> str:
        return row.member_name if self._mode == "group" else row.group_name

    def _display_rows(self) -> list[DisplayRow]:
        shown = [self._display_existing(row) for row in self._rows]
        for added in self._added:
            cells = (
                added.other_label,
                t(f"forms.role.{added.role}"),
                format_date(added.started_on),
                "",
                t("forms.membership.pending_new"),
            )
            shown.append(DisplayRow(cells, pending=True))
        return shown

    def _display_existing(self, row: MembershipRow) -> DisplayRow:
        change = self._pending.get(row.uuid)
        note = ""
        if isinstance(change, EndMembership):
            note = t("forms.membership.pending_end", date=format_date(change.ended_on))
        elif isinstance(change, ChangeRole):
            note = t(
                "forms.membership.pending_role",
                role=t(f"forms.role.{change.role}"),
                date=format_date(change.on),
            )
        cells = (
            self._other(row),
            t(f"forms.role.{row.role}"),
            format_date(row.started_on),
            format_date(row.ended_on),
            note,
        )
        return DisplayRow(cells, muted=not row.is_current, pending=change is not None)

    def _refresh(self) -> None:
        self.model.set_rows(self._display_rows())
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changed.emit()

    def current_ketua(self, except_uuid: str | None = None) -> str | None:
        """Name of the Ketua once the unsaved changes apply (group form only)."""
        for row in self._rows:
            change = self._pending.get(row.uuid)
            role = change.role if isinstance(change, ChangeRole) else row.role
            ended = not row.is_current or isinstance(change, EndMembership)
            if role == "ketua" and not ended and row.uuid != except_uuid:
                return row.member_name
        for added in self._added:
            if added.role == "ketua" and added.other_uuid != except_uuid:
                # Picker labels read "Name (3671********0001, RW 005)": the name is enough here.
                return added.other_label.rsplit(" (", 1)[0]
        return None

    def _is_current_with(self, other_uuid: str) -> bool:
        for row in self._rows:
            same = (row.member_uuid if self._mode == "group" else row.group_uuid) == other_uuid
            if (
                same
                and row.is_current
                and not isinstance(self._pending.get(row.uuid), EndMembership)
            ):
                return True
        return any(added.other_uuid == other_uuid for added in self._added)

    def _ketua_message(self, name: str) -> str:
        group = self._owner_name().strip() or t("forms.membership.this_group")
        return t("membership.ketua_taken", group=group, name=name)

    # Actions.
    def _show(self, field: str, text: str) -> None:
        for name in ("membership.add", "membership.add.role", "membership.add.started_on"):
            label = self._label(name)
            if label is not None:
                set_message(label, "")
        set_message(self.row_message, "")
        if text:
            label = self.row_message if field == "row" else self._label(field)
            if label is not None:
                set_message(label, text)

    def _label(self, field: str) -> QLabel | None:
        return self._errors.label_for(field)

    def add_from_fields(self) -> bool:
        other, role, started = self.picker.key(), self.add_role.key(), self.add_date.date()
        if not other:
            self._show("membership.add", t(f"forms.membership.pick_{self._mode}"))
            return False
        if not self.add_date.is_valid() or started is None:
            self._show("membership.add.started_on", t("forms.date.invalid"))
            return False
        if self._is_current_with(other):
            self._show("membership.add", t(f"forms.membership.already_{self._mode}"))
            return False
        ketua = self.current_ketua() if self._mode == "group" and role == "ketua" else None
        if ketua is not None:
            self._show("membership.add.role", self._ketua_message(ketua))
            return False
        self._added.append(AddMembership(other, self.picker.currentText(), role, started))
        self._show("", "")
        self.picker.set_key("")
        self.add_role.set_key("anggota")
        self._refresh()
        return True

    def register_new(self) -> None:
        """Open the member form for new people; each one saved (or found) joins the list."""
        if self._new_members is None:
            return
        typed = self.picker.currentText().strip()
        people = self._new_members("" if self.picker.key() else typed)
        for uuid, label in people:
            self.add_person(uuid, label)

    def add_person(self, uuid: str, label: str) -> bool:
        """Pick a person by uuid and add them with the role and date in the add box."""
        self.picker.pick(uuid, label)
        return self.add_from_fields()

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, index: int) -> None:
        self.table.selectRow(index)

    def change_selected_role(self) -> bool:
        index, role, on = self._selected(), self.row_role.key(), self.row_date.date()
        if index is None:
            self._show("row", t("forms.membership.select_first"))
            return False
        if on is None:
            self._show("row", t("forms.date.invalid"))
            return False
        if index >= len(self._rows):
            added = self._added[index - len(self._rows)]
            if role == "ketua" and self._mode == "group":
                ketua = self.current_ketua(except_uuid=added.other_uuid)
                if ketua is not None:
                    self._show("row", self._ketua_message(ketua))
                    return False
            self._added[index - len(self._rows)] = replace(added, role=role)
        else:
            row = self._rows[index]
            if not row.is_current:
                self._show("row", t("membership.already_ended"))
                return False
            ketua = self.current_ketua(except_uuid=row.uuid) if role == "ketua" else None
            if ketua is not None and self._mode == "group":
                self._show("row", self._ketua_message(ketua))
                return False
            self._pending[row.uuid] = ChangeRole(row.uuid, role, on)
        self._show("", "")
        self._refresh()
        return True

    def end_selected(self) -> bool:
        index, on = self._selected(), self.row_date.date()
        if index is None:
            self._show("row", t("forms.membership.select_first"))
            return False
        if index >= len(self._rows):
            del self._added[index - len(self._rows)]
        else:
            row = self._rows[index]
            if not row.is_current:
                self._show("row", t("membership.already_ended"))
                return False
            if on is None:
                self._show("row", t("forms.date.invalid"))
                return False
            self._pending[row.uuid] = EndMembership(row.uuid, on)
        self._show("", "")
        self._refresh()
        return True

    def undo_selected(self) -> None:
        index = self._selected()
        if index is None:
            self._show("row", t("forms.membership.select_first"))
        elif index >= len(self._rows):
            del self._added[index - len(self._rows)]
        else:
            self._pending.pop(self._rows[index].uuid, None)
        self._refresh()
