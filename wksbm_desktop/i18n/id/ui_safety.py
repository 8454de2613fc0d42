"""Sentences of the data-safety screens: start-up, backup menu, restore, crash dialog, audit views."""

MESSAGES = {
    # Start-up
    "ui_safety.startup.refused_title": "Lokasi database tidak aman",
    "ui_safety.startup.warning_title": "Perhatian",
    "ui_safety.startup.damaged_title": "Database rusak",
    "ui_safety.startup.restore_question": "Pulihkan dari cadangan tersebut sekarang dan lanjutkan?",
    "ui_safety.startup.declined": (
        "Aplikasi ditutup tanpa membuka database yang rusak. Berkasnya tidak diubah sama sekali. "
        "Hubungi petugas TI, atau buka lagi aplikasi ini dan pilih pulihkan dari cadangan."
    ),
    "ui_safety.startup.restored": (
        "Database dipulihkan dari cadangan {when}. Perubahan sesudah waktu itu tidak ada di dalamnya; "
        "periksa dan masukkan lagi data yang hilang. Berkas yang rusak tetap disimpan di {copy}."
    ),
    "ui_safety.startup.restore_failed": "Pemulihan gagal: {message}",
    "ui_safety.startup.unclean": "Aplikasi tidak ditutup dengan benar sebelumnya; database sudah diperiksa menyeluruh dan sehat.",
    "ui_safety.startup.daily_backup": "Membuat cadangan harian…",
    "ui_safety.startup.checking": "Memeriksa database…",
    "ui_safety.startup.damaged_closing": (
        "Pemeriksaan sesudah aplikasi dibuka menemukan database rusak. Tidak ada yang disimpan "
        "sejak aplikasi dibuka."
    ),
    # Single instance
    "ui_safety.instance.title": "WKSBM Desktop sudah terbuka",
    "ui_safety.instance.refused": (
        "WKSBM Desktop sudah terbuka untuk data ini, jadi tidak dibuka dua kali (dua jendela yang "
        "menulis data yang sama bisa saling menimpa). Jendela yang sudah terbuka dimunculkan; "
        "silakan lanjutkan di sana."
    ),
    # Crash dialog
    "ui_safety.crash.title": "Terjadi kesalahan",
    "ui_safety.crash.text": (
        "Terjadi kesalahan yang tidak terduga di dalam aplikasi.\n\n"
        "Data Anda aman: setiap penyimpanan berjalan utuh atau tidak sama sekali, jadi tidak ada "
        "data yang tersimpan setengah. Perubahan yang sedang diisi saat kesalahan terjadi "
        "mungkin belum tersimpan; periksa lalu ulangi bila perlu.\n\n"
        "Bila kesalahan terulang, tutup dan buka lagi aplikasi, lalu kirimkan berkas catatan "
        "(log) ini kepada petugas pendukung:\n{log}"
    ),
    "ui_safety.crash.no_log": "(berkas catatan tidak bisa ditulis di komputer ini)",
    # Backup menu
    "ui_safety.backup.action": "Cadangkan sekarang",
    "ui_safety.backup.action_tip": "Membuat salinan database yang sudah diperiksa di folder cadangan",
    "ui_safety.backup.running": "Membuat cadangan…",
    "ui_safety.backup.done_title": "Cadangan selesai",
    "ui_safety.backup.done": "Cadangan dibuat dan sudah diperiksa:\n{name}\n\nFolder: {folder}",
    "ui_safety.backup.auto_done": "Cadangan otomatis dibuat: {name}",
    "ui_safety.backup.auto_failed": "Cadangan otomatis gagal; lihat berkas catatan (log).",
    "ui_safety.backup.when": "{date}",
    "ui_safety.backup.none": "belum ada",
    # Restore
    "ui_safety.restore.action": "Pulihkan dari cadangan…",
    "ui_safety.restore.action_tip": "Mengganti data sekarang dengan isi salah satu cadangan",
    "ui_safety.restore.title": "Pulihkan dari cadangan",
    "ui_safety.restore.intro": (
        "Pilih cadangan yang akan dipulihkan. Data sekarang diganti dengan isi cadangan itu; "
        "sebelumnya keadaan sekarang dicadangkan dulu, jadi pemulihan bisa dibatalkan dengan "
        'memulihkan cadangan "Sebelum pemulihan".'
    ),
    "ui_safety.restore.empty": 'Belum ada cadangan di folder {folder}. Gunakan "Pilih berkas lain…" untuk cadangan di flashdisk.',
    "ui_safety.restore.col.when": "Waktu",
    "ui_safety.restore.col.reason": "Alasan",
    "ui_safety.restore.col.size": "Ukuran",
    "ui_safety.restore.col.groups": "Kelompok",
    "ui_safety.restore.col.members": "Anggota",
    "ui_safety.restore.col.activities": "Kegiatan",
    "ui_safety.restore.unreadable": "tidak terbaca",
    "ui_safety.restore.restore": "Pulihkan",
    "ui_safety.restore.other": "Pilih berkas lain…",
    "ui_safety.restore.cancel": "Batal",
    "ui_safety.restore.open_title": "Pilih berkas cadangan",
    "ui_safety.restore.open_filter": "Database WKSBM (*.db);;Semua berkas (*)",
    "ui_safety.restore.confirm_title": "Pulihkan data?",
    "ui_safety.restore.confirm": (
        "Data sekarang akan diganti dengan isi cadangan:\n{name}\n\n"
        "Semua perubahan sesudah cadangan itu dibuat tidak akan terlihat lagi. Keadaan sekarang "
        'dicadangkan dulu ("Sebelum pemulihan"), jadi masih bisa dikembalikan.\n\n'
        "Lanjutkan pemulihan?"
    ),
    "ui_safety.restore.running": "Memulihkan database…",
    "ui_safety.restore.done_title": "Pemulihan selesai",
    "ui_safety.restore.done": "Data dipulihkan dari {name}.",
    "ui_safety.restore.safety": "Keadaan sebelum pemulihan dicadangkan di {name}.",
    "ui_safety.restore.reopen_failed": (
        "Data sudah dipulihkan, tetapi tidak bisa dibuka: {message}\nTutup lalu buka lagi aplikasi."
    ),
    "ui_safety.size.kb": "{value} KB",
    "ui_safety.size.mb": "{value} MB",
    # Audit: the Riwayat panel and the audit view
    "ui_safety.history.tab": "Riwayat ({count})",
    "ui_safety.history.col.when": "Waktu",
    "ui_safety.history.col.operator": "Operator",
    "ui_safety.history.col.action": "Tindakan",
    "ui_safety.history.col.changes": "Perubahan",
    "ui_safety.history.no_operator": "(tanpa nama)",
    "ui_safety.audit.action": "Riwayat perubahan…",
    "ui_safety.audit.title": "Riwayat perubahan",
    "ui_safety.audit.since": "Dari tanggal",
    "ui_safety.audit.until": "Sampai",
    "ui_safety.audit.operator": "Operator",
    "ui_safety.audit.entity": "Jenis data",
    "ui_safety.audit.record": "Data",
    "ui_safety.audit.record_placeholder": "Nama, NIK atau ID data, lalu Enter",
    "ui_safety.audit.all": "Semua",
    "ui_safety.audit.all_records": "Semua data",
    "ui_safety.audit.matches": "{count} data cocok — pilih satu",
    "ui_safety.audit.no_match": 'Tidak ada data yang cocok dengan "{text}".',
    "ui_safety.audit.apply": "Tampilkan",
    "ui_safety.audit.reset": "Hapus saringan",
    "ui_safety.audit.previous": "‹ Sebelumnya",
    "ui_safety.audit.next": "Berikutnya ›",
    "ui_safety.audit.range": "{first}–{last} dari {total} catatan",
    "ui_safety.audit.none": "Tidak ada catatan yang cocok dengan saringan.",
    "ui_safety.audit.export": "Ekspor ke Excel…",
    "ui_safety.audit.close": "Tutup",
    "ui_safety.audit.export_title": "Ekspor riwayat perubahan",
    "ui_safety.audit.export_filter": "Buku kerja Excel (*.xlsx)",
    "ui_safety.audit.export_name": "riwayat-perubahan.xlsx",
    "ui_safety.audit.exporting": "Mengekspor riwayat perubahan…",
    "ui_safety.audit.exported": "{count} catatan riwayat diekspor ke:\n{path}\n\nNIK di dalamnya disamarkan.",
    "ui_safety.audit.col.record": "Nama data",
    "ui_safety.audit.match.member": "Anggota: {name}",
    "ui_safety.audit.match.group": "Kelompok: {name}",
    "ui_safety.audit.match.activity": "Kegiatan: {name}",
    # Anonymising a member
    "ui_safety.anon.action": "Anonimkan",
    "ui_safety.anon.tip": "Menghapus data pribadi anggota ini atas permintaannya (UU PDP); tidak bisa dibatalkan",
    "ui_safety.anon.title": "Anonimkan data anggota",
    "ui_safety.anon.confirm": (
        "Anonimkan data {name}?\n\n"
        "Gunakan ini hanya bila warga yang bersangkutan meminta data pribadinya dihapus "
        "(hak subjek data menurut UU PDP 27/2022).\n\n"
        "NIK, No. KK, nama, tempat dan tanggal lahir, alamat, telepon dan catatan akan dihapus "
        "untuk selamanya, juga dari riwayat perubahan. Yang tersisa hanya jenis kelamin, tahun "
        "lahir, RT/RW, keanggotaan dan kehadiran, agar jumlah di laporan tetap benar.\n\n"
        "TINDAKAN INI TIDAK BISA DIBATALKAN. Lanjutkan?"
    ),
    "ui_safety.anon.done": 'Data pribadi anggota ini sudah dihapus; di daftar ia tampil sebagai "Anonim".',
}
