"""Sentences of the Excel screens: export dialog, import wizard, template download, city board."""

MESSAGES = {
    # Shared
    "ui_excel.action.export": "Ekspor laporan…",
    "ui_excel.action.import": "Impor dari Excel…",
    "ui_excel.action.template": "Unduh template impor…",
    "ui_excel.action.city": "Konsolidasi kota…",
    "ui_excel.filter_xlsx": "Buku kerja Excel (*.xlsx)",
    "ui_excel.filter_open": "Buku kerja Excel (*.xlsx);;Semua berkas (*)",
    "ui_excel.cancel": "Batal",
    "ui_excel.done_title": "Selesai",
    "ui_excel.open_folder_question": "Buka folder tempat berkas ini disimpan?",
    # Export dialog
    "ui_excel.export.title": "Ekspor laporan",
    "ui_excel.export.intro": (
        "Laporan untuk Dinas Sosial dalam satu buku kerja Excel: Rekap, Kelompok, Anggota, "
        "Kegiatan dan lembar data lainnya."
    ),
    "ui_excel.export.period": "Periode laporan",
    "ui_excel.export.from": "Dari",
    "ui_excel.export.to": "sampai",
    "ui_excel.export.privacy": "Data pribadi",
    "ui_excel.export.full_nik": "NIK dan No. KK lengkap (tanpa disamarkan)",
    "ui_excel.export.full_nik_warning": (
        "NIK lengkap adalah data pribadi warga (UU PDP). Ekspor ini dicatat di riwayat beserta "
        "nama operator. Kirim berkasnya hanya kepada yang berhak, dan lindungi dengan kata sandi."
    ),
    "ui_excel.export.protect": "Lindungi berkas dengan kata sandi (disarankan)",
    "ui_excel.export.password": "Kata sandi:",
    "ui_excel.export.password_again": "Ulangi kata sandi:",
    "ui_excel.export.password_hint": "paling sedikit {min} huruf atau angka",
    "ui_excel.export.password_note": (
        "Catat kata sandi di tempat yang aman: kata sandi yang hilang tidak bisa dipulihkan, dan "
        "berkasnya tidak bisa dibuka lagi. Sampaikan kata sandi lewat jalur lain (misalnya "
        "telepon), jangan bersama berkasnya."
    ),
    "ui_excel.export.go": "Ekspor…",
    "ui_excel.export.period_reversed": "Tanggal awal periode jatuh sesudah tanggal akhirnya. Tukar kedua tanggal itu.",
    "ui_excel.export.password_short": "Kata sandi terlalu pendek: paling sedikit {min} huruf atau angka.",
    "ui_excel.export.password_mismatch": "Kedua kata sandi tidak sama. Ketik ulang keduanya.",
    "ui_excel.export.unprotected_question": (
        "Berkas berisi NIK lengkap akan disimpan TANPA kata sandi. Siapa pun yang mendapat "
        "berkasnya bisa membaca NIK warga. Tetap lanjutkan tanpa kata sandi?"
    ),
    "ui_excel.export.save_title": "Simpan laporan sebagai",
    "ui_excel.export.progress": "Menulis laporan…",
    "ui_excel.export.done": (
        "Laporan {name} sudah disimpan: {groups} kelompok, {members} warga, {activities} kegiatan. "
        "NIK dan No. KK disamarkan."
    ),
    "ui_excel.export.done_full": (
        "Laporan {name} sudah disimpan: {groups} kelompok, {members} warga, {activities} kegiatan. "
        "Berkas ini berisi NIK lengkap; ekspornya tercatat di riwayat."
    ),
    "ui_excel.export.done_encrypted": "Berkas dilindungi kata sandi.",
    # Template
    "ui_excel.template.title": "Unduh template impor",
    "ui_excel.template.save_title": "Simpan template impor sebagai",
    "ui_excel.template.done": (
        'Template {name} sudah disimpan. Isi lembar "Data Anggota", lalu impor lewat '
        "Berkas > Impor dari Excel."
    ),
    # Import wizard
    "ui_excel.import.title": "Impor dari Excel",
    "ui_excel.wizard.back": "< Kembali",
    "ui_excel.wizard.next": "Lanjut >",
    "ui_excel.wizard.cancel": "Batal",
    "ui_excel.wizard.finish": "Selesai",
    "ui_excel.wizard.commit": "Impor",
    "ui_excel.file.title": "Langkah 1: pilih berkas",
    "ui_excel.file.subtitle": "Berkas Excel (.xlsx) berisi data anggota. Belum ada yang disimpan pada langkah ini.",
    "ui_excel.file.none": "Belum ada berkas dipilih",
    "ui_excel.file.browse": "Pilih berkas…",
    "ui_excel.file.open_title": "Pilih berkas Excel untuk diimpor",
    "ui_excel.file.reading": "Membaca berkas…",
    "ui_excel.file.cancelled": "Pembacaan berkas dibatalkan. Pilih berkasnya lagi.",
    "ui_excel.file.kind.report": "Dikenali sebagai: laporan WKSBM dari aplikasi ini. Kolomnya sudah dikenal; langkah berikutnya memeriksa isinya.",
    "ui_excel.file.kind.template": "Dikenali sebagai: template impor WKSBM. Pada langkah berikutnya periksa kolom-kolomnya.",
    "ui_excel.file.kind.list": "Dikenali sebagai: daftar biasa dari kantor (bukan buatan aplikasi ini). Pada langkah berikutnya pastikan setiap kolom dibaca dengan benar.",
    "ui_excel.file.hint": (
        "Bisa diimpor: laporan WKSBM dari kelurahan ini, template impor (Berkas > Unduh template "
        "impor), atau daftar biasa dari kantor: daftar anggota (kolom NIK dan Nama), daftar "
        "kegiatan (Tanggal, Nama Kegiatan, Kelompok) dan daftar hadir (No. Kegiatan, NIK/Nama)."
    ),
    "ui_excel.mapping.title": "Langkah 2: periksa kolom",
    "ui_excel.mapping.subtitle": 'Pastikan setiap kolom dibaca sebagai isian yang benar. Kolom yang tidak perlu pilih "(abaikan)".',
    "ui_excel.mapping.col_letter": "Kolom",
    "ui_excel.mapping.col_heading": "Judul di berkas",
    "ui_excel.mapping.col_field": "Dibaca sebagai",
    "ui_excel.mapping.ignore": "(abaikan)",
    "ui_excel.mapping.where": "Judul kolom di baris {header}; data dimulai di baris {first}.",
    "ui_excel.mapping.include": "Impor lembar ini",
    "ui_excel.mapping.missing": "Lembar {sheet}: pilih kolom mana yang berisi {field}.",
    "ui_excel.mapping.none_included": "Tidak ada lembar yang dipilih untuk diimpor.",
    "ui_excel.mapping.ready": "Kolom wajib setiap lembar sudah dipilih. Lanjutkan untuk memeriksa isinya.",
    "ui_excel.field.nik": "NIK",
    "ui_excel.field.full_name": "Nama",
    "ui_excel.field.sex": "Jenis Kelamin",
    "ui_excel.field.birth_place": "Tempat Lahir",
    "ui_excel.field.birth_date": "Tanggal Lahir",
    "ui_excel.field.birth_place_date": "Tempat, Tanggal Lahir",
    "ui_excel.field.address": "Alamat",
    "ui_excel.field.rt": "RT",
    "ui_excel.field.rw": "RW",
    "ui_excel.field.rt_rw": "RT/RW",
    "ui_excel.field.phone": "No. HP",
    "ui_excel.field.kk": "No. KK",
    "ui_excel.field.group": "Kelompok",
    "ui_excel.field.group_type": "Jenis Kelompok",
    "ui_excel.field.role": "Jabatan",
    "ui_excel.field.education": "Pendidikan",
    "ui_excel.field.occupation": "Pekerjaan",
    "ui_excel.field.started_on": "Tanggal Masuk",
    "ui_excel.check.title": "Langkah 3: pemeriksaan",
    "ui_excel.check.subtitle": "Isi berkas diperiksa tanpa menyimpan apa pun. Bila ada kesalahan: perbaiki berkasnya, atau impor baris yang benar saja.",
    "ui_excel.check.running": "Memeriksa berkas…",
    "ui_excel.check.progress": "Memeriksa baris…",
    "ui_excel.check.task": "Pemeriksaan berkas",
    "ui_excel.check.cancelled": "Dibatalkan. Tidak ada yang disimpan.",
    "ui_excel.check.ok_hint": "Tidak ada kesalahan. Klik Impor untuk menyimpan data (cadangan database dibuat lebih dulu).",
    "ui_excel.check.error": "Kesalahan",
    "ui_excel.check.notice": "Catatan",
    "ui_excel.check.col_kind": "Jenis",
    "ui_excel.check.col_sheet": "Lembar",
    "ui_excel.check.col_row": "Baris",
    "ui_excel.check.col_column": "Kolom",
    "ui_excel.check.col_message": "Keterangan",
    "ui_excel.check.save_problems": "Simpan berkas kesalahan…",
    "ui_excel.check.recheck": "Periksa ulang",
    "ui_excel.check.save_title": "Simpan salinan berkas dengan daftar masalah",
    "ui_excel.check.save_task": "Menyimpan daftar masalah",
    "ui_excel.check.saved": (
        'Salinan {name} sudah disimpan, dengan kolom "Status impor" dan "Keterangan impor" di '
        "setiap baris. Perbaiki baris yang bertanda KESALAHAN, lalu impor salinan itu; baris "
        "yang sudah masuk tidak tergandakan."
    ),
    "ui_excel.check.import": "Impor",
    "ui_excel.check.import_task": "Impor data",
    "ui_excel.check.backing_up": "Membuat cadangan database…",
    "ui_excel.check.importing": "Mengimpor…",
    "ui_excel.summary.title": "Langkah 4: selesai",
    "ui_excel.summary.subtitle": "Data sudah disimpan; daftar dan dasbor sudah diperbarui.",
    "ui_excel.summary.notices": "Ada {count} catatan:",
    "ui_excel.summary.more": "…dan {count} catatan lain.",
    "ui_excel.summary.backup": "Cadangan sebelum impor: {name}.",
    "ui_excel.summary.col_kind": "Data",
    "ui_excel.summary.col_added": "Ditambahkan",
    "ui_excel.summary.col_updated": "Diperbarui",
    "ui_excel.summary.col_same": "Sudah sama",
    "ui_excel.entity.groups": "Kelompok",
    "ui_excel.entity.members": "Warga",
    "ui_excel.entity.memberships": "Keanggotaan",
    "ui_excel.entity.activities": "Kegiatan",
    "ui_excel.entity.assessments": "Penilaian",
    "ui_excel.entity.attendance": "Kehadiran",
    # City board
    "ui_excel.board.title": "Konsolidasi kota: laporan kelurahan",
    "ui_excel.board.intro": (
        "Tambahkan berkas laporan yang dikirim kelurahan (atau satu folder berisi semuanya). Papan "
        "ini menunjukkan siapa yang sudah lapor; bila satu kelurahan mengirim beberapa laporan, "
        "yang terbaru dipakai."
    ),
    "ui_excel.board.add_files": "Tambah berkas…",
    "ui_excel.board.add_folder": "Tambah folder…",
    "ui_excel.board.clear": "Kosongkan daftar",
    "ui_excel.board.add_files_title": "Pilih berkas laporan kelurahan",
    "ui_excel.board.add_folder_title": "Pilih folder berisi laporan kelurahan",
    "ui_excel.board.folder_empty": "Tidak ada berkas .xlsx di folder {folder}.",
    "ui_excel.board.reading": "Membaca laporan…",
    "ui_excel.board.summary": "{reported} dari {total} kelurahan sudah lapor.",
    "ui_excel.board.summary_problems": "{count} bermasalah.",
    "ui_excel.board.summary_files": "{count} berkas dibaca.",
    "ui_excel.board.rejected": "{count} berkas tidak dipakai:",
    "ui_excel.board.kecamatan": "Kec. {name}",
    "ui_excel.board.kecamatan_count": "{reported} dari {total} lapor",
    "ui_excel.board.state.reported": "Sudah lapor",
    "ui_excel.board.state.problem": "Bermasalah",
    "ui_excel.board.state.missing": "Belum lapor",
    "ui_excel.board.col.code": "Kode",
    "ui_excel.board.col.name": "Kelurahan",
    "ui_excel.board.col.state": "Status",
    "ui_excel.board.col.generated": "Dibuat",
    "ui_excel.board.col.period": "Periode",
    "ui_excel.board.col.groups": "Kelompok",
    "ui_excel.board.col.members": "Warga",
    "ui_excel.board.col.activities": "Kegiatan",
    "ui_excel.board.col.problems": "Masalah",
    "ui_excel.board.col.file": "Berkas",
    "ui_excel.board.build": "Buat rekap kota…",
    "ui_excel.board.close": "Tutup",
    "ui_excel.board.build_title": "Simpan rekap kota sebagai",
    "ui_excel.board.build_task": "Membuat rekap kota",
    "ui_excel.board.building": "Menggabungkan laporan…",
    "ui_excel.board.built": (
        "Rekap kota {name} sudah disimpan: {reported} dari {total} kelurahan sudah lapor, "
        "{duplicates} NIK ganda, {ignored} berkas diabaikan (lihat lembar Status laporan)."
    ),
    "ui_excel.board.open_question": "Buka rekap kota sekarang?",
}
