"""English messages of likely duplicates (issue 18): reasons, merging, undo, commands."""

MESSAGES = {
    "duplicates.reason.same_nik": "Exactly the same NIK.",
    "duplicates.reason.same_nik_two_places": (
        "Exactly the same NIK, recorded in {first} and {second}."
    ),
    "duplicates.reason.nik_one_digit": "The NIKs differ in one digit only (digit {position}).",
    "duplicates.reason.nik_swap": (
        "The NIKs are equal except two exchanged digits (digits {first} and {second})."
    ),
    "duplicates.reason.same_name": "Same name.",
    "duplicates.reason.same_name_folded": "Same name once spelling and titles are folded ({name}).",
    "duplicates.reason.similar_name": "Similar names ({percent}% alike).",
    "duplicates.reason.same_birth": "Same birth date ({date}).",
    "duplicates.reason.one_without_birth": (
        "Same name, but only one of the records has a birth date."
    ),
    "duplicates.reason.nik_birth_matches": (
        "The birth date in the NIK of the record without one matches the other record."
    ),
    "duplicates.reason.same_rt_rw": "Same RT {rt} / RW {rw}.",
    "duplicates.reason.same_kk": "Same No. KK.",
    "duplicates.reason.same_address": "Same address.",
    "duplicates.reason.same_kk_name": "Same No. KK and similar names ({percent}% alike).",
    "duplicates.reason.same_kk_name_age": (
        "Same No. KK, similar names ({percent}% alike) and ages only {years} years apart."
    ),
    "duplicates.reason.same_birth_place": "Same place of birth ({place}).",
    "duplicates.reason.other_sex": "Different sex: check carefully.",
    "duplicates.reason.two_kelurahan": "Recorded in two kelurahan ({first} and {second}).",
    "duplicates.kind.same_nik": "Same NIK",
    "duplicates.kind.nik_typo": "NIK one digit off",
    "duplicates.kind.nik_swap": "NIK with two digits exchanged",
    "duplicates.kind.name_birth": "Same name and birth date",
    "duplicates.kind.name_no_birth_date": "Same name, one without a birth date",
    "duplicates.kind.kk_name_age": "Same No. KK, similar name and age",
    "duplicates.entity.member": "member",
    "duplicates.field.nik": "NIK",
    "duplicates.field.full_name": "Full name",
    "duplicates.field.sex": "Sex",
    "duplicates.field.birth_place": "Place of birth",
    "duplicates.field.birth_date": "Date of birth",
    "duplicates.field.kk": "No. KK",
    "duplicates.field.address": "Address",
    "duplicates.field.rt": "RT",
    "duplicates.field.rw": "RW",
    "duplicates.field.phone": "Mobile",
    "duplicates.field.education": "Education",
    "duplicates.field.occupation": "Occupation",
    "duplicates.field.dtsen_registered": "Registered in DTSEN",
    "duplicates.field.dtsen_decile": "DTSEN decile",
    "duplicates.field.dtsen_as_of": "DTSEN data date",
    "duplicates.field.disability": "Disability",
    "duplicates.field.notes": "Notes",
    "duplicates.merge.same_record": "Both choices are the same record. Choose two different members.",
    "duplicates.merge.anonymised": (
        "The record of {name} has been anonymised and cannot be merged. Nothing was changed."
    ),
    "duplicates.merge.archived": (
        "The record of {name} is archived. Restore it first if it must be merged. "
        "Nothing was changed."
    ),
    "duplicates.merge.two_kelurahan": (
        "The two records belong to different kelurahan and cannot be merged here. The kelurahan "
        "concerned should archive one of them. Nothing was changed."
    ),
    "duplicates.merge.unknown_field": (
        'The field "{field}" cannot be chosen when merging. Nothing was changed.'
    ),
    "duplicates.merge.note.joined": (
        "Both were current members of {group}: one membership was kept, from {started}."
    ),
    "duplicates.restore.merged": (
        "This record was merged into another member. To separate them again, undo the merge "
        "(wksbm merge --list shows its number). Nothing was changed."
    ),
    "duplicates.dismiss.note_too_long": "The note is too long (at most {limit} characters).",
    "duplicates.undo.not_found": "Merge number {merge_id} was not found. Check it in the history.",
    "duplicates.undo.already": "This merge was already undone on {when} by {who}.",
    "duplicates.undo.changed_since": (
        "The merge cannot be undone: the member's records changed after it (last on {when} by "
        "{who}). Correct the data directly. Nothing was changed."
    ),
    "duplicates.undo.nik_taken": (
        "The merge cannot be undone: the merged record's NIK is now used by {name}. "
        "Nothing was changed."
    ),
    "accounts.refused.merge": "The {role} role may not merge members. Nothing was changed.",
    "accounts.refused.duplicate_review": (
        "The {role} role may not mark likely duplicates. Nothing was changed."
    ),
    "duplicates.cli.help": "List pairs of members that are likely the same person.",
    "duplicates.cli.json": "Print the list as JSON (a, b, score, reasons).",
    "duplicates.cli.dismiss": (
        "Mark two members (UUID UUID) as not the same person; the pair is not shown again."
    ),
    "duplicates.cli.note": "A note for --dismiss.",
    "duplicates.cli.none": "No likely duplicates.",
    "duplicates.cli.count": "{count} likely duplicate pairs.",
    "duplicates.cli.header": "Score Member A                               Member B",
    "duplicates.cli.dismissed": "Marked: {first} and {second} are not the same person.",
    "duplicates.cli.merge_help": "Merge the member --other into --keep (after a backup).",
    "duplicates.cli.keep": "UUID of the member to keep.",
    "duplicates.cli.other": "UUID of the member merged in and archived.",
    "duplicates.cli.take": "Fields taken from --other (comma-separated), e.g. full_name,birth_date.",
    "duplicates.cli.undo": "Undo the merge with this number.",
    "duplicates.cli.merge_usage": "Give --keep and --other, --undo NUMBER, or --list",
    "duplicates.cli.backup_done": "Verified backup made: {path}",
    "duplicates.cli.backup_server": "Server database: its own backups apply.",
    "duplicates.cli.merged": (
        "Merged (number {merge_id}): {memberships} memberships, {attendance} attendance rows and "
        "{history} history entries moved to {keep}."
    ),
    "duplicates.cli.undone": "Merge number {merge_id} undone; both records are back.",
    "duplicates.cli.metavar.date": "YYYY-MM-DD",
    "duplicates.cli.metavar.fields": "FIELD,...",
    "duplicates.cli.metavar.number": "NUMBER",
    "duplicates.cli.like": "Check one new record as the member form does: NIK and name (with --born).",
    "duplicates.cli.born": "Birth date of the new record for --like.",
    "duplicates.cli.bad_date": 'The date "{value}" is not understood. Write it like 1980-05-17.',
    "duplicates.cli.dismissed_help": "List the pairs marked as not the same person.",
    "duplicates.cli.dismissed_line": "{first} / {second} · {when} by {who} · note: {note}",
    "duplicates.cli.dismissed_count": "{count} pairs marked as not the same person.",
    "duplicates.cli.list": "List the merges, newest first.",
    "duplicates.cli.list_line": "Number {merge_id}: {other} → {keep} · {when} by {who}",
    "duplicates.cli.list_undone": " · undone {when}",
    "duplicates.cli.list_count": "{count} merges.",
    "duplicates.cli.attendance_dropped": (
        "{count} double attendance rows (both attended the same activity) made one."
    ),
    "duplicates.cli.fields_taken": "Taken from the merged record: {fields}.",
}
