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
    "city_output.action.write": "Tulis umpan balik untuk kelurahan…",
    "city_output.action.read": "Baca umpan balik Dinas Sosial…",
    "city_output.action.notices": "Pemberitahuan Dinas Sosial…",
    "city_output.action.notices_unread": "Pemberitahuan Dinas Sosial ({count} belum dibaca)…",
    "city_output.status.unread": "{count} pemberitahuan Dinas Sosial belum dibaca",
    "city_output.notice.kind.nik_ganda": "NIK ganda",
    "city_output.notice.kind.refused": "Data ditolak",
    "city_output.notice.kind.note": "Catatan Dinas",
    "city_output.notice.entity.groups": "Kelompok",
    "city_output.notice.entity.members": "Warga",
    "city_output.notice.entity.memberships": "Keanggotaan",
    "city_output.notice.entity.activities": "Kegiatan",
    "city_output.notice.entity.attendance": "Kehadiran",
    "city_output.notice.entity.assessments": "Penilaian",
    "city_output.notice.entity.aid": "Bantuan",
    "city_output.notice.entity.disbursements": "Penyaluran bantuan",
    "city_output.notice.entity.aid_reports": "LPJ bantuan",
    "city_output.notice.entity.indicators": "Indikator",
    "city_output.notice.entity.visits": "Kunjungan",
    "city_output.notice.entity.rubric_answers": "Jawaban rubrik",
    "city_output.notice.office": "Seluruh kelurahan",
    "city_output.notice.record_gone": "(data tidak ditemukan di database ini)",
    "city_output.notice.unread": "Baru",
    "city_output.notice.read": "Sudah dibaca",
    "city_output.notice.new": "Baru",
    "city_output.notice.box_title": "Pemberitahuan dari Dinas Sosial",
    "city_output.notices.title": "Pemberitahuan Dinas Sosial",
    "city_output.notices.col.state": "Status",
    "city_output.notices.col.received": "Diterima",
    "city_output.notices.col.kind": "Jenis",
    "city_output.notices.col.record": "Data",
    "city_output.notices.col.message": "Keterangan",
    "city_output.notices.summary": (
        "{count} pemberitahuan dari berkas umpan balik Dinas Sosial, {unread} belum dibaca. "
        "Pilih satu untuk membaca keterangan lengkapnya."
    ),
    "city_output.notices.empty": (
        "Belum ada pemberitahuan. Baca berkas umpan balik yang dikirim Dinas Sosial lewat "
        "Berkas → Baca umpan balik Dinas Sosial…"
    ),
    "city_output.notices.detail": "{record} — dari {source}, dikirim {sent}:\n{message}",
    "city_output.notices.choose": "Pilih satu pemberitahuan untuk membaca keterangan lengkapnya.",
    "city_output.notices.mark_read": "Tandai sudah dibaca",
    "city_output.notices.mark_all_read": "Tandai semua sudah dibaca",
    "city_output.notices.close": "Tutup",
    "city_output.read.title": "Baca umpan balik Dinas Sosial",
    "city_output.read.working": "Membaca umpan balik Dinas Sosial…",
    "city_output.read.done": (
        "Umpan balik Dinas Sosial dibaca: {added} pemberitahuan baru, {known} sudah ada sebelumnya."
    ),
    "city_output.write.title": "Tulis umpan balik untuk kelurahan",
    "city_output.write.intro": (
        "Berkas umpan balik memuat, untuk satu kelurahan, NIK ganda yang melibatkan warganya "
        "(NIK disamarkan, dengan keputusan petugas bila ada), data yang ditolak pada laporan "
        "terakhirnya, dan catatan Dinas Sosial. Kelurahan membacanya lewat Berkas → Baca umpan "
        "balik Dinas Sosial; tiap butir tampil sebagai pemberitahuan pada data yang bersangkutan."
    ),
    "city_output.write.kelurahan": "Kelurahan:",
    "city_output.write.kelurahan_item": "{code} {name} (Kec. {kecamatan})",
    "city_output.write.contents": "Isi:",
    "city_output.write.counts": "{nik} NIK ganda, {refused} data ditolak",
    "city_output.write.note": "Catatan Dinas:",
    "city_output.write.note_hint": "Boleh kosong. Misalnya: mohon kirim laporan Juli sebelum tanggal 5.",
    "city_output.write.save": "Simpan umpan balik…",
    "city_output.write.cancel": "Batal",
    "city_output.write.save_title": "Simpan berkas umpan balik",
    "city_output.write.working": "Menulis umpan balik…",
    "city_output.write.done": (
        "Umpan balik untuk Kel. {name} disimpan sebagai {file}: {nik} NIK ganda, {refused} data "
        "ditolak, {notes} catatan. Kirim berkas ini ke kelurahan tersebut."
    ),
    "city_output.feedback.title": (
        "Umpan balik Dinas Sosial Kota Tangerang untuk Kelurahan {name} ({code}), Kec. {kecamatan}"
    ),
    "city_output.feedback.written": (
        "Ditulis {at} oleh {by}: {count} butir. Baca berkas ini di aplikasi WKSBM kelurahan "
        "(Berkas → Baca umpan balik Dinas Sosial) agar tiap butir tampil pada data yang "
        "bersangkutan."
    ),
    "city_output.feedback.out_suffix": ("Nama berkas umpan balik harus berakhiran .xlsx: {path}"),
    "city_output.feedback.out_no_folder": (
        "Folder {folder} tidak ada. Pilih folder yang sudah ada untuk menyimpan umpan balik."
    ),
    "city_output.feedback.cannot_write": (
        "Umpan balik tidak bisa ditulis di {path}. Periksa izin folder dan ruang disk."
    ),
    "city_output.feedback.target_busy": (
        "Berkas {path} sedang dibuka program lain (Excel?). Tutup dulu lalu simpan lagi."
    ),
    "city_output.board.intro_database": (
        "Papan ini menunjukkan laporan kelurahan yang sudah diterima database kota (Dinas Sosial → "
        "Terima laporan kelurahan): untuk tiap kelurahan laporan terbaru yang diterima. Rekap kota "
        "dibuat dari data yang tersimpan, dengan lembar dan angka yang sama seperti dari berkasnya."
    ),
}
