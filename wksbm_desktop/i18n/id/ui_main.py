"""Sentences of the main window's menus, first-run setup, Panduan, shortcuts and Qt's own texts."""

MESSAGES = {
    # First-run setup / office settings
    "shell.setup.city": "Komputer ini milik Dinas Sosial Kota Tangerang (bukan kantor kelurahan)",
    "shell.setup.kelurahan_required_label": "Kelurahan: *",
    "shell.setup.operator_required_label": "Nama operator: *",
    "shell.setup.required_note": "* wajib diisi",
    "shell.setup.kelurahan_choose": "— pilih salah satu dari {count} kelurahan yang cocok —",
    "shell.setup.search_many": "Ada {count} kelurahan yang cocok: pilih salah satu di daftar.",
    "shell.setup.search_none": (
        "Tidak ada kelurahan yang cocok. Periksa ejaannya atau pilih kecamatannya dulu."
    ),
    "shell.setup.operator_required": (
        "Isi nama operator: nama ini dicatat di riwayat perubahan setiap data yang disimpan."
    ),
    # Main window menus
    "ui_main.menu.city": "Dinas &Sosial",
    "ui_main.action.guide": "&Panduan",
    "ui_main.action.shortcuts": "Pintasan &keyboard",
    "ui_main.action.last_month": "&Laporan bulan lalu ({month})…",
    "ui_main.action.last_month_tip": (
        "Simpan laporan Excel bulan lalu untuk Dinas Sosial (NIK disamarkan). "
        "Periode lain, NIK lengkap atau kata sandi: Berkas > Ekspor laporan."
    ),
    # Export dialog: report periods
    "ui_main.period.last_month": "Bulan lalu",
    "ui_main.period.month": "Bulan ini",
    "ui_main.period.last_quarter": "Triwulan lalu",
    "ui_main.period.quarter": "Triwulan ini",
    "ui_main.period.last_half": "Semester lalu",
    "ui_main.period.half": "Semester ini",
    "ui_main.period.last_year": "Tahun lalu",
    "ui_main.period.year": "Tahun ini",
    "ui_main.period.all": "Semua data (kecuali yang diarsipkan)",
    "ui_main.period.custom": "Pilih tanggal",
    "ui_main.period.text": "Laporan untuk {start} sampai {end}.",
    "ui_main.period.text_all": "Laporan berisi semua data yang tidak diarsipkan, tanpa batas tanggal.",
    "ui_main.period.file": "Nama berkas: {name}",
    "ui_main.close": "Tutup",
    # Bantuan > Panduan
    "ui_main.guide.title": "Panduan WKSBM Desktop",
    "ui_main.guide.home": "Ke daftar isi",
    # Bantuan > Pintasan keyboard (generated from the window's actions and keys)
    "ui_main.keys.title": "Pintasan keyboard",
    "ui_main.keys.intro": (
        "Tombol pintas mempercepat pekerjaan tanpa mouse. Daftar ini dibaca langsung dari menu "
        "dan tombol aplikasi, jadi selalu sesuai dengan versi yang terpasang."
    ),
    "ui_main.keys.col_place": "Di mana",
    "ui_main.keys.col_keys": "Tombol",
    "ui_main.keys.col_what": "Fungsi",
    "ui_main.keys.place_window": "Di mana saja",
    "ui_main.keys.place_lists": "Daftar Kelompok, Anggota, Kegiatan",
    "ui_main.keys.place_dashboard": "Tab Ringkasan",
    "ui_main.keys.place_forms": "Formulir",
    "ui_main.keys.lists.Ctrl+F": "Ke kotak cari",
    "ui_main.keys.lists.Return": "Ubah data yang dipilih",
    "ui_main.keys.lists.Enter": "Ubah data yang dipilih (tombol Enter di angka)",
    "ui_main.keys.lists.Del": "Pindahkan data yang dipilih ke Arsip",
    "ui_main.keys.dashboard.F5": "Muat ulang angka dan grafik",
    "ui_main.keys.forms.Ctrl+S": "Simpan formulir",
    "ui_main.keys.forms.Ctrl+Return": "Simpan formulir",
}
