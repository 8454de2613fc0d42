"""Messages of the city's outputs (issue 16): stats, consolidating from the city database,
feedback files for the kelurahan and the notices they become."""

MESSAGES = {
    "city_output.stats.kelurahan": "Kelurahan yang punya data",
    "city_output.consolidate.arg": (
        "berkas laporan kelurahan (.xlsx); boleh banyak sekaligus. Tanpa berkas, pada database "
        "kota: rekap kota dari laporan yang sudah diterima"
    ),
    "city_output.consolidate.from_database": "Rekap kota dibuat dari database kota (laporan yang sudah diterima).",
    "city_output.consolidate.not_city": (
        "Database ini milik satu kelurahan, bukan database kota. Sebutkan berkas laporan "
        "kelurahan yang akan digabung: wksbm consolidate --out KOTA.xlsx LAPORAN1.xlsx ..."
    ),
    "city_output.consolidate.nothing": (
        "Database kota belum menerima laporan kelurahan mana pun. Terima laporan dulu "
        "(wksbm receive LAPORAN.xlsx) atau sebutkan berkas laporan yang akan digabung."
    ),
    "city_output.status.folder": "Database kota (diterima {at} oleh {by})",
    "city_output.status.database": "Database kota",
    "city_output.issue.no_receipt": (
        "Data kelurahan ini ada di database kota tanpa catatan laporan yang diterima; "
        "digabung sebagai seluruh data per hari ini."
    ),
    "city_output.consolidate.no_source": (
        "sebutkan berkas laporan kelurahan (.xlsx), atau buka database kota dengan --db"
    ),
    "city_output.board.source": "Sumber laporan:",
    "city_output.board.from_database": "Dari database kota",
    "city_output.board.from_files": "Dari file laporan",
    "city_output.board.summary_database": "Sumber: database kota.",
    "city_output.feedback.decision.same_person": "orang yang sama",
    "city_output.feedback.decision.different_people": "orang yang berbeda",
    "city_output.feedback.nik_ganda": "NIK warga ini juga tercatat pada warga {other}.",
    "city_output.feedback.decided": (
        "Keputusan Dinas Sosial: {decision}. Mohon periksa NIK pada KTP/KK warga ini."
    ),
    "city_output.feedback.undecided": (
        "Belum ada keputusan Dinas Sosial. Mohon periksa NIK pada KTP/KK warga ini dan "
        "perbaiki bila salah ketik."
    ),
    "city_output.feedback.place": "Kel. {name} (Kec. {kecamatan})",
    "city_output.feedback.no_reason": "tanpa alasan tercatat",
    "city_output.feedback.file_refused": "Laporan {file} ditolak Dinas Sosial: {reason}",
    "city_output.feedback.where": " (lembar {sheet}, baris {row})",
    "city_output.feedback.row_refused": (
        "Data ini dari laporan {file}{where} tidak diterima Dinas Sosial: {reason}. Perbaiki "
        "lalu kirim laporan berikutnya."
    ),
    "city_output.feedback.source": "Dinas Sosial Kota Tangerang",
    "city_output.feedback.page_header": (
        "Dinas Sosial Kota Tangerang — Umpan balik untuk Kel. {name}, Kec. {kecamatan}"
    ),
    "city_output.feedback.unknown_kelurahan": (
        "Kode kelurahan {code} tidak dikenal di Kota Tangerang. Tulis kode seperti "
        "36.71.05.1008 (lihat daftar kelurahan)."
    ),
    "city_output.feedback.write_not_city": (
        "Umpan balik ditulis di database kota Dinas Sosial; database ini milik satu kelurahan."
    ),
    "city_output.feedback.read_not_kelurahan": (
        "Umpan balik Dinas Sosial dibaca di database kelurahan; database ini adalah instalasi "
        "kota (atau belum punya data kantor)."
    ),
    "city_output.feedback.other_kelurahan": (
        "Berkas umpan balik ini untuk Kelurahan {name} ({code}), bukan untuk Kelurahan {own}. "
        "Minta Dinas Sosial mengirim berkas untuk kelurahan Anda."
    ),
    "city_output.feedback.not_feedback": (
        "Berkas {name} bukan berkas umpan balik Dinas Sosial (wksbm-umpan-balik). Pilih berkas "
        "umpan balik yang dikirim Dinas Sosial."
    ),
    "city_output.feedback.too_new": (
        "Berkas {name} dibuat dengan versi format {version} yang lebih baru. Perbarui aplikasi "
        "WKSBM lalu baca lagi."
    ),
    "city_output.cli.feedback_help": "umpan balik Dinas Sosial untuk kelurahan (tulis di kota, baca di kelurahan)",
    "city_output.cli.write_help": "tulis berkas umpan balik untuk satu kelurahan (di database kota)",
    "city_output.cli.read_help": "baca berkas umpan balik Dinas Sosial (di database kelurahan)",
    "city_output.cli.kelurahan": "kode kelurahan tujuan, mis. 36.71.05.1008",
    "city_output.cli.out": "berkas umpan balik yang ditulis (.xlsx)",
    "city_output.cli.note": "catatan Dinas Sosial untuk kelurahan itu (boleh diulang)",
    "city_output.cli.file": "berkas umpan balik dari Dinas Sosial (.xlsx)",
    "city_output.cli.written": (
        "Umpan balik untuk Kel. {name} disimpan di {path}: {nik} NIK ganda, {refused} data "
        "ditolak, {notes} catatan."
    ),
    "city_output.cli.read": (
        "Umpan balik Dinas Sosial dibaca: {added} pemberitahuan baru, {known} sudah ada sebelumnya."
    ),
    "city_output.cli.skipped": "{count} baris berkas bukan pemberitahuan yang lengkap dan dilewati.",
    "city_output.cli.metavar_text": "TEKS",
}
