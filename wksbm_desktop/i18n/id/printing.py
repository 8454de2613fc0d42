"""Indonesian texts of printed documents, their settings and the print commands."""

MESSAGES = {
    # Attendance numbers typed from a signed sheet
    "attendance_numbers.bad_part": "“{part}” bukan nomor atau rentang nomor. Tulis nomor dari daftar hadir, misalnya 1-5, 7, 9.",
    "attendance_numbers.reversed": "Rentang “{part}” terbalik: tulis nomor yang kecil dulu, misalnya 3-8.",
    "attendance_numbers.out_of_range": "Nomor {numbers} tidak ada di daftar: daftar ini bernomor 1 sampai {count}.",
}
MESSAGES.update(
    {
        # Shared page parts
        "print.page_of": "Halaman {page} dari {pages}",
        "print.head.government": "PEMERINTAH KOTA TANGERANG",
        "print.head.dinsos": "DINAS SOSIAL",
        "print.head.kecamatan": "KECAMATAN {name}",
        "print.head.kelurahan": "KELURAHAN {name}",
        "print.weekday.1": "Senin",
        "print.weekday.2": "Selasa",
        "print.weekday.3": "Rabu",
        "print.weekday.4": "Kamis",
        "print.weekday.5": "Jumat",
        "print.weekday.6": "Sabtu",
        "print.weekday.7": "Minggu",
        "print.col.no": "No",
        "print.col.name": "Nama",
        "print.col.rt_rw": "RT/RW",
        "print.col.nik": "NIK",
        "print.col.sex": "L/P",
        "print.col.role": "Jabatan",
        "print.col.since": "Sejak",
        "print.col.date": "Tanggal",
        "print.col.level": "Tingkat",
        "print.col.notes": "Catatan",
        "print.col.activity": "Kegiatan",
        "print.col.type": "Jenis",
        "print.col.participants": "Peserta",
        "print.col.funding": "Sumber dana",
        "print.col.amount": "Jumlah (Rp)",
        "print.col.count": "Kegiatan",
        "print.none": "Belum ada data.",
        "print.no_activity": "Kegiatan dengan UUID {uuid} tidak ditemukan. Salin UUID dari kolom UUID di laporan Excel atau dari rincian kegiatan.",
        "print.no_group": "Kelompok dengan UUID {uuid} tidak ditemukan. Salin UUID dari kolom UUID di laporan Excel atau dari rincian kelompok.",
        "print.lurah_of": "LURAH {name}",
        "print.nip": "NIP. {nip}",
        # Daftar hadir
        "print.hadir.title": "DAFTAR HADIR",
        "print.hadir.filled_note": "(terisi: kehadiran yang tercatat)",
        "print.hadir.group": "Kelompok",
        "print.hadir.activity": "Kegiatan",
        "print.hadir.date": "Hari, tanggal",
        "print.hadir.place": "Tempat",
        "print.hadir.signature": "Tanda tangan",
        "print.hadir.presence": "Kehadiran",
        "print.hadir.present": "Hadir",
        "print.hadir.absent": "-",
        "print.hadir.guest": "(tamu)",
        "print.hadir.no_members": "Kelompok ini belum punya anggota.",
        "print.hadir.summary": "Anggota hadir: {attended} dari {members} orang.",
        "print.hadir.summary_total": "Peserta lain (tamu): {guests} orang. Jumlah peserta tercatat: {total} orang.",
        "print.hadir.facilitator": "Fasilitator / Pendamping",
        "print.hadir.chair": "Ketua {group}",
    }
)
MESSAGES.update(
    {
        "letter.braces": "{what} berisi kurung kurawal yang tidak berpasangan. Tulis isian dengan kurung kurawal buka dan tutup, misalnya {{nama_kelompok}}.",
        "letter.unknown_field": "{what} memakai isian “{{{field}}}” yang tidak dikenal. Isian yang bisa dipakai: {allowed}.",
        "letter.no_format": "{what}: tulis isian “{field}” tanpa tanda : atau ! di dalam kurung kurawal.",
        "letter.what_template": "Teks surat",
        "letter.what_number": "Pola nomor surat",
    }
)
MESSAGES.update(
    {
        "letterhead.no_office": "Data kantor belum diisi. Isi kelurahan kantor dulu (Berkas > Pengaturan kantor, atau wksbm init).",
        "letterhead.bad_paper": "Ukuran kertas “{paper}” tidak dikenal. Pilih A4 atau F4.",
        "letterhead.too_many_lines": "Kop surat paling banyak {max} baris nama kantor.",
        "letterhead.line_too_long": "Baris kop “{line}…” terlalu panjang: paling banyak {max} huruf per baris.",
        "letterhead.logo_too_big": "Berkas logo terlalu besar: paling besar {mb} MB. Pilih gambar yang lebih kecil.",
        "letterhead.logo_type": "Berkas itu bukan gambar yang bisa dipakai. Pilih logo berupa PNG, JPG, GIF atau BMP.",
    }
)
MESSAGES.update(
    {
        "print.total": "Jumlah",
        # Profil kelompok
        "print.profil.title": "PROFIL KELOMPOK",
        "print.profil.data": "A. Data kelompok",
        "print.profil.officers": "B. Pengurus",
        "print.profil.members": "C. Anggota ({count} orang)",
        "print.profil.levels": "D. Riwayat tingkat kelompok",
        "print.profil.activities": "E. Kegiatan ({count})",
        "print.profil.funding": "F. Pendanaan dan bantuan menurut sumber dana",
        "print.profil.funding_note": "Pendanaan dihitung dari sumber dana dan jumlah uang kegiatan yang tercatat.",
        "print.profil.name": "Nama kelompok",
        "print.profil.type": "Jenis",
        "print.profil.sector": "Bidang",
        "print.profil.status": "Status",
        "print.profil.level": "Tingkat terakhir",
        "print.profil.no_level": "Belum dinilai",
        "print.profil.parent": "Induk (jaringan)",
        "print.profil.address": "Alamat",
        "print.profil.founded": "Tanggal berdiri",
        "print.profil.sk": "SK pembentukan",
        "print.profil.sk_dated": "{number} tanggal {date}",
        "print.profil.phone": "Telepon",
        "print.profil.member_count": "Jumlah anggota",
        "print.profil.chair": "Ketua",
        # Surat keterangan terdaftar
        "print.surat.title": "SURAT KETERANGAN TERDAFTAR",
        "print.surat.number": "Nomor: {number}",
    }
)
MESSAGES.update(
    {
        "print.rekap.short_title": "REKAP WKSBM",
        "print.rekap.status_kurang": "Kurang",
        "print.rekap.status_tidak": "Tidak",
    }
)
MESSAGES["print.rekap.assessed_on"] = "Tanggal"
MESSAGES.update(
    {
        "cli.print.help": "mencetak dokumen ke berkas PDF (daftar hadir, profil, surat, rekap)",
        "cli.print.description": "Menulis dokumen cetak sebagai berkas PDF dengan kop surat kantor. UUID kegiatan dan kelompok ada di kolom UUID laporan Excel.",
        "cli.print.daftar-hadir": "daftar hadir satu kegiatan: kosong untuk ditandatangani, atau terisi dengan --terisi",
        "cli.print.profil": "profil kelompok: data, pengurus, anggota, riwayat tingkat, kegiatan dan pendanaan",
        "cli.print.surat": "surat keterangan terdaftar untuk satu kelompok (nomor surat berikutnya diambil otomatis)",
        "cli.print.rekap": "rekap laporan kelurahan (angka yang sama dengan lembar Rekap di laporan Excel)",
        "cli.print.out": "berkas PDF yang ditulis",
        "cli.print.activity": "UUID kegiatan",
        "cli.print.group": "UUID kelompok",
        "cli.print.filled": "daftar hadir terisi: siapa yang tercatat hadir",
        "cli.print.number": "nomor surat yang dipakai (bawaan: nomor berikutnya menurut pola nomor surat)",
        "cli.print.letter_date": "tanggal surat (bawaan: hari ini)",
        "cli.print.done": "PDF ditulis: {path}",
        "print.out_suffix": "Nama berkas “{path}” harus berakhiran .pdf.",
        "print.out_no_folder": "Folder “{folder}” tidak ada. Pilih folder yang sudah ada untuk berkas PDF.",
        "print.out_locked": "Berkas “{path}” tidak bisa ditulis: mungkin sedang dibuka di program lain. Tutup berkas itu lalu coba lagi.",
        "print.out_failed": "Berkas “{path}” tidak bisa ditulis ({detail}). Pilih folder lain lalu coba lagi.",
    }
)
MESSAGES.update(
    {
        # GUI
        "ui_print.button": "Cetak",
        "ui_print.button_tip": "Cetak dokumen untuk baris yang dipilih (dengan pratinjau), atau simpan sebagai PDF",
        "ui_print.action.attendance": "Cetak daftar hadir…",
        "ui_print.action.attendance_filled": "Cetak daftar hadir terisi…",
        "ui_print.action.profile": "Cetak profil kelompok…",
        "ui_print.action.letter": "Cetak surat keterangan terdaftar…",
        "ui_print.action.rekap": "Cetak rekap…",
        "ui_print.action.letterhead": "Kop surat dan kertas…",
        "ui_print.title.printAttendance": "Daftar hadir: {name}",
        "ui_print.title.printAttendanceFilled": "Daftar hadir terisi: {name}",
        "ui_print.title.printProfile": "Profil kelompok: {name}",
        "ui_print.title.printLetter": "Surat keterangan terdaftar: {name}",
        "ui_print.title.rekap": "Rekap: {period}",
        "ui_print.file.printAttendance": "DaftarHadir",
        "ui_print.file.printAttendanceFilled": "DaftarHadirTerisi",
        "ui_print.file.printProfile": "ProfilKelompok",
        "ui_print.file.printLetter": "SuratKeterangan",
        "ui_print.file.rekap": "Rekap",
        "ui_print.file.all": "SeluruhData",
        "ui_print.working": "Menyiapkan {title}…",
        "ui_print.preview_title": "Pratinjau cetak: {title}",
        "ui_print.save_pdf": "Simpan sebagai PDF…",
        "ui_print.save_title": "Simpan sebagai PDF",
        "ui_print.filter": "Dokumen PDF (*.pdf)",
        "ui_print.saved": "PDF disimpan:\n{path}",
        "ui_print.unreadable": "Dokumen cetak tidak bisa dibuka untuk pratinjau. Simpan sebagai PDF lewat baris perintah (wksbm print) lalu laporkan masalah ini.",
        "ui_print.rekap_title": "Cetak rekap",
        "ui_print.rekap_period": "Periode rekap:",
        "ui_print.rekap_note": "Angka rekap sama dengan lembar Rekap di laporan Excel untuk periode yang sama.",
    }
)
MESSAGES.update(
    {
        "print.sample.group": "KUBE Contoh Sejahtera",
        "print.sample.chair": "Siti Contoh",
        "print.sample.address": "Jl. Contoh No. 1",
        "print.sample.code": "36.71.xx.xxxx",
        "ui_print.cancel": "Batal",
        "ui_print.letterhead.title": "Kop surat dan kertas",
        "ui_print.letterhead.lines": "Nama kantor di kop:",
        "ui_print.letterhead.lines_hint": "Satu baris per baris, paling banyak 5; baris terakhir dicetak paling besar. Kosongkan untuk memakai nama bawaan (seperti yang tampak samar di kotak). Alamat kantor diambil dari Berkas > Pengaturan kantor.",
        "ui_print.letterhead.logo": "Logo:",
        "ui_print.letterhead.choose_logo": "Pilih logo…",
        "ui_print.letterhead.remove_logo": "Hapus logo",
        "ui_print.letterhead.no_logo": "(tanpa logo)",
        "ui_print.letterhead.filter": "Gambar (*.png *.jpg *.jpeg *.gif *.bmp)",
        "ui_print.letterhead.unreadable": "Berkas “{path}” tidak bisa dibaca. Pilih berkas lain.",
        "ui_print.letterhead.paper": "Kertas:",
        "ui_print.letterhead.a4": "A4 (210 × 297 mm)",
        "ui_print.letterhead.f4": "F4 / Folio (215 × 330 mm)",
        "ui_print.letterhead.number": "Pola nomor surat:",
        "ui_print.letterhead.fields": "Isian: {fields}. Nomor urut mulai dari 001 lagi setiap tahun. Kosongkan untuk pola bawaan.",
        "ui_print.letterhead.template": "Teks surat keterangan terdaftar:",
        "ui_print.letterhead.template_hint": "Pisahkan paragraf dengan baris kosong. Isian: {fields}. Paragraf yang hanya berisi {{tabel_kelompok}} dicetak sebagai data kelompok.",
        "ui_print.letterhead.preview": "Pratinjau surat…",
        "ui_print.letterhead.preview_title": "Contoh surat keterangan terdaftar",
        "ui_print.letterhead.save": "Simpan",
    }
)
MESSAGES.update(
    {
        "ui_print.tick.label": "Centang nomor:",
        "ui_print.tick.placeholder": "1-5, 7, 9",
        "ui_print.tick.tip": "Tulis nomor dari daftar hadir yang ditandatangani (nomor sama dengan nomor di daftar ini), lalu tekan Enter.",
        "ui_print.tick.button": "Centang",
        "ui_print.tick.done": "{count} nomor dicentang.",
    }
)
MESSAGES.update(
    {
        "cli.print.rekap-kota": "rekap kota dari berkas laporan kelurahan (seperti wksbm consolidate), atau dari satu buku kerja kota",
        "cli.print.city_files": "berkas laporan kelurahan (.xlsx), atau satu buku kerja kota hasil wksbm consolidate",
        "print.kota.title": "REKAP KOTA WKSBM",
    }
)
MESSAGES["print.kota.empty"] = (
    "Lembar Rekap Kota di buku kerja itu kosong. Buat ulang buku kerja kota dengan wksbm consolidate."
)
MESSAGES.update(
    {
        "ui_print.action.city": "Cetak rekap kota…",
        "ui_print.title.city": "Rekap Kota",
    }
)
MESSAGES["print.surat.archived"] = (
    "Kelompok “{name}” sudah diarsipkan, jadi tidak bisa diberi surat keterangan terdaftar. Pulihkan kelompok itu dulu bila memang masih aktif."
)
# Short headings of the Rekap PDF's activities table (half a page wide).
MESSAGES["print.rekap.col_attended"] = "Hadir"
MESSAGES["print.rekap.col_reported"] = "Peserta"
