"""Titles of the short waits while a change is written (ui/operations)."""

MESSAGES = {
    "op.saving": "Menyimpan…",
    "op.archiving": "Memindahkan ke arsip…",
    "op.restoring": "Memulihkan dari arsip…",
    "op.anonymising": "Menganonimkan…",
}
