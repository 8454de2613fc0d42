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
}
