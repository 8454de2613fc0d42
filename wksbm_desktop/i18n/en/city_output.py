"""English twin of i18n/id/city_output.py."""

MESSAGES = {
    "city_output.stats.kelurahan": "Kelurahan with data",
}
