"""Sentences of the health check (``wksbm check``)."""

MESSAGES = {
    "check.integrity": "Berkas database rusak menurut pemeriksaan SQLite ({count} masalah, mis. {example}).",
    "check.foreign_keys": "Ada {count} data yang menunjuk ke data lain yang tidak ada (tabel {example}).",
    "check.duplicate_live_nik": "Ada {count} NIK yang dipakai lebih dari satu anggota aktif (mis. {example}).",
    "check.two_ketua": "Ada {count} kelompok yang punya lebih dari satu Ketua aktif.",
    "check.duplicate_membership": "Ada {count} anggota yang tercatat dua kali aktif di kelompok yang sama.",
    "check.end_before_start": "Ada {count} keanggotaan yang tanggal selesainya sebelum tanggal mulai.",
    "check.negative_amount": "Ada {count} kegiatan dengan jumlah dana negatif.",
    "check.nested_too_deep": "Ada {count} kelompok yang bersarang lebih dari satu tingkat jaringan.",
    "check.archived_member_current": "Ada {count} keanggotaan aktif milik anggota yang sudah diarsipkan.",
    "check.bad_nik_shape": "Ada {count} anggota dengan NIK yang bukan 16 angka.",
    "check.bad_rt_rw": "Ada {count} anggota dengan RT/RW yang bukan 3 angka.",
    "check.missing_office": "Data kantor (kelurahan) belum diisi. Jalankan: wksbm init --kelurahan KODE",
    "check.healthy": "Database sehat: tidak ada masalah yang ditemukan.",
    "check.found": "Ditemukan {count} masalah:",
}
