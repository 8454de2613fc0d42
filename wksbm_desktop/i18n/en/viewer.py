"""Texts for the viewer (masked NIKs) and the history of backups (issue 17)."""

MESSAGES = {
    "accounts.refused.see_full_nik": (
        "The {role} role sees NIK and No. KK numbers masked only. Nothing was changed."
    ),
    "viewer.audit.before_sign_in": "automatic (before sign-in)",
    "safety.field.user_name": "User name",
    "safety.field.reason": "Kind of backup",
    "safety.field.folder": "Destination",
}
