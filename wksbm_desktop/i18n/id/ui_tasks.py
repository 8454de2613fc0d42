"""Sentences of the background-task helper (progress dialog, failures)."""

MESSAGES = {
    "task.cancel": "Batal",
    "task.cancelling": "Sedang membatalkan… tunggu sebentar.",
    "task.unexpected": (
        "Pekerjaan ini gagal karena kesalahan yang tidak terduga. Tidak ada data yang rusak. "
        "Rinciannya dicatat di berkas log; kirimkan berkas itu ke petugas TI bila masalah berulang."
    ),
}
