"""Sentences of data safety: backups, restore, start-up health, storage location, audit view."""

MESSAGES = {
    # Command line
    "cli.backup.help": "membuat cadangan database yang sudah diperiksa (bawaan: di folder cadangan)",
    "cli.backup.out": "tulis cadangan ke berkas ini, bukan ke folder cadangan",
    "cli.restore.help": "memulihkan database dari berkas cadangan (keadaan sekarang dicadangkan dulu)",
    "cli.restore.file": "berkas cadangan (.db) yang akan dipulihkan",
    "cli.check.damaged_backup": (
        "Berkas database {path} rusak ({detail}). Jangan dipakai untuk menyimpan data. "
        'Cadangan sehat terbaru: {backup}. Pulihkan dengan: wksbm restore "{backup}"'
    ),
    # Backups
    "safety.backup.not_a_file": "Cadangan hanya bisa dibuat untuk berkas database, bukan {target}.",
    "safety.backup.missing": "Berkas database {path} tidak ditemukan, jadi tidak ada yang dicadangkan.",
    "safety.backup.out_exists": "Berkas {path} sudah ada. Pilih nama berkas lain agar tidak menimpanya.",
    "safety.backup.out_is_db": "Cadangan tidak boleh ditulis ke berkas database itu sendiri. Pilih nama berkas lain.",
    "safety.backup.done": "Cadangan tersimpan: {path} ({size}).",
    "safety.backup.counts": "Isi cadangan: {groups} kelompok, {members} anggota, {activities} kegiatan.",
    "safety.reason.manual": "Dicadangkan manual",
    "safety.reason.otomatis": "Otomatis",
    "safety.reason.sebelum-impor": "Sebelum impor",
    "safety.reason.sebelum-upgrade": "Sebelum pembaruan aplikasi",
    "safety.reason.sebelum-pulih": "Sebelum pemulihan",
    "safety.reason.sebelum-gabung": "Sebelum penggabungan data",
    # Restore
    "safety.restore.not_sqlite": "Berkas {path} bukan database WKSBM (bukan berkas SQLite). Pilih berkas cadangan yang benar.",
    "safety.restore.damaged": "Berkas cadangan {path} rusak ({detail}) dan tidak bisa dipulihkan. Pilih cadangan lain yang lebih lama.",
    "safety.restore.foreign": "Berkas {path} bukan database WKSBM (tidak ada tabel data WKSBM di dalamnya).",
    "safety.restore.too_new": (
        "Berkas {path} dibuat oleh versi aplikasi yang lebih baru (revisi {revision}). "
        "Perbarui WKSBM Desktop dulu, lalu pulihkan lagi."
    ),
    "safety.restore.missing": "Berkas cadangan {path} tidak ditemukan.",
    "safety.restore.same_file": "Berkas cadangan sama dengan database yang sedang dipakai; tidak ada yang dipulihkan.",
    "safety.restore.done": "Database dipulihkan dari {source}.",
    "safety.restore.safety_copy": "Keadaan sebelum pemulihan disimpan di {path}.",
    "safety.restore.damaged_copy": "Berkas lama yang rusak disimpan di {path}.",
    # Start-up health
    "safety.health.damaged": (
        "Database rusak dan tidak akan dipakai untuk menyimpan data, agar kerusakannya tidak bertambah. "
        "Salinan berkas yang rusak disimpan di {copy}."
    ),
    "safety.health.offer_backup": "Cadangan sehat terbaru: {backup} ({when}). Pulihkan dari cadangan ini untuk melanjutkan.",
    "safety.health.no_backup": (
        "Tidak ada cadangan yang sehat. Hubungi petugas TI dan jangan hapus berkas database yang rusak."
    ),
    "safety.health.unclean": "Aplikasi tidak ditutup dengan benar sebelumnya; database diperiksa menyeluruh.",
    # Storage location
    "safety.location.unc": (
        "Database tidak boleh disimpan di folder jaringan ({path}). Database yang dipakai lewat jaringan "
        "bisa rusak bila koneksi terputus. Simpan database di disk komputer ini (misalnya folder data bawaan)."
    ),
    "safety.location.network_drive": (
        "Drive {drive} adalah drive jaringan. Database tidak boleh disimpan di sana karena bisa rusak "
        "bila koneksi terputus. Simpan database di disk komputer ini."
    ),
    "safety.location.network_fs": (
        "Folder {path} berada di sistem berkas jaringan ({fstype}). Database tidak boleh disimpan di sana "
        "karena bisa rusak bila koneksi terputus. Simpan database di disk komputer ini."
    ),
    "safety.location.removable": (
        "Database berada di drive yang bisa dilepas (flashdisk/hardisk eksternal). Jangan cabut drive "
        "selama aplikasi terbuka, dan simpan cadangan di tempat lain."
    ),
    "safety.location.cloud": (
        "Database berada di folder yang disinkronkan ke internet ({service}). Sinkronisasi bisa merusak "
        "database dan menyebarkan data pribadi warga; pindahkan ke folder data bawaan."
    ),
    # Members
    "safety.member.already_anonymised": "Data anggota ini sudah dianonimkan sebelumnya.",
    # Audit view
    "safety.audit.entity.member": "Anggota",
    "safety.audit.entity.group": "Kelompok",
    "safety.audit.entity.membership": "Keanggotaan",
    "safety.audit.entity.activity": "Kegiatan",
    "safety.audit.entity.assessment": "Penilaian",
    "safety.audit.entity.office": "Data kantor",
    "safety.audit.entity.reference": "Daftar rujukan",
    "safety.audit.entity.database": "Database",
    "safety.audit.entity.export": "Ekspor",
    "safety.audit.action.create": "Tambah",
    "safety.audit.action.update": "Ubah",
    "safety.audit.action.archive": "Arsipkan",
    "safety.audit.action.restore": "Pulihkan",
    "safety.audit.action.end": "Akhiri",
    "safety.audit.action.delete": "Hapus",
    "safety.audit.action.anonymise": "Anonimkan",
    "safety.audit.action.demo": "Isi data contoh",
    "safety.audit.action.import": "Impor",
    "safety.audit.action.export": "Ekspor",
    "safety.audit.action.merge": "Gabung",
    "safety.audit.no_changes": "tanpa rincian",
    "safety.audit.empty": "(kosong)",
    "safety.audit.yes": "Ya",
    "safety.audit.no": "Tidak",
    "safety.audit.redacted": "(dianonimkan)",
    "safety.audit.col.at": "Waktu",
    "safety.audit.col.operator": "Operator",
    "safety.audit.col.entity": "Data",
    "safety.audit.col.uuid": "ID data",
    "safety.audit.col.action": "Tindakan",
    "safety.audit.col.changes": "Perubahan",
    "safety.audit.sheet": "Riwayat perubahan",
    # Field labels of audited changes
    "safety.field.nik": "NIK",
    "safety.field.kk": "No. KK",
    "safety.field.full_name": "Nama lengkap",
    "safety.field.sex": "Jenis kelamin",
    "safety.field.birth_place": "Tempat lahir",
    "safety.field.birth_date": "Tanggal lahir",
    "safety.field.address": "Alamat",
    "safety.field.rt": "RT",
    "safety.field.rw": "RW",
    "safety.field.phone": "Telepon",
    "safety.field.education": "Pendidikan",
    "safety.field.occupation": "Pekerjaan",
    "safety.field.dtsen_registered": "Terdaftar DTSEN",
    "safety.field.dtsen_decile": "Desil DTSEN",
    "safety.field.dtsen_as_of": "Tanggal data DTSEN",
    "safety.field.disability": "Disabilitas",
    "safety.field.notes": "Catatan",
    "safety.field.name": "Nama",
    "safety.field.type_id": "Jenis",
    "safety.field.sector_id": "Bidang/sektor",
    "safety.field.parent_id": "Jaringan induk",
    "safety.field.founded_on": "Tanggal berdiri",
    "safety.field.sk_number": "Nomor SK",
    "safety.field.sk_date": "Tanggal SK",
    "safety.field.sk_issuer": "Penerbit SK",
    "safety.field.status": "Status",
    "safety.field.group_id": "Kelompok",
    "safety.field.group": "Kelompok",
    "safety.field.member": "Anggota",
    "safety.field.role": "Jabatan",
    "safety.field.started_on": "Tanggal mulai",
    "safety.field.ended_on": "Tanggal selesai",
    "safety.field.held_on": "Tanggal kegiatan",
    "safety.field.title": "Nama kegiatan",
    "safety.field.funding_id": "Sumber dana",
    "safety.field.location": "Lokasi",
    "safety.field.facilitator": "Fasilitator/Narasumber",
    "safety.field.amount": "Jumlah dana",
    "safety.field.participants_count": "Jumlah peserta",
    "safety.field.beneficiaries_count": "Jumlah penerima manfaat",
    "safety.field.outcome": "Hasil kegiatan",
    "safety.field.attendees": "Daftar hadir",
    "safety.field.assessed_on": "Tanggal penilaian",
    "safety.field.level": "Tingkat",
    "safety.field.label": "Label",
    "safety.field.kelurahan_code": "Kode kelurahan",
    "safety.field.kelurahan_name": "Kelurahan",
    "safety.field.kecamatan_code": "Kode kecamatan",
    "safety.field.kecamatan_name": "Kecamatan",
    "safety.field.lurah_name": "Nama Lurah",
    "safety.field.lurah_nip": "NIP Lurah",
    "safety.field.operator_names": "Operator",
    "safety.field.ended_memberships": "Keanggotaan yang diakhiri",
    "safety.field.reopened_memberships": "Keanggotaan yang dibuka kembali",
    "safety.field.file": "Berkas",
    "safety.field.safety_backup": "Cadangan sebelum pemulihan",
    "safety.field.seed": "Benih acak",
    "safety.field.groups": "Kelompok",
    "safety.field.members": "Anggota",
    "safety.field.memberships": "Keanggotaan",
    "safety.field.activities": "Kegiatan",
}
