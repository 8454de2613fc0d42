"""The member editor: personal data with a NIK checked as it is typed, and memberships."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.domain import nik
from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.errors import ValidationError
from wksbm_desktop.core.queries.forms import MemberForm
from wksbm_desktop.core.queries.nik_owner import NikOwner
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms import base
from wksbm_desktop.ui.forms.base import FormDialog, columns_page, date_errors
from wksbm_desktop.ui.forms.memberships import MembershipPanel
from wksbm_desktop.ui.forms.nik_owner_box import NikOwnerBox
from wksbm_desktop.ui.forms.pending import PendingChoice
from wksbm_desktop.ui.forms.similar_box import Draft, SimilarBox, SimilarSearch
from wksbm_desktop.ui.forms.values import AddMembership, MemberValues
from wksbm_desktop.ui.forms.widgets import (
    DateEdit,
    KeyCombo,
    format_date,
    reference_items,
    short_line,
)

if TYPE_CHECKING:
    from wksbm_desktop.core.queries.duplicates import DuplicatePair

NikLookup = Callable[[str], NikOwner | None]
LOOKUP_DELAY_MS = 120  # after the 16th digit: the lookup waits for a pause in typing
SIMILAR_DELAY_MS = 400  # "Mungkin sudah terdaftar" waits for a pause after NIK, name or date


class MemberDialog(FormDialog):
    """``group_name`` is set when the form was opened from a group's member list: a NIK that
    is already someone's then offers to add that person to the group instead."""

    required = frozenset({"nik", "full_name", "sex"})

    def __init__(self, parent: QWidget | None = None, group_name: str | None = None) -> None:
        title = "forms.member.title_new" if group_name is None else "forms.clerk.member_for_group"
        super().__init__(parent, t(title, group=group_name or t("forms.membership.this_group")))
        self.setObjectName("memberDialog")
        self._lookup: NikLookup | None = None
        self._lookup_timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self.look_up_nik)
        self.owner_box = NikOwnerBox(group_name, self)
        self.owner_box.open_requested.connect(self._on_open_owner)
        self.owner_box.add_requested.connect(self._on_use_owner)
        self._similar: SimilarSearch | None = None
        self._similar_timer = QTimer(self, singleShot=True, interval=SIMILAR_DELAY_MS)
        self._similar_timer.timeout.connect(self.look_for_similar)
        self.similar_box = SimilarBox(self)
        self.similar_box.open_requested.connect(self._on_open_owner)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_data_page(), t("forms.member.tab_data"))
        self.memberships = MembershipPanel(self.errors, "member")
        self.tabs.addTab(self.memberships, t("forms.member.tab_groups"))
        self.set_body(self.tabs)
        self.nik.textChanged.connect(self.check_nik_now)
        self.nik.textChanged.connect(self._on_nik_edited)
        self.sex.currentIndexChanged.connect(self.check_nik_now)
        self.birth_date.changed.connect(self.check_nik_now)
        for edited in (self.nik.textChanged, self.full_name.textChanged, self.birth_date.changed):
            edited.connect(self._on_identity_edited)
        self.resize(900, 620)

    def _build_data_page(self) -> QWidget:
        left = QFormLayout()
        self.nik = short_line(24)
        self.nik.setObjectName("nikEdit")
        self.nik.setPlaceholderText(t("forms.member.nik_hint"))
        self.kk = short_line(24)
        self.full_name = short_line(200)
        self.sex = KeyCombo()
        self.sex.setObjectName("sexCombo")
        self.sex.set_items(
            [
                ("", t("forms.choose")),
                ("L", t("forms.member.sex_L")),
                ("P", t("forms.member.sex_P")),
            ]
        )
        self.birth_place = short_line(100)
        self.birth_date = DateEdit()
        self.address = short_line(500)
        self.phone = short_line(30)
        self.add_rows(left, "forms.member", {"nik": self.nik})
        left.addRow(self.owner_box)
        fields = {
            "kk": self.kk,
            "full_name": self.full_name,
            "sex": self.sex,
            "birth_place": self.birth_place,
            "birth_date": self.birth_date,
            "address": self.address,
        }
        self.add_rows(left, "forms.member", fields)
        self.rt, self.rw = self.add_rt_rw_row(left)
        self.add_rows(left, "forms.member", {"phone": self.phone})
        left.addRow(self.similar_box)  # under the fields: nothing moves while typing
        return columns_page(left, self._build_right_column())

    def _build_right_column(self) -> QVBoxLayout:
        right = QVBoxLayout()
        form = QFormLayout()
        self.education = KeyCombo()
        self.occupation = short_line(100)
        self.add_rows(
            form, "forms.member", {"education": self.education, "occupation": self.occupation}
        )
        right.addLayout(form)
        right.addWidget(self._build_dtsen_box())
        self.disability = QCheckBox(t("forms.member.disability"))
        right.addWidget(self.disability)
        notes_box, self.notes = self.text_box(t("forms.member.notes"), "notes")
        right.addWidget(notes_box, 1)
        return right

    def _build_dtsen_box(self) -> QGroupBox:
        box = QGroupBox(t("forms.member.dtsen_title"))
        form = QFormLayout(box)
        self.dtsen_registered = QCheckBox(t("forms.member.dtsen_registered"))
        self.dtsen_decile = QSpinBox()
        self.dtsen_decile.setRange(0, 10)
        self.dtsen_decile.setSpecialValueText(t("forms.member.decile_unknown"))
        self.dtsen_as_of = DateEdit()
        form.addRow(self.dtsen_registered)
        dtsen_fields = {"dtsen_decile": self.dtsen_decile, "dtsen_as_of": self.dtsen_as_of}
        self.add_rows(form, "forms.member", dtsen_fields)
        self.dtsen_registered.toggled.connect(self._on_dtsen_toggled)
        self._on_dtsen_toggled(False)
        return box

    def _on_dtsen_toggled(self, registered: bool) -> None:
        self.dtsen_decile.setEnabled(registered)
        self.dtsen_as_of.setEnabled(registered)

    def load(self, form: MemberForm) -> None:
        self.education.set_items(reference_items(form.educations, "—"))
        self.memberships.set_choices([(g.uuid, g.label) for g in form.groups])
        self.memberships.load(form.memberships)
        record = form.record
        if record is not None:
            self.setWindowTitle(t("forms.member.title_edit", name=record.full_name))
            self._load_record(form)
        self.mark_clean()

    def _load_record(self, form: MemberForm) -> None:
        record = form.record
        assert record is not None
        self.nik.setText(record.nik)
        self.kk.setText(record.kk)
        self.full_name.setText(record.full_name)
        self.sex.set_key(record.sex)
        self.birth_place.setText(record.birth_place)
        self.birth_date.set_date(record.birth_date)
        self.address.setText(record.address)
        self.rt.setText(record.rt)
        self.rw.setText(record.rw)
        self.phone.setText(record.phone)
        self.education.set_key(record.education)
        self.occupation.setText(record.occupation)
        self.dtsen_registered.setChecked(record.dtsen_registered)
        self.dtsen_decile.setValue(record.dtsen_decile or 0)
        self.dtsen_as_of.set_date(record.dtsen_as_of)
        self.disability.setChecked(record.disability)
        self.notes.setPlainText(record.notes)

    def values(self) -> MemberValues:
        registered = self.dtsen_registered.isChecked()
        member = MemberInput(
            nik=self.nik.text(),
            full_name=self.full_name.text(),
            sex=self.sex.key() or None,
            birth_date=self.birth_date.date(),
            birth_place=self.birth_place.text(),
            kk=self.kk.text(),
            address=self.address.text(),
            rt=self.rt.text(),
            rw=self.rw.text(),
            phone=self.phone.text(),
            education=self.education.key(),
            occupation=self.occupation.text(),
            dtsen_registered=registered,
            dtsen_decile=(self.dtsen_decile.value() or None) if registered else None,
            dtsen_as_of=self.dtsen_as_of.date() if registered else None,
            disability=self.disability.isChecked(),
            notes=self.notes.toPlainText(),
        )
        return MemberValues(member, self.memberships.changes())

    def input_errors(self) -> dict[str, str]:
        return date_errors({"birth_date": self.birth_date, "dtsen_as_of": self.dtsen_as_of})

    def pending_choices(self) -> list[PendingChoice]:
        choice = self.memberships.pending_choice()
        return [] if choice is None else [choice]

    def first_field(self) -> QWidget | None:
        return self.nik

    def carried(self) -> object:
        # Groups chosen for the person before the NIK turned out to be known go along.
        return self.memberships.added() if self.follow_up else None

    def receive(self, carried: object) -> None:
        self.memberships.carry(cast("tuple[AddMembership, ...]", carried))

    def saved_name(self) -> str:
        return self.full_name.text().strip()

    def sticky(self) -> object:
        # The next paper form of a stack is usually a neighbour: same RT/RW.
        return (self.rt.text(), self.rw.text())

    def apply_sticky(self, sticky: object) -> None:
        rt, rw = cast("tuple[str, str]", sticky)
        self.rt.setText(rt)
        self.rw.setText(rw)

    def store(self) -> bool:
        if self._lookup_timer.isActive():
            self.look_up_nik()  # saved faster than the pause after typing: ask now
        if self.owner_box.owner is not None:
            self.errors.show({"nik": t("forms.owner.taken_below")})
            return False
        return super().store()

    # Who already holds the NIK.
    def set_nik_lookup(self, lookup: NikLookup) -> None:
        self._lookup = lookup

    def look_up_nik(self) -> None:
        self._lookup_timer.stop()
        digits = nik.normalise_id_number(self.nik.text())
        whole = len(digits) == nik.ID_LENGTH and digits.isdigit()
        owner = self._lookup(digits) if whole and self._lookup is not None else None
        self.owner_box.show_owner(owner)

    def _on_nik_edited(self) -> None:
        digits = nik.normalise_id_number(self.nik.text())
        if len(digits) == nik.ID_LENGTH and digits.isdigit():
            self._lookup_timer.start()
        else:
            self._lookup_timer.stop()
            self.owner_box.show_owner(None)

    # Someone like the new person, already registered (issue 18): a notice, never a refusal.
    def set_similar_search(self, search: SimilarSearch) -> None:
        self._similar = search

    def _on_identity_edited(self) -> None:
        if self._similar is not None:
            self._similar_timer.start()

    def look_for_similar(self) -> None:
        self._similar_timer.stop()
        if self._similar is None:
            return
        draft = Draft(
            self.nik.text(),
            self.full_name.text(),
            self.birth_date.date(),
            self.kk.text(),
            self.birth_place.text(),
        )
        if draft.worth_asking:
            self._similar.ask(draft, self._show_similar)
        else:
            self._similar.cancel()
            self.similar_box.show_pairs(())

    def _show_similar(self, pairs: Sequence[DuplicatePair]) -> None:
        # The holder of this very NIK is shown in its own box, right under the NIK.
        owner = self.owner_box.owner
        others = [pair for pair in pairs if owner is None or pair.b.uuid != owner.uuid]
        self.similar_box.show_pairs(others)

    def done(self, result: int) -> None:
        if self._similar is not None:
            self._similar.cancel()  # an answer arriving after the form closed is dropped
        self._similar_timer.stop()
        super().done(result)

    def _typed_beyond_nik(self, additions_go_along: bool) -> bool:
        """Whether anything besides the NIK (and what it filled in) would be given up."""
        keep = ("nik", "sex", "birth_date")
        now, clean = self.values(), self._clean
        if not isinstance(clean, MemberValues):
            return True
        blank = {name: getattr(clean.member, name) for name in keep}
        changes = [
            c for c in now.memberships if not (additions_go_along and isinstance(c, AddMembership))
        ]
        return replace(now.member, **blank) != clean.member or bool(changes)

    def _on_open_owner(self, uuid: str) -> None:
        if self._typed_beyond_nik(additions_go_along=True) and not base.confirm_discard(self):
            return
        self._leave(("open", uuid))

    def _on_use_owner(self, uuid: str) -> None:
        if self._typed_beyond_nik(additions_go_along=False) and not base.confirm_discard(self):
            return
        self._leave(("use", uuid))

    def _leave(self, follow_up: tuple[str, str]) -> None:
        self.follow_up = follow_up
        QDialog.reject(self)  # what was typed is given up knowingly: no second question

    # The NIK, checked on every keystroke.
    def check_nik_now(self) -> None:
        # Filling sex and birth date from the NIK fires their change signals: check once.
        if getattr(self, "_checking", False):
            return
        self._checking = True
        try:
            self._check_nik()
        finally:
            self._checking = False

    def _check_nik(self) -> None:
        raw = self.nik.text()
        digits = nik.normalise_id_number(raw)
        if not digits:
            self.errors.set_message("nik", "")
            return
        if digits.isdigit() and len(digits) < nik.ID_LENGTH:
            self.errors.set_message("nik", t("forms.member.nik_typing", count=len(digits)), "hint")
            return
        try:
            info = nik.parse_nik(raw)
        except ValidationError as error:
            self.errors.set_message("nik", error.message)
            return
        self._fill_from_nik(info)
        try:
            nik.check_nik(raw, sex=self.sex.key() or None, birth_date=self.birth_date.date())
        except ValidationError as error:
            self.errors.set_message("nik", error.message)
            return
        self._show_nik_ok(info)

    def _fill_from_nik(self, info: nik.NikInfo) -> None:
        """Fill sex and birth date from the NIK, but never overwrite what was entered."""
        if not self.sex.key():
            self.sex.set_key(info.sex)
        if not self.birth_date.text():
            self.birth_date.set_date(nik.guess_birth_date(info))

    def _show_nik_ok(self, info: nik.NikInfo) -> None:
        born: date | None = self.birth_date.date() or nik.guess_birth_date(info)
        text = t("forms.member.nik_ok", sex=t(f"nik.sex_{info.sex}"), date=format_date(born))
        notices = nik.nik_notices(info)
        self.errors.set_message("nik", "\n".join([text, *notices]), "notice")
