"""Sentences about the Dinas Sosial key: NIKs sealed for the city, the key file, its install."""

MESSAGES = {
    # --- Keys and sealed data (core/domain/nik_seal.py) ---
    "city_key.bad_public_key": (
        "The installed Dinas Sosial key is not valid. Ask Dinas Sosial for a new key file and "
        "install it again."
    ),
    "city_key.bad_private_key": (
        "The Dinas Sosial secret key in this database is damaged, so sealed NIKs cannot be "
        "opened. Restore the database from a healthy backup."
    ),
    "city_key.unseal.damaged": (
        "The sealed NIK data in this report is damaged or cut short. Ask the kelurahan to send "
        "the report again."
    ),
    "city_key.unseal.other_key": (
        "The NIKs in this report are sealed for key {sealed_for}, not for the Dinas Sosial key "
        "on this computer ({own}). Send the right key file to that kelurahan and ask for the "
        "report to be exported again."
    ),
    "city_key.unseal.tampered": (
        "The sealed NIK data in this report does not match its file: something was changed "
        "after the export, or the seal was moved from another report. Ask the kelurahan to "
        "send the report again."
    ),
    "city_key.sealed.too_big": (
        "Sheet {sheet} in report {name} is too large for sealed NIK data (at most {max} rows). "
        "This is not an original WKSBM report; ask the kelurahan to send it again."
    ),
    "city_key.sealed.missing": (
        "Report {name} says its NIKs are sealed, but sheet {sheet} is missing. Ask the "
        "kelurahan to send the report again."
    ),
    "city_key.sealed.bad_content": (
        "The sealed NIK data in report {name} is not in the expected format. Ask the kelurahan "
        "to send the report again."
    ),
    # --- The key file ---
    "city_key.file.too_big": (
        "This file is too large for a Dinas Sosial key file (usually under 1 KB). Choose the "
        ".wksbmkey file sent by Dinas Sosial."
    ),
    "city_key.file.not_json": (
        "This is not a Dinas Sosial key file (its content cannot be read). Choose the .wksbmkey "
        "file sent by Dinas Sosial, not one that was opened and changed."
    ),
    "city_key.file.wrong_format": (
        "This is not a WKSBM Dinas Sosial key file. Choose the .wksbmkey file sent by Dinas Sosial."
    ),
    "city_key.file.newer": (
        "This key file was made by a newer WKSBM application (format version {version}). "
        "Update WKSBM Desktop and install it again."
    ),
    "city_key.file.bad_key": (
        "The key in this file is damaged or incomplete. Ask Dinas Sosial for a new key file."
    ),
    "city_key.file.id_mismatch": (
        "The key code written in the file ({stated}) does not match its key ({computed}): the "
        "file was changed. Do not install it; ask Dinas Sosial for a new key file."
    ),
    "city_key.file.unreadable": (
        "Key file {path} cannot be read: {reason}. Check the file name and that the flash "
        "drive is still plugged in."
    ),
    "city_key.file.cannot_write": (
        "The key file cannot be saved at {path}: {reason}. Choose another folder."
    ),
    # --- Which installation may do what ---
    "city_key.not_city": (
        "This database belongs to a kelurahan, not to Dinas Sosial: the Dinas Sosial key is "
        "only made and kept on the Dinas Sosial computer. To install the key from Dinas Sosial, "
        "use 'wksbm city-key import FILE'."
    ),
    "city_key.not_kelurahan": (
        "This database belongs to Dinas Sosial, not to a kelurahan: the key is installed on "
        "kelurahan computers. To save the key file for the kelurahan, use "
        "'wksbm city-key export --out FILE'."
    ),
    "city_key.no_office": (
        "The office data of this database is not filled in yet. Fill it in first (wksbm init) "
        "and try again."
    ),
    # --- What the export says about it ---
    "city_key.export.sealed": (
        "NIK and No. KK sealed for Dinas Sosial (key {key_id}): only Dinas Sosial can open "
        "them to check for duplicate NIKs; in the file they show masked."
    ),
    "city_key.export.no_key": (
        "The Dinas Sosial key is not installed: Dinas Sosial will not be able to check for "
        "duplicate NIKs or match residents from this report (NIKs are sent masked only). "
        "Install the key with Berkas > Install the Dinas Sosial key…"
    ),
    "city_key.cli.no_key": (
        "The Dinas Sosial key is not installed: Dinas Sosial will not be able to check for "
        "duplicate NIKs or match residents from this report (NIKs are sent masked only). "
        "Install the key with 'wksbm city-key import FILE' (the .wksbmkey file from Dinas "
        "Sosial)."
    ),
    # --- CLI ---
    "city_key.cli.help": "the Dinas Sosial key for sealed NIKs in kelurahan reports",
    "city_key.cli.export_help": (
        "save the Dinas Sosial public key file to send to the kelurahan (Dinas Sosial "
        "database; the key is made the first time)"
    ),
    "city_key.cli.import_help": "install the key file from Dinas Sosial (kelurahan database)",
    "city_key.cli.out": "the key file to write (.wksbmkey)",
    "city_key.cli.file": "the key file from Dinas Sosial (.wksbmkey)",
    "city_key.cli.exported": (
        "Key file saved: {path}\nKey code: {key_id}\nSend this file to every kelurahan, and "
        "write the key code in the covering letter so that the kelurahan can compare it."
    ),
    "city_key.cli.installed": (
        "Dinas Sosial key installed. Key code: {key_id}\nCompare this code with the one in the "
        "Dinas Sosial letter. The next reports seal NIKs for Dinas Sosial."
    ),
    "city_key.cli.init_city": (
        "The Dinas Sosial key for sealed NIKs is ready (code {key_id}). Save its file for the "
        "kelurahan with 'wksbm city-key export --out FILE'."
    ),
    "city_key.cli.replaced": "The old key ({old}) was replaced.",
    "city_key.cli.same": "This key was already installed; nothing changed.",
    "city_key.cli.metavar.action": "export|import",
    "city_key.cli.metavar.file": "FILE",
    # --- GUI ---
    "city_key.action.install": "Install the Dinas Sosial key…",
    "city_key.action.export": "Save the key for the kelurahan…",
    "city_key.open_title": "Choose the key file from Dinas Sosial",
    "city_key.save_title": "Save the key file for the kelurahan",
    "city_key.file_filter": "WKSBM key files (*.wksbmkey);;All files (*)",
    "city_key.confirm_install": (
        "Install this Dinas Sosial key?\n\nKey code: {key_id}\nFrom: {issuer}\nMade: "
        "{created}\n\nCompare the key code with the one in the Dinas Sosial letter. If they "
        "differ, do not install it."
    ),
    "city_key.confirm_replace": (
        "The key installed now ({old}) will be replaced. The next reports can only be opened "
        "with the new key."
    ),
    "city_key.installed_info": (
        "Dinas Sosial key installed (code {key_id}). From now on exported reports seal NIK and "
        "No. KK for Dinas Sosial."
    ),
    "city_key.exported_info": (
        "Key file saved: {name}\n\nKey code: {key_id}\n\nSend this file to every kelurahan "
        "(flash drive, e-mail), and write the key code in the covering letter so that the "
        "kelurahan operator can compare it. This file is not secret: it can only seal, not "
        "open."
    ),
    # --- Audit ---
    "safety.audit.entity.city_key": "Dinas Sosial key",
    "safety.audit.action.install": "Install",
    "safety.audit.action.replace": "Replace",
    "safety.field.key_id": "Key code",
    "safety.field.issuer": "Issuer",
}
