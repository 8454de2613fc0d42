"""Choices filled in but not yet added (Tambahkan not pressed): Simpan asks what to do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from wksbm_desktop.i18n import t


class PendingAnswer(Enum):
    ADD = "add"  # press Tambahkan for the operator, then save
    SKIP = "skip"  # save without the choice
    BACK = "back"  # save nothing, return to the form


@dataclass(frozen=True)
class PendingChoice:
    """A section's filled-in choice: what it is (in words) and how to add it."""

    description: str
    add: Callable[[], bool]  # False when it cannot be added; the section says why


def ask_pending(parent: QWidget | None, descriptions: Sequence[str]) -> PendingAnswer:
    """Ask whether to add the pending choices before saving; tests replace this."""
    text = t("forms.pending.text", items="\n".join(f"• {d}" for d in descriptions))
    box = QMessageBox(QMessageBox.Icon.Question, t("forms.pending.title"), text, parent=parent)
    add = box.addButton(t("forms.pending.add"), QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(t("forms.pending.skip"), QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(t("forms.pending.back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(add)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is add:
        return PendingAnswer.ADD
    return PendingAnswer.SKIP if clicked is skip else PendingAnswer.BACK
