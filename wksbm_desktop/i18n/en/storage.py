"""Sentences about the database file itself: missing, damaged, foreign, private; outside copies."""

MESSAGES = {
    # Opening a database file
    "storage.db_missing": 'No WKSBM database found at {path}. Check the path (a typing error in --db or WKSBM_DB?). No file was created. To create a new database there: wksbm --db "{path}" init --kelurahan CODE',
    "storage.server_no_schema": "Server database {target} holds no WKSBM tables yet. Check the address; to set that database up, run: wksbm --db URL init --kelurahan CODE",
    "storage.db_damaged": 'Database file {path} is damaged ({detail}). Do not use it to save data. Restore from a backup: open WKSBM Desktop (the application offers the latest healthy backup), or run wksbm --db "{path}" restore BACKUP-FILE. The backups are in the backup folder next to the database.',
    "storage.db_damaged_backup": 'Database file {path} is damaged ({detail}). Do not use it to save data. Latest healthy backup: {backup} ({when}). Restore it with: wksbm --db "{path}" restore "{backup}"',
    "storage.db_foreign": "File {path} is another application's database, not a WKSBM database. It was left completely unchanged. Choose the right WKSBM database file (usually wksbm.db).",
    "storage.db_cannot_create": "Database file {path} cannot be created ({detail}). Check the folder's access permissions.",
    # Remembered server passwords
    "storage.pgpass_newline": "A password cannot contain a line break (Enter). Type the password again on one line.",
    # Copies outside this computer (USB stick)
    "storage.offsite.help_to": "copy a verified backup to this folder (e.g. USB stick E:\\), then check the copy",
    "storage.offsite.not_folder": "{path} is not an existing folder. Choose a folder or a USB stick drive.",
    "storage.offsite.inside_data": "Folder {path} is inside the application's data folder on this computer. A copy kept off this computer belongs on a USB stick or an external hard disk: choose that drive.",
    "storage.offsite.shared": "Folder {path} is a network folder or a folder synchronised to the internet. Backups hold residents' personal data and must not be stored there; choose a USB stick or an external hard disk.",
    "storage.offsite.cannot_write": "The copy cannot be written to {path} ({detail}). Check that the USB stick is plugged in, not write-protected and has free space.",
    "storage.offsite.mismatch": "The copy at {path} turned out to differ from the original backup ({detail}), so it was deleted. The USB stick may be faulty or was unplugged: try again, or use another USB stick.",
    "storage.offsite.done": "Backup copied to {path} ({size}) and checked: it is identical to the original backup and the database inside it is healthy.",
    "storage.offsite.source": "Backup copied: {name} (made {when}).",
    "storage.offsite.already": "The same copy is already there; it was checked again.",
    "storage.offsite.no_server": "Copying to a USB stick is only for database files. For a PostgreSQL server: wksbm --db URL backup --out E:\\FILE.dump",
    # The window: File → Copy backup to USB stick…, its reminder, the first run
    "storage.ui.offsite.action": "Copy backup to USB stick…",
    "storage.ui.offsite.action_tip": "Copy the latest checked backup to a USB stick or an external hard disk, then check the copy",
    "storage.ui.offsite.choose_title": "Choose a USB stick or folder for the backup copy",
    "storage.ui.offsite.running": "Copying the backup to the USB stick…",
    "storage.ui.offsite.done_title": "Backup copy finished",
    "storage.ui.offsite.done": "Backup copied and checked (identical to the original backup, the database inside it is healthy):\n{name}\n\nFolder: {folder}",
    "storage.ui.offsite.keep_safe": "Remove the USB stick safely (Safely Remove Hardware) and keep it locked away, apart from this computer. It holds residents' personal data: do not lend it out.",
    "storage.ui.offsite.reminder": "{days} days without a copy on a USB stick.",
    "storage.ui.offsite.reminder_link": "Copy now…",
    "storage.ui.offsite.reminder_tip": "If this computer breaks down or is lost, the backups on it are lost too. Copy a backup to a USB stick once a week.",
    "storage.ui.create_title": "New database",
    "storage.ui.create_question": "There is no WKSBM database at:\n{path}\n\nCreate a new, empty database there?\n\nIf this office already has data, choose No: check the database location, or restore from a backup (wksbm restore FILE).",
}
