"""Sentences about the Dinas Sosial key: NIKs sealed for the city, the key file, its install."""

MESSAGES = {
    # --- Keys and sealed data (core/domain/nik_seal.py) ---
    "city_key.bad_public_key": (
        "Kunci Dinas Sosial yang terpasang tidak sah. Minta berkas kunci baru dari Dinas Sosial "
        "lalu pasang lagi."
    ),
    "city_key.bad_private_key": (
        "Kunci rahasia Dinas Sosial di database ini rusak, jadi NIK tersegel tidak bisa dibuka. "
        "Pulihkan database dari cadangan yang sehat."
    ),
    "city_key.unseal.damaged": (
        "Data NIK tersegel di laporan ini rusak atau terpotong. Minta kelurahan mengirim ulang "
        "laporannya."
    ),
    "city_key.unseal.other_key": (
        "NIK di laporan ini disegel untuk kunci {sealed_for}, bukan kunci Dinas Sosial di "
        "komputer ini ({own}). Kirim berkas kunci yang benar ke kelurahan itu lalu minta "
        "laporannya diekspor ulang."
    ),
    "city_key.unseal.tampered": (
        "Data NIK tersegel di laporan ini tidak cocok dengan berkasnya: ada yang diubah sesudah "
        "diekspor, atau segelnya dipindah dari laporan lain. Minta kelurahan mengirim ulang "
        "laporannya."
    ),
    "city_key.sealed.too_big": (
        "Lembar {sheet} di laporan {name} terlalu besar untuk data NIK tersegel (paling banyak "
        "{max} baris). Berkas ini bukan laporan asli WKSBM; minta kelurahan mengirim ulang."
    ),
    "city_key.sealed.missing": (
        "Laporan {name} menyatakan NIK tersegel, tetapi lembar {sheet} tidak ada. Minta "
        "kelurahan mengirim ulang laporannya."
    ),
    "city_key.sealed.bad_content": (
        "Isi data NIK tersegel di laporan {name} tidak sesuai format. Minta kelurahan mengirim "
        "ulang laporannya."
    ),
    # --- The key file ---
    "city_key.file.too_big": (
        "Berkas ini terlalu besar untuk berkas kunci Dinas Sosial (biasanya kurang dari 1 KB). "
        "Pilih berkas .wksbmkey yang dikirim Dinas Sosial."
    ),
    "city_key.file.not_json": (
        "Berkas ini bukan berkas kunci Dinas Sosial (isinya tidak terbaca). Pilih berkas "
        ".wksbmkey yang dikirim Dinas Sosial, jangan yang sudah dibuka dan diubah."
    ),
    "city_key.file.wrong_format": (
        "Berkas ini bukan berkas kunci Dinas Sosial WKSBM. Pilih berkas .wksbmkey yang dikirim "
        "Dinas Sosial."
    ),
    "city_key.file.newer": (
        "Berkas kunci ini dibuat aplikasi WKSBM yang lebih baru (versi format {version}). "
        "Perbarui aplikasi WKSBM Desktop lalu pasang lagi."
    ),
    "city_key.file.bad_key": (
        "Kunci di berkas ini rusak atau tidak lengkap. Minta berkas kunci baru dari Dinas Sosial."
    ),
    "city_key.file.id_mismatch": (
        "Kode kunci yang tertulis di berkas ({stated}) tidak cocok dengan kuncinya ({computed}): "
        "berkas ini sudah diubah. Jangan dipasang; minta berkas kunci baru dari Dinas Sosial."
    ),
    "city_key.file.unreadable": (
        "Berkas kunci {path} tidak bisa dibaca: {reason}. Periksa nama berkasnya dan bahwa "
        "flashdisk masih terpasang."
    ),
    "city_key.file.cannot_write": (
        "Berkas kunci tidak bisa disimpan di {path}: {reason}. Pilih folder lain."
    ),
    # --- Which installation may do what ---
    "city_key.not_city": (
        "Database ini milik kelurahan, bukan Dinas Sosial: kunci Dinas Sosial hanya dibuat dan "
        "disimpan di komputer Dinas Sosial. Untuk memasang kunci dari Dinas Sosial, pakai "
        "'wksbm city-key import BERKAS'."
    ),
    "city_key.not_kelurahan": (
        "Database ini milik Dinas Sosial, bukan kelurahan: kunci dipasang di komputer "
        "kelurahan. Untuk menyimpan berkas kunci bagi kelurahan, pakai "
        "'wksbm city-key export --out BERKAS'."
    ),
    "city_key.no_office": (
        "Data kantor belum diisi di database ini. Isi dulu data kantor (wksbm init) lalu ulangi."
    ),
    # --- What the export says about it ---
    "city_key.export.sealed": (
        "NIK dan No. KK disegel untuk Dinas Sosial (kunci {key_id}): hanya Dinas Sosial yang "
        "bisa membukanya untuk memeriksa NIK ganda; di berkas terlihat disamarkan."
    ),
    "city_key.export.no_key": (
        "Kunci Dinas Sosial belum dipasang: Dinas Sosial tidak akan bisa memeriksa NIK ganda "
        "atau mencocokkan warga dari laporan ini (NIK hanya terkirim disamarkan). Pasang kunci "
        "lewat Berkas > Pasang kunci Dinas Sosial…"
    ),
    "city_key.cli.no_key": (
        "Kunci Dinas Sosial belum dipasang: Dinas Sosial tidak akan bisa memeriksa NIK ganda "
        "atau mencocokkan warga dari laporan ini (NIK hanya terkirim disamarkan). Pasang kunci "
        "dengan 'wksbm city-key import BERKAS' (berkas .wksbmkey dari Dinas Sosial)."
    ),
    # --- CLI ---
    "city_key.cli.help": "kunci Dinas Sosial untuk NIK tersegel di laporan kelurahan",
    "city_key.cli.export_help": (
        "simpan berkas kunci publik Dinas Sosial untuk dikirim ke kelurahan (database Dinas "
        "Sosial; kunci dibuat saat pertama kali)"
    ),
    "city_key.cli.import_help": "pasang berkas kunci dari Dinas Sosial (database kelurahan)",
    "city_key.cli.out": "berkas kunci yang ditulis (.wksbmkey)",
    "city_key.cli.file": "berkas kunci dari Dinas Sosial (.wksbmkey)",
    "city_key.cli.exported": (
        "Berkas kunci disimpan: {path}\nKode kunci: {key_id}\nKirim berkas ini ke setiap "
        "kelurahan, dan tulis kode kunci di surat pengantarnya supaya kelurahan bisa "
        "mencocokkannya."
    ),
    "city_key.cli.installed": (
        "Kunci Dinas Sosial terpasang. Kode kunci: {key_id}\nCocokkan kode ini dengan yang "
        "tertulis di surat Dinas Sosial. Laporan berikutnya menyegel NIK untuk Dinas Sosial."
    ),
    "city_key.cli.init_city": (
        "Kunci Dinas Sosial untuk NIK tersegel siap (kode {key_id}). Simpan berkasnya untuk "
        "kelurahan dengan 'wksbm city-key export --out BERKAS'."
    ),
    "city_key.cli.replaced": "Kunci lama ({old}) diganti.",
    "city_key.cli.same": "Kunci ini sudah terpasang sebelumnya; tidak ada yang berubah.",
    "city_key.cli.metavar.action": "export|import",
    "city_key.cli.metavar.file": "BERKAS",
    # --- GUI ---
    "city_key.action.install": "Pasang kunci Dinas Sosial…",
    "city_key.action.export": "Simpan kunci untuk kelurahan…",
    "city_key.open_title": "Pilih berkas kunci dari Dinas Sosial",
    "city_key.save_title": "Simpan berkas kunci untuk kelurahan",
    "city_key.file_filter": "Berkas kunci WKSBM (*.wksbmkey);;Semua berkas (*)",
    "city_key.confirm_install": (
        "Pasang kunci Dinas Sosial ini?\n\nKode kunci: {key_id}\nDari: {issuer}\nDibuat: "
        "{created}\n\nCocokkan kode kunci dengan yang tertulis di surat Dinas Sosial. Bila "
        "berbeda, jangan dipasang."
    ),
    "city_key.confirm_replace": (
        "Kunci yang terpasang sekarang ({old}) akan diganti. Laporan berikutnya hanya bisa "
        "dibuka dengan kunci baru."
    ),
    "city_key.installed_info": (
        "Kunci Dinas Sosial terpasang (kode {key_id}). Mulai sekarang laporan yang diekspor "
        "menyegel NIK dan No. KK untuk Dinas Sosial."
    ),
    "city_key.exported_info": (
        "Berkas kunci disimpan: {name}\n\nKode kunci: {key_id}\n\nKirim berkas ini ke setiap "
        "kelurahan (flashdisk, surel), dan tulis kode kunci di surat pengantar supaya operator "
        "kelurahan bisa mencocokkannya. Berkas ini tidak rahasia: isinya hanya bisa dipakai "
        "untuk menyegel, tidak untuk membuka."
    ),
    # --- Audit ---
    "safety.audit.entity.city_key": "Kunci Dinas Sosial",
    "safety.audit.action.install": "Pasang",
    "safety.audit.action.replace": "Ganti",
    "safety.field.key_id": "Kode kunci",
    "safety.field.issuer": "Penerbit",
}
