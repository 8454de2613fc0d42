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
    "safety.audit.action.reset_password": "Atur ulang kata sandi",
    "safety.audit.action.change_password": "Ganti kata sandi",
    "safety.audit.action.new_recovery_code": "Kode pemulihan baru",
    "safety.audit.action.recover": "Pulihkan dengan kode",
}
