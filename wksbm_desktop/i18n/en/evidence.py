"""Sentences of attachments and the level rubric (issue 19, points 4 and 5)."""

MESSAGES = {
    # --- Attachments ---
    "evidence.entity": "attachment",
    "evidence.owner": "Attached to",
    "evidence.owner.group": "group",
    "evidence.owner.activity": "activity",
    "evidence.owner.aid": "aid",
    "evidence.owner.visit": "visit",
    "evidence.owner_missing": (
        "The {owner} this attachment belongs to was not found or is archived. Restore it "
        "first, or reload the list. Nothing was saved."
    ),
    "evidence.document_kind": "Document kind",
    "evidence.title": "Attachment title",
    "evidence.kind.sk": "Decree (SK)",
    "evidence.kind.lpj": "Accountability report (LPJ)",
    "evidence.kind.daftar_hadir": "Signed attendance sheet",
    "evidence.kind.foto_kegiatan": "Activity photo",
    "evidence.kind.foto_kunjungan": "Visit photo",
    "evidence.kind.lainnya": "Other",
    "evidence.file.unreadable": (
        "The file {file} cannot be read ({reason}). Check that it still exists and is not "
        "open in another program. Nothing was saved."
    ),
    "evidence.file.empty": "The file {file} is empty (0 bytes). Choose the right file.",
    "evidence.file.not_accepted": (
        "The file {file} cannot be attached: it is not a JPEG photo, a PNG image or a PDF. "
        "Save or scan it again as JPG, PNG or PDF, then try again."
    ),
    "evidence.file.photo_needs_image": (
        "{kind} must be a photo (JPG or PNG), but {file} is a PDF. Attach the photo, or choose "
        "another document kind."
    ),
    "evidence.file.too_big": (
        "The file {file} is too big ({size} MB; at most {limit} MB). Make it smaller: scan at "
        "a lower resolution (150–200 dpi is enough) or split it into several files. Nothing "
        "was saved."
    ),
    "evidence.file.too_many_pixels": (
        "The image {file} is too large (more than {limit} million pixels) or the file is not "
        "sound. Make the image smaller on the phone or computer, then try again. Nothing was "
        "saved."
    ),
    "evidence.file.broken_image": (
        "The image {file} is damaged or incomplete and cannot be opened. Take or copy the "
        "photo again, then try again."
    ),
    "evidence.damaged": (
        'The attachment "{title}" is damaged: its content no longer matches the SHA-256 '
        "fingerprint recorded when it was saved. Restore the database from a backup, or "
        "remove this attachment and attach the original file again."
    ),
    # --- The level rubric ---
    "evidence.rubric.entity": "assessment criterion",
    "evidence.rubric.criterion": "Criterion",
    "evidence.rubric.duplicate": (
        "This criterion already exists at level {level}. Write another one, or reactivate the "
        "old one."
    ),
    "evidence.rubric.order_mismatch": (
        "The order of the criteria does not match the saved rubric (it may just have been "
        "changed on another computer). Reload the criteria and order them again."
    ),
    "evidence.rubric.unknown_criterion": (
        "There is an answer for a criterion that is no longer in the rubric (the Lurah / Admin "
        "may just have changed it). Reload the assessment form."
    ),
    "evidence.rubric.unanswered": (
        'A criterion of level {level} has no answer: "{text}". Mark it met or not met.'
    ),
    "evidence.rubric.note": 'Note for the criterion "{text}"',
    # The suggestion and its reasons
    "evidence.reason.all_met": "All {count} criteria of level {level} are met.",
    "evidence.reason.unmet": "Criteria of level {level} not yet met: {criteria}.",
    "evidence.reason.no_criteria": (
        "Level {level} has no active criteria in the rubric, so the suggestion stops below it."
    ),
    "evidence.reason.floor": (
        "{level} is the lowest level: the group is still suggested {level} while it works on "
        "its criteria."
    ),
    "evidence.reason.rising": "{figure} rose from {previous} to {latest}.",
    "evidence.reason.steady": "{figure} stayed at {latest}, as in the period before.",
    "evidence.reason.falling": "{figure} fell from {previous} to {latest}.",
    "evidence.reason.falling_cap": (
        "{figure} fell from {previous} to {latest}, so the suggestion is at most {cap}."
    ),
    "evidence.reason.mandiri_needs_figures": (
        "Level Mandiri needs figures to show it, but {figures} of the last two periods are not "
        "known yet, so the suggestion is at most {cap}."
    ),
    "evidence.and": "and",
    "evidence.figure.turnover": "Turnover",
    "evidence.figure.savings": "Group savings",
    "evidence.figure.assets": "Group assets",
    "evidence.audit.met": "{met} of {total} criteria met",
    "evidence.audit.differs": "Level chosen {chosen}, rubric suggested {suggested}",
    # --- The change history ---
    "safety.audit.entity.attachment": "Attachment",
    "safety.audit.entity.rubric_criterion": "Assessment criterion",
    "safety.audit.action.rubric": "Rubric answers",
    "safety.field.attachment_owner_kind": "Kind of owner",
    "safety.field.attachment_owner": "Belongs to",
    "safety.field.document_kind": "Document kind",
    "safety.field.attachment_title": "Attachment title",
    "safety.field.file_name": "File name",
    "safety.field.media_type": "File type",
    "safety.field.size_bytes": "Size (bytes)",
    "safety.field.sha256": "SHA-256 fingerprint",
    "safety.field.criterion_text": "Criterion",
    "safety.field.rubric_order": "Order",
    "safety.field.rubric_met": "Criteria met",
    "safety.field.suggested_level": "Suggested level",
    "safety.field.level_vs_suggestion": "Differs from suggestion",
}
