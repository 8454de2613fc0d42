"""Sentences of data safety: backups, restore, start-up health, storage location, audit view."""

MESSAGES = {
    # Command line
    "cli.backup.help": "make a verified backup of the database (default: in the backup folder)",
    "cli.backup.out": "write the backup to this file instead of the backup folder",
    "cli.restore.help": "restore the database from a backup file (the current state is backed up first)",
    "cli.restore.file": "the backup file (.db) to restore",
    "cli.check.damaged_backup": (
        "Database file {path} is damaged ({detail}). Do not use it to save data. "
        'Latest healthy backup: {backup}. Restore it with: wksbm restore "{backup}"'
    ),
    # Backups
    "safety.backup.not_a_file": "Backups can only be made of a database file, not {target}.",
    "safety.backup.missing": "Database file {path} not found, so nothing was backed up.",
    "safety.backup.out_exists": "File {path} already exists. Choose another file name so it is not overwritten.",
    "safety.backup.out_is_db": "The backup cannot be written over the database itself. Choose another file name.",
    "safety.backup.done": "Backup saved: {path} ({size}).",
    "safety.backup.counts": "The backup holds: {groups} groups, {members} members, {activities} activities.",
    "safety.reason.manual": "Manual backup",
    "safety.reason.otomatis": "Automatic",
    "safety.reason.sebelum-impor": "Before an import",
    "safety.reason.sebelum-upgrade": "Before an application update",
    "safety.reason.sebelum-pulih": "Before a restore",
    "safety.reason.sebelum-gabung": "Before merging data",
    # Restore
    "safety.restore.not_sqlite": "File {path} is not a WKSBM database (not an SQLite file). Choose the right backup file.",
    "safety.restore.damaged": "Backup file {path} is damaged ({detail}) and cannot be restored. Choose another, older backup.",
    "safety.restore.foreign": "File {path} is not a WKSBM database (it has no WKSBM data tables).",
    "safety.restore.too_new": (
        "File {path} was made by a newer version of the application (revision {revision}). "
        "Update WKSBM Desktop first, then restore again."
    ),
    "safety.restore.missing": "Backup file {path} not found.",
    "safety.restore.same_file": "The backup file is the database in use; nothing was restored.",
    "safety.restore.done": "Database restored from {source}.",
    "safety.restore.safety_copy": "The state before the restore was saved to {path}.",
    "safety.restore.damaged_copy": "The old damaged file was kept at {path}.",
    # Start-up health
    "safety.health.damaged": (
        "The database is damaged and will not be used to save data, so the damage does not grow. "
        "A copy of the damaged file was saved to {copy}."
    ),
    "safety.health.offer_backup": "Latest healthy backup: {backup} ({when}). Restore from this backup to continue.",
    "safety.health.no_backup": (
        "There is no healthy backup. Contact IT staff and do not delete the damaged database file."
    ),
    "safety.health.unclean": "The application was not closed properly last time; the database was checked thoroughly.",
    # Storage location
    "safety.location.unc": (
        "The database must not be kept in a network folder ({path}). A database used over a network "
        "can be damaged if the connection drops. Keep the database on this computer's disk (e.g. the default data folder)."
    ),
    "safety.location.network_drive": (
        "Drive {drive} is a network drive. The database must not be kept there because it can be "
        "damaged if the connection drops. Keep the database on this computer's disk."
    ),
    "safety.location.network_fs": (
        "Folder {path} is on a network file system ({fstype}). The database must not be kept there "
        "because it can be damaged if the connection drops. Keep the database on this computer's disk."
    ),
    "safety.location.removable": (
        "The database is on a removable drive (USB stick/external disk). Do not unplug the drive "
        "while the application is open, and keep backups elsewhere."
    ),
    "safety.location.cloud": (
        "The database is in a folder synchronised to the internet ({service}). Synchronising can damage "
        "the database and spread residents' personal data; move it to the default data folder."
    ),
    # Members
    "safety.member.already_anonymised": "This member was already anonymised.",
    # Audit view
    "safety.audit.entity.member": "Member",
    "safety.audit.entity.group": "Group",
    "safety.audit.entity.membership": "Membership",
    "safety.audit.entity.activity": "Activity",
    "safety.audit.entity.assessment": "Assessment",
    "safety.audit.entity.office": "Office details",
    "safety.audit.entity.reference": "Reference list",
    "safety.audit.entity.database": "Database",
    "safety.audit.entity.export": "Export",
    "safety.audit.action.create": "Add",
    "safety.audit.action.update": "Change",
    "safety.audit.action.archive": "Archive",
    "safety.audit.action.restore": "Restore",
    "safety.audit.action.end": "End",
    "safety.audit.action.delete": "Delete",
    "safety.audit.action.anonymise": "Anonymise",
    "safety.audit.action.demo": "Add sample data",
    "safety.audit.action.import": "Import",
    "safety.audit.action.export": "Export",
    "safety.audit.action.merge": "Merge",
    "safety.audit.no_changes": "no details",
    "safety.audit.empty": "(empty)",
    "safety.audit.yes": "Yes",
    "safety.audit.no": "No",
    "safety.audit.redacted": "(anonymised)",
    "safety.audit.col.at": "Time",
    "safety.audit.col.operator": "Operator",
    "safety.audit.col.entity": "Record",
    "safety.audit.col.uuid": "Record ID",
    "safety.audit.col.action": "Action",
    "safety.audit.col.changes": "Changes",
    "safety.audit.sheet": "Change history",
    # Field labels of audited changes
    "safety.field.nik": "NIK",
    "safety.field.kk": "No. KK",
    "safety.field.full_name": "Full name",
    "safety.field.sex": "Sex",
    "safety.field.birth_place": "Place of birth",
    "safety.field.birth_date": "Date of birth",
    "safety.field.address": "Address",
    "safety.field.rt": "RT",
    "safety.field.rw": "RW",
    "safety.field.phone": "Phone",
    "safety.field.education": "Education",
    "safety.field.occupation": "Occupation",
    "safety.field.dtsen_registered": "Registered in DTSEN",
    "safety.field.dtsen_decile": "DTSEN decile",
    "safety.field.dtsen_as_of": "DTSEN data date",
    "safety.field.disability": "Disability",
    "safety.field.notes": "Notes",
    "safety.field.name": "Name",
    "safety.field.type_id": "Type",
    "safety.field.sector_id": "Field/sector",
    "safety.field.parent_id": "Parent network",
    "safety.field.founded_on": "Date founded",
    "safety.field.sk_number": "SK number",
    "safety.field.sk_date": "SK date",
    "safety.field.sk_issuer": "SK issued by",
    "safety.field.status": "Status",
    "safety.field.group_id": "Group",
    "safety.field.group": "Group",
    "safety.field.member": "Member",
    "safety.field.role": "Role",
    "safety.field.started_on": "Start date",
    "safety.field.ended_on": "End date",
    "safety.field.held_on": "Activity date",
    "safety.field.title": "Activity name",
    "safety.field.funding_id": "Funding source",
    "safety.field.location": "Location",
    "safety.field.facilitator": "Facilitator/Speaker",
    "safety.field.amount": "Amount of funding",
    "safety.field.participants_count": "Number of participants",
    "safety.field.beneficiaries_count": "Number of beneficiaries",
    "safety.field.outcome": "Outcome",
    "safety.field.attendees": "Attendance list",
    "safety.field.assessed_on": "Assessment date",
    "safety.field.level": "Level",
    "safety.field.label": "Label",
    "safety.field.kelurahan_code": "Kelurahan code",
    "safety.field.kelurahan_name": "Kelurahan",
    "safety.field.kecamatan_code": "Kecamatan code",
    "safety.field.kecamatan_name": "Kecamatan",
    "safety.field.lurah_name": "Lurah's name",
    "safety.field.lurah_nip": "Lurah's NIP",
    "safety.field.operator_names": "Operators",
    "safety.field.ended_memberships": "Memberships ended",
    "safety.field.reopened_memberships": "Memberships reopened",
    "safety.field.file": "File",
    "safety.field.safety_backup": "Backup before the restore",
    "safety.field.seed": "Random seed",
    "safety.field.groups": "Groups",
    "safety.field.members": "Members",
    "safety.field.memberships": "Memberships",
    "safety.field.activities": "Activities",
}
