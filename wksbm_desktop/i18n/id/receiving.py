"""Messages of receiving kelurahan reports into the city database (issue 16, point 2)."""

MESSAGES = {
    # What the receipt says about the whole file.
    "receiving.not_city": (
        "Database ini milik kelurahan. Laporan kelurahan hanya bisa diterima oleh instalasi kota "
        "Dinas Sosial (buat dengan: wksbm --db FILE-KOTA init --city)."
    ),
    "receiving.received": "Diterima ke database kota untuk Kelurahan {kelurahan}.",
    "receiving.unchanged": (
        "Berkas ini sudah diterima pada {when} oleh {who} (sebagai {name}); tidak ada yang berubah."
    ),
    "receiving.unchanged_now": "Berkas ini baru saja diterima oleh petugas lain; tidak ada yang berubah.",
    "receiving.refused.unknown_kelurahan": (
        "Kode kelurahan {code} di laporan ini bukan kelurahan Kota Tangerang; laporan ditolak."
    ),
    "receiving.refused.no_generated_at": (
        "Tanggal pembuatan laporan (_meta generated_at) kosong atau tidak terbaca, jadi tidak bisa "
        "dibandingkan dengan laporan lain; minta kelurahan mengekspor ulang."
    ),
    "receiving.refused.older": (
        "Laporan {name} (dibuat {generated}) lebih lama daripada laporan {newer} (dibuat "
        "{newer_generated}) yang sudah diterima; laporan yang lebih lama ditolak agar tidak "
        "menimpa data yang lebih baru."
    ),
    "receiving.refused.count_mismatch": (
        "Lembar {sheet} berisi {found} baris, padahal laporan mencatat {declared}: berkas sudah "
        "diubah atau terpotong. Minta kelurahan mengirim ulang laporannya."
    ),
    "receiving.refused.unexpected": (
        "Berkas {name} tidak bisa diterima karena kesalahan tak terduga; tidak ada yang disimpan. "
        "Rincian ada di berkas log."
    ),
    "receiving.refused.unreadable": "Berkas {name} tidak bisa dibaca: {reason}",
    "receiving.owner_dinas": "Dinas Sosial",
    # Single rows the city did not take.
    "receiving.row.no_uuid": "UUID kosong, jadi baris ini tidak bisa dicocokkan; baris ditolak.",
    "receiving.row.foreign_uuid": (
        "UUID {uuid} sudah dimiliki data {owner} di database kota; baris ditolak."
    ),
    "receiving.row.repeated_uuid": "UUID {uuid} muncul lebih dari sekali di berkas; baris ini ditolak.",
    "receiving.row.required": "{field} kosong; baris ditolak.",
    "receiving.row.too_long": "{field} lebih dari {max} karakter; baris ditolak.",
    "receiving.row.out_of_range": "{field} di luar batas (0 sampai {max}); baris ditolak.",
    "receiving.row.decile": "Desil DTSEN {value} harus antara 1 dan 10; baris ditolak.",
    "receiving.row.nik_taken": (
        "NIK {nik} sudah dipakai warga lain di kelurahan yang sama ({name}); baris ditolak."
    ),
    "receiving.row.membership_twice": (
        "Warga ini sudah menjadi anggota aktif kelompok yang sama; baris ditolak."
    ),
    "receiving.row.ketua_twice": "Kelompok ini sudah punya Ketua aktif; baris ditolak.",
    "receiving.row.ended_before_started": "Tanggal selesai sebelum tanggal mulai; baris ditolak.",
    "receiving.row.missing_group": (
        "Kelompok {uuid} tidak ada di laporan ini maupun di database kota; baris ditolak."
    ),
    "receiving.row.archived_group": "Kelompok {uuid} sudah diarsipkan; baris ditolak.",
    "receiving.row.missing_member": (
        "Warga {uuid} tidak ada di laporan ini maupun di database kota; baris ditolak."
    ),
    "receiving.row.archived_member": "Warga {uuid} sudah diarsipkan; baris ditolak.",
    "receiving.row.attendance_refused": (
        "{count} baris daftar hadir kegiatan {uuid} ditolak: kegiatan atau warganya tidak diterima."
    ),
    "receiving.row.bad_cell": "Kolom {column}: {problem}",
    # Remarks on what was done.
    "receiving.line.label_added": '{kind} "{label}" belum dikenal dan ditambahkan ke daftar.',
    "receiving.line.parent_missing": (
        "Jaringan induk {uuid} dari kelompok {name} tidak ditemukan; kelompok diterima tanpa induk."
    ),
    "receiving.line.absent.groups": (
        "Kelompok {name} diarsipkan: tidak ada lagi di laporan data lengkap ini."
    ),
    "receiving.line.absent.members": (
        "Warga {name} diarsipkan: tidak ada lagi di laporan data lengkap ini."
    ),
    "receiving.line.absent.activities": (
        "Kegiatan {name} diarsipkan: tidak ada lagi di laporan data lengkap ini."
    ),
    "receiving.line.absent_more": "... dan {count} data lain yang diarsipkan dengan alasan yang sama.",
    # Names of what was counted.
    "receiving.status.received": "diterima",
    "receiving.status.unchanged": "sudah pernah diterima",
    "receiving.status.refused": "ditolak",
    "receiving.entity.groups": "kelompok",
    "receiving.entity.members": "warga",
    "receiving.entity.memberships": "keanggotaan",
    "receiving.entity.activities": "kegiatan",
    "receiving.entity.attendance": "daftar hadir",
    "receiving.entity.assessments": "penilaian",
    "receiving.counts": (
        "{added} ditambah, {changed} diubah, {archived} diarsipkan, {refused} ditolak"
    ),
    "receiving.period_whole": "semua data",
    # Field names in row messages.
    "receiving.field.name": "Nama",
    "receiving.field.type": "Jenis",
    "receiving.field.sector": "Bidang",
    "receiving.field.funding": "Sumber dana",
    "receiving.field.status": "Status",
    "receiving.field.rw": "RW",
    "receiving.field.rt": "RT",
    "receiving.field.address": "Alamat",
    "receiving.field.sk_number": "Nomor SK",
    "receiving.field.sk_issuer": "Penerbit SK",
    "receiving.field.phone": "Telepon",
    "receiving.field.notes": "Catatan",
    "receiving.field.nik": "NIK",
    "receiving.field.kk": "No. KK",
    "receiving.field.full_name": "Nama lengkap",
    "receiving.field.sex": "Jenis kelamin",
    "receiving.field.birth_place": "Tempat lahir",
    "receiving.field.education": "Pendidikan",
    "receiving.field.occupation": "Pekerjaan",
    "receiving.field.role": "Jabatan",
    "receiving.field.started_on": "Tanggal mulai",
    "receiving.field.held_on": "Tanggal kegiatan",
    "receiving.field.title": "Nama kegiatan",
    "receiving.field.location": "Lokasi",
    "receiving.field.facilitator": "Fasilitator/Narasumber",
    "receiving.field.amount": "Jumlah dana",
    "receiving.field.participants_count": "Jumlah peserta",
    "receiving.field.beneficiaries_count": "Penerima manfaat",
    "receiving.field.outcome": "Hasil kegiatan",
    "receiving.field.assessed_on": "Tanggal penilaian",
    "receiving.field.level": "Tingkat",
    "receiving.field.dtsen_decile": "Desil DTSEN",
    # The command line.
    "receiving.cli.help": (
        "terima buku kerja laporan kelurahan ke database kota Dinas Sosial (satu transaksi per "
        "berkas)"
    ),
    "receiving.cli.files": "berkas laporan kelurahan (.xlsx), satu atau lebih",
    "receiving.cli.json": "cetak hasil setiap berkas sebagai JSON",
    "receiving.cli.line": "{file}: {status} - {kelurahan} ({period}). {message}",
    "receiving.cli.counts": "  {counts}",
    "receiving.cli.refusal": "  - {where}{reason}",
    "receiving.cli.note": "  * {line}",
    "receiving.cli.where": "{sheet} baris {row}: ",
    "receiving.cli.summary": "{received} berkas diterima, {unchanged} sudah pernah diterima, {refused} ditolak.",
    # The window.
    "receiving.ui.action": "Terima laporan kelurahan…",
    "receiving.ui.action_tip": (
        "Terima buku kerja laporan dari kelurahan ke database kota (boleh beberapa berkas sekaligus)"
    ),
    "receiving.ui.choose": "Pilih laporan kelurahan",
    "receiving.ui.filter": "Laporan WKSBM (*.xlsx)",
    "receiving.ui.progress": "Menerima laporan kelurahan…",
    "receiving.ui.progress_file": "Menerima {name} ({index} dari {total})…",
    "receiving.ui.receipt_title": "Tanda terima laporan kelurahan",
    "receiving.ui.receipt_head": "{count} berkas: {received} diterima, {unchanged} sudah pernah diterima, {refused} ditolak.",
    "receiving.ui.column.file": "Berkas",
    "receiving.ui.column.kelurahan": "Kelurahan",
    "receiving.ui.column.period": "Periode",
    "receiving.ui.column.status": "Status",
    "receiving.ui.column.added": "Ditambah",
    "receiving.ui.column.changed": "Diubah",
    "receiving.ui.column.archived": "Diarsipkan",
    "receiving.ui.column.refused": "Ditolak",
    "receiving.ui.details": "Rincian (data yang ditolak dan catatan)",
    "receiving.ui.no_details": "Tidak ada data yang ditolak.",
    "receiving.ui.failed": "Penerimaan laporan gagal: {reason}",
}
