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
}
