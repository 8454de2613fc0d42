"""Sentences of the data core: validation, records, database."""

MESSAGES = {
    "error.validation_failed": "Ada {count} isian yang perlu diperbaiki.",
    # Field rules
    "rule.required": "{label} wajib diisi.",
    "rule.too_long": "{label} terlalu panjang (paling banyak {max} karakter).",
    "rule.rt_rw_format": "{label} harus berupa angka, misalnya 5 atau 005 (yang diisi: {value}).",
    "rule.rt_rw_zero": "{label} tidak boleh 000. Isi nomor {label} yang benar, misalnya 005.",
    "rule.phone_format": (
        'Nomor telepon "{value}" tidak dikenali. Tulis 8 sampai 15 angka, misalnya 0812 3456 7890.'
    ),
    "rule.nip_format": "NIP harus 18 angka tanpa spasi (yang diisi: {value}).",
    "rule.date_too_old": "{label} terlalu lama (sebelum tahun 1900). Periksa kembali tahunnya.",
    "rule.date_in_future": "{label} tidak boleh di masa depan. Periksa kembali tanggalnya.",
    "rule.date_out_of_range": "{label} harus antara tahun 1900 dan 2100.",
    "rule.end_before_start": "Tanggal selesai tidak boleh sebelum tanggal mulai ({start}).",
    "rule.money_whole": "{label} harus berupa angka rupiah bulat, tanpa sen.",
    "rule.money_negative": "{label} tidak boleh kurang dari nol.",
    "rule.count_whole": "{label} harus berupa angka bulat.",
    "rule.count_negative": "{label} tidak boleh kurang dari nol.",
    "rule.not_allowed": '{label} "{value}" tidak termasuk pilihan yang tersedia.',
    # Records
    "record.not_found": "Data {entity} tidak ditemukan. Mungkin sudah dihapus; muat ulang daftar.",
    "record.changed_elsewhere": (
        "Data {entity} ini sudah diubah oleh {who} pada {when} ({fields}) sejak Anda membukanya. "
        "Perubahan Anda tidak disimpan agar tidak menimpa perubahan itu. "
        "Tutup formulir, buka lagi, lalu ulangi perubahan Anda."
    ),
    "reference.unknown": '{label} "{value}" tidak dikenal. Pilihan yang ada: {choices}.',
    "reference.unknown_kind": 'Daftar rujukan "{kind}" tidak dikenal.',
    "reference.kind.group_type": "Jenis kelompok",
    "reference.kind.sector": "Bidang/sektor",
    "reference.kind.activity_type": "Jenis kegiatan",
    "reference.kind.funding_source": "Sumber dana",
    "reference.kind.education": "Pendidikan",
    # Groups
    "group.missing_or_archived": "Kelompok tidak ditemukan atau sudah diarsipkan. Pilih kelompok yang aktif.",
    "group.parent_missing": "Jaringan induk tidak ditemukan atau sudah diarsipkan.",
    "group.parent_self": "Kelompok tidak bisa menjadi induk bagi dirinya sendiri.",
    "group.parent_nested": (
        '"{parent}" sudah menjadi bagian dari jaringan lain, jadi tidak bisa menjadi induk. '
        "Jaringan WKSBM hanya satu tingkat: pilih jaringan utamanya."
    ),
    "group.parent_has_children": (
        "Kelompok ini sudah menjadi induk bagi kelompok lain, jadi tidak bisa masuk jaringan lain."
    ),
    "group.sk_before_founded": "Tanggal SK tidak boleh sebelum tanggal berdiri.",
    # Members
    "member.sex_invalid": 'Jenis kelamin harus L (laki-laki) atau P (perempuan), bukan "{value}".',
    "member.nik_taken": (
        "NIK ini sudah terdaftar atas nama {name}. Satu NIK hanya untuk satu anggota: "
        "cari anggota tersebut di tab Anggota."
    ),
    "member.decile_range": "Desil DTSEN harus angka 1 sampai 10.",
    "member.anonymised_readonly": "Data anggota ini sudah dianonimkan dan tidak bisa diubah lagi.",
    # Memberships
    "membership.duplicate": "{name} sudah menjadi anggota aktif {group}.",
    "membership.ketua_taken": (
        "{group} sudah punya Ketua ({name}). Akhiri dulu jabatan ketua yang lama, "
        "atau pilih jabatan lain."
    ),
    "membership.member_archived": "Anggota ini sudah diarsipkan; pulihkan dulu dari Arsip.",
    "membership.already_ended": "Keanggotaan ini sudah berakhir.",
    # Activities
    "activity.group_required": "Pilih kelompok yang aktif untuk kegiatan ini.",
    "activity.attendee_unknown": (
        "Ada peserta di daftar hadir yang tidak ditemukan atau sudah diarsipkan. Muat ulang daftar hadir."
    ),
    # Database
    "db.is_directory": "{path} adalah folder, bukan berkas database.",
    "db.cannot_create_folder": "Folder {path} tidak bisa dibuat. Periksa izin akses folder.",
    "db.not_a_database": (
        "Berkas {path} bukan database WKSBM (atau sudah rusak). Pilih berkas database yang benar."
    ),
    "db.foreign_schema": "Berkas {path} berisi database lain, bukan database WKSBM.",
    "db.unreadable": "Database {path} tidak bisa dibaca: {detail}",
    "db.write_checking": (
        "Database masih diperiksa sesudah aplikasi dibuka. Tunggu beberapa detik, lalu simpan lagi."
    ),
    "db.write_damaged": (
        "Pemeriksaan menemukan database rusak, jadi tidak ada yang disimpan. "
        "Ikuti petunjuk pemulihan dari cadangan."
    ),
    "db.needs_upgrade": "Database {path} dibuat oleh versi lama dan perlu diperbarui.",
    "db.too_new": (
        "Database ini dibuat oleh versi aplikasi yang lebih baru (revisi {revision}). "
        "Perbarui aplikasi WKSBM Desktop sebelum membukanya."
    ),
    "db.upgrade_failed": (
        "Database {path} gagal diperbarui ke versi aplikasi ini ({detail}). "
        "Database tidak diubah dan salinan cadangannya ada di folder cadangan. "
        "Hubungi petugas TI."
    ),
    "backup.copy_damaged": "Salinan cadangan {path} ternyata rusak ({detail}); cadangan dibatalkan.",
}
