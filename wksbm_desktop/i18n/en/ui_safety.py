"""Sentences of the data-safety screens: start-up, backup menu, restore, crash dialog, audit views."""

MESSAGES = {
    # Start-up
    "ui_safety.startup.refused_title": "Unsafe database location",
    "ui_safety.startup.warning_title": "Caution",
    "ui_safety.startup.damaged_title": "Database damaged",
    "ui_safety.startup.restore_question": "Restore from that backup now and continue?",
    "ui_safety.startup.declined": (
        "The application closed without opening the damaged database. The file was not changed at all. "
        "Contact IT staff, or open the application again and choose to restore from a backup."
    ),
    "ui_safety.startup.restored": (
        "The database was restored from the backup of {when}. Changes made after that time are not in it; "
        "check and re-enter any missing data. The damaged file is still kept at {copy}."
    ),
    "ui_safety.startup.restore_failed": "The restore failed: {message}",
    "ui_safety.startup.unclean": "The application was not closed properly last time; the database was checked thoroughly and is healthy.",
    "ui_safety.startup.daily_backup": "Making the daily backup…",
    "ui_safety.startup.checking": "Checking the database…",
    "ui_safety.startup.damaged_closing": (
        "The check after opening found the database damaged. Nothing has been saved "
        "since the application was opened."
    ),
    # Single instance
    "ui_safety.instance.title": "WKSBM Desktop is already open",
    "ui_safety.instance.refused": (
        "WKSBM Desktop is already open for this data, so it is not opened twice (two windows "
        "writing the same data could overwrite each other). The open window was brought forward; "
        "please continue there."
    ),
    # Crash dialog
    "ui_safety.crash.title": "An error occurred",
    "ui_safety.crash.text": (
        "An unexpected error occurred inside the application.\n\n"
        "Your data is safe: every save completes fully or not at all, so no data is ever "
        "half saved. Changes being entered when the error occurred may not be saved yet; "
        "check and repeat them if needed.\n\n"
        "If the error happens again, close and reopen the application, then send this log "
        "file to the support staff:\n{log}"
    ),
    "ui_safety.crash.no_log": "(the log file cannot be written on this computer)",
    # Backup menu
    "ui_safety.backup.action": "Back up now",
    "ui_safety.backup.action_tip": "Make a verified copy of the database in the backup folder",
    "ui_safety.backup.running": "Making a backup…",
    "ui_safety.backup.done_title": "Backup finished",
    "ui_safety.backup.done": "Backup made and verified:\n{name}\n\nFolder: {folder}",
    "ui_safety.backup.auto_done": "Automatic backup made: {name}",
    "ui_safety.backup.auto_failed": "The automatic backup failed; see the log file.",
    "ui_safety.backup.when": "{date}",
    "ui_safety.backup.none": "none yet",
    # Restore
    "ui_safety.restore.action": "Restore from backup…",
    "ui_safety.restore.action_tip": "Replace the current data with the contents of a backup",
    "ui_safety.restore.title": "Restore from backup",
    "ui_safety.restore.intro": (
        "Choose the backup to restore. The current data is replaced by that backup's contents; "
        "the current state is backed up first, so a restore can be undone by "
        'restoring the "Before a restore" backup.'
    ),
    "ui_safety.restore.empty": 'There are no backups in folder {folder} yet. Use "Choose another file…" for a backup on a USB stick.',
    "ui_safety.restore.col.when": "Time",
    "ui_safety.restore.col.reason": "Reason",
    "ui_safety.restore.col.size": "Size",
    "ui_safety.restore.col.groups": "Groups",
    "ui_safety.restore.col.members": "Members",
    "ui_safety.restore.col.activities": "Activities",
    "ui_safety.restore.unreadable": "unreadable",
    "ui_safety.restore.restore": "Restore",
    "ui_safety.restore.other": "Choose another file…",
    "ui_safety.restore.cancel": "Cancel",
    "ui_safety.restore.open_title": "Choose a backup file",
    "ui_safety.restore.open_filter": "WKSBM database (*.db);;All files (*)",
    "ui_safety.restore.confirm_title": "Restore data?",
    "ui_safety.restore.confirm": (
        "The current data will be replaced with the contents of the backup:\n{name}\n\n"
        "All changes made after that backup will no longer be visible. The current state "
        'is backed up first ("Before a restore"), so it can still be brought back.\n\n'
        "Continue with the restore?"
    ),
    "ui_safety.restore.running": "Restoring the database…",
    "ui_safety.restore.done_title": "Restore finished",
    "ui_safety.restore.done": "Data restored from {name}.",
    "ui_safety.restore.safety": "The state before the restore was backed up to {name}.",
    "ui_safety.restore.reopen_failed": (
        "The data was restored, but cannot be opened: {message}\nClose and reopen the application."
    ),
    "ui_safety.size.kb": "{value} KB",
    "ui_safety.size.mb": "{value} MB",
    # Audit: the Riwayat panel and the audit view
    "ui_safety.history.tab": "History ({count})",
    "ui_safety.history.col.when": "Time",
    "ui_safety.history.col.operator": "Operator",
    "ui_safety.history.col.action": "Action",
    "ui_safety.history.col.changes": "Changes",
    "ui_safety.history.no_operator": "(no name)",
    "ui_safety.audit.action": "Change history…",
    "ui_safety.audit.title": "Change history",
    "ui_safety.audit.since": "From",
    "ui_safety.audit.until": "To",
    "ui_safety.audit.operator": "Operator",
    "ui_safety.audit.entity": "Kind of record",
    "ui_safety.audit.record": "Record",
    "ui_safety.audit.record_placeholder": "Name, NIK or record ID, then Enter",
    "ui_safety.audit.all": "All",
    "ui_safety.audit.all_records": "All records",
    "ui_safety.audit.matches": "{count} records match — choose one",
    "ui_safety.audit.no_match": 'No record matches "{text}".',
    "ui_safety.audit.apply": "Show",
    "ui_safety.audit.reset": "Clear filters",
    "ui_safety.audit.previous": "‹ Previous",
    "ui_safety.audit.next": "Next ›",
    "ui_safety.audit.range": "{first}–{last} of {total} entries",
    "ui_safety.audit.none": "No entries match the filters.",
    "ui_safety.audit.export": "Export to Excel…",
    "ui_safety.audit.close": "Close",
    "ui_safety.audit.export_title": "Export change history",
    "ui_safety.audit.export_filter": "Excel workbook (*.xlsx)",
    "ui_safety.audit.export_name": "change-history.xlsx",
    "ui_safety.audit.exporting": "Exporting the change history…",
    "ui_safety.audit.exported": "{count} history entries exported to:\n{path}\n\nNIKs in it are masked.",
    "ui_safety.audit.col.record": "Record name",
    "ui_safety.audit.match.member": "Member: {name}",
    "ui_safety.audit.match.group": "Group: {name}",
    "ui_safety.audit.match.activity": "Activity: {name}",
    # Anonymising a member
    "ui_safety.anon.action": "Anonymise",
    "ui_safety.anon.tip": "Delete this member's personal data at their request (UU PDP); cannot be undone",
    "ui_safety.anon.title": "Anonymise member data",
    "ui_safety.anon.confirm": (
        "Anonymise the data of {name}?\n\n"
        "Use this only when the resident concerned asks for their personal data to be deleted "
        "(a data subject's right under UU PDP 27/2022).\n\n"
        "NIK, No. KK, name, place and date of birth, address, phone and notes will be deleted "
        "for good, from the change history too. Only sex, year of birth, RT/RW, memberships "
        "and attendance remain, so the report figures stay right.\n\n"
        "THIS CANNOT BE UNDONE. Continue?"
    ),
    "ui_safety.anon.done": 'This member\'s personal data is deleted; the lists show them as "Anonim".',
}
