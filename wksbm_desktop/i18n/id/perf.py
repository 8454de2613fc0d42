"""Sentences of the speed work: capped search counts, background searches."""

MESSAGES = {
    "perf.count_more": "lebih dari {count}",
    "perf.search_failed": "Pencarian tidak dapat dijalankan. Coba lagi; bila tetap gagal, tutup dan buka kembali aplikasi.",
}
