"""Texts for the viewer (masked NIKs) and the history of backups (issue 17)."""

MESSAGES = {
    "accounts.refused.see_full_nik": (
        "The {role} role sees NIK and No. KK numbers masked only. Nothing was changed."
    ),
    "viewer.audit.before_sign_in": "automatic (before sign-in)",
    "safety.field.user_name": "User name",
    "safety.field.import_kind": "Kind of file",
    "safety.field.rows_read": "Rows read",
    "safety.field.rows_created": "New records",
    "safety.field.rows_updated": "Records changed",
    "safety.field.rows_unchanged": "Records already there",
    "viewer.import_kind.report": "WKSBM report",
    "viewer.import_kind.template": "import template",
    "viewer.import_kind.list": "plain list",
    "safety.audit.action.export_history": "Export history",
    "safety.field.entries": "Entries",
    "safety.field.reason": "Kind of backup",
    "safety.field.folder": "Destination",
}
