"""English messages of the city database (issue 16)."""

MESSAGES = {
    "city.cli.init_city": (
        "create the city installation for Dinas Sosial (all 13 kecamatan and 104 kelurahan of "
        "Kota Tangerang, no kelurahan of its own)"
    ),
    "city.cli.init_done": (
        "City database ready for Dinas Sosial Kota Tangerang (104 kelurahan known): {path}"
    ),
    "city.cli.init_is_kelurahan": (
        "This database belongs to Kelurahan {name}, not to a city installation. Create the city "
        "database in another file: wksbm --db NEW-FILE init --city"
    ),
    "city.cli.init_is_city": (
        "This database is Dinas Sosial's city installation. Create a kelurahan database in "
        "another file: wksbm --db NEW-FILE init --kelurahan CODE"
    ),
    "city.record.owned_by": (
        "This record belongs to Kelurahan {kelurahan} and can only be changed there. Changes "
        "reach Dinas Sosial with the kelurahan's next report."
    ),
}
