"""Sentences for an account disabled while a window signed in as it stays open."""

MESSAGES = {
    "accounts.refused.disabled": (
        "Akun Anda sudah dinonaktifkan oleh administrator, jadi tidak ada yang diubah. "
        "Tutup aplikasi dan hubungi Lurah/Admin bila Anda masih perlu bekerja."
    ),
    "accounts.ui.disabled_title": "Akun dinonaktifkan",
    "accounts.ui.disabled_sign_in": (
        "Akun Anda sudah dinonaktifkan oleh administrator. Masuk dengan akun lain yang aktif, "
        "atau tutup aplikasi dan hubungi Lurah/Admin."
    ),
}
