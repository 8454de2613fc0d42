"""Sentences of the main window's menus, first-run setup, Panduan, shortcuts and Qt's own texts."""

MESSAGES = {
    # First-run setup / office settings
    "shell.setup.city": "Komputer ini milik Dinas Sosial Kota Tangerang (bukan kantor kelurahan)",
    "shell.setup.kelurahan_required_label": "Kelurahan: *",
    "shell.setup.operator_required_label": "Nama operator: *",
    "shell.setup.required_note": "* wajib diisi",
    "shell.setup.kelurahan_choose": "— pilih salah satu dari {count} kelurahan yang cocok —",
    "shell.setup.search_many": (
        "Ada {count} kelurahan yang cocok. Pilih kelurahan Anda dari daftar di bawah."
    ),
    "shell.setup.search_none": (
        "Tidak ada kelurahan yang cocok. Periksa ejaannya atau pilih kecamatannya dulu."
    ),
    "shell.setup.operator_required": (
        "Isi nama operator: nama ini dicatat di riwayat perubahan setiap data yang disimpan."
    ),
}
