"""Titles of the short waits while a change is written (ui/operations)."""

MESSAGES = {
    "op.saving": "Saving…",
    "op.archiving": "Moving to the archive…",
    "op.restoring": "Restoring from the archive…",
    "op.anonymising": "Anonymising…",
}
