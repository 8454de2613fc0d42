"""Sentences of accounts, sign-in and roles (issue 17), in English."""

MESSAGES = {
    # Roles
    "accounts.role.operator": "Operator",
    "accounts.role.admin": "Lurah / Admin",
    "accounts.role.dinsos": "Social Affairs officer",
    "accounts.role.pemantau": "Viewer",
    # Refusals by role: nothing was changed
    "accounts.refused.not_signed_in": (
        "This database uses accounts: sign in first with your user name and password. "
        "Nothing was changed."
    ),
    "accounts.refused.record": (
        "The {role} role may not change groups, members or activities. Nothing was changed."
    ),
    "accounts.refused.import": "The {role} role may not import data. Nothing was changed.",
    "accounts.refused.export_masked": (
        "The {role} role may not export or print residents' data. No file was made."
    ),
    "accounts.refused.export_full": (
        "The {role} role may not export full NIKs; only the Lurah / Admin may. Choose masked "
        "NIKs, or ask the Lurah / Admin. No file was made."
    ),
    "accounts.refused.backup": "The {role} role may not back up the database.",
    "accounts.refused.anonymise": (
        "The {role} role may not anonymise residents; only the Lurah / Admin may. "
        "Nothing was changed."
    ),
    "accounts.refused.restore": (
        "The {role} role may not restore the database from a backup; only the Lurah / Admin "
        "may. Nothing was changed."
    ),
    "accounts.refused.settings": (
        "The {role} role may not change the office, signature or letterhead settings; only the "
        "Lurah / Admin may. Nothing was changed."
    ),
    "accounts.refused.accounts": (
        "The {role} role may not manage accounts; only the Lurah / Admin may. Nothing was changed."
    ),
    "accounts.refused.receive": (
        "The {role} role may not receive kelurahan reports; only Social Affairs officers and "
        "the Admin may. Nothing was changed."
    ),
    "accounts.refused.consolidate": (
        "The {role} role may not make the city summary; only Social Affairs officers and the "
        "Admin may. No file was made."
    ),
    "accounts.refused.nik_review": (
        "The {role} role may not record duplicate-NIK decisions; only Social Affairs officers "
        "and the Admin may. Nothing was changed."
    ),
    "accounts.refused.notices": (
        "The {role} role may not send notices to kelurahan; only Social Affairs officers and "
        "the Admin may. Nothing was changed."
    ),
    # Creating and changing accounts
    "accounts.first_admin_exists": (
        "This database already has accounts. Ask the Lurah / Admin to make one for you."
    ),
    "accounts.unknown_role": "Unknown role '{role}'. Choose operator, admin, dinsos or pemantau.",
    "accounts.user_name_invalid": (
        "A user name has 2–60 characters: lower-case letters, digits, dots, underscores or "
        "hyphens, starting with a letter or digit (e.g. siti.aminah)."
    ),
    "accounts.user_name_taken": "The user name '{user_name}' is taken. Choose another.",
    "accounts.full_name_too_long": "A full name has at most 150 characters.",
    "accounts.full_name_taken": (
        "An account named '{name}' exists. The change history records full names, so every "
        "account needs a different one (add a surname or title)."
    ),
    "accounts.password_too_short": "A password has at least {length} characters.",
    "accounts.password_blank": "A password cannot be only spaces.",
    "accounts.no_such_user": "There is no account with the user name '{user_name}'.",
    "accounts.cannot_disable_self": "You cannot disable your own account.",
    "accounts.cannot_change_own_role": (
        "You cannot change the role of your own account. Ask another Lurah / Admin to change it."
    ),
    "accounts.last_admin_role": (
        "This is the only active Lurah / Admin, so it keeps the admin role. Create or enable "
        "another admin first, then change the role of this account."
    ),
    "accounts.last_admin": (
        "This is the only active Lurah / Admin. Make or enable another admin first, then "
        "disable this account."
    ),
    "accounts.enable_needs_password": (
        "Account '{user_name}' has no password yet: reset its password first, then enable it."
    ),
    "accounts.old_password_wrong": "The old password is wrong. The password was not changed.",
    # Signing in
    "accounts.wrong_password": (
        "Wrong user name or password, or the account is disabled. Check and try again."
    ),
    "accounts.wait": "Too many wrong attempts. Wait {seconds} seconds, then try again.",
    "accounts.recovery_wrong": (
        "The recovery code is wrong, already used, or this account is not an active Lurah / Admin."
    ),
    # The change history
    "safety.audit.entity.account": "Account",
    "safety.audit.action.disable": "Disable",
    "safety.audit.action.enable": "Enable",
    "safety.audit.action.set_role": "Change account role",
    "safety.audit.action.reset_password": "Reset password",
    "safety.audit.action.change_password": "Change password",
    "safety.audit.action.new_recovery_code": "New recovery code",
    "safety.audit.action.recover": "Recover with code",
    # The command line
    "accounts.cli.help_user": "user name running the command (required once the database uses accounts); password from WKSBM_PASSWORD or asked",
    "accounts.cli.no_accounts_yet": "This database uses no accounts yet, so --user {user} is not needed. Run the command without --user, or make the first admin with: wksbm init ... --admin NAME",
    "accounts.cli.user_needed": "This database uses accounts: write --user NAME before the command (like --db). The password is asked, or read from {env} for scheduled jobs.",
    "accounts.cli.prompt_password": "Password of {user}: ",
    "accounts.cli.prompt_new": "New password for {user}: ",
    "accounts.cli.prompt_again": "New password again: ",
    "accounts.cli.mismatch": "The two passwords differ. Nothing was changed; run the command again.",
    "accounts.cli.no_password": "No password given. Type it on a terminal, send it as the first line of standard input, or set {env}.",
    "accounts.cli.init_admin": "user name of the first Lurah / Admin (password from WKSBM_NEW_PASSWORD or asked)",
    "accounts.cli.init_full_name": "full name of the first admin (default: the Lurah, or the user name)",
    "accounts.cli.admin_made": "Lurah / Admin account {user} made. From now on every command needs --user.",
    "accounts.cli.recovery_code": "Recovery code (shown only once; print it or write it on paper and keep it locked away): {code}",
    "accounts.cli.user_help": "manage accounts: add, list, disable, enable, change role, reset password",
    "accounts.cli.add_help": "add an account (password from WKSBM_NEW_PASSWORD or asked)",
    "accounts.cli.list_help": "list every account",
    "accounts.cli.disable_help": "disable an account (its history stays)",
    "accounts.cli.enable_help": "enable a disabled account again",
    "accounts.cli.set_role_help": "change the role of an account (operator, admin, dinsos or pemantau)",
    "accounts.cli.reset_password_help": "reset the password of an account (from WKSBM_NEW_PASSWORD or asked)",
    "accounts.cli.user_name": "user name, e.g. siti.aminah",
    "accounts.cli.role": "role: operator, admin (Lurah), dinsos (Social Affairs officer) or pemantau (viewer)",
    "accounts.cli.full_name": "full name recorded in the change history (default: the user name)",
    "accounts.cli.added": "Account {user} ({role}) added.",
    "accounts.cli.none": "No accounts yet.",
    "accounts.cli.active": "active",
    "accounts.cli.inactive": "disabled",
    "accounts.cli.disabled": "Account {user} disabled.",
    "accounts.cli.enabled": "Account {user} enabled.",
    "accounts.cli.role_set": "Account {user} now has the role {role}.",
    "accounts.cli.reset": "The password of account {user} was reset.",
    # PostgreSQL
    "accounts.pg.owner_must_upgrade": "The database on server {target} needs upgrading to this version of the application, but the login in use is for daily work only and may not alter tables. Ask IT to run the upgrade once with the database owner login (see README, PostgreSQL server section), then open the application again. Nothing was changed.",
    # The window
    "accounts.ui.menu": "&Account",
    "accounts.ui.change_action": "Change password…",
    "accounts.ui.manage_action": "Manage accounts…",
    "accounts.ui.lock_action": "Lock the screen now",
    "accounts.ui.status": "Signed in as {name} ({role})",
    "accounts.ui.cover": "Sign in first to open the data.",
    "accounts.ui.sign_in_title": "Sign in – WKSBM Desktop",
    "accounts.ui.sign_in_intro": "Enter your user name and password. Every change, export and import is recorded under your name.",
    "accounts.ui.lock_title": "Screen locked",
    "accounts.ui.lock_intro": "The screen was locked after a while without use. Open work is kept as it was. Enter the password of {name} to go on.",
    "accounts.ui.user_name": "User name",
    "accounts.ui.user_name_hint": "e.g. siti.aminah",
    "accounts.ui.full_name": "Full name",
    "accounts.ui.full_name_hint": "the name the change history records",
    "accounts.ui.password": "Password",
    "accounts.ui.old_password": "Old password",
    "accounts.ui.new_password": "New password",
    "accounts.ui.again": "Password again",
    "accounts.ui.code": "Recovery code",
    "accounts.ui.code_hint": "XXXX-XXXX-XXXX-XXXX-XXXX",
    "accounts.ui.role": "Role",
    "accounts.ui.sign_in": "Sign in",
    "accounts.ui.forgot": "Forgot password…",
    "accounts.ui.quit": "Close the application",
    "accounts.ui.save": "Save",
    "accounts.ui.cancel": "Cancel",
    "accounts.ui.close": "Close",
    "accounts.ui.repeat_differs": "The two new passwords differ. Type both again.",
    "accounts.ui.first_title": "Make the Lurah / Admin account",
    "accounts.ui.first_intro": "This database has no account yet. First make the Lurah / Admin account: it manages the other officers' accounts, exports full NIKs, anonymises and restores backups. After that everyone signs in with their own account, so the change history records who did what.",
    "accounts.ui.first_ok": "Make the account",
    "accounts.ui.code_title": "Recovery code",
    "accounts.ui.code_intro": "This is the recovery code of {name}. If the Lurah / Admin password is forgotten, this code makes a new one, once. The code is shown only now and is not kept on the computer: print it or write it on paper, then keep it in a locked cupboard.",
    "accounts.ui.code_print": "Print the code…",
    "accounts.ui.code_kept": "I have printed or written down the code and put it somewhere safe",
    "accounts.ui.code_done": "Done",
    "accounts.ui.change_title": "Change password",
    "accounts.ui.recover_title": "Forgot password",
    "accounts.ui.recover_intro": "A Lurah / Admin who forgot the password uses the recovery code printed when the account was made. The code works once; a new one is shown afterwards. Other officers: ask the Lurah / Admin to reset your password.",
    "accounts.ui.manage_title": "Manage accounts",
    "accounts.ui.add": "Add account…",
    "accounts.ui.add_title": "Add account",
    "accounts.ui.reset": "Reset password…",
    "accounts.ui.reset_title": "New password for {user}",
    "accounts.ui.disable": "Disable",
    "accounts.ui.set_role": "Change role…",
    "accounts.ui.set_role_title": "Change the role of account {user}",
    "accounts.ui.set_role_label": "New role:",
    "accounts.ui.set_role_note": "The new role applies from this person's next action. If they are signed in, their menus follow as soon as their window is used again.",
    "accounts.ui.enable": "Enable",
    "accounts.ui.confirm_disable": "Disable account {user}? This person can no longer sign in; their change history stays.",
    "accounts.ui.choose_first": "Choose an account in the list first.",
    "accounts.ui.idle_label": "Lock the screen on this computer after it is unused for",
    "accounts.ui.minutes_suffix": " minutes",
    "accounts.ui.col.user_name": "User name",
    "accounts.ui.col.full_name": "Full name",
    "accounts.ui.col.role": "Role",
    "accounts.ui.col.state": "State",
    "accounts.ui.col.last_sign_in": "Last signed in",
    "accounts.sheet.title": "WKSBM Desktop Account Recovery Code",
    "accounts.sheet.name": "Full name",
    "accounts.sheet.user": "User name",
    "accounts.sheet.how": "This code makes a new password when the Lurah / Admin password is forgotten: on the sign-in screen choose “Forgot password…”, fill in the user name, this code and a new password. The code works once; after use the application shows a new code to print again. Keep this sheet in a locked cupboard, do not photograph it and do not keep it with the computer. Whoever holds this code can sign in as the Lurah / Admin.",
    # The lock
    "accounts.ui.locked_cover": "The screen is locked. Open work is kept as it was behind it.",
    # Backups in the history
    "safety.audit.action.backup": "Back up",
    # Export choices
    "accounts.ui.full_nik_admin_only": "Only the Lurah / Admin may export full NIKs.",
}
