"""Menus and toolbars show what the signed-in role may do (the core refuses the rest anyway)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QWidget

from wksbm_desktop.core.domain.roles import Permission, SignedIn
from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.ui.main_window import MainWindow

_TABS = ("group", "member", "activity")
# Object names of actions (and a few buttons) → what they need.
NEEDS: dict[str, Permission] = {
    **{name: Permission.RECORD for name in ("newGroup", "newMember", "newActivity")},
    **{
        f"{tab}{what}": Permission.RECORD
        for tab in _TABS
        for what in ("Add", "Edit", "Archive", "Restore")
    },
    "memberAnonymise": Permission.ANONYMISE,
    "importExcel": Permission.IMPORT,
    "downloadTemplate": Permission.IMPORT,
    "exportLastMonth": Permission.EXPORT_MASKED,
    "exportReport": Permission.EXPORT_MASKED,
    "lastMonthReportButton": Permission.EXPORT_MASKED,
    "printProfile": Permission.EXPORT_MASKED,
    "printLetter": Permission.EXPORT_MASKED,
    "printAttendance": Permission.EXPORT_MASKED,
    "printAttendanceFilled": Permission.EXPORT_MASKED,
    **{f"{tab}PrintButton": Permission.EXPORT_MASKED for tab in _TABS},
    "backupNow": Permission.BACKUP,
    "copyBackupOutside": Permission.BACKUP,
    "restoreBackup": Permission.RESTORE,
    "officeSettings": Permission.SETTINGS,
    "letterheadSettings": Permission.SETTINGS,
    "rubricEditor": Permission.SETTINGS,  # Data > Rubrik tingkat kelompok (issue 19)
    "serverSettings": Permission.SETTINGS,
    "cityBoard": Permission.CONSOLIDATE,
    "nikGandaAction": Permission.NIK_REVIEW,
    "findDuplicates": Permission.DUPLICATE_REVIEW,
    "manageAccounts": Permission.ACCOUNTS,
    "indicatorMeasuresAction": Permission.RECORD,  # the list of sector measures (issue 19)
}


def apply_role(window: MainWindow, account: SignedIn | None) -> None:
    """Hide what ``account`` may not do; without accounts (None) everything shows as before."""
    for action in window.findChildren(QAction):
        permission = NEEDS.get(action.objectName())
        if permission is not None:
            allowed = account is None or account.may(permission)
            action.setVisible(allowed)
            action.setEnabled(allowed)
    for widget in window.findChildren(QWidget):
        permission = NEEDS.get(widget.objectName())
        if permission is not None:
            widget.setVisible(account is None or account.may(permission))


def limit_full_nik(check: QCheckBox, account: SignedIn | None) -> None:
    """Only a role that may export full NIKs gets the choice (the core refuses it anyway)."""
    if account is not None and not account.may(Permission.EXPORT_FULL):
        check.setChecked(False)
        check.setEnabled(False)
        check.setToolTip(t("accounts.ui.full_nik_admin_only"))
