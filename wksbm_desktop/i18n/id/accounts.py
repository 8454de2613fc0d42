"""Sentences of accounts, sign-in and roles (issue 17)."""

MESSAGES = {
    # Roles
    "accounts.role.operator": "Operator",
    "accounts.role.admin": "Lurah / Admin",
    "accounts.role.dinsos": "Petugas Dinas Sosial",
    "accounts.role.pemantau": "Pemantau",
    # Refusals by role: nothing was changed
    "accounts.refused.not_signed_in": (
        "Database ini memakai akun: masuk dulu dengan nama pengguna dan kata sandi Anda. "
        "Tidak ada yang diubah."
    ),
    "accounts.refused.record": (
        "Peran {role} tidak boleh mengubah data kelompok, anggota atau kegiatan. "
        "Tidak ada yang diubah."
    ),
    "accounts.refused.import": "Peran {role} tidak boleh mengimpor data. Tidak ada yang diubah.",
    "accounts.refused.export_masked": (
        "Peran {role} tidak boleh mengekspor atau mencetak data warga. Tidak ada berkas yang dibuat."
    ),
    "accounts.refused.export_full": (
        "Peran {role} tidak boleh mengekspor NIK lengkap; hanya Lurah / Admin yang boleh. "
        "Pilih NIK disamarkan, atau minta Lurah / Admin. Tidak ada berkas yang dibuat."
    ),
    "accounts.refused.backup": "Peran {role} tidak boleh membuat cadangan database.",
    "accounts.refused.anonymise": (
        "Peran {role} tidak boleh menganonimkan data warga; hanya Lurah / Admin yang boleh. "
        "Tidak ada yang diubah."
    ),
    "accounts.refused.restore": (
        "Peran {role} tidak boleh memulihkan database dari cadangan; hanya Lurah / Admin yang "
        "boleh. Tidak ada yang diubah."
    ),
    "accounts.refused.settings": (
        "Peran {role} tidak boleh mengubah pengaturan kantor, tanda tangan atau kop surat; hanya "
        "Lurah / Admin yang boleh. Tidak ada yang diubah."
    ),
    "accounts.refused.accounts": (
        "Peran {role} tidak boleh mengelola akun; hanya Lurah / Admin yang boleh. "
        "Tidak ada yang diubah."
    ),
    "accounts.refused.receive": (
        "Peran {role} tidak boleh menerima laporan kelurahan; hanya Petugas Dinas Sosial dan "
        "Admin yang boleh. Tidak ada yang diubah."
    ),
    "accounts.refused.consolidate": (
        "Peran {role} tidak boleh membuat rekap kota; hanya Petugas Dinas Sosial dan Admin yang "
        "boleh. Tidak ada berkas yang dibuat."
    ),
    "accounts.refused.nik_review": (
        "Peran {role} tidak boleh mencatat keputusan NIK ganda; hanya Petugas Dinas Sosial dan "
        "Admin yang boleh. Tidak ada yang diubah."
    ),
    "accounts.refused.notices": (
        "Peran {role} tidak boleh mengirim catatan ke kelurahan; hanya Petugas Dinas Sosial dan "
        "Admin yang boleh. Tidak ada yang diubah."
    ),
    # Creating and changing accounts
    "accounts.first_admin_exists": (
        "Database ini sudah punya akun. Minta Lurah / Admin membuatkan akun untuk Anda."
    ),
    "accounts.unknown_role": (
        "Peran '{role}' tidak dikenal. Pilih operator, admin, dinsos atau pemantau."
    ),
    "accounts.user_name_invalid": (
        "Nama pengguna 2–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, "
        "diawali huruf atau angka (mis. siti.aminah)."
    ),
    "accounts.user_name_taken": "Nama pengguna '{user_name}' sudah dipakai. Pilih nama lain.",
    "accounts.full_name_too_long": "Nama lengkap paling banyak 150 karakter.",
    "accounts.full_name_taken": (
        "Sudah ada akun bernama '{name}'. Riwayat perubahan mencatat nama lengkap, jadi setiap "
        "akun perlu nama yang berbeda (tambahkan nama belakang atau gelar)."
    ),
    "accounts.password_too_short": "Kata sandi paling sedikit {length} karakter.",
    "accounts.password_blank": "Kata sandi tidak boleh hanya spasi.",
    "accounts.no_such_user": "Tidak ada akun dengan nama pengguna '{user_name}'.",
    "accounts.cannot_disable_self": "Anda tidak dapat menonaktifkan akun Anda sendiri.",
    "accounts.cannot_change_own_role": (
        "Anda tidak dapat mengubah peran akun Anda sendiri. Minta Lurah / Admin lain mengubahnya."
    ),
    "accounts.last_admin_role": (
        "Ini satu-satunya Lurah / Admin yang aktif, jadi perannya tetap admin. Buat atau aktifkan "
        "admin lain dulu, lalu ubah peran akun ini."
    ),
    "accounts.last_admin": (
        "Ini satu-satunya Lurah / Admin yang aktif. Buat atau aktifkan admin lain dulu, "
        "lalu nonaktifkan akun ini."
    ),
    "accounts.enable_needs_password": (
        "Akun '{user_name}' belum punya kata sandi: atur ulang kata sandinya dulu, lalu aktifkan."
    ),
    "accounts.old_password_wrong": "Kata sandi lama salah. Kata sandi tidak diubah.",
    # Signing in
    "accounts.wrong_password": (
        "Nama pengguna atau kata sandi salah, atau akun tidak aktif. Periksa lalu coba lagi."
    ),
    "accounts.wait": (
        "Terlalu banyak percobaan yang salah. Tunggu {seconds} detik, lalu coba lagi."
    ),
    "accounts.recovery_wrong": (
        "Kode pemulihan salah, sudah pernah dipakai, atau akun ini bukan Lurah / Admin yang aktif."
    ),
    # The change history
    "safety.audit.entity.account": "Akun",
    "safety.audit.action.disable": "Nonaktifkan",
    "safety.audit.action.enable": "Aktifkan",
    "safety.audit.action.set_role": "Ubah peran akun",
    "safety.audit.action.reset_password": "Atur ulang kata sandi",
    "safety.audit.action.change_password": "Ganti kata sandi",
    "safety.audit.action.new_recovery_code": "Kode pemulihan baru",
    "safety.audit.action.recover": "Pulihkan dengan kode",
    # The command line
    "accounts.cli.help_user": "nama pengguna yang menjalankan perintah (wajib bila database sudah memakai akun); kata sandi dari WKSBM_PASSWORD atau ditanyakan",
    "accounts.cli.no_accounts_yet": "Database ini belum memakai akun, jadi --user {user} tidak diperlukan. Jalankan perintah tanpa --user, atau buat admin pertama dengan: wksbm init ... --admin NAMA",
    "accounts.cli.user_needed": "Database ini memakai akun: tulis --user NAMA sebelum perintah (seperti --db). Kata sandi ditanyakan, atau dibaca dari {env} untuk tugas terjadwal.",
    "accounts.cli.prompt_password": "Kata sandi {user}: ",
    "accounts.cli.prompt_new": "Kata sandi baru untuk {user}: ",
    "accounts.cli.prompt_again": "Ulangi kata sandi baru: ",
    "accounts.cli.mismatch": "Kedua kata sandi tidak sama. Tidak ada yang diubah; ulangi perintahnya.",
    "accounts.cli.no_password": "Kata sandi tidak diberikan. Ketik di terminal, kirim lewat baris pertama masukan standar, atau isi {env}.",
    "accounts.cli.init_admin": "nama pengguna Lurah / Admin pertama (kata sandi dari WKSBM_NEW_PASSWORD atau ditanyakan)",
    "accounts.cli.init_full_name": "nama lengkap admin pertama (bawaan: nama Lurah, atau nama pengguna)",
    "accounts.cli.admin_made": "Akun Lurah / Admin {user} dibuat. Mulai sekarang setiap perintah memerlukan --user.",
    "accounts.cli.recovery_code": "Kode pemulihan (hanya ditampilkan sekali; cetak atau tulis di kertas dan simpan di lemari terkunci): {code}",
    "accounts.cli.user_help": "mengelola akun: tambah, daftar, nonaktifkan, aktifkan, ubah peran, atur ulang kata sandi",
    "accounts.cli.add_help": "menambah akun (kata sandi dari WKSBM_NEW_PASSWORD atau ditanyakan)",
    "accounts.cli.list_help": "menampilkan semua akun",
    "accounts.cli.disable_help": "menonaktifkan akun (riwayatnya tetap ada)",
    "accounts.cli.enable_help": "mengaktifkan lagi akun yang dinonaktifkan",
    "accounts.cli.set_role_help": "mengubah peran akun (operator, admin, dinsos atau pemantau)",
    "accounts.cli.reset_password_help": "mengatur ulang kata sandi akun (dari WKSBM_NEW_PASSWORD atau ditanyakan)",
    "accounts.cli.user_name": "nama pengguna, mis. siti.aminah",
    "accounts.cli.role": "peran: operator, admin (Lurah), dinsos (Petugas Dinas Sosial) atau pemantau",
    "accounts.cli.full_name": "nama lengkap yang dicatat di riwayat perubahan (bawaan: nama pengguna)",
    "accounts.cli.added": "Akun {user} ({role}) ditambahkan.",
    "accounts.cli.none": "Belum ada akun.",
    "accounts.cli.active": "aktif",
    "accounts.cli.inactive": "nonaktif",
    "accounts.cli.disabled": "Akun {user} dinonaktifkan.",
    "accounts.cli.enabled": "Akun {user} diaktifkan.",
    "accounts.cli.role_set": "Peran akun {user} sekarang {role}.",
    "accounts.cli.reset": "Kata sandi akun {user} diatur ulang.",
    # PostgreSQL
    "accounts.pg.owner_must_upgrade": "Database di server {target} perlu diperbarui ke versi aplikasi ini, tetapi login yang dipakai hanya untuk pekerjaan harian dan tidak boleh mengubah tabel. Minta petugas TI menjalankan pembaruan sekali dengan login pemilik database (lihat README, bagian Server PostgreSQL), lalu buka aplikasi lagi. Tidak ada yang diubah.",
    # The window
    "accounts.ui.menu": "&Akun",
    "accounts.ui.change_action": "Ganti kata sandi…",
    "accounts.ui.manage_action": "Kelola akun…",
    "accounts.ui.lock_action": "Kunci layar sekarang",
    "accounts.ui.status": "Masuk sebagai {name} ({role})",
    "accounts.ui.cover": "Masuk dulu untuk membuka data.",
    "accounts.ui.sign_in_title": "Masuk – WKSBM Desktop",
    "accounts.ui.sign_in_intro": "Masukkan nama pengguna dan kata sandi Anda. Setiap perubahan, ekspor dan impor dicatat atas nama Anda.",
    "accounts.ui.lock_title": "Layar terkunci",
    "accounts.ui.lock_intro": "Layar dikunci karena lama tidak dipakai. Pekerjaan yang terbuka tetap utuh. Masukkan kata sandi {name} untuk melanjutkan.",
    "accounts.ui.user_name": "Nama pengguna",
    "accounts.ui.user_name_hint": "mis. siti.aminah",
    "accounts.ui.full_name": "Nama lengkap",
    "accounts.ui.full_name_hint": "nama yang dicatat di riwayat perubahan",
    "accounts.ui.password": "Kata sandi",
    "accounts.ui.old_password": "Kata sandi lama",
    "accounts.ui.new_password": "Kata sandi baru",
    "accounts.ui.again": "Ulangi kata sandi",
    "accounts.ui.code": "Kode pemulihan",
    "accounts.ui.code_hint": "XXXX-XXXX-XXXX-XXXX-XXXX",
    "accounts.ui.role": "Peran",
    "accounts.ui.sign_in": "Masuk",
    "accounts.ui.forgot": "Lupa kata sandi…",
    "accounts.ui.quit": "Tutup aplikasi",
    "accounts.ui.save": "Simpan",
    "accounts.ui.cancel": "Batal",
    "accounts.ui.close": "Tutup",
    "accounts.ui.repeat_differs": "Kedua kata sandi baru tidak sama. Ketik ulang keduanya.",
    "accounts.ui.first_title": "Buat akun Lurah / Admin",
    "accounts.ui.first_intro": "Database ini belum punya akun. Buat dulu akun Lurah / Admin: akun ini mengelola akun petugas lain, mengekspor NIK lengkap, menganonimkan dan memulihkan cadangan. Setelah itu setiap orang masuk dengan akunnya sendiri, sehingga riwayat perubahan mencatat siapa mengerjakan apa.",
    "accounts.ui.first_ok": "Buat akun",
    "accounts.ui.code_title": "Kode pemulihan",
    "accounts.ui.code_intro": "Ini kode pemulihan untuk {name}. Bila kata sandi Lurah / Admin terlupa, kode ini dipakai sekali untuk membuat kata sandi baru. Kode hanya ditampilkan sekarang dan tidak disimpan di komputer: cetak atau tulis di kertas, lalu simpan di lemari terkunci.",
    "accounts.ui.code_print": "Cetak kode…",
    "accounts.ui.code_kept": "Kode sudah saya cetak atau catat dan simpan di tempat aman",
    "accounts.ui.code_done": "Selesai",
    "accounts.ui.change_title": "Ganti kata sandi",
    "accounts.ui.recover_title": "Lupa kata sandi",
    "accounts.ui.recover_intro": "Lurah / Admin yang lupa kata sandi memakai kode pemulihan yang dicetak saat akunnya dibuat. Kode itu hanya berlaku sekali; sesudahnya kode baru ditampilkan. Petugas lain: minta Lurah / Admin mengatur ulang kata sandi Anda.",
    "accounts.ui.manage_title": "Kelola akun",
    "accounts.ui.add": "Tambah akun…",
    "accounts.ui.add_title": "Tambah akun",
    "accounts.ui.reset": "Atur ulang kata sandi…",
    "accounts.ui.reset_title": "Kata sandi baru untuk {user}",
    "accounts.ui.disable": "Nonaktifkan",
    "accounts.ui.set_role": "Ubah peran…",
    "accounts.ui.set_role_title": "Ubah peran akun {user}",
    "accounts.ui.set_role_label": "Peran baru:",
    "accounts.ui.set_role_note": "Peran baru berlaku sejak tindakan berikutnya orang ini. Bila ia sedang masuk, menunya menyesuaikan begitu jendelanya dipakai lagi.",
    "accounts.ui.enable": "Aktifkan",
    "accounts.ui.confirm_disable": "Nonaktifkan akun {user}? Orang ini tidak dapat masuk lagi; riwayat perubahannya tetap tersimpan.",
    "accounts.ui.choose_first": "Pilih dulu satu akun di daftar.",
    "accounts.ui.idle_label": "Kunci layar di komputer ini setelah tidak dipakai selama",
    "accounts.ui.minutes_suffix": " menit",
    "accounts.ui.col.user_name": "Nama pengguna",
    "accounts.ui.col.full_name": "Nama lengkap",
    "accounts.ui.col.role": "Peran",
    "accounts.ui.col.state": "Status",
    "accounts.ui.col.last_sign_in": "Terakhir masuk",
    "accounts.sheet.title": "Kode Pemulihan Akun WKSBM Desktop",
    "accounts.sheet.name": "Nama lengkap",
    "accounts.sheet.user": "Nama pengguna",
    "accounts.sheet.how": "Kode ini membuat kata sandi baru bila kata sandi Lurah / Admin terlupa: di layar Masuk pilih “Lupa kata sandi…”, isi nama pengguna, kode ini dan kata sandi baru. Kode hanya berlaku sekali; sesudah dipakai aplikasi menampilkan kode baru untuk dicetak lagi. Simpan lembar ini di lemari terkunci, jangan difoto dan jangan disimpan bersama komputer. Siapa pun yang memegang kode ini dapat masuk sebagai Lurah / Admin.",
    # The lock
    "accounts.ui.locked_cover": "Layar terkunci. Pekerjaan yang terbuka tetap utuh di baliknya.",
    # Backups in the history
    "safety.audit.action.backup": "Cadangkan",
    # Export choices
    "accounts.ui.full_nik_admin_only": "Hanya Lurah / Admin yang boleh mengekspor NIK lengkap.",
}
