"""Messages of the duplicate review on screen (issue 18): the finder, the merge, the form's notice."""

MESSAGES = {
    "duplicates_ui.menu": "Periksa data ganda…",
    "duplicates_ui.menu_tip": (
        "Mencari warga yang mungkin terdaftar dua kali, lalu menggabungkan atau menandai "
        "bukan orang yang sama"
    ),
    "duplicates_ui.title": "Periksa data ganda",
    "duplicates_ui.hint": (
        "Pasangan data yang mungkin orang yang sama, yang paling mirip di atas. Klik sebuah "
        "pasangan untuk melihat kedua data berdampingan; baris yang berbeda berlatar kuning."
    ),
    "duplicates_ui.city_hint": (
        "Warga seluruh kota yang mungkin orang yang sama, juga antar kelurahan. Penggabungan "
        "dilakukan di kelurahan pemilik datanya."
    ),
    "duplicates_ui.reload": "Periksa ulang",
    "duplicates_ui.searching": "Mencari kemungkinan data ganda…",
    "duplicates_ui.summary": "{count} pasangan mungkin orang yang sama",
    "duplicates_ui.none": "Tidak ada kemungkinan data ganda",
    "duplicates_ui.score.text": "{percent}% · {word}",
    "duplicates_ui.score.very": "sangat mirip",
    "duplicates_ui.score.similar": "mirip",
    "duplicates_ui.col.score": "Kemiripan",
    "duplicates_ui.col.name": "Nama",
    "duplicates_ui.col.nik": "NIK",
    "duplicates_ui.col.kelurahan": "Kelurahan",
    "duplicates_ui.col.reasons": "Alasan",
    "duplicates_ui.field.groups": "Kelompok saat ini",
    "duplicates_ui.field.kelurahan": "Kelurahan",
    "duplicates_ui.reasons": "Alasan: {reasons}",
    "duplicates_ui.choose_pair": "Pilih sebuah pasangan di atas untuk melihat kedua datanya.",
    "duplicates_ui.open_record": '{name} &nbsp;<a href="open">Buka data</a>',
    "duplicates_ui.note_placeholder": "Catatan keputusan (boleh kosong), mis. kakak-adik",
    "duplicates_ui.dismiss": "Bukan orang yang sama",
    "duplicates_ui.dismiss_tip": (
        "Kedua data ini dua orang yang berbeda: pasangan ini tidak ditampilkan lagi"
    ),
    "duplicates_ui.merge": "Gabungkan…",
    "duplicates_ui.merge_tip": (
        "Orang yang sama: pilih data yang dipertahankan dan isian yang benar, lalu gabungkan"
    ),
    "duplicates_ui.dismissed": "{a} dan {b} ditandai bukan orang yang sama.",
    "duplicates_ui.merged": (
        "{other} digabungkan ke {keep}: {memberships} keanggotaan, {attendance} kehadiran "
        "dan {history} catatan riwayat dipindahkan."
    ),
    "duplicates_ui.backup_made": "Cadangan sebelum penggabungan: {name}.",
    "duplicates_ui.undo": "Urungkan",
    "duplicates_ui.undo_tip": (
        "Kembalikan kedua data seperti sebelum digabungkan (selama belum diubah lagi)"
    ),
    "duplicates_ui.undone": "Penggabungan diurungkan: kedua data kembali seperti semula.",
    "duplicates_ui.op.merging": "Membuat cadangan dan menggabungkan data…",
    "duplicates_ui.op.undoing": "Mengurungkan penggabungan…",
    "duplicates_ui.merge_dialog.title": "Gabungkan data orang yang sama",
    "duplicates_ui.merge_dialog.keep": "Data yang dipertahankan",
    "duplicates_ui.merge_dialog.side": (
        "{name}: {current} keanggotaan aktif, {attendance} kehadiran, {history} catatan riwayat"
    ),
    "duplicates_ui.merge_dialog.fields_intro": (
        "Pada baris yang berbeda, pilih isian yang benar. Isian yang dipilih disimpan pada "
        "data yang dipertahankan."
    ),
    "duplicates_ui.merge_dialog.kept": "{name} (dipertahankan)",
    "duplicates_ui.merge_dialog.archived": "{name} (diarsipkan)",
    "duplicates_ui.merge_dialog.empty": "(kosong)",
    "duplicates_ui.merge_dialog.summary": (
        "Dari {other} dipindahkan ke {keep}: {memberships} keanggotaan, {attendance} kehadiran "
        "dan {history} catatan riwayat. Bila keduanya anggota aktif di kelompok yang sama, "
        "keanggotaannya menjadi satu. Data {other} lalu diarsipkan dengan catatan ke mana ia "
        "digabungkan."
    ),
    "duplicates_ui.merge_dialog.warning": (
        "Sebelum menggabungkan, aplikasi membuat cadangan database dan memeriksanya. "
        "Penggabungan bisa diurungkan selama kedua data belum diubah lagi."
    ),
    "duplicates_ui.merge_dialog.merge": "Gabungkan",
    "duplicates_ui.entry.text": "Mungkin sudah terdaftar: {name}{place}. {reasons}",
    "duplicates_ui.entry.more": "Juga mirip: {names}.",
    "duplicates_ui.entry.open_tip": (
        "Buka data warga yang sudah terdaftar itu; yang Anda ketik di sini tidak disimpan"
    ),
    "duplicates_ui.history.undo": "Urungkan penggabungan",
    "duplicates_ui.history.confirm": (
        "Urungkan penggabungan ini? Kedua data kembali seperti sebelum digabungkan: "
        "keanggotaan, kehadiran dan riwayatnya kembali ke data masing-masing."
    ),
    "duplicates_ui.merges.open": "Penggabungan sebelumnya…",
    "duplicates_ui.merges.open_tip": "Daftar penggabungan yang sudah dilakukan; dari sana penggabungan bisa diurungkan",
    "duplicates_ui.merges.title": "Penggabungan sebelumnya",
    "duplicates_ui.merges.hint": "Penggabungan terbaru di atas. Penggabungan bisa diurungkan selama kedua data belum diubah lagi sesudahnya.",
    "duplicates_ui.merges.col.at": "Waktu",
    "duplicates_ui.merges.col.other": "Data yang digabungkan",
    "duplicates_ui.merges.col.keep": "Ke data",
    "duplicates_ui.merges.col.by": "Oleh",
    "duplicates_ui.merges.col.state": "Keadaan",
    "duplicates_ui.merges.undone": "Diurungkan {at} oleh {by}",
    "duplicates_ui.city.tab_nik": "NIK sama",
    "duplicates_ui.city.tab_similar": "Kemungkinan orang yang sama",
}
