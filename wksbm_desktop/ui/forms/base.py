"""The editor dialog frame: Simpan/Batal, field errors, and asking before losing changes."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wksbm_desktop.core.errors import ConflictError, ValidationError, ValidationFailed, WksbmError
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms import pending
from wksbm_desktop.ui.forms.errors import NOTICE_BANNER_STYLE, FieldErrors, message_label
from wksbm_desktop.ui.forms.pending import PendingAnswer, PendingChoice
from wksbm_desktop.ui.forms.widgets import DateEdit, short_line

_log = logging.getLogger(__name__)

Saver = Callable[[Any], str]


def exec_dialog(dialog: QDialog) -> bool:
    """Run a dialog modally; tests replace this to drive the dialog with qtbot instead."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def required_label(text: str) -> str:
    """A label marked as required: "&Nama kelompok:" becomes "&Nama kelompok *:"."""
    return f"{text[:-1]} *:" if text.endswith(":") else f"{text} *"


def columns_page(left: QLayout, right: QLayout) -> QWidget:
    """A page of two columns, the left one wider: fields left, boxes and notes right."""
    page = QWidget()
    columns = QHBoxLayout(page)
    columns.addLayout(left, 3)
    columns.addLayout(right, 2)
    return page


def date_errors(dates: Mapping[str, DateEdit]) -> dict[str, str]:
    """A message for each date field holding text that is no date."""
    return {field: t("forms.date.invalid") for field, edit in dates.items() if not edit.is_valid()}


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether unsaved changes may be thrown away; tests replace this."""
    box = QMessageBox(
        QMessageBox.Icon.Question, t("forms.discard.title"), t("forms.discard.text"), parent=parent
    )
    discard = box.addButton(t("forms.discard.yes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(t("forms.discard.no"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


class FormDialog(QDialog):
    """Base of the editor dialogs; subclasses build fields and implement load/values.

    The dialog never touches the database: ``set_saver`` hands it a function that saves the
    values (and raises the core's errors), so the dialog only shows what went wrong.
    Fields named in ``required`` are marked with "*" from the start, with a legend.
    """

    required: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.banner = message_label(self)
        self.errors = FieldErrors(self.banner)
        self.saved_uuid: str | None = None
        self._saver: Saver | None = None
        self._clean: object = None
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            t("forms.save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            t("forms.cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(t("forms.save_tip"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.next_button: QPushButton | None = None
        # Set by "Simpan & tambah lagi": the caller opens an empty form after this one closes.
        self.next_requested = False
        # ("open", uuid): edit that record instead; ("use", uuid): hand it back to the caller.
        self.follow_up: tuple[str, str] | None = None
        self.legend = QLabel(t("forms.required_legend"), self)
        self.legend.setObjectName("requiredLegend")
        self.legend.setStyleSheet("color: #555555;")
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.banner)

    def set_body(self, body: QWidget) -> None:
        self._layout.addWidget(body, 1)
        row = QHBoxLayout()
        row.addWidget(self.legend)
        row.addStretch(1)
        row.addWidget(self.buttons)
        self._layout.addLayout(row)
        self.legend.setVisible(bool(self.required))

    def offer_save_and_next(self) -> None:
        """Add "Simpan & tambah lagi", for entering a stack of paper forms one after another."""
        button = self.buttons.addButton(
            t("forms.save_next"), QDialogButtonBox.ButtonRole.ActionRole
        )
        button.setObjectName("saveNextButton")
        button.setToolTip(t("forms.save_next_tip"))
        button.clicked.connect(self.save_and_next)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.save_and_next)
        QShortcut(QKeySequence("Ctrl+Shift+Return"), self, self.save_and_next)
        self.next_button = button

    def show_notice(self, text: str) -> None:
        """A green line at the top (e.g. what the previous form saved)."""
        self.banner.setStyleSheet(NOTICE_BANNER_STYLE)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # Scaffolding the editors share.
    def add_rows(
        self,
        form: QFormLayout,
        labels: str,
        rows: Mapping[str, QWidget],
        renamed: Mapping[str, str] | None = None,
    ) -> None:
        """A labelled row per field, with its error label under it.

        The label is the text ``<labels>.<field>``, or ``<labels>.<renamed[field]>`` where the
        core's field name (``parent_uuid``) is not the label's (``parent``).
        """
        for field, widget in rows.items():
            text = t(f"{labels}.{(renamed or {}).get(field, field)}")
            self.errors.add_row(
                form, required_label(text) if field in self.required else text, field, widget
            )

    def add_rt_rw_row(self, form: QFormLayout) -> tuple[QLineEdit, QLineEdit]:
        """One "RT/RW: [005] / [002]" row, RT first as kelurahan staff write it."""
        rt, rw = short_line(3, 4), short_line(3, 4)
        rt.setObjectName("rtEdit")
        rw.setObjectName("rwEdit")
        for edit, name in ((rt, "RT"), (rw, "RW")):
            edit.setPlaceholderText(name)
            edit.setAccessibleName(name)
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(rt)
        row.addWidget(QLabel("/"))
        row.addWidget(rw)
        row.addStretch(1)
        pair.setFocusProxy(rt)
        label = self.errors.add_row(form, t("forms.clerk.rt_rw"), "rt", pair)
        label.setBuddy(rt)
        message = self.errors.label_for("rt")
        assert message is not None
        self.errors.register("rw", message, rw)
        return rt, rw

    def text_box(self, title: str, field: str) -> tuple[QGroupBox, QPlainTextEdit]:
        """A titled box around a multi-line text in which Tab moves on instead of typing."""
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        layout.addWidget(self.errors.wrap(field, edit))
        return box, edit

    # Subclasses provide these three.
    def values(self) -> Any:
        raise NotImplementedError

    def input_errors(self) -> dict[str, str]:
        """Problems the form can see without the core (a half-typed date, a name not in a list)."""
        return {}

    def sticky(self) -> object:
        """What "Simpan & tambah lagi" carries into the next empty form (RT/RW, group...)."""
        return None

    def apply_sticky(self, sticky: object) -> None:
        """Fill an empty form with what ``sticky`` returned for the previous one."""

    def carried(self) -> object:
        """What "open that record instead" takes along (groups already chosen...)."""
        return None

    def receive(self, carried: object) -> None:
        """Take what the form this one replaced had chosen (see ``carried``)."""

    def saved_name(self) -> str:
        """How the record just saved is named in the next form's "Tersimpan" line."""
        return ""

    def pending_choices(self) -> list[PendingChoice]:
        """Choices filled in but not added yet (Tambahkan not pressed)."""
        return []

    def set_saver(self, saver: Saver) -> None:
        self._saver = saver

    def mark_clean(self) -> None:
        """Remember the current values as saved: closing now asks nothing."""
        self._clean = self.values()

    def is_dirty(self) -> bool:
        """Changed since loaded or saved; a filled-in choice not yet added counts too."""
        return self.values() != self._clean or bool(self.pending_choices())

    def save(self) -> bool:
        """Check, hand the values to the saver, and close only when it succeeded."""
        if not self.store():
            return False
        self.accept()
        return True

    def save_and_next(self) -> bool:
        """Save, then close so that the caller opens an empty form for the next record."""
        if not self.store():
            return False
        self.next_requested = True
        self.accept()
        return True

    def _settle_pending(self) -> bool:
        """Ask about filled-in choices not yet added; False when the save must not go on."""
        choices = self.pending_choices()
        if not choices:
            return True
        answer = pending.ask_pending(self, [choice.description for choice in choices])
        if answer is PendingAnswer.BACK:
            return False
        return answer is PendingAnswer.SKIP or all(choice.add() for choice in choices)

    def store(self) -> bool:
        """Check and save the values; the form stays open (with messages) when it fails."""
        if not self._settle_pending():
            return False
        problems = self.input_errors()
        if problems:
            self.errors.show(problems)
            return False
        if self._saver is None:
            return False
        try:
            uuid = self._saver(self.values())
        except ValidationFailed as failed:
            self.errors.show(failed.by_field(), t("forms.fix_fields"))
            return False
        except ValidationError as error:
            self.errors.show({error.field: error.message})
            return False
        except ConflictError as error:
            self.errors.show({}, error.message)
            return False
        except WksbmError as error:
            self.errors.show({}, error.message)
            return False
        except Exception:
            _log.exception("saving %s failed", type(self).__name__)
            self.errors.show({}, t("forms.unexpected"))
            return False
        self.saved_uuid = uuid
        self.mark_clean()
        return True

    def first_field(self) -> QWidget | None:
        """Where typing starts when the form opens (the next paper form starts here too)."""
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        field = self.first_field()
        if field is not None and not event.spontaneous():
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if self.is_dirty() and not confirm_discard(self):
            return
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a one-line field must not close the form; Ctrl+S / Ctrl+Enter save.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
