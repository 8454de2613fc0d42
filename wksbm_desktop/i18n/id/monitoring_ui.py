"""The monitoring screens (issue 19): indicators, their trend, visits and the measures list."""

MESSAGES = {
    # The trend chart
    "monitoring.chart.title": "Perkembangan kas, omzet dan aset",
    "monitoring.chart.empty": "Belum ada angka kas, omzet atau aset yang dicatat.",
    "monitoring.chart.unit.miliar": "Miliar rupiah",
    "monitoring.chart.unit.juta": "Juta rupiah",
    "monitoring.chart.unit.ribu": "Ribu rupiah",
    "monitoring.chart.unit.rupiah": "Rupiah",
    # Months of the period picker
    "monitoring.month.januari": "Januari",
    "monitoring.month.februari": "Februari",
    "monitoring.month.maret": "Maret",
    "monitoring.month.april": "April",
    "monitoring.month.mei": "Mei",
    "monitoring.month.juni": "Juni",
    "monitoring.month.juli": "Juli",
    "monitoring.month.agustus": "Agustus",
    "monitoring.month.september": "September",
    "monitoring.month.oktober": "Oktober",
    "monitoring.month.november": "November",
    "monitoring.month.desember": "Desember",
    # What both pages share
    "monitoring.page.choose_group": "Pilih kelompok di atas untuk melihat catatannya.",
    "monitoring.visits.notes_tab": "Catatan kunjungan",
    "monitoring.visits.attachments_tab": "Lampiran ({count})",
    "monitoring.page.archive_banner": (
        "Yang tampil adalah catatan yang diarsipkan. Pilih satu lalu tekan Pulihkan untuk "
        "mengembalikannya."
    ),
    "monitoring.page.edit": "&Ubah…",
    "monitoring.page.archive": "&Arsipkan",
    "monitoring.page.restore": "&Pulihkan",
    "monitoring.page.no_archived": "Tidak ada catatan yang diarsipkan untuk kelompok ini.",
    "monitoring.page.group_archived": (
        "{heading} · kelompok ini diarsipkan: catatannya hanya bisa dibaca"
    ),
    "monitoring.page.show_archived": "Tampilkan yang diarsipkan",
    # The Indikator page
    "monitoring.indicators.add": "&Catat indikator…",
    "monitoring.indicators.heading": "Indikator {name} (sektor {sector})",
    "monitoring.indicators.none": (
        "Belum ada indikator untuk kelompok ini. Klik Catat indikator… untuk mencatat angka "
        "bulan atau triwulan yang sudah lewat."
    ),
    "monitoring.indicators.col.period": "Periode",
    "monitoring.indicators.col.measures": "Ukuran sektor",
    "monitoring.indicators.archive_confirm": (
        "Arsipkan indikator periode {period}? Angkanya tidak lagi dihitung, tetapi bisa "
        "dipulihkan kembali."
    ),
    # The indicator form
    "monitoring.indicator.title_new": "Catat indikator kelompok",
    "monitoring.indicator.title_edit": "Ubah indikator {period}: {name}",
    "monitoring.indicator.group": "Kelompok: {name} (sektor {sector})",
    "monitoring.indicator.empty_hint": (
        "Kosongkan angka yang tidak dicatat bulan/triwulan ini: kosong berarti tidak dicatat, "
        "bukan nol. Isi 0 hanya bila memang nol."
    ),
    "monitoring.indicator.taken": "Periode {period} sudah dicatat.",
    "monitoring.indicator.open_taken": "Ubah catatan itu",
    "monitoring.indicator.not_recorded": "tidak dicatat",
    "monitoring.indicator.field.period_kind": "&Jenis periode:",
    "monitoring.indicator.field.period_start": "&Periode:",
    "monitoring.indicator.field.cash": "&Kas/tabungan:",
    "monitoring.indicator.field.turnover": "&Omzet:",
    "monitoring.indicator.field.assets": "A&set:",
    "monitoring.indicator.field.active_members": "A&nggota aktif:",
    "monitoring.indicator.measures": "Ukuran sektor {sector}",
    "monitoring.indicator.no_measures": (
        "Belum ada ukuran untuk sektor ini. Ukuran ditambahkan lewat menu Data → Ukuran indikator…"
    ),
    "monitoring.indicator.every_sector": "{label} (semua sektor)",
    "monitoring.indicator.hidden": "{label} (disembunyikan)",
    "monitoring.indicator.amount_invalid": (
        "Tulis jumlah rupiah tanpa koma, misalnya 1.500.000, atau kosongkan bila tidak dicatat."
    ),
    "monitoring.indicator.measure_invalid": (
        "Isi dengan bilangan bulat, misalnya 1.250, atau kosongkan: {measures}."
    ),
    # The Kunjungan page
    "monitoring.visits.add": "&Catat kunjungan…",
    "monitoring.visits.heading": "Kunjungan pendampingan ke {name}",
    "monitoring.visits.col.group": "Kelompok",
    "monitoring.visits.col.kelurahan": "Kelurahan",
    "monitoring.visits.col.last_visit": "Kunjungan terakhir",
    "monitoring.visits.never": "Belum pernah",
    "monitoring.visits.none": (
        "Kelompok ini belum pernah dikunjungi. Setelah berkunjung, klik Catat kunjungan…"
    ),
    "monitoring.visits.pick": "Pilih kunjungan untuk membaca catatannya lengkap.",
    "monitoring.visits.unvisited_title": (
        "Belum dikunjungi 6 bulan: {count} kelompok (sejak {since})"
    ),
    "monitoring.visits.unvisited_hint": (
        "Kunjungi lebih dulu kelompok yang belum pernah dikunjungi, lalu yang paling lama. "
        "Klik dua kali untuk membuka kelompoknya."
    ),
    "monitoring.visits.archive_confirm": (
        "Arsipkan kunjungan tanggal {date}? Kunjungan ini tidak lagi dihitung, tetapi bisa "
        "dipulihkan kembali."
    ),
    # The visit form
    "monitoring.visit.title_new": "Catat kunjungan: {name}",
    "monitoring.visit.title_edit": "Ubah kunjungan",
    "monitoring.visit.group": "Kelompok: {name}",
    "monitoring.visit.field.visited_on": "&Tanggal kunjungan:",
    "monitoring.visit.field.facilitator": "&Pendamping:",
    "monitoring.visit.field.findings": "Temuan",
    "monitoring.visit.field.recommendations": "Rekomendasi",
    "monitoring.visit.field.follow_up": "Tindak lanjut",
    "monitoring.visit.field.follow_up_status": "&Status tindak lanjut:",
    "monitoring.visit.facilitator_hint": "Nama pendamping atau petugas yang berkunjung",
    "monitoring.visit.findings_hint": (
        "Apa yang dilihat dan didengar: pembukuan, pertemuan, usaha, kendala kelompok…"
    ),
    "monitoring.visit.follow_up_hint": (
        "Apa yang harus dilakukan setelah kunjungan ini, dan oleh siapa"
    ),
    # The measures list (Data → Ukuran indikator…)
    "monitoring.measures.menu": "&Ukuran indikator…",
    "monitoring.measures.title": "Ukuran indikator per sektor",
    "monitoring.measures.intro": (
        "Ukuran yang dicatat kelompok tiap periode selain kas, omzet, aset dan anggota aktif, "
        "misalnya sampah terkumpul (kg) untuk bank sampah. Ukuran yang disembunyikan tidak "
        "ditawarkan lagi di formulir, tetapi angka yang sudah dicatat tetap tersimpan."
    ),
    "monitoring.measures.filter": "&Sektor:",
    "monitoring.measures.every_sector": "Semua sektor",
    "monitoring.measures.col.sector": "Sektor",
    "monitoring.measures.col.label": "Ukuran",
    "monitoring.measures.col.unit": "Satuan",
    "monitoring.measures.col.state": "Di formulir",
    "monitoring.measures.shown": "Ditampilkan",
    "monitoring.measures.hidden": "Disembunyikan",
    "monitoring.measures.add": "&Tambah ukuran…",
    "monitoring.measures.edit": "&Ubah nama/satuan…",
    "monitoring.measures.hide": "Se&mbunyikan",
    "monitoring.measures.show": "Tampil&kan lagi",
    "monitoring.measures.title_new": "Tambah ukuran indikator",
    "monitoring.measures.title_edit": "Ubah ukuran indikator",
    "monitoring.measures.field.sector": "&Sektor:",
    "monitoring.measures.field.label": "&Nama ukuran:",
    "monitoring.measures.field.unit": "S&atuan:",
    "monitoring.measures.label_hint": "misalnya Sampah terkumpul",
    "monitoring.measures.unit_hint": "misalnya kg",
    "monitoring.measures.rename_note": (
        "Angka yang sudah dicatat dengan ukuran ini ikut memakai nama dan satuan yang baru."
    ),
    # The Pemantauan tab of a group's detail
    "monitoring.detail.tab": "Pemantauan",
    "monitoring.detail.never_visited": (
        "Belum pernah dikunjungi pendamping. Jadwalkan kunjungan pertama."
    ),
    "monitoring.detail.last_visit": (
        "Kunjungan terakhir: {date} oleh {facilitator}; tindak lanjut: {status}"
    ),
    "monitoring.detail.overdue": "Sudah lebih dari 6 bulan tanpa kunjungan.",
    "monitoring.detail.open_follow_ups": "Tindak lanjut yang belum selesai: {count}",
    "monitoring.detail.no_indicators": "Belum ada indikator yang dicatat.",
    "monitoring.detail.latest": "Indikator terakhir ({period})",
    "monitoring.detail.figures": (
        "Kas/tabungan {cash} · Omzet {turnover} · Aset {assets} · Anggota aktif {members}"
    ),
}
