"""Sentences about personal data in exported files: masking, passwords, the city workbook."""

MESSAGES = {
    "privacy.cli.password": "lock the whole file with password P (at least 6 characters); a password on the command line shows in the process list, so --ask-password is better",
    "privacy.cli.ask_password": "ask for the file's password (typed twice without showing; in a script: the first line of standard input). Without --password and --ask-password, the password is taken from {env} if set",
    "privacy.prompt.password": "File password: ",
    "privacy.prompt.password_again": "Repeat password: ",
    "privacy.password_mismatch": "The two passwords typed differ. Run the command again and type the same password twice.",
    "privacy.password_no_input": "No password could be read: standard input is empty. Type the password in the terminal, send it through standard input, or set the environment variable {env}.",
    # City workbook
    "privacy.cli.city_full_nik": "write full NIK and No. KK in the city summary (recorded in the history); default: masked. Duplicate NIKs are still checked on the reports' full NIKs",
    "privacy.city.masked": "NIK and No. KK in the city summary are masked (e.g. 3671************); duplicate NIKs were checked on the full NIKs the reports hold, before masking.",
    "privacy.city.full": "CAUTION: this city summary contains the full NIKs of every kelurahan (personal data). Its creation is recorded in the history; store and send the file with care.",
    # Audit entries of exported files
    "safety.audit.entity.consolidation": "City summary",
    "cli.consolidate.no_audit_database": "Note: this computer has no WKSBM database yet, so the making of this city summary is recorded only in the log file, not in the change history.",
    "safety.audit.action.consolidate": "Create",
    "safety.field.reports": "Kelurahan reports",
    "safety.field.nik_full": "Full NIK",
    "safety.field.encrypted": "Password-protected",
    "privacy.board.full_nik_warning": "A city summary with full NIKs holds the NIK of every resident of every kelurahan (UU PDP). Its creation is recorded in the history with the operator's name. Duplicate NIKs are checked on the full NIKs even when the summary is masked.",
}
