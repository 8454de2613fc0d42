"""Teks untuk pemantau (NIK tersamar) dan riwayat cadangan (issue 17)."""

MESSAGES = {
    "accounts.refused.see_full_nik": (
        "Peran {role} hanya melihat NIK dan No. KK yang disamarkan. Tidak ada yang diubah."
    ),
    "viewer.audit.before_sign_in": "otomatis (sebelum masuk)",
    "safety.field.user_name": "Nama pengguna",
    "safety.field.import_kind": "Jenis berkas",
    "safety.field.rows_read": "Baris dibaca",
    "safety.field.rows_created": "Data baru",
    "safety.field.rows_updated": "Data diubah",
    "safety.field.rows_unchanged": "Data sudah ada",
    "viewer.import_kind.report": "laporan WKSBM",
    "viewer.import_kind.template": "template impor",
    "viewer.import_kind.list": "daftar biasa",
    "safety.audit.action.export_history": "Ekspor riwayat",
    "safety.field.entries": "Jumlah catatan",
    "safety.field.reason": "Jenis cadangan",
    "safety.field.folder": "Tujuan",
}
