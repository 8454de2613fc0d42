"""Sentences of the clerk's-day additions to the editor forms (issue 12)."""

MESSAGES = {
    # Required fields and "Simpan & tambah lagi"
    "forms.required_legend": "* wajib diisi",
    "forms.save_next": "Simpan && tambah lagi",
    "forms.save_next_tip": (
        "Simpan, lalu buka formulir kosong untuk data berikutnya (Ctrl+Shift+S). "
        "RT/RW atau kelompok yang sama tetap terisi."
    ),
    "forms.clerk.saved_next": "Tersimpan: {name}. Formulir ini siap untuk data berikutnya.",
    "forms.clerk.opened_existing": (
        "Ini data tersimpan orang pemilik NIK tersebut. Ubah di sini bila perlu, lalu Simpan."
    ),
    "forms.clerk.rt_rw": "&RT/RW:",
    "forms.clerk.member_for_group": "Anggota baru untuk {group}",
    # A choice filled in but not added yet
    "forms.pending.title": "Pilihan belum ditambahkan",
    "forms.pending.text": (
        "Pilihan berikut sudah diisi, tetapi tombol Tambahkan belum ditekan:\n\n{items}\n\n"
        "Tambahkan sekarang, lalu simpan?"
    ),
    "forms.pending.add": "Tambahkan, lalu simpan",
    "forms.pending.skip": "Simpan tanpa pilihan itu",
    "forms.pending.back": "Kembali ke formulir",
    "forms.pending.membership_member": "Kelompok yang dipilih: {name}, sebagai {role}",
    "forms.pending.membership_group": "Anggota yang dipilih: {name}, sebagai {role}",
    "forms.pending.unmatched_member": 'Kelompok yang diketik belum dipilih dari daftar: "{text}"',
    "forms.pending.unmatched_group": 'Anggota yang diketik belum dipilih dari daftar: "{text}"',
    "forms.pending.assessment": "Penilaian tingkat: {level}, tanggal {date}",
    "forms.assessment.pick_level": "Pilih tingkat kelompok dari daftar.",
    # Registering a new person from the group form
    "forms.membership.new_member": "Anggota &baru…",
    "forms.membership.new_member_tip": (
        "Daftarkan warga yang belum tercatat, lalu masukkan ke kelompok ini. "
        "Bila NIK-nya ternyata sudah terdaftar, orang itu bisa langsung ditambahkan."
    ),
    "forms.membership.nik_unknown_new": (
        'NIK ini belum terdaftar. Tekan "Anggota baru…" untuk mendaftarkan orangnya.'
    ),
    "forms.membership.nik_unknown": "NIK ini belum terdaftar sebagai anggota.",
    # Who already holds a NIK
    "forms.owner.text": "NIK ini sudah terdaftar atas nama {name}{place}, {groups}.",
    "forms.owner.place": ", RT/RW {rt_rw}",
    "forms.owner.groups": "anggota {groups}",
    "forms.owner.no_groups": "belum masuk kelompok mana pun",
    "forms.owner.open": "B&uka data orang ini",
    "forms.owner.open_tip": "Tampilkan data tersimpan orang ini di formulir, bukan membuat data ganda.",
    "forms.owner.add": "Tambahkan ke {group}",
    "forms.owner.add_tip": "Masukkan orang yang sudah terdaftar ini ke {group} tanpa mengetik ulang.",
    "forms.owner.taken_below": (
        "NIK ini sudah dipakai orang lain (lihat kotak di bawahnya): buka data orang itu, "
        "atau periksa kembali NIK yang diketik."
    ),
    # The attendance checklist
    "forms.clerk.attendance_search": "Cari nama, NIK atau nomor urut",
    "forms.clerk.attendance_search_tip": (
        "Ketik sebagian nama, NIK atau nomor urut. Enter mencentang orang yang tinggal satu "
        "di daftar; centang yang sudah ada tidak hilang saat mencari."
    ),
    "forms.clerk.select_shown": "Pilih s&emua yang tampil",
}
