"""Messages of the city at work (issue 16, point 3): place columns, Status laporan, NIK ganda."""

MESSAGES = {
    "city_views.col.kecamatan": "Kecamatan",
    "city_views.col.kelurahan": "Kelurahan",
    "city_views.filter.kecamatan": "Kecamatan:",
    "city_views.filter.kelurahan": "Kelurahan:",
}
