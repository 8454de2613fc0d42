"""The Anonimkan action's confirmation: a member's personal data removed on request, for good."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util

# anonymise_member gives NIKs of the form ANON000000000042: letters, so never a real NIK.
ANONYMOUS_NIK_PREFIX = "ANON"


def is_anonymous(row: Any) -> bool:
    return str(getattr(row, "nik", "")).startswith(ANONYMOUS_NIK_PREFIX)


def confirm_anonymise(parent: QWidget | None, name: str) -> bool:
    """Ask, saying it cannot be undone and when it is right (a UU PDP request)."""
    return dialogs_util.ask_confirmation(
        parent, t("ui_safety.anon.confirm", name=name), t("ui_safety.anon.title")
    )
