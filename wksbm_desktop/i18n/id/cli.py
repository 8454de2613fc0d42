"""Sentences of the command-line shell."""

MESSAGES = {
    "cli.description": (
        "WKSBM Desktop: pendataan kelompok, anggota dan kegiatan WKSBM kelurahan di Kota Tangerang."
    ),
    "cli.heading.positionals": "argumen",
    "cli.heading.options": "pilihan",
    "cli.help.help": "tampilkan bantuan ini lalu keluar",
    "cli.help.version": "tampilkan versi aplikasi lalu keluar",
    "cli.help.db": "berkas database (atau URL database); bawaan: WKSBM_DB atau folder data pengguna",
    "cli.help.operator": "nama operator yang dicatat di riwayat perubahan",
    "cli.usage_error": "Perintah tidak dapat dipahami: {detail}. Lihat '{prog} --help'.",
    "cli.interrupted": "Dibatalkan oleh pengguna. Tidak ada perubahan yang setengah tersimpan.",
    "cli.unexpected": (
        "Terjadi kesalahan yang tidak terduga. Tidak ada perubahan yang setengah tersimpan. "
        "Rinciannya dicatat di {log}; kirimkan berkas itu ke petugas TI."
    ),
    "cli.init.help": "membuat atau memperbarui database untuk satu kelurahan",
    "cli.init.kelurahan": "kode kelurahan Kemendagri, mis. 36.71.05.1008",
    "cli.init.lurah": "nama Lurah (untuk blok tanda tangan laporan)",
    "cli.init.nip": "NIP Lurah (18 angka)",
    "cli.init.alamat": "alamat kantor kelurahan",
    "cli.init.done": "Database siap untuk {label} ({code}): {path}",
    "cli.demo.help": "mengisi database dengan data contoh yang realistis (untuk latihan dan uji)",
    "cli.demo.members": "jumlah anggota contoh (bawaan 300)",
    "cli.demo.seed": "benih acak; benih yang sama menghasilkan data yang sama",
    "cli.demo.members_positive": "jumlah anggota harus angka 1 atau lebih",
    "cli.demo.done": (
        "Data contoh ditambahkan: {groups} kelompok, {members} anggota, "
        "{memberships} keanggotaan, {activities} kegiatan."
    ),
    "cli.demo.no_office": (
        "Database belum punya data kelurahan. Jalankan dulu: wksbm init --kelurahan KODE"
    ),
    "cli.stats.help": "menampilkan jumlah data (tanpa yang diarsipkan)",
    "cli.stats.json": "keluaran dalam format JSON",
    "cli.stats.groups": "Kelompok",
    "cli.stats.members": "Anggota",
    "cli.stats.memberships": "Keanggotaan aktif",
    "cli.stats.activities": "Kegiatan",
    "cli.check.help": "memeriksa kesehatan database dan aturan data",
    "cli.check.missing": "Berkas database {path} tidak ditemukan.",
    "cli.check.damaged": (
        "Berkas database {path} rusak ({detail}). Jangan dipakai untuk menyimpan data; "
        "pulihkan dari cadangan terbaru (wksbm restore BERKAS)."
    ),
}
