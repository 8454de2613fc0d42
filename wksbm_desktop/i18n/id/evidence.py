"""Sentences of attachments and the level rubric (issue 19, points 4 and 5)."""

MESSAGES = {
    # --- Attachments ---
    "evidence.entity": "lampiran",
    "evidence.owner": "Pemilik lampiran",
    "evidence.owner.group": "kelompok",
    "evidence.owner.activity": "kegiatan",
    "evidence.owner.aid": "bantuan",
    "evidence.owner.visit": "kunjungan",
    "evidence.owner_missing": (
        "Data {owner} untuk lampiran ini tidak ditemukan atau sudah diarsipkan. Pulihkan dulu "
        "datanya, atau muat ulang daftar. Tidak ada yang disimpan."
    ),
    "evidence.document_kind": "Jenis dokumen",
    "evidence.title": "Judul lampiran",
    "evidence.kind.sk": "SK",
    "evidence.kind.lpj": "LPJ",
    "evidence.kind.daftar_hadir": "Daftar hadir bertanda tangan",
    "evidence.kind.foto_kegiatan": "Foto kegiatan",
    "evidence.kind.foto_kunjungan": "Foto kunjungan",
    "evidence.kind.lainnya": "Lainnya",
    "evidence.file.unreadable": (
        "Berkas {file} tidak dapat dibaca ({reason}). Periksa apakah berkas masih ada dan tidak "
        "sedang dibuka program lain. Tidak ada yang disimpan."
    ),
    "evidence.file.empty": "Berkas {file} kosong (0 byte). Pilih berkas yang benar.",
    "evidence.file.not_accepted": (
        "Berkas {file} tidak dapat dilampirkan: isinya bukan foto JPEG, gambar PNG atau PDF. "
        "Simpan atau pindai ulang sebagai JPG, PNG atau PDF, lalu coba lagi."
    ),
    "evidence.file.photo_needs_image": (
        "{kind} harus berupa foto (JPG atau PNG), sedangkan {file} adalah PDF. Lampirkan "
        "fotonya, atau pilih jenis dokumen lain."
    ),
    "evidence.file.too_big": (
        "Berkas {file} terlalu besar ({size} MB; paling besar {limit} MB). Perkecil dulu: "
        "pindai dengan resolusi lebih rendah (150–200 dpi cukup) atau bagi menjadi beberapa "
        "berkas. Tidak ada yang disimpan."
    ),
    "evidence.file.too_many_pixels": (
        "Gambar {file} terlalu besar ukurannya (lebih dari {limit} juta piksel), atau berkasnya "
        "tidak wajar. Perkecil gambarnya di ponsel atau komputer, lalu coba lagi. Tidak ada "
        "yang disimpan."
    ),
    "evidence.file.broken_image": (
        "Gambar {file} rusak atau tidak lengkap, jadi tidak dapat dibuka. Ambil atau salin "
        "ulang fotonya, lalu coba lagi."
    ),
    "evidence.damaged": (
        'Lampiran "{title}" rusak: isinya tidak lagi sama dengan sidik jari (SHA-256) yang '
        "dicatat saat disimpan. Pulihkan database dari cadangan, atau hapus lampiran ini dan "
        "lampirkan ulang berkas aslinya."
    ),
    # --- The level rubric ---
    "evidence.rubric.entity": "kriteria penilaian",
    "evidence.rubric.criterion": "Kriteria",
    "evidence.rubric.duplicate": (
        "Kriteria ini sudah ada di tingkat {level}. Tulis kriteria lain, atau aktifkan kembali "
        "yang lama."
    ),
    "evidence.rubric.order_mismatch": (
        "Urutan kriteria tidak cocok dengan rubrik yang tersimpan (mungkin baru diubah di "
        "komputer lain). Muat ulang daftar kriteria, lalu atur lagi urutannya."
    ),
    "evidence.rubric.unknown_criterion": (
        "Ada jawaban untuk kriteria yang tidak ada lagi di rubrik (mungkin baru diubah Lurah / "
        "Admin). Muat ulang formulir penilaian."
    ),
    "evidence.rubric.unanswered": (
        'Kriteria tingkat {level} belum dijawab: "{text}". Tandai terpenuhi atau belum.'
    ),
    "evidence.rubric.note": 'Catatan untuk kriteria "{text}"',
    # The suggestion and its reasons
    "evidence.reason.all_met": "Semua {count} kriteria tingkat {level} terpenuhi.",
    "evidence.reason.unmet": "Kriteria tingkat {level} yang belum terpenuhi: {criteria}.",
    "evidence.reason.no_criteria": (
        "Tingkat {level} belum punya kriteria aktif di rubrik, jadi saran berhenti di bawahnya."
    ),
    "evidence.reason.floor": (
        "{level} adalah tingkat terendah: kelompok tetap disarankan {level} sambil melengkapi "
        "kriterianya."
    ),
    "evidence.reason.rising": "{figure} naik dari {previous} menjadi {latest}.",
    "evidence.reason.steady": "{figure} tetap {latest}, sama dengan periode sebelumnya.",
    "evidence.reason.falling": "{figure} turun dari {previous} menjadi {latest}.",
    "evidence.reason.falling_cap": (
        "{figure} turun dari {previous} menjadi {latest}, jadi saran paling tinggi {cap}."
    ),
    "evidence.reason.mandiri_needs_figures": (
        "Tingkat Mandiri perlu dibuktikan dengan angka, tetapi data {figures} dua periode "
        "terakhir belum ada, jadi saran paling tinggi {cap}."
    ),
    "evidence.and": "dan",
    "evidence.figure.turnover": "Omzet",
    "evidence.figure.savings": "Kas/tabungan kelompok",
    "evidence.figure.assets": "Aset kelompok",
    "evidence.audit.met": "{met} dari {total} kriteria terpenuhi",
    "evidence.audit.differs": "Tingkat dipilih {chosen}, saran rubrik {suggested}",
    # --- The change history ---
    "safety.audit.entity.attachment": "Lampiran",
    "safety.audit.entity.rubric_criterion": "Kriteria penilaian",
    "safety.audit.action.rubric": "Jawaban rubrik",
    "safety.field.attachment_owner_kind": "Jenis pemilik",
    "safety.field.attachment_owner": "Milik",
    "safety.field.document_kind": "Jenis dokumen",
    "safety.field.attachment_title": "Judul lampiran",
    "safety.field.file_name": "Nama berkas",
    "safety.field.media_type": "Jenis berkas",
    "safety.field.size_bytes": "Ukuran (byte)",
    "safety.field.sha256": "Sidik jari SHA-256",
    "safety.field.criterion_text": "Kriteria",
    "safety.field.rubric_order": "Urutan",
    "safety.field.rubric_met": "Kriteria terpenuhi",
    "safety.field.suggested_level": "Saran tingkat",
    "safety.field.level_vs_suggestion": "Beda dari saran",
}
