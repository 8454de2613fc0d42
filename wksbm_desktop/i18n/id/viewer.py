"""Teks untuk pemantau (NIK tersamar) dan riwayat cadangan (issue 17)."""

MESSAGES = {
    "accounts.refused.see_full_nik": (
        "Peran {role} hanya melihat NIK dan No. KK yang disamarkan. Tidak ada yang diubah."
    ),
    "viewer.audit.before_sign_in": "otomatis (sebelum masuk)",
    "safety.field.user_name": "Nama pengguna",
    "safety.field.reason": "Jenis cadangan",
    "safety.field.folder": "Tujuan",
}
