"""Labels of the history entries written by merging, feedback and notices (change history)."""

MESSAGES = {
    "safety.audit.action.dismiss_duplicate": "Not the same person",
    "safety.audit.action.merged_into": "Merged into another record",
    "safety.audit.action.unmerge": "Undo merge",
    "safety.audit.action.write": "Write",
    "safety.audit.entity.feedback": "Feedback to the kelurahan",
    "safety.audit.entity.notice": "Notice from Dinas Sosial",
    "safety.field.merge_id": "Merge number",
    "safety.field.merged_into": "Merged into",
    "safety.field.merged_from": "Merged from",
    "safety.field.merged_with": "Merged with",
    "safety.field.not_same_as": "Not the same person as",
    "safety.field.note": "Note",
    "safety.field.archived": "Archived",
}
