"""Messages of the city's outputs (issue 16): stats, consolidating from the city database,
feedback files for the kelurahan and the notices they become."""

MESSAGES = {
    "city_output.stats.kelurahan": "Kelurahan yang punya data",
    "city_output.consolidate.arg": (
        "berkas laporan kelurahan (.xlsx); boleh banyak sekaligus. Tanpa berkas, pada database "
        "kota: rekap kota dari laporan yang sudah diterima"
    ),
    "city_output.consolidate.from_database": "Rekap kota dibuat dari database kota (laporan yang sudah diterima).",
    "city_output.consolidate.not_city": (
        "Database ini milik satu kelurahan, bukan database kota. Sebutkan berkas laporan "
        "kelurahan yang akan digabung: wksbm consolidate --out KOTA.xlsx LAPORAN1.xlsx ..."
    ),
    "city_output.consolidate.nothing": (
        "Database kota belum menerima laporan kelurahan mana pun. Terima laporan dulu "
        "(wksbm receive LAPORAN.xlsx) atau sebutkan berkas laporan yang akan digabung."
    ),
    "city_output.status.folder": "Database kota (diterima {at} oleh {by})",
    "city_output.status.database": "Database kota",
    "city_output.issue.no_receipt": (
        "Data kelurahan ini ada di database kota tanpa catatan laporan yang diterima; "
        "digabung sebagai seluruh data per hari ini."
    ),
    "city_output.consolidate.no_source": (
        "sebutkan berkas laporan kelurahan (.xlsx), atau buka database kota dengan --db"
    ),
    "city_output.board.source": "Sumber laporan:",
    "city_output.board.from_database": "Dari database kota",
    "city_output.board.from_files": "Dari file laporan",
    "city_output.board.summary_database": "Sumber: database kota.",
}
