"""The screens of attachments and the level rubric (issue 19, points 4 and 5)."""

MESSAGES = {
    # --- The attachments panel ---
    "evidence_ui.tab": "Lampiran ({count})",
    "evidence_ui.add": "Tambah lampiran…",
    "evidence_ui.add_tip": (
        "Lampirkan foto atau pindaian dokumen (JPG, PNG atau PDF); bisa beberapa berkas "
        "sekaligus, atau seret berkasnya ke daftar"
    ),
    "evidence_ui.open": "Buka",
    "evidence_ui.open_tip": "Buka berkas ini dengan program penampil di komputer",
    "evidence_ui.open_refused": (
        "Peran Pemantau tidak dapat membuka berkas lampiran: berkas bisa memuat nama dan NIK "
        "yang tidak dapat disamarkan."
    ),
    "evidence_ui.describe": "Ubah keterangan…",
    "evidence_ui.describe_tip": "Ubah judul atau jenis dokumen lampiran ini",
    "evidence_ui.archive": "Arsipkan",
    "evidence_ui.archive_tip": "Keluarkan lampiran ini dari daftar (bisa dipulihkan)",
    "evidence_ui.restore": "Pulihkan",
    "evidence_ui.restore_tip": "Kembalikan lampiran yang diarsipkan ke daftar",
    "evidence_ui.show_archived": "Tampilkan yang diarsipkan",
    "evidence_ui.archived_mark": "(diarsipkan)",
    "evidence_ui.archive_confirm": 'Arsipkan lampiran "{title}"? Lampiran bisa dipulihkan lagi.',
    "evidence_ui.empty": (
        "Belum ada lampiran. Klik Tambah lampiran, atau seret foto atau dokumen ke sini."
    ),
    "evidence_ui.empty_read": "Belum ada lampiran.",
    "evidence_ui.added": "Ditambahkan oleh {who}, {when}",
    "evidence_ui.choose_title": "Pilih foto atau dokumen yang akan dilampirkan",
    "evidence_ui.choose_filter": "Foto dan dokumen (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)",
    "evidence_ui.add_title": "Tambah lampiran",
    "evidence_ui.describe_title": "Ubah keterangan lampiran",
    "evidence_ui.files": "Berkas ({count})",
    "evidence_ui.title_placeholder": "Kosongkan untuk memakai nama berkas",
    "evidence_ui.title_placeholder_many": ("Kosongkan untuk memakai nama masing-masing berkas"),
    "evidence_ui.limits": (
        "Diterima: foto JPG atau PNG (paling besar 25 MB) dan PDF (paling besar 10 MB). Foto "
        "diperkecil dan lokasi GPS serta data kamera di dalamnya dihapus saat disimpan."
    ),
    "evidence_ui.attach": "Lampirkan",
    "evidence_ui.save": "Simpan",
    "evidence_ui.cancel": "Batal",
    "evidence_ui.close": "Tutup",
    "evidence_ui.refused_title": "Berkas tidak dilampirkan",
    "evidence_ui.no_viewer": (
        "Komputer ini tidak punya program untuk membuka berkas ini. Salinannya ada di {path}."
    ),
    "evidence_ui.op.adding": "Melampirkan berkas…",
    # --- Assessing a group with the rubric ---
    "evidence_ui.assess.button": "Nilai tingkat (rubrik)…",
    "evidence_ui.assess.button_tip": (
        "Nilai tingkat kelompok ini dengan daftar kriteria; aplikasi memberi saran tingkat"
    ),
    "evidence_ui.assess.title": "Penilaian tingkat: {group}",
    "evidence_ui.assess.intro_latest": (
        "Tingkat terakhir: {level} (dinilai {date}). Centang setiap kriteria yang sudah "
        "dipenuhi kelompok ini."
    ),
    "evidence_ui.assess.intro_first": (
        "Kelompok ini belum pernah dinilai. Centang setiap kriteria yang sudah dipenuhi."
    ),
    "evidence_ui.assess.level_box": "Kriteria tingkat {level}",
    "evidence_ui.assess.no_criteria": "Tingkat ini belum punya kriteria aktif.",
    "evidence_ui.assess.note_placeholder": "Catatan (bila perlu)",
    "evidence_ui.assess.suggestion_box": "Saran tingkat",
    "evidence_ui.assess.suggested": "Saran rubrik: {level}",
    "evidence_ui.assess.operator_decides": (
        "Saran ini hanya bantuan. Anda yang menentukan tingkatnya."
    ),
    "evidence_ui.assess.decision_box": "Keputusan",
    "evidence_ui.assess.level": "Tingkat",
    "evidence_ui.assess.differs": (
        "Berbeda dari saran rubrik ({suggested}). Tuliskan alasannya di catatan."
    ),
    "evidence_ui.assess.date": "Tanggal penilaian",
    "evidence_ui.assess.date_needed": (
        "Isi tanggal penilaian dengan format HH-BB-TTTT, misalnya 15-06-2025."
    ),
    "evidence_ui.assess.notes": "Catatan",
    "evidence_ui.assess.notes_placeholder": "Misalnya siapa yang menilai atau alasan keputusan",
    # --- A past assessment, read only ---
    "evidence_ui.view.hint": "Klik dua kali sebuah baris untuk melihat jawaban rubriknya",
    "evidence_ui.view.title": "Penilaian {group}, {date}",
    "evidence_ui.view.gone": "Penilaian ini tidak ditemukan lagi.",
    "evidence_ui.view.chosen": "Tingkat dipilih",
    "evidence_ui.view.suggested": "Saran rubrik",
    "evidence_ui.view.no_rubric": "tidak ada (dinilai tanpa rubrik)",
    "evidence_ui.view.differs": "Tingkat yang dipilih berbeda dari saran rubrik.",
    "evidence_ui.view.reasons": "Alasan saran",
    "evidence_ui.view.no_answers": (
        "Penilaian ini dicatat tanpa rubrik, jadi tidak ada jawaban kriteria."
    ),
    "evidence_ui.view.met": "{met} dari {total} kriteria terpenuhi",
    "evidence_ui.view.col.level": "Tingkat",
    "evidence_ui.view.col.criterion": "Kriteria",
    "evidence_ui.view.col.met": "Terpenuhi",
    "evidence_ui.view.col.note": "Catatan",
    "evidence_ui.view.yes": "Ya",
    "evidence_ui.view.no": "Belum",
    # --- The rubric editor ---
    "evidence_ui.rubric.menu": "Rubrik tingkat kelompok…",
    "evidence_ui.rubric.title": "Rubrik tingkat kelompok",
    "evidence_ui.rubric.intro": (
        "Kriteria setiap tingkat dipakai saat menilai kelompok. Kriteria yang dinonaktifkan "
        "tidak ditanyakan lagi; penilaian lama tetap menyimpan kata-kata yang dijawabnya."
    ),
    "evidence_ui.rubric.tab": "{level} ({count})",
    "evidence_ui.rubric.add": "Tambah…",
    "evidence_ui.rubric.reword": "Ubah kata-kata…",
    "evidence_ui.rubric.up": "Naikkan",
    "evidence_ui.rubric.down": "Turunkan",
    "evidence_ui.rubric.deactivate": "Nonaktifkan",
    "evidence_ui.rubric.reactivate": "Aktifkan kembali",
    "evidence_ui.rubric.inactive_mark": "(tidak aktif)",
    "evidence_ui.rubric.add_title": "Kriteria baru tingkat {level}",
    "evidence_ui.rubric.reword_title": "Ubah kriteria tingkat {level}",
    "evidence_ui.rubric.text_label": "Tulis kriterianya (paling banyak 300 huruf):",
    "evidence_ui.rubric.reword_label": (
        "Kata-kata baru (penilaian yang sudah dicatat tetap memakai kata-kata lama):"
    ),
    "evidence_ui.rubric.deactivate_confirm": (
        'Nonaktifkan kriteria "{text}"? Kriteria ini tidak ditanyakan lagi pada penilaian '
        "berikutnya. Bisa diaktifkan kembali kapan saja."
    ),
}
