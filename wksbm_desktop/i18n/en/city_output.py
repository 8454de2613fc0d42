"""English twin of i18n/id/city_output.py."""

MESSAGES = {
    "city_output.stats.kelurahan": "Kelurahan with data",
    "city_output.consolidate.arg": (
        "kelurahan report files (.xlsx), several at once. Without files, on a city database: "
        "the city recap of the reports received"
    ),
    "city_output.consolidate.from_database": "City recap made from the city database (the reports received).",
    "city_output.consolidate.not_city": (
        "This database belongs to one kelurahan, not to the city. Name the kelurahan report "
        "files to merge: wksbm consolidate --out CITY.xlsx REPORT1.xlsx ..."
    ),
    "city_output.consolidate.nothing": (
        "The city database has not received any kelurahan report yet. Receive reports first "
        "(wksbm receive REPORT.xlsx) or name the report files to merge."
    ),
    "city_output.status.folder": "City database (received {at} by {by})",
    "city_output.status.database": "City database",
    "city_output.issue.no_receipt": (
        "This kelurahan's data is in the city database without a record of a received report; "
        "merged as all its data as of today."
    ),
    "city_output.consolidate.no_source": (
        "name the kelurahan report files (.xlsx), or open the city database with --db"
    ),
    "city_output.board.source": "Reports from:",
    "city_output.board.from_database": "From the city database",
    "city_output.board.from_files": "From report files",
    "city_output.board.summary_database": "Source: the city database.",
    "city_output.feedback.decision.same_person": "the same person",
    "city_output.feedback.decision.different_people": "different people",
    "city_output.feedback.nik_ganda": "This resident's NIK is also recorded for a resident of {other}.",
    "city_output.feedback.decided": (
        "Dinas Sosial's decision: {decision}. Please check the NIK on this resident's KTP/KK."
    ),
    "city_output.feedback.undecided": (
        "Dinas Sosial has not decided yet. Please check the NIK on this resident's KTP/KK and "
        "correct it if it was mistyped."
    ),
    "city_output.feedback.place": "Kel. {name} (Kec. {kecamatan})",
    "city_output.feedback.no_reason": "no reason recorded",
    "city_output.feedback.file_refused": "Report {file} was refused by Dinas Sosial: {reason}",
    "city_output.feedback.where": " (sheet {sheet}, row {row})",
    "city_output.feedback.row_refused": (
        "This record from report {file}{where} was not accepted by Dinas Sosial: {reason}. "
        "Correct it, then send the next report."
    ),
    "city_output.feedback.source": "Dinas Sosial Kota Tangerang",
    "city_output.feedback.page_header": (
        "Dinas Sosial Kota Tangerang — Feedback for Kel. {name}, Kec. {kecamatan}"
    ),
    "city_output.feedback.unknown_kelurahan": (
        "Kelurahan code {code} is not known in Kota Tangerang. Write a code such as "
        "36.71.05.1008 (see the list of kelurahan)."
    ),
    "city_output.feedback.write_not_city": (
        "Feedback is written on the Dinas Sosial city database; this database belongs to one "
        "kelurahan."
    ),
    "city_output.feedback.read_not_kelurahan": (
        "Dinas Sosial feedback is read on a kelurahan database; this one is the city "
        "installation (or has no office data yet)."
    ),
    "city_output.feedback.other_kelurahan": (
        "This feedback file is for Kelurahan {name} ({code}), not for Kelurahan {own}. Ask "
        "Dinas Sosial for the file of your kelurahan."
    ),
    "city_output.feedback.not_feedback": (
        "{name} is not a Dinas Sosial feedback file (wksbm-umpan-balik). Choose the feedback "
        "file Dinas Sosial sent."
    ),
    "city_output.feedback.too_new": (
        "{name} was made with the newer format version {version}. Update the WKSBM "
        "application, then read it again."
    ),
    "city_output.cli.feedback_help": "Dinas Sosial feedback for a kelurahan (write at the city, read at the kelurahan)",
    "city_output.cli.write_help": "write the feedback file for one kelurahan (on the city database)",
    "city_output.cli.read_help": "read a Dinas Sosial feedback file (on a kelurahan database)",
    "city_output.cli.kelurahan": "code of the kelurahan, e.g. 36.71.05.1008",
    "city_output.cli.out": "feedback file to write (.xlsx)",
    "city_output.cli.note": "a note from Dinas Sosial to that kelurahan (may be repeated)",
    "city_output.cli.file": "feedback file from Dinas Sosial (.xlsx)",
    "city_output.cli.written": (
        "Feedback for Kel. {name} saved to {path}: {nik} NIK ganda, {refused} refused records, "
        "{notes} notes."
    ),
    "city_output.cli.read": (
        "Dinas Sosial feedback read: {added} new notices, {known} already known."
    ),
    "city_output.cli.skipped": "{count} rows of the file are no complete notice and were skipped.",
    "city_output.cli.metavar_text": "TEXT",
    "city_output.action.write": "Write feedback for a kelurahan…",
    "city_output.action.read": "Read Dinas Sosial feedback…",
    "city_output.action.notices": "Dinas Sosial notices…",
    "city_output.action.notices_unread": "Dinas Sosial notices ({count} unread)…",
    "city_output.status.unread": "{count} unread Dinas Sosial notices",
    "city_output.notice.kind.nik_ganda": "NIK ganda",
    "city_output.notice.kind.refused": "Refused record",
    "city_output.notice.kind.note": "Dinas note",
    "city_output.notice.entity.groups": "Group",
    "city_output.notice.entity.members": "Resident",
    "city_output.notice.entity.memberships": "Membership",
    "city_output.notice.entity.activities": "Activity",
    "city_output.notice.entity.attendance": "Attendance",
    "city_output.notice.entity.assessments": "Assessment",
    "city_output.notice.entity.aid": "Aid",
    "city_output.notice.entity.disbursements": "Aid disbursement",
    "city_output.notice.entity.aid_reports": "Aid accountability report",
    "city_output.notice.entity.indicators": "Indicators",
    "city_output.notice.entity.visits": "Visit",
    "city_output.notice.entity.rubric_answers": "Rubric answer",
    "city_output.notice.office": "The whole kelurahan",
    "city_output.notice.record_gone": "(record not found in this database)",
    "city_output.notice.unread": "New",
    "city_output.notice.read": "Read",
    "city_output.notice.new": "New",
    "city_output.notice.box_title": "Notices from Dinas Sosial",
    "city_output.notices.title": "Dinas Sosial notices",
    "city_output.notices.col.state": "State",
    "city_output.notices.col.received": "Received",
    "city_output.notices.col.kind": "Kind",
    "city_output.notices.col.record": "Record",
    "city_output.notices.col.message": "Message",
    "city_output.notices.summary": (
        "{count} notices from Dinas Sosial feedback files, {unread} unread. Choose one to read "
        "it in full."
    ),
    "city_output.notices.empty": (
        "No notices yet. Read the feedback file Dinas Sosial sent with File → Read Dinas Sosial "
        "feedback…"
    ),
    "city_output.notices.detail": "{record} — from {source}, sent {sent}:\n{message}",
    "city_output.notices.choose": "Choose one notice to read it in full.",
    "city_output.notices.mark_read": "Mark as read",
    "city_output.notices.mark_all_read": "Mark all as read",
    "city_output.notices.close": "Close",
    "city_output.read.title": "Read Dinas Sosial feedback",
    "city_output.read.working": "Reading Dinas Sosial feedback…",
    "city_output.read.done": "Dinas Sosial feedback read: {added} new notices, {known} already known.",
    "city_output.write.title": "Write feedback for a kelurahan",
    "city_output.write.intro": (
        "The feedback file holds, for one kelurahan, the NIK ganda involving its residents "
        "(NIK masked, with the officer's decision if any), the records refused in its latest "
        "report, and notes from Dinas Sosial. The kelurahan reads it with File → Read Dinas "
        "Sosial feedback; each item shows as a notice on the record concerned."
    ),
    "city_output.write.kelurahan": "Kelurahan:",
    "city_output.write.kelurahan_item": "{code} {name} (Kec. {kecamatan})",
    "city_output.write.contents": "Contents:",
    "city_output.write.counts": "{nik} NIK ganda, {refused} refused records",
    "city_output.write.note": "Dinas note:",
    "city_output.write.note_hint": "May be empty. For example: please send the July report before the 5th.",
    "city_output.write.save": "Save feedback…",
    "city_output.write.cancel": "Cancel",
    "city_output.write.save_title": "Save the feedback file",
    "city_output.write.working": "Writing feedback…",
    "city_output.write.done": (
        "Feedback for Kel. {name} saved as {file}: {nik} NIK ganda, {refused} refused records, "
        "{notes} notes. Send this file to that kelurahan."
    ),
    "city_output.feedback.title": (
        "Feedback from Dinas Sosial Kota Tangerang for Kelurahan {name} ({code}), Kec. {kecamatan}"
    ),
    "city_output.feedback.written": (
        "Written {at} by {by}: {count} items. Read this file in the kelurahan's WKSBM "
        "application (File → Read Dinas Sosial feedback) so that each item shows on its record."
    ),
    "city_output.feedback.out_suffix": "The feedback file name must end in .xlsx: {path}",
    "city_output.feedback.out_no_folder": (
        "Folder {folder} does not exist. Choose an existing folder for the feedback file."
    ),
    "city_output.feedback.cannot_write": (
        "The feedback cannot be written in {path}. Check the folder's permissions and disk space."
    ),
    "city_output.feedback.target_busy": (
        "{path} is open in another program (Excel?). Close it, then save again."
    ),
    "city_output.board.intro_database": (
        "This board shows the kelurahan reports the city database has received (Dinas Sosial → "
        "Receive kelurahan reports): for each kelurahan the latest one received. The city recap is "
        "made from the stored data, with the same sheets and figures as from the files."
    ),
}
