"""The programme in the report workbook (format 5): import, receiving at the city (issue 19)."""

MESSAGES = {
    "report_programme.assessment": "penilaian",
    "evidence.rubric.already_answered": (
        "Penilaian ini sudah punya jawaban rubrik. Jawaban yang sudah dicatat tidak ditimpa."
    ),
    "evidence.rubric.answered_twice": (
        'Kriteria "{text}" dijawab dua kali dalam satu penilaian. Hapus salah satu baris.'
    ),
    "excel.entity.aid": "{count} bantuan",
    "excel.entity.disbursements": "{count} penyaluran bantuan",
    "excel.entity.aid_reports": "{count} LPJ",
    "excel.entity.indicators": "{count} catatan indikator",
    "excel.entity.visits": "{count} kunjungan",
    "excel.entity.rubric_answers": "{count} penilaian dengan jawaban rubrik",
    "excel.import.measure_added": (
        'Ukuran indikator "{label}" ({unit}) untuk bidang {sector} belum ada di database ini '
        "dan ditambahkan."
    ),
    "excel.import.every_sector": "semua bidang",
    "excel.import.indicator_missing": (
        "Catatan indikator dengan UUID {uuid} tidak ada di lembar Indikator, jadi ukuran ini "
        "tidak bisa disimpan. Ekspor ulang laporan dari aplikasi WKSBM."
    ),
    "excel.import.assessment_missing": (
        "Penilaian dengan UUID {uuid} tidak ada di lembar Penilaian, jadi jawaban rubrik ini "
        "tidak bisa disimpan. Ekspor ulang laporan dari aplikasi WKSBM."
    ),
    "excel.import.aid_missing": (
        "Bantuan dengan UUID {uuid} tidak ada di lembar Bantuan maupun di database ini. "
        "Ekspor ulang laporan dari aplikasi WKSBM."
    ),
    "receiving.entity.aid": "bantuan",
    "receiving.entity.disbursements": "penyaluran bantuan",
    "receiving.entity.aid_reports": "LPJ bantuan",
    "receiving.entity.indicators": "indikator kelompok",
    "receiving.entity.visits": "kunjungan",
    "receiving.entity.rubric_answers": "jawaban rubrik",
    "receiving.field.proposed_on": "Tanggal usulan",
    "receiving.field.purpose": "Tujuan bantuan",
    "receiving.field.decision": "Keputusan",
    "receiving.field.source": "Sumber bantuan",
    "receiving.field.amount_requested": "Jumlah diusulkan",
    "receiving.field.amount_approved": "Jumlah disetujui",
    "receiving.field.disbursed_on": "Tanggal penyaluran",
    "receiving.field.form": "Bentuk",
    "receiving.field.goods": "Uraian barang",
    "receiving.field.due_on": "Batas waktu LPJ",
    "receiving.field.period_kind": "Jenis periode",
    "receiving.field.period_start": "Awal periode",
    "receiving.field.visited_on": "Tanggal kunjungan",
    "receiving.field.follow_up_status": "Status tindak lanjut",
    "receiving.field.measure": "Ukuran",
    "receiving.field.unit": "Satuan",
    "receiving.field.criterion_text": "Kriteria",
    "receiving.row.missing_aid": (
        "Bantuan dengan UUID {uuid} tidak ada di laporan ini maupun di database kota, atau "
        "sudah diarsipkan."
    ),
    "receiving.row.missing_indicator": (
        "Catatan indikator dengan UUID {uuid} tidak ada di laporan ini maupun di database kota."
    ),
    "receiving.row.missing_assessment": (
        "Penilaian dengan UUID {uuid} tidak ada di laporan ini maupun di database kota."
    ),
    "receiving.row.period_twice": (
        "Kelompok ini sudah punya catatan indikator lain untuk periode yang sama."
    ),
    "receiving.row.measure_twice": 'Ukuran "{measure}" tercatat dua kali pada satu indikator.',
    "receiving.row.negative": "{field} tidak boleh kurang dari nol.",
    "receiving.line.measure_added": (
        'Ukuran indikator "{label}" ({unit}) ditambahkan ke daftar ukuran database kota.'
    ),
    "receiving.line.absent.aid": (
        "Bantuan {name} diarsipkan: tidak ada lagi di laporan data lengkap ini."
    ),
    "receiving.line.absent.disbursements": (
        "Penyaluran bantuan tanggal {name} ({uuid}) diarsipkan: tidak ada lagi di laporan data "
        "lengkap ini."
    ),
    "receiving.line.absent.aid_reports": (
        "LPJ bantuan dengan batas waktu {name} ({uuid}) diarsipkan: tidak ada lagi di laporan "
        "data lengkap ini."
    ),
    "receiving.line.absent.indicators": (
        "Indikator kelompok periode {name} ({uuid}) diarsipkan: tidak ada lagi di laporan data "
        "lengkap ini."
    ),
    "receiving.line.absent.visits": (
        "Kunjungan pendamping {name} ({uuid}) diarsipkan: tidak ada lagi di laporan data "
        "lengkap ini."
    ),
    "receiving.row.indicator_values_refused": (
        "{count} ukuran indikator dari catatan indikator {uuid} ditolak: catatan indikatornya "
        "ditolak atau tidak ada, nilainya kosong atau kurang dari nol, atau ukurannya tercatat "
        "dua kali."
    ),
    "receiving.field.active_members": "Anggota aktif",
    "receiving.field.cash": "Kas/tabungan",
    "receiving.field.turnover": "Omzet",
    "receiving.field.assets": "Aset",
    "report_programme.cli.export": (
        "Program: {aid} bantuan ({disbursements} penyaluran, {lpj} LPJ), {indicators} catatan "
        "indikator, {visits} kunjungan."
    ),
}
