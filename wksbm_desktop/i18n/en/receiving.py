"""English messages of receiving kelurahan reports into the city database (issue 16, point 2)."""

MESSAGES = {
    "receiving.not_city": (
        "This database belongs to a kelurahan. Kelurahan reports can only be received by Dinas "
        "Sosial's city installation (create it with: wksbm --db CITY-FILE init --city)."
    ),
    "receiving.received": "Received into the city database for Kelurahan {kelurahan}.",
    "receiving.unchanged": (
        "This file was already received on {when} by {who} (as {name}); nothing changed."
    ),
    "receiving.unchanged_now": "Another officer has just received this file; nothing changed.",
    "receiving.refused.unknown_kelurahan": (
        "The kelurahan code {code} in this report is not a kelurahan of Kota Tangerang; report "
        "refused."
    ),
    "receiving.refused.no_generated_at": (
        "The report's creation date (_meta generated_at) is empty or unreadable, so it cannot be "
        "compared with other reports; ask the kelurahan to export again."
    ),
    "receiving.refused.older": (
        "Report {name} (made {generated}) is older than report {newer} (made {newer_generated}) "
        "already received; the older report is refused so that it does not overwrite newer data."
    ),
    "receiving.refused.count_mismatch": (
        "Sheet {sheet} holds {found} rows while the report states {declared}: the file was "
        "changed or cut short. Ask the kelurahan to send its report again."
    ),
    "receiving.refused.unexpected": (
        "File {name} could not be received because of an unexpected error; nothing was saved. "
        "Details are in the log file."
    ),
    "receiving.refused.unreadable": "File {name} cannot be read: {reason}",
    "receiving.owner_dinas": "Dinas Sosial",
    "receiving.row.no_uuid": "The UUID is empty, so this row cannot be matched; row refused.",
    "receiving.row.foreign_uuid": (
        "UUID {uuid} already belongs to records of {owner} in the city database; row refused."
    ),
    "receiving.row.repeated_uuid": "UUID {uuid} appears more than once in the file; row refused.",
    "receiving.row.required": "{field} is empty; row refused.",
    "receiving.row.too_long": "{field} is longer than {max} characters; row refused.",
    "receiving.row.out_of_range": "{field} is out of range (0 to {max}); row refused.",
    "receiving.row.decile": "DTSEN decile {value} must be between 1 and 10; row refused.",
    "receiving.row.nik_taken": (
        "NIK {nik} is already used by another resident of the same kelurahan ({name}); row refused."
    ),
    "receiving.row.membership_twice": (
        "This resident is already a current member of the same group; row refused."
    ),
    "receiving.row.ketua_twice": "This group already has a current Ketua; row refused.",
    "receiving.row.ended_before_started": "The end date is before the start date; row refused.",
    "receiving.row.missing_group": (
        "Group {uuid} is neither in this report nor in the city database; row refused."
    ),
    "receiving.row.archived_group": "Group {uuid} is archived; row refused.",
    "receiving.row.missing_member": (
        "Resident {uuid} is neither in this report nor in the city database; row refused."
    ),
    "receiving.row.archived_member": "Resident {uuid} is archived; row refused.",
    "receiving.row.attendance_refused": (
        "{count} attendance rows of activity {uuid} refused: the activity or its residents were "
        "not received."
    ),
    "receiving.row.bad_cell": "Column {column}: {problem}",
    "receiving.line.label_added": '{kind} "{label}" was unknown and has been added to the list.',
    "receiving.line.parent_missing": (
        "Parent network {uuid} of group {name} was not found; the group was received without it."
    ),
    "receiving.line.absent.groups": (
        "Group {name} archived: it is no longer in this whole-data report."
    ),
    "receiving.line.absent.members": (
        "Resident {name} archived: no longer in this whole-data report."
    ),
    "receiving.line.absent.activities": (
        "Activity {name} archived: it is no longer in this whole-data report."
    ),
    "receiving.line.absent_more": "... and {count} other records archived for the same reason.",
    "receiving.status.received": "received",
    "receiving.status.unchanged": "already received",
    "receiving.status.refused": "refused",
    "receiving.entity.groups": "groups",
    "receiving.entity.members": "residents",
    "receiving.entity.memberships": "memberships",
    "receiving.entity.activities": "activities",
    "receiving.entity.attendance": "attendance",
    "receiving.entity.assessments": "assessments",
    "receiving.counts": "{added} added, {changed} changed, {archived} archived, {refused} refused",
    "receiving.period_whole": "all data",
    "receiving.field.name": "Name",
    "receiving.field.type": "Type",
    "receiving.field.sector": "Sector",
    "receiving.field.funding": "Funding source",
    "receiving.field.status": "Status",
    "receiving.field.rw": "RW",
    "receiving.field.rt": "RT",
    "receiving.field.address": "Address",
    "receiving.field.sk_number": "SK number",
    "receiving.field.sk_issuer": "SK issuer",
    "receiving.field.phone": "Phone",
    "receiving.field.notes": "Notes",
    "receiving.field.nik": "NIK",
    "receiving.field.kk": "Family card number",
    "receiving.field.full_name": "Full name",
    "receiving.field.sex": "Sex",
    "receiving.field.birth_place": "Place of birth",
    "receiving.field.education": "Education",
    "receiving.field.occupation": "Occupation",
    "receiving.field.role": "Role",
    "receiving.field.started_on": "Start date",
    "receiving.field.held_on": "Activity date",
    "receiving.field.title": "Activity name",
    "receiving.field.location": "Location",
    "receiving.field.facilitator": "Facilitator",
    "receiving.field.amount": "Amount",
    "receiving.field.participants_count": "Participants",
    "receiving.field.beneficiaries_count": "Beneficiaries",
    "receiving.field.outcome": "Outcome",
    "receiving.field.assessed_on": "Assessment date",
    "receiving.field.level": "Level",
    "receiving.field.dtsen_decile": "DTSEN decile",
    "receiving.cli.help": (
        "receive kelurahan report workbooks into Dinas Sosial's city database (one transaction "
        "per file)"
    ),
    "receiving.cli.files": "kelurahan report files (.xlsx), one or more",
    "receiving.cli.json": "print the result of each file as JSON",
    "receiving.cli.line": "{file}: {status} - {kelurahan} ({period}). {message}",
    "receiving.cli.counts": "  {counts}",
    "receiving.cli.refusal": "  - {where}{reason}",
    "receiving.cli.note": "  * {line}",
    "receiving.cli.where": "{sheet} row {row}: ",
    "receiving.cli.summary": "{received} files received, {unchanged} already received, {refused} refused.",
    "receiving.ui.action": "Receive kelurahan reports…",
    "receiving.ui.action_tip": (
        "Receive report workbooks from kelurahan into the city database (several files at once)"
    ),
    "receiving.ui.choose": "Choose kelurahan reports",
    "receiving.ui.filter": "WKSBM reports (*.xlsx)",
    "receiving.ui.progress": "Receiving kelurahan reports…",
    "receiving.ui.progress_file": "Receiving {name} ({index} of {total})…",
    "receiving.ui.receipt_title": "Receipt of kelurahan reports",
    "receiving.ui.receipt_head": "{count} files: {received} received, {unchanged} already received, {refused} refused.",
    "receiving.ui.column.file": "File",
    "receiving.ui.column.kelurahan": "Kelurahan",
    "receiving.ui.column.period": "Period",
    "receiving.ui.column.status": "Status",
    "receiving.ui.column.added": "Added",
    "receiving.ui.column.changed": "Changed",
    "receiving.ui.column.archived": "Archived",
    "receiving.ui.column.refused": "Refused",
    "receiving.ui.details": "Details (refused records and remarks)",
    "receiving.ui.no_details": "No records were refused.",
    "receiving.ui.failed": "Receiving the reports failed: {reason}",
}
