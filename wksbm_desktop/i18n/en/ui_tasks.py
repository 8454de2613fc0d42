"""Sentences of the background-task helper (progress dialog, failures)."""

MESSAGES = {
    "task.cancel": "Cancel",
    "task.cancelling": "Cancelling… please wait.",
    "task.unexpected": (
        "This task failed because of an unexpected error. No data was damaged. "
        "The details are in the log file; send that file to IT staff if it happens again."
    ),
}
