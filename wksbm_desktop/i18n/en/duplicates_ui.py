"""Messages of the duplicate review on screen (issue 18): the finder, the merge, the form's notice."""

MESSAGES = {
    "duplicates_ui.menu": "Check for duplicates…",
    "duplicates_ui.menu_tip": (
        "Find residents who may be registered twice, then merge them or mark them as "
        "different people"
    ),
    "duplicates_ui.title": "Check for duplicates",
    "duplicates_ui.hint": (
        "Pairs of records that may be the same person, the most alike first. Click a pair to "
        "see both records side by side; rows that differ have a yellow background."
    ),
    "duplicates_ui.city_hint": (
        "Residents across the city who may be the same person, also between kelurahan. "
        "Merging is done at the kelurahan that owns the records."
    ),
    "duplicates_ui.reload": "Check again",
    "duplicates_ui.searching": "Looking for possible duplicates…",
    "duplicates_ui.summary": "{count} pairs may be the same person",
    "duplicates_ui.none": "No possible duplicates",
    "duplicates_ui.score.text": "{percent}% · {word}",
    "duplicates_ui.score.very": "very alike",
    "duplicates_ui.score.similar": "alike",
    "duplicates_ui.col.score": "Likeness",
    "duplicates_ui.col.name": "Name",
    "duplicates_ui.col.nik": "NIK",
    "duplicates_ui.col.kelurahan": "Kelurahan",
    "duplicates_ui.col.reasons": "Reasons",
    "duplicates_ui.field.groups": "Current groups",
    "duplicates_ui.field.kelurahan": "Kelurahan",
    "duplicates_ui.reasons": "Reasons: {reasons}",
    "duplicates_ui.choose_pair": "Choose a pair above to see both of its records.",
    "duplicates_ui.open_record": '{name} &nbsp;<a href="open">Open record</a>',
    "duplicates_ui.note_placeholder": "Note on the decision (optional), e.g. siblings",
    "duplicates_ui.dismiss": "Not the same person",
    "duplicates_ui.dismiss_tip": (
        "These records are two different people: this pair is not shown again"
    ),
    "duplicates_ui.merge": "Merge…",
    "duplicates_ui.merge_tip": (
        "The same person: choose the record to keep and the right values, then merge"
    ),
    "duplicates_ui.dismissed": "{a} and {b} marked as not the same person.",
    "duplicates_ui.merged": (
        "{other} merged into {keep}: {memberships} memberships, {attendance} attendances "
        "and {history} history entries moved."
    ),
    "duplicates_ui.backup_made": "Backup made before the merge: {name}.",
    "duplicates_ui.undo": "Undo",
    "duplicates_ui.undo_tip": (
        "Put both records back as they were before the merge (while neither has changed since)"
    ),
    "duplicates_ui.undone": "Merge undone: both records are back as they were.",
    "duplicates_ui.op.merging": "Making a backup and merging the records…",
    "duplicates_ui.op.undoing": "Undoing the merge…",
    "duplicates_ui.merge_dialog.title": "Merge the records of one person",
    "duplicates_ui.merge_dialog.keep": "Record to keep",
    "duplicates_ui.merge_dialog.side": (
        "{name}: {current} current memberships, {attendance} attendances, {history} history entries"
    ),
    "duplicates_ui.merge_dialog.fields_intro": (
        "On the rows that differ, choose the right value. The chosen values are saved on the "
        "record that is kept."
    ),
    "duplicates_ui.merge_dialog.kept": "{name} (kept)",
    "duplicates_ui.merge_dialog.archived": "{name} (archived)",
    "duplicates_ui.merge_dialog.empty": "(empty)",
    "duplicates_ui.merge_dialog.summary": (
        "Moved from {other} to {keep}: {memberships} memberships, {attendance} attendances "
        "and {history} history entries. Where both are current members of one group, the "
        "memberships become one. {other} is then archived with a note of where it was merged."
    ),
    "duplicates_ui.merge_dialog.warning": (
        "Before merging, the application makes a backup of the database and checks it. The "
        "merge can be undone while neither record has changed since."
    ),
    "duplicates_ui.merge_dialog.merge": "Merge",
    "duplicates_ui.entry.text": "Possibly registered already: {name}{place}. {reasons}",
    "duplicates_ui.entry.more": "Also alike: {names}.",
    "duplicates_ui.entry.open_tip": (
        "Open the record of that registered resident; what you typed here is not saved"
    ),
    "duplicates_ui.history.undo": "Undo merge",
    "duplicates_ui.history.confirm": (
        "Undo this merge? Both records go back to how they were before: memberships, "
        "attendance and history return to their own record."
    ),
    "duplicates_ui.merges.open": "Earlier merges…",
    "duplicates_ui.merges.open_tip": "The merges done so far; a merge can be undone from there",
    "duplicates_ui.merges.title": "Earlier merges",
    "duplicates_ui.merges.hint": "Newest merge first. A merge can be undone while neither record has changed since.",
    "duplicates_ui.merges.col.at": "When",
    "duplicates_ui.merges.col.other": "Record merged",
    "duplicates_ui.merges.col.keep": "Into",
    "duplicates_ui.merges.col.by": "By",
    "duplicates_ui.merges.col.state": "State",
    "duplicates_ui.merges.undone": "Undone {at} by {by}",
    "duplicates_ui.city.tab_nik": "Same NIK",
    "duplicates_ui.city.tab_similar": "Likely the same person",
}
