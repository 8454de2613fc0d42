"""Sentences about the database file itself: missing, damaged, foreign, private; outside copies."""

MESSAGES = {
    # Opening a database file
    "storage.db_missing": (
        "Database WKSBM tidak ditemukan di {path}. Periksa lagi jalurnya (salah ketik di --db atau "
        "WKSBM_DB?). Tidak ada berkas yang dibuat. Untuk membuat database baru di sana: "
        'wksbm --db "{path}" init --kelurahan KODE'
    ),
    "storage.server_no_schema": (
        "Database server {target} belum berisi tabel WKSBM. Periksa lagi alamatnya; untuk "
        "menyiapkan database itu jalankan: wksbm --db URL init --kelurahan KODE"
    ),
    "storage.db_damaged": (
        "Berkas database {path} rusak ({detail}). Jangan dipakai untuk menyimpan data. "
        "Pulihkan dari cadangan: buka WKSBM Desktop (aplikasi menawarkan cadangan sehat "
        'terbaru), atau jalankan wksbm --db "{path}" restore BERKAS-CADANGAN. Cadangan ada di '
        "folder cadangan di samping database."
    ),
    "storage.db_damaged_backup": (
        "Berkas database {path} rusak ({detail}). Jangan dipakai untuk menyimpan data. "
        "Cadangan sehat terbaru: {backup} ({when}). Pulihkan dengan: "
        'wksbm --db "{path}" restore "{backup}"'
    ),
    "storage.db_foreign": (
        "Berkas {path} adalah database milik aplikasi lain, bukan database WKSBM. Berkas itu "
        "tidak diubah sedikit pun. Pilih berkas database WKSBM yang benar (biasanya wksbm.db)."
    ),
    "storage.db_cannot_create": (
        "Berkas database {path} tidak bisa dibuat ({detail}). Periksa izin akses folder itu."
    ),
    # Remembered server passwords
    "storage.pgpass_newline": (
        "Kata sandi tidak boleh berisi baris baru (Enter). Ketik ulang kata sandinya pada satu "
        "baris."
    ),
    # Copies outside this computer (flashdisk)
    "storage.offsite.help_to": (
        "salin cadangan terverifikasi ke folder ini (mis. flashdisk E:\\), lalu periksa salinannya"
    ),
    "storage.offsite.not_folder": "{path} bukan folder yang ada. Pilih folder atau drive flashdisk.",
    "storage.offsite.inside_data": (
        "Folder {path} ada di dalam folder data aplikasi di komputer ini. Salinan di luar komputer "
        "harus di flashdisk atau hard disk eksternal: pilih drive itu."
    ),
    "storage.offsite.shared": (
        "Folder {path} adalah folder jaringan atau folder yang disinkronkan ke internet. Cadangan "
        "berisi data pribadi warga dan tidak boleh disimpan di sana; pilih flashdisk atau hard "
        "disk eksternal."
    ),
    "storage.offsite.cannot_write": (
        "Salinan tidak bisa ditulis ke {path} ({detail}). Periksa bahwa flashdisk terpasang, "
        "tidak dikunci (write-protect) dan masih punya ruang."
    ),
    "storage.offsite.mismatch": (
        "Salinan di {path} ternyata berbeda dari cadangan aslinya ({detail}); salinan itu dihapus. "
        "Flashdisk mungkin rusak atau dicabut: coba lagi, atau pakai flashdisk lain."
    ),
    "storage.offsite.done": (
        "Cadangan disalin ke {path} ({size}) dan sudah diperiksa: isinya sama persis dengan "
        "cadangan asli dan database di dalamnya sehat."
    ),
    "storage.offsite.source": "Cadangan yang disalin: {name} (dibuat {when}).",
    "storage.offsite.already": "Salinan yang sama sudah ada di sana dan sudah diperiksa ulang.",
    "storage.offsite.no_server": (
        "Salinan ke flashdisk hanya untuk database berkas. Untuk server PostgreSQL: "
        "wksbm --db URL backup --out E:\\BERKAS.dump"
    ),
    # The window: Berkas → Salin cadangan ke flashdisk…, its reminder, the first run
    "storage.ui.offsite.action": "Salin cadangan ke flashdisk…",
    "storage.ui.offsite.action_tip": (
        "Menyalin cadangan terbaru yang sudah diperiksa ke flashdisk atau hard disk eksternal, "
        "lalu memeriksa salinannya"
    ),
    "storage.ui.offsite.choose_title": "Pilih flashdisk atau folder untuk salinan cadangan",
    "storage.ui.offsite.running": "Menyalin cadangan ke flashdisk…",
    "storage.ui.offsite.done_title": "Salinan cadangan selesai",
    "storage.ui.offsite.done": (
        "Cadangan disalin dan sudah diperiksa (isinya sama persis dengan cadangan asli, "
        "database di dalamnya sehat):\n{name}\n\nFolder: {folder}"
    ),
    "storage.ui.offsite.keep_safe": (
        "Cabut flashdisk dengan aman (Safely Remove) dan simpan di tempat terkunci, terpisah dari "
        "komputer ini. Isinya data pribadi warga: jangan dipinjamkan."
    ),
    "storage.ui.offsite.reminder": "{days} hari tanpa salinan di flashdisk.",
    "storage.ui.offsite.reminder_link": "Salin sekarang…",
    "storage.ui.offsite.reminder_tip": (
        "Bila komputer rusak atau hilang, cadangan di komputer ini ikut hilang. Salin cadangan "
        "ke flashdisk seminggu sekali."
    ),
    "storage.ui.create_title": "Database baru",
    "storage.ui.create_question": (
        "Belum ada database WKSBM di:\n{path}\n\nBuat database baru yang kosong di sana?\n\n"
        "Bila kantor ini sudah punya data, pilih Tidak: periksa lokasi database, atau pulihkan "
        "dari cadangan (wksbm restore BERKAS)."
    ),
}
