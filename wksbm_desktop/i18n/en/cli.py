"""Sentences of the command-line shell."""

MESSAGES = {
    "cli.description": (
        "WKSBM Desktop: records of WKSBM groups, members and activities of the kelurahan of Kota Tangerang."
    ),
    "cli.heading.positionals": "arguments",
    "cli.heading.options": "options",
    "cli.help.help": "show this help and exit",
    "cli.help.version": "show the application's version and exit",
    "cli.help.db": "database file (or database URL); default: WKSBM_DB or the user data folder",
    "cli.help.operator": "operator name written to the change history",
    "cli.usage_error": "The command could not be understood: {detail}. See '{prog} --help'.",
    "cli.interrupted": "Cancelled by the user. No change was left half saved.",
    "cli.unexpected": (
        "An unexpected error occurred. No change was left half saved. "
        "The details are in {log}; send that file to IT staff."
    ),
    "cli.init.help": "create or upgrade the database for one kelurahan",
    "cli.init.kelurahan": "Kemendagri kelurahan code, e.g. 36.71.05.1008",
    "cli.init.lurah": "the Lurah's name (for the report's signature block)",
    "cli.init.nip": "the Lurah's NIP (18 digits)",
    "cli.init.alamat": "address of the kelurahan office",
    "cli.init.done": "Database ready for {label} ({code}): {path}",
    "cli.demo.help": "fill the database with realistic sample data (for practice and testing)",
    "cli.demo.members": "number of sample members (default 300)",
    "cli.demo.seed": "random seed; the same seed gives the same data",
    "cli.demo.members_positive": "the number of members must be 1 or more",
    "cli.demo.done": (
        "Sample data added: {groups} groups, {members} members, "
        "{memberships} memberships, {activities} activities."
    ),
    "cli.demo.no_office": (
        "The database has no kelurahan details yet. First run: wksbm init --kelurahan CODE"
    ),
    "cli.stats.help": "show how many records there are (archived ones excluded)",
    "cli.stats.json": "output as JSON",
    "cli.stats.groups": "Groups",
    "cli.stats.members": "Members",
    "cli.stats.memberships": "Current memberships",
    "cli.stats.activities": "Activities",
    "cli.check.help": "check the database's health and data rules",
    "cli.check.missing": "Database file {path} not found.",
    "cli.check.damaged": (
        "Database file {path} is damaged ({detail}). Do not use it to save data; "
        "restore it from the latest backup (wksbm restore FILE)."
    ),
}
