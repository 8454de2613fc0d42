"""The screens of attachments and the level rubric (issue 19, points 4 and 5)."""

MESSAGES = {
    # --- The attachments panel ---
    "evidence_ui.tab": "Attachments ({count})",
    "evidence_ui.add": "Add attachment…",
    "evidence_ui.add_tip": (
        "Attach a photo or a scanned document (JPG, PNG or PDF); several files at once, or "
        "drag the files onto the list"
    ),
    "evidence_ui.open": "Open",
    "evidence_ui.open_tip": "Open this file with the computer's viewer",
    "evidence_ui.open_refused": (
        "The Monitor role cannot open attached files: they may hold names and NIKs that "
        "cannot be masked."
    ),
    "evidence_ui.describe": "Edit description…",
    "evidence_ui.describe_tip": "Change this attachment's title or document kind",
    "evidence_ui.archive": "Archive",
    "evidence_ui.archive_tip": "Take this attachment out of the list (it can be restored)",
    "evidence_ui.restore": "Restore",
    "evidence_ui.restore_tip": "Bring an archived attachment back into the list",
    "evidence_ui.show_archived": "Show archived",
    "evidence_ui.archived_mark": "(archived)",
    "evidence_ui.archive_confirm": 'Archive the attachment "{title}"? It can be restored.',
    "evidence_ui.empty": (
        "No attachments yet. Click Add attachment, or drag photos or documents here."
    ),
    "evidence_ui.empty_read": "No attachments yet.",
    "evidence_ui.added": "Added by {who}, {when}",
    "evidence_ui.choose_title": "Choose the photos or documents to attach",
    "evidence_ui.choose_filter": "Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)",
    "evidence_ui.add_title": "Add attachment",
    "evidence_ui.describe_title": "Edit attachment description",
    "evidence_ui.files": "Files ({count})",
    "evidence_ui.title_placeholder": "Leave empty to use the file name",
    "evidence_ui.title_placeholder_many": "Leave empty to use each file's name",
    "evidence_ui.limits": (
        "Accepted: JPG or PNG photos (at most 25 MB) and PDF (at most 10 MB). Photos are "
        "shrunk, and the GPS location and camera data in them are removed when stored."
    ),
    "evidence_ui.attach": "Attach",
    "evidence_ui.save": "Save",
    "evidence_ui.cancel": "Cancel",
    "evidence_ui.close": "Close",
    "evidence_ui.refused_title": "File not attached",
    "evidence_ui.no_viewer": (
        "This computer has no program to open this file. A copy is at {path}."
    ),
    "evidence_ui.op.adding": "Attaching the file…",
    # --- Assessing a group with the rubric ---
    "evidence_ui.assess.button": "Assess level (rubric)…",
    "evidence_ui.assess.button_tip": (
        "Assess this group's level with the checklist; the program suggests a level"
    ),
    "evidence_ui.assess.title": "Level assessment: {group}",
    "evidence_ui.assess.intro_latest": (
        "Latest level: {level} (assessed {date}). Tick every criterion this group already meets."
    ),
    "evidence_ui.assess.intro_first": (
        "This group has never been assessed. Tick every criterion it already meets."
    ),
    "evidence_ui.assess.level_box": "Criteria of level {level}",
    "evidence_ui.assess.no_criteria": "This level has no active criteria yet.",
    "evidence_ui.assess.note_placeholder": "Note (if needed)",
    "evidence_ui.assess.suggestion_box": "Suggested level",
    "evidence_ui.assess.suggested": "Rubric suggests: {level}",
    "evidence_ui.assess.operator_decides": ("The suggestion only helps. You decide the level."),
    "evidence_ui.assess.decision_box": "Decision",
    "evidence_ui.assess.level": "Level",
    "evidence_ui.assess.differs": (
        "Differs from the rubric's suggestion ({suggested}). Write the reason in the notes."
    ),
    "evidence_ui.assess.date": "Assessment date",
    "evidence_ui.assess.date_needed": (
        "Enter the assessment date as DD-MM-YYYY, for example 15-06-2025."
    ),
    "evidence_ui.assess.notes": "Notes",
    "evidence_ui.assess.notes_placeholder": "For example who assessed, or why this level",
    # --- A past assessment, read only ---
    "evidence_ui.view.hint": "Double-click a row to see its rubric answers",
    "evidence_ui.view.title": "Assessment of {group}, {date}",
    "evidence_ui.view.gone": "This assessment no longer exists.",
    "evidence_ui.view.chosen": "Level chosen",
    "evidence_ui.view.suggested": "Rubric suggestion",
    "evidence_ui.view.no_rubric": "none (assessed without the rubric)",
    "evidence_ui.view.differs": "The level chosen differs from the rubric's suggestion.",
    "evidence_ui.view.reasons": "Reasons",
    "evidence_ui.view.no_answers": (
        "This assessment was recorded without the rubric, so it has no criterion answers."
    ),
    "evidence_ui.view.met": "{met} of {total} criteria met",
    "evidence_ui.view.col.level": "Level",
    "evidence_ui.view.col.criterion": "Criterion",
    "evidence_ui.view.col.met": "Met",
    "evidence_ui.view.col.note": "Note",
    "evidence_ui.view.yes": "Yes",
    "evidence_ui.view.no": "Not yet",
    # --- The rubric editor ---
    "evidence_ui.rubric.menu": "Group level rubric…",
    "evidence_ui.rubric.title": "Group level rubric",
    "evidence_ui.rubric.intro": (
        "Each level's criteria are asked when a group is assessed. A deactivated criterion is "
        "no longer asked; old assessments keep the words they answered."
    ),
    "evidence_ui.rubric.tab": "{level} ({count})",
    "evidence_ui.rubric.add": "Add…",
    "evidence_ui.rubric.reword": "Reword…",
    "evidence_ui.rubric.up": "Move up",
    "evidence_ui.rubric.down": "Move down",
    "evidence_ui.rubric.deactivate": "Deactivate",
    "evidence_ui.rubric.reactivate": "Reactivate",
    "evidence_ui.rubric.inactive_mark": "(inactive)",
    "evidence_ui.rubric.add_title": "New criterion for level {level}",
    "evidence_ui.rubric.reword_title": "Reword a criterion of level {level}",
    "evidence_ui.rubric.text_label": "Write the criterion (at most 300 characters):",
    "evidence_ui.rubric.reword_label": (
        "New words (assessments already recorded keep the old words):"
    ),
    "evidence_ui.rubric.deactivate_confirm": (
        'Deactivate the criterion "{text}"? It will not be asked in later assessments. It can '
        "be reactivated at any time."
    ),
}
