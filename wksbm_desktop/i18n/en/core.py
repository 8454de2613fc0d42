"""Sentences of the data core: validation, records, database."""

MESSAGES = {
    "error.validation_failed": "{count} fields need correcting.",
    # Field rules
    "rule.required": "{label} is required.",
    "rule.too_long": "{label} is too long (at most {max} characters).",
    "rule.rt_rw_format": "{label} must be a number, e.g. 5 or 005 (entered: {value}).",
    "rule.rt_rw_zero": "{label} cannot be 000. Enter the correct {label} number, e.g. 005.",
    "rule.phone_format": (
        'Phone number "{value}" is not recognised. Write 8 to 15 digits, e.g. 0812 3456 7890.'
    ),
    "rule.nip_format": "The NIP must be 18 digits without spaces (entered: {value}).",
    "rule.date_too_old": "{label} is too far back (before 1900). Check the year.",
    "rule.date_in_future": "{label} cannot be in the future. Check the date.",
    "rule.date_out_of_range": "{label} must be between 1900 and 2100.",
    "rule.end_before_start": "The end date cannot be before the start date ({start}).",
    "rule.money_whole": "{label} must be a whole number of rupiah, without cents.",
    "rule.money_negative": "{label} cannot be less than zero.",
    "rule.count_whole": "{label} must be a whole number.",
    "rule.count_negative": "{label} cannot be less than zero.",
    "rule.not_allowed": '{label} "{value}" is not one of the available choices.',
    # Records
    "record.not_found": "The {entity} was not found. It may have been deleted; reload the list.",
    "record.changed_elsewhere": (
        "This {entity} was changed by {who} at {when} ({fields}) since you opened it. "
        "Your changes were not saved, so as not to overwrite theirs. "
        "Close the form, open it again, then repeat your changes."
    ),
    "reference.unknown": '{label} "{value}" is not known. The choices are: {choices}.',
    "reference.unknown_kind": 'Unknown reference list "{kind}".',
    "reference.kind.group_type": "Group type",
    "reference.kind.sector": "Field/sector",
    "reference.kind.activity_type": "Activity type",
    "reference.kind.funding_source": "Funding source",
    "reference.kind.education": "Education",
    # Groups
    "group.missing_or_archived": "The group was not found or is archived. Choose an active group.",
    "group.parent_missing": "The parent network was not found or is archived.",
    "group.parent_self": "A group cannot be its own parent.",
    "group.parent_nested": (
        '"{parent}" is already part of another network, so it cannot be a parent. '
        "WKSBM networks have only one level: choose the main network."
    ),
    "group.parent_has_children": (
        "This group is already the parent of other groups, so it cannot join another network."
    ),
    "group.sk_before_founded": "The SK date cannot be before the date founded.",
    # Members
    "member.sex_invalid": 'Sex must be L (male) or P (female), not "{value}".',
    "member.nik_taken": (
        "This NIK is already registered to {name}. One NIK belongs to one member only: "
        "look that member up in the Members tab."
    ),
    "member.decile_range": "The DTSEN decile must be a number from 1 to 10.",
    "member.anonymised_readonly": "This member has been anonymised and can no longer be changed.",
    # Memberships
    "membership.duplicate": "{name} is already a current member of {group}.",
    "membership.ketua_taken": (
        "{group} already has a Ketua (chair), {name}. End the old chair's role first, "
        "or choose another role."
    ),
    "membership.member_archived": "This member is archived; restore them from the Archive first.",
    "membership.already_ended": "This membership has already ended.",
    # Activities
    "activity.group_required": "Choose an active group for this activity.",
    "activity.attendee_unknown": (
        "Someone on the attendance list was not found or is archived. Reload the attendance list."
    ),
    # Database
    "db.is_directory": "{path} is a folder, not a database file.",
    "db.cannot_create_folder": "Folder {path} cannot be created. Check the folder's permissions.",
    "db.not_a_database": (
        "File {path} is not a WKSBM database (or it is damaged). Choose the right database file."
    ),
    "db.foreign_schema": "File {path} holds another database, not a WKSBM database.",
    "db.unreadable": "Database {path} cannot be read: {detail}",
    "db.write_checking": (
        "The database is still being checked after opening. Wait a few seconds, then save again."
    ),
    "db.write_damaged": (
        "The check found the database damaged, so nothing was saved. "
        "Follow the instructions to restore from a backup."
    ),
    "db.needs_upgrade": "Database {path} was made by an older version and needs upgrading.",
    "db.too_new": (
        "This database was made by a newer version of the application (revision {revision}). "
        "Update WKSBM Desktop before opening it."
    ),
    "db.upgrade_failed": (
        "Database {path} could not be upgraded to this version of the application ({detail}). "
        "The database was not changed and its backup copy is in the backup folder. "
        "Contact IT staff."
    ),
    "backup.copy_damaged": "Backup copy {path} turned out to be damaged ({detail}); the backup was cancelled.",
}
