"""Sentences of the self-test (``--self-test``) that proves an installed program works."""

MESSAGES = {
    "selftest.ok": "Uji mandiri WKSBM Desktop {version} berhasil: database, migrasi, Excel, kata sandi dan NIK terkunci, grafik, jendela utama dan log berfungsi.",
    "selftest.failed": (
        'Uji mandiri WKSBM Desktop {version} GAGAL pada langkah "{step}": {detail}\n'
        "Rinciannya dicatat di {log}; kirimkan berkas itu ke petugas TI."
    ),
    "selftest.no_log": "(log tidak dapat ditulis)",
    "selftest.step.stdio": "memeriksa keluaran konsol",
    "selftest.step.logging": "menyiapkan log",
    "selftest.step.database": "membuat database dan menjalankan migrasi",
    "selftest.step.office": "menyimpan data kantor",
    "selftest.step.resources": "membaca berkas bawaan program",
    "selftest.step.excel": "menulis, mengunci dan membaca berkas Excel",
    "selftest.step.charts": "menggambar grafik",
    "selftest.step.window": "membuka jendela utama",
    "selftest.step.log_check": "memeriksa isi log",
    "selftest.check.security": "pustaka keamanan (Argon2 untuk kata sandi, kriptografi untuk NIK terkunci) tidak dapat dipakai: {error}; buat ulang dengan python packaging/build.py.",
    "selftest.check.security_mismatch": "pustaka keamanan memberi hasil yang salah (kata sandi atau NIK terkunci tidak cocok); buat ulang dengan python packaging/build.py.",
    "selftest.check.stdio": "program ini dibuat tanpa pelindung keluaran konsol (runtime hook rthook_stdio); buat ulang dengan python packaging/build.py.",
    "selftest.check.log_unwritable": "folder log {path} tidak dapat ditulisi.",
    "selftest.check.revision": "versi skema database {found}, seharusnya {expected}.",
    "selftest.check.office": "data kantor yang dibaca kembali tidak sama dengan yang disimpan.",
    "selftest.check.resource_missing": "berkas bawaan {path} tidak ditemukan; pasang ulang program.",
    "selftest.check.defusedxml": "pustaka defusedxml tidak ada; berkas Excel tidak dapat dibaca dengan aman.",
    "selftest.check.excel": "isi berkas Excel yang dibaca kembali tidak sama dengan yang ditulis.",
    "selftest.check.window_hidden": "jendela utama tidak tampil.",
    "selftest.check.log_missing": "baris uji tidak ditemukan di {path}.",
}
