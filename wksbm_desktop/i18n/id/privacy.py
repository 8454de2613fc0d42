"""Sentences about personal data in exported files: masking, passwords, the city workbook."""

MESSAGES = {
    "privacy.cli.password": (
        "kunci seluruh berkas dengan kata sandi P (minimal 6 karakter); kata sandi di baris "
        "perintah terlihat di daftar proses, jadi lebih baik --ask-password"
    ),
    "privacy.cli.ask_password": (
        "tanyakan kata sandi berkas (diketik dua kali tanpa tampil; dalam skrip: baris pertama "
        "masukan standar). Tanpa --password dan --ask-password, kata sandi diambil dari {env} "
        "bila ada"
    ),
    "privacy.prompt.password": "Kata sandi berkas: ",
    "privacy.prompt.password_again": "Ulangi kata sandi: ",
    "privacy.password_mismatch": "Kedua kata sandi yang diketik tidak sama. Jalankan lagi dan ketik kata sandi yang sama dua kali.",
    "privacy.password_no_input": (
        "Kata sandi tidak terbaca: masukan standar kosong. Ketik kata sandi di terminal, kirim "
        "lewat masukan standar, atau isi variabel lingkungan {env}."
    ),
    # City workbook
    "privacy.cli.city_full_nik": (
        "tulis NIK dan No. KK lengkap di rekap kota (dicatat di riwayat); bawaan: disamarkan. "
        "NIK ganda tetap diperiksa pada NIK lengkap dari laporan"
    ),
    "privacy.city.masked": (
        "NIK dan No. KK di rekap kota disamarkan (mis. 3671************); NIK ganda diperiksa "
        "pada NIK lengkap yang dimuat laporan, sebelum disamarkan."
    ),
    "privacy.city.full": (
        "PERHATIAN: rekap kota ini berisi NIK lengkap semua kelurahan (data pribadi). "
        "Pembuatannya dicatat di riwayat; simpan dan kirim berkasnya dengan hati-hati."
    ),
    # Audit entries of exported files
    "safety.audit.entity.consolidation": "Rekap kota",
    "cli.consolidate.no_audit_database": (
        "Catatan: komputer ini belum punya database WKSBM, jadi pembuatan rekap kota ini hanya "
        "dicatat di berkas log, tidak di riwayat perubahan."
    ),
    "safety.audit.action.consolidate": "Buat",
    "safety.field.reports": "Laporan kelurahan",
    "safety.field.nik_full": "NIK lengkap",
    "safety.field.encrypted": "Berkata sandi",
    "privacy.board.full_nik_warning": (
        "Rekap kota dengan NIK lengkap memuat NIK semua warga dari semua kelurahan (UU PDP). "
        "Pembuatannya dicatat di riwayat beserta nama operator. NIK ganda tetap diperiksa pada "
        "NIK lengkap walaupun rekap disamarkan."
    ),
}
