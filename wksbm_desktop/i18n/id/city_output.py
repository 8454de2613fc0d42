"""Messages of the city's outputs (issue 16): stats, consolidating from the city database,
feedback files for the kelurahan and the notices they become."""

MESSAGES = {
    "city_output.stats.kelurahan": "Kelurahan yang punya data",
}
