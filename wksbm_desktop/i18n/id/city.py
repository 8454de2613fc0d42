"""Messages of the city database (issue 16): init --city and what the foundation refuses."""

MESSAGES = {
    "city.cli.init_city": (
        "buat instalasi kota untuk Dinas Sosial (semua 13 kecamatan dan 104 kelurahan Kota "
        "Tangerang, tanpa kelurahan sendiri)"
    ),
    "city.cli.init_done": (
        "Database kota siap untuk Dinas Sosial Kota Tangerang (104 kelurahan dikenal): {path}"
    ),
    "city.cli.init_is_kelurahan": (
        "Database ini milik Kelurahan {name}, bukan instalasi kota. Buat database kota di file "
        "lain: wksbm --db FILE-BARU init --city"
    ),
    "city.cli.init_is_city": (
        "Database ini adalah instalasi kota Dinas Sosial. Buat database kelurahan di file lain: "
        "wksbm --db FILE-BARU init --kelurahan KODE"
    ),
    "city.record.owned_by": (
        "Data ini milik Kelurahan {kelurahan} dan hanya dapat diubah di sana. Perubahan sampai ke "
        "Dinas Sosial bersama laporan kelurahan berikutnya."
    ),
}
