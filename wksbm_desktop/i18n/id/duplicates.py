"""Pesan data ganda (issue 18): alasan pasangan mirip, penggabungan, pembatalannya, perintah."""

MESSAGES = {
    # Alasan sebuah pasangan ditampilkan (satu kalimat masing-masing).
    "duplicates.reason.same_nik": "NIK sama persis.",
    "duplicates.reason.same_nik_two_places": "NIK sama persis, tercatat di {first} dan {second}.",
    "duplicates.reason.nik_one_digit": "NIK hanya berbeda satu angka (angka ke-{position}).",
    "duplicates.reason.nik_swap": (
        "NIK sama kecuali dua angka yang tertukar (angka ke-{first} dan ke-{second})."
    ),
    "duplicates.reason.same_name": "Nama sama.",
    "duplicates.reason.same_name_folded": ("Nama sama setelah ejaan dan gelar disamakan ({name})."),
    "duplicates.reason.similar_name": "Nama mirip ({percent}% sama).",
    "duplicates.reason.same_birth": "Tanggal lahir sama ({date}).",
    "duplicates.reason.one_without_birth": (
        "Nama sama, tetapi tanggal lahir hanya tercatat pada salah satu data."
    ),
    "duplicates.reason.nik_birth_matches": (
        "Tanggal lahir di NIK data tanpa tanggal lahir cocok dengan data lainnya."
    ),
    "duplicates.reason.same_rt_rw": "RT {rt} / RW {rw} sama.",
    "duplicates.reason.same_kk": "No. KK sama.",
    "duplicates.reason.same_address": "Alamat sama.",
    "duplicates.reason.same_kk_name": "No. KK sama dan nama mirip ({percent}% sama).",
    "duplicates.reason.same_kk_name_age": (
        "No. KK sama, nama mirip ({percent}% sama) dan umur hanya selisih {years} tahun."
    ),
    "duplicates.reason.same_birth_place": "Tempat lahir sama ({place}).",
    "duplicates.reason.other_sex": "Jenis kelamin berbeda: periksa dengan teliti.",
    "duplicates.reason.two_kelurahan": "Tercatat di dua kelurahan ({first} dan {second}).",
    # Jenis pasangan (untuk daftar dan saringan).
    "duplicates.kind.same_nik": "NIK sama",
    "duplicates.kind.nik_typo": "NIK beda satu angka",
    "duplicates.kind.nik_swap": "NIK dua angka tertukar",
    "duplicates.kind.name_birth": "Nama dan tanggal lahir sama",
    "duplicates.kind.name_no_birth_date": "Nama sama, satu tanpa tanggal lahir",
    "duplicates.kind.kk_name_age": "No. KK sama, nama dan umur mirip",
    # Kolom data anggota yang dipilih saat menggabungkan (urutan formulir).
    "duplicates.entity.member": "anggota",
    "duplicates.field.nik": "NIK",
    "duplicates.field.full_name": "Nama lengkap",
    "duplicates.field.sex": "Jenis kelamin",
    "duplicates.field.birth_place": "Tempat lahir",
    "duplicates.field.birth_date": "Tanggal lahir",
    "duplicates.field.kk": "No. KK",
    "duplicates.field.address": "Alamat",
    "duplicates.field.rt": "RT",
    "duplicates.field.rw": "RW",
    "duplicates.field.phone": "No. HP",
    "duplicates.field.education": "Pendidikan",
    "duplicates.field.occupation": "Pekerjaan",
    "duplicates.field.dtsen_registered": "Terdaftar DTSEN",
    "duplicates.field.dtsen_decile": "Desil DTSEN",
    "duplicates.field.dtsen_as_of": "Tanggal data DTSEN",
    "duplicates.field.disability": "Disabilitas",
    "duplicates.field.notes": "Catatan",
    # Penolakan dan hasil.
    "duplicates.merge.same_record": (
        "Kedua pilihan adalah data yang sama. Pilih dua data anggota yang berbeda."
    ),
    "duplicates.merge.anonymised": (
        "Data {name} sudah dianonimkan, jadi tidak bisa digabungkan. Tidak ada yang diubah."
    ),
    "duplicates.merge.archived": (
        "Data {name} sudah diarsipkan. Pulihkan dulu dari arsip bila memang perlu digabungkan. "
        "Tidak ada yang diubah."
    ),
    "duplicates.merge.two_kelurahan": (
        "Kedua data tercatat di kelurahan yang berbeda, jadi tidak bisa digabungkan di sini. "
        "Kelurahan yang bersangkutan perlu mengarsipkan salah satunya. Tidak ada yang diubah."
    ),
    "duplicates.merge.unknown_field": (
        'Kolom "{field}" tidak bisa dipilih saat menggabungkan. Tidak ada yang diubah.'
    ),
    "duplicates.merge.note.joined": (
        "Keduanya anggota aktif {group}: satu keanggotaan dipertahankan, mulai {started}."
    ),
    "duplicates.restore.merged": (
        "Data ini sudah digabungkan ke anggota lain. Untuk memisahkannya lagi, batalkan "
        "penggabungannya (wksbm merge --list menampilkan nomornya). Tidak ada yang diubah."
    ),
    "duplicates.dismiss.note_too_long": "Catatan terlalu panjang (paling banyak {limit} huruf).",
    "duplicates.undo.not_found": (
        "Penggabungan nomor {merge_id} tidak ditemukan. Periksa nomornya di riwayat perubahan."
    ),
    "duplicates.undo.already": "Penggabungan ini sudah dibatalkan pada {when} oleh {who}.",
    "duplicates.undo.changed_since": (
        "Penggabungan tidak bisa dibatalkan: data anggota ini sudah diubah sesudahnya "
        "(terakhir {when} oleh {who}). Perbaiki datanya secara langsung. Tidak ada yang diubah."
    ),
    "duplicates.undo.nik_taken": (
        "Penggabungan tidak bisa dibatalkan: NIK data yang digabungkan kini dipakai oleh {name}. "
        "Tidak ada yang diubah."
    ),
    # Hak akses.
    "accounts.refused.merge": (
        "Peran {role} tidak boleh menggabungkan data anggota. Tidak ada yang diubah."
    ),
    "accounts.refused.duplicate_review": (
        "Peran {role} tidak boleh menandai data ganda. Tidak ada yang diubah."
    ),
    # Baris perintah.
    "duplicates.cli.help": "Cari pasangan data anggota yang kemungkinan orang yang sama.",
    "duplicates.cli.json": "Cetak daftar sebagai JSON (a, b, score, reasons).",
    "duplicates.cli.dismiss": (
        "Tandai dua anggota (UUID UUID) sebagai bukan orang yang sama; tidak ditampilkan lagi."
    ),
    "duplicates.cli.note": "Catatan untuk --dismiss.",
    "duplicates.cli.none": "Tidak ada pasangan data yang kemungkinan ganda.",
    "duplicates.cli.count": "{count} pasangan kemungkinan data ganda.",
    "duplicates.cli.header": "Skor  Anggota A                              Anggota B",
    "duplicates.cli.dismissed": "Ditandai: {first} dan {second} bukan orang yang sama.",
    "duplicates.cli.merge_help": "Gabungkan data anggota --other ke --keep (cadangan dibuat dulu).",
    "duplicates.cli.keep": "UUID anggota yang dipertahankan.",
    "duplicates.cli.other": "UUID anggota yang digabungkan lalu diarsipkan.",
    "duplicates.cli.take": (
        "Kolom yang diambil dari --other (dipisah koma), misalnya full_name,birth_date."
    ),
    "duplicates.cli.undo": "Batalkan penggabungan bernomor ini.",
    "duplicates.cli.merge_usage": "Sebutkan --keep dan --other, --undo NOMOR, atau --list",
    "duplicates.cli.backup_done": "Cadangan terverifikasi dibuat: {path}",
    "duplicates.cli.backup_server": "Database server: gunakan cadangan server yang berlaku.",
    "duplicates.cli.merged": (
        "Digabungkan (nomor {merge_id}): {memberships} keanggotaan, {attendance} kehadiran dan "
        "{history} riwayat dipindahkan ke {keep}."
    ),
    "duplicates.cli.undone": "Penggabungan nomor {merge_id} dibatalkan; kedua data kembali.",
    "duplicates.cli.metavar.date": "TTTT-BB-HH",
    "duplicates.cli.metavar.fields": "KOLOM,...",
    "duplicates.cli.metavar.number": "NOMOR",
    "duplicates.cli.like": (
        "Periksa satu data baru seperti formulir anggota: NIK dan nama (dengan --born)."
    ),
    "duplicates.cli.born": "Tanggal lahir data baru untuk --like.",
    "duplicates.cli.bad_date": 'Tanggal "{value}" tidak dikenali. Tulis seperti 1980-05-17.',
    "duplicates.cli.dismissed_help": "Daftar pasangan yang sudah ditandai bukan orang yang sama.",
    "duplicates.cli.dismissed_line": "{first} / {second} · {when} oleh {who} · catatan: {note}",
    "duplicates.cli.dismissed_count": "{count} pasangan ditandai bukan orang yang sama.",
    "duplicates.cli.list": "Daftar penggabungan, yang terbaru dulu.",
    "duplicates.cli.list_line": "Nomor {merge_id}: {other} → {keep} · {when} oleh {who}",
    "duplicates.cli.list_undone": " · dibatalkan {when}",
    "duplicates.cli.list_count": "{count} penggabungan.",
    "duplicates.cli.attendance_dropped": (
        "{count} kehadiran ganda (keduanya hadir di kegiatan yang sama) dijadikan satu."
    ),
    "duplicates.cli.fields_taken": "Diambil dari data yang digabungkan: {fields}.",
}
