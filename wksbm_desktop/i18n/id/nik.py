"""Sentences about NIK and No. KK checks, for the kelurahan operator."""

MESSAGES = {
    # --- NIK: shape of the number ---
    "nik.empty": "NIK belum diisi. Ketik 16 angka NIK sesuai KTP atau Kartu Keluarga.",
    "nik.has_letters": (
        "NIK hanya boleh berisi angka, tetapi yang diisi mengandung huruf ({chars}). "
        "Periksa kembali dari KTP; huruf O dan I sering tertukar dengan angka 0 dan 1."
    ),
    "nik.has_symbols": (
        "NIK hanya boleh berisi angka, tetapi yang diisi mengandung tanda lain ({chars}). "
        "Hapus tanda itu lalu ketik 16 angka NIK sesuai KTP."
    ),
    "nik.wrong_length": "NIK harus 16 angka; yang diisi {count} angka. Periksa kembali dari KTP.",
    "nik.char_invisible": "tanda tak terlihat",
    "nik.unknown_province": (
        "Dua angka pertama NIK ({code}) bukan kode provinsi di Indonesia. "
        "Periksa kembali NIK dari KTP."
    ),
    # --- NIK: the birth date inside the number (digits 7-12) ---
    "nik.invalid_day": (
        "Angka tanggal lahir dalam NIK ({code_day}) tidak mungkin: untuk laki-laki 01 sampai 31, "
        "untuk perempuan 41 sampai 71. Periksa kembali angka ke-7 dan ke-8 NIK dari KTP."
    ),
    "nik.invalid_month": (
        "Bulan lahir dalam NIK ({month}) tidak ada; bulan harus 01 sampai 12. "
        "Periksa kembali angka ke-9 dan ke-10 NIK dari KTP."
    ),
    "nik.invalid_date": (
        "Tanggal lahir dalam NIK ({day}-{month}) tidak ada di kalender. "
        "Periksa kembali angka ke-7 sampai ke-10 NIK dari KTP."
    ),
    "nik.invalid_date_female": (
        "Tanggal lahir dalam NIK ({code_day}-{month}, yaitu {day}-{month} untuk perempuan "
        "setelah dikurangi 40) tidak ada di kalender. "
        "Periksa kembali angka ke-7 sampai ke-10 NIK dari KTP."
    ),
    "nik.invalid_leap_day": (
        "Tanggal lahir dalam NIK ({code_day}-02-{year}) tidak ada di kalender: 29 Februari hanya "
        "ada di tahun kabisat, dan tahun 19{year} maupun 20{year} bukan tahun kabisat. "
        "Periksa kembali angka ke-7 sampai ke-12 NIK dari KTP."
    ),
    "nik.birth_date_future": (
        "Tanggal lahir dalam NIK ({date}) belum terjadi. "
        "Periksa kembali angka ke-7 sampai ke-12 NIK dari KTP."
    ),
    "nik.serial_zero": "Empat angka terakhir NIK tidak boleh 0000. Periksa kembali NIK dari KTP.",
    # --- NIK compared with what was entered in the form ---
    "nik.sex_mismatch": (
        "NIK menunjukkan {nik_sex} ({reason}), tetapi jenis kelamin diisi {entered_sex}. "
        "Periksa kembali NIK dan jenis kelamin sesuai KTP."
    ),
    "nik.sex_reason_female": "tanggal {code_day} = {day} + 40",
    "nik.sex_reason_male": "tanggal {code_day}, tanpa tambahan 40",
    "nik.sex_L": "laki-laki",
    "nik.sex_P": "perempuan",
    "nik.birth_date_mismatch": (
        "NIK menunjukkan lahir {nik_date}, tetapi tanggal lahir diisi {entered}. "
        "Periksa kembali NIK dan tanggal lahir sesuai KTP."
    ),
    # --- NIK notices: not errors, the value is accepted ---
    "nik.notice_outside_city": (
        "NIK diterbitkan di luar Kota Tangerang (kode wilayah {regency}); tetap diterima."
    ),
    # --- No. KK ---
    "kk.empty": "Nomor KK belum diisi. Ketik 16 angka Nomor KK sesuai Kartu Keluarga.",
    "kk.has_letters": (
        "Nomor KK hanya boleh berisi angka, tetapi yang diisi mengandung huruf ({chars}). "
        "Periksa kembali dari Kartu Keluarga; huruf O dan I sering tertukar dengan angka 0 dan 1."
    ),
    "kk.has_symbols": (
        "Nomor KK hanya boleh berisi angka, tetapi yang diisi mengandung tanda lain ({chars}). "
        "Hapus tanda itu lalu ketik 16 angka Nomor KK sesuai Kartu Keluarga."
    ),
    "kk.wrong_length": (
        "Nomor KK harus 16 angka; yang diisi {count} angka. Periksa kembali dari Kartu Keluarga."
    ),
    "kk.unknown_province": (
        "Dua angka pertama Nomor KK ({code}) bukan kode provinsi di Indonesia. "
        "Periksa kembali dari Kartu Keluarga."
    ),
    "kk.invalid_day": (
        "Angka tanggal dalam Nomor KK ({code_day}) tidak mungkin; tanggal harus 01 sampai 31. "
        "Periksa kembali angka ke-7 dan ke-8 Nomor KK dari Kartu Keluarga."
    ),
    "kk.invalid_month": (
        "Angka bulan dalam Nomor KK ({month}) tidak ada; bulan harus 01 sampai 12. "
        "Periksa kembali angka ke-9 dan ke-10 Nomor KK dari Kartu Keluarga."
    ),
    "kk.invalid_date": (
        "Tanggal dalam Nomor KK ({day}-{month}) tidak ada di kalender. "
        "Periksa kembali angka ke-7 sampai ke-10 Nomor KK dari Kartu Keluarga."
    ),
    "kk.invalid_leap_day": (
        "Tanggal dalam Nomor KK ({code_day}-02-{year}) tidak ada di kalender: 29 Februari hanya "
        "ada di tahun kabisat, dan tahun 19{year} maupun 20{year} bukan tahun kabisat. "
        "Periksa kembali angka ke-7 sampai ke-12 Nomor KK dari Kartu Keluarga."
    ),
    "kk.date_future": (
        "Tanggal dalam Nomor KK ({date}) belum terjadi. "
        "Periksa kembali angka ke-7 sampai ke-12 Nomor KK dari Kartu Keluarga."
    ),
    "kk.serial_zero": (
        "Empat angka terakhir Nomor KK tidak boleh 0000. Periksa kembali dari Kartu Keluarga."
    ),
}
