"""The programme's records (issue 19): aid, LPJ, group indicators, monitoring visits."""

MESSAGES = {
    # Field labels
    "programme.label.proposed_on": "Tanggal usulan",
    "programme.label.purpose": "Tujuan bantuan",
    "programme.label.requested": "Jumlah yang diusulkan",
    "programme.label.decision": "Keputusan",
    "programme.label.decided_on": "Tanggal keputusan",
    "programme.label.approved": "Jumlah yang disetujui",
    "programme.label.disbursed_on": "Tanggal penyaluran",
    "programme.label.disbursed": "Jumlah/nilai penyaluran",
    "programme.label.form": "Bentuk penyaluran",
    "programme.label.goods": "Uraian barang",
    "programme.label.due_on": "Batas waktu LPJ",
    "programme.label.submitted_on": "Tanggal LPJ diserahkan",
    "programme.label.lpj_status": "Status LPJ",
    "programme.label.period_kind": "Jenis periode",
    "programme.label.period_start": "Periode",
    "programme.label.cash": "Kas/tabungan",
    "programme.label.turnover": "Omzet",
    "programme.label.assets": "Aset",
    "programme.label.active_members": "Anggota aktif",
    "programme.label.measure": "Nama ukuran",
    "programme.label.unit": "Satuan",
    "programme.label.visited_on": "Tanggal kunjungan",
    "programme.label.facilitator": "Pendamping",
    "programme.label.findings": "Temuan",
    "programme.label.recommendations": "Rekomendasi",
    "programme.label.follow_up": "Tindak lanjut",
    "programme.label.follow_up_status": "Status tindak lanjut",
    "programme.entity.measure": "ukuran indikator",
    # The stored codes, as the screens and reports show them
    "programme.decision.menunggu": "Menunggu keputusan",
    "programme.decision.disetujui": "Disetujui",
    "programme.decision.ditolak": "Tidak disetujui",
    "programme.form.uang": "Uang",
    "programme.form.barang": "Barang",
    "programme.lpj.belum": "Belum diserahkan",
    "programme.lpj.diserahkan": "Diserahkan",
    "programme.lpj.diterima": "Diterima",
    "programme.lpj.dikembalikan": "Dikembalikan untuk diperbaiki",
    "programme.period.bulan": "Bulanan",
    "programme.period.triwulan": "Triwulanan",
    "programme.follow_up.belum": "Belum",
    "programme.follow_up.proses": "Sedang diproses",
    "programme.follow_up.selesai": "Selesai",
    # The change history
    "safety.audit.entity.aid": "Bantuan",
    "safety.audit.entity.aid_disbursement": "Penyaluran bantuan",
    "safety.audit.entity.aid_report": "LPJ bantuan",
    "safety.audit.entity.indicator": "Indikator kelompok",
    "safety.audit.entity.visit": "Kunjungan pendampingan",
    "reference.kind.aid_source": "Sumber bantuan",
    # Field names in the change history (core/queries/audit.py)
    "safety.field.proposed_on": "Tanggal usulan",
    "safety.field.purpose": "Tujuan bantuan",
    "safety.field.amount_requested": "Jumlah diusulkan",
    "safety.field.decision": "Keputusan",
    "safety.field.decided_on": "Tanggal keputusan",
    "safety.field.amount_approved": "Jumlah disetujui",
    "safety.field.source_id": "Sumber bantuan",
    "safety.field.aid_id": "Bantuan",
    "safety.field.disbursed_on": "Tanggal penyaluran",
    "safety.field.form": "Bentuk penyaluran",
    "safety.field.goods": "Uraian barang",
    "safety.field.due_on": "Batas waktu LPJ",
    "safety.field.submitted_on": "Tanggal LPJ diserahkan",
    "safety.field.remarks": "Keterangan",
    "safety.field.period_kind": "Jenis periode",
    "safety.field.period_start": "Awal periode",
    "safety.field.cash": "Kas/tabungan",
    "safety.field.turnover": "Omzet",
    "safety.field.assets": "Aset",
    "safety.field.active_members": "Anggota aktif",
    "safety.field.visited_on": "Tanggal kunjungan",
    "safety.field.findings": "Temuan",
    "safety.field.recommendations": "Rekomendasi",
    "safety.field.follow_up": "Tindak lanjut",
    "safety.field.follow_up_status": "Status tindak lanjut",
    "safety.field.unit": "Satuan",
    "safety.field.active": "Aktif",
    "safety.field.aid": "Bantuan",
    "safety.field.indicators": "Indikator kelompok",
    "safety.field.visits": "Kunjungan",
    "safety.field.measure": "Ukuran: {measure}",
    # Field rules
    "programme.group_required": "Pilih kelompok yang masih aktif (tidak diarsipkan).",
    "programme.amount_too_large": (
        "{label} terlalu besar (paling banyak {max}). Periksa jumlah nol yang diketik."
    ),
    "programme.count_too_large": "{label} terlalu besar. Periksa kembali angkanya.",
    "programme.number_too_large": "{label} terlalu besar. Periksa jumlah nol yang diketik.",
    # Aid
    "programme.aid.decided_while_pending": (
        "Tanggal keputusan hanya diisi bila bantuan sudah diputuskan. Kosongkan tanggalnya, "
        "atau pilih keputusan Disetujui atau Tidak disetujui."
    ),
    "programme.aid.approved_while_pending": (
        "Jumlah yang disetujui hanya diisi bila bantuan disetujui. Kosongkan (0), atau pilih "
        "keputusan Disetujui."
    ),
    "programme.aid.decided_before_proposed": (
        "Tanggal keputusan tidak boleh sebelum tanggal usulan."
    ),
    "programme.aid.approved_zero": (
        "Bantuan yang disetujui harus punya jumlah yang disetujui lebih dari nol. "
        "Untuk bantuan barang, isi perkiraan nilainya."
    ),
    "programme.aid.approved_while_refused": (
        "Bantuan yang tidak disetujui tidak punya jumlah yang disetujui. Kosongkan (0)."
    ),
    "programme.aid.disbursed_needs_approval": (
        "Bantuan ini sudah disalurkan, jadi keputusannya harus tetap Disetujui. Arsipkan dulu "
        "penyalurannya bila memang keliru."
    ),
    "programme.aid.approved_below_disbursed": (
        "Jumlah yang disetujui tidak boleh kurang dari yang sudah disalurkan ({disbursed})."
    ),
    "programme.aid.decided_after_records": (
        "Tanggal keputusan tidak boleh sesudah penyaluran atau penyerahan LPJ pertama ({date})."
    ),
    # Disbursements
    "programme.disbursement.aid_not_approved": (
        "Penyaluran hanya bisa dicatat untuk bantuan yang disetujui dan tidak diarsipkan."
    ),
    "programme.disbursement.amount_zero": (
        "Jumlah penyaluran harus lebih dari nol. Untuk barang, isi perkiraan nilainya."
    ),
    "programme.disbursement.above_approved": (
        "Jumlah penyaluran melebihi bantuan yang disetujui: disetujui {approved}, sudah "
        "disalurkan {disbursed}, sisa yang masih bisa disalurkan {left}."
    ),
    "programme.disbursement.before_decision": (
        "Tanggal penyaluran tidak boleh sebelum tanggal keputusan bantuan ({date})."
    ),
    # LPJ
    "programme.lpj.aid_not_approved": (
        "LPJ hanya dicatat untuk bantuan yang disetujui dan tidak diarsipkan."
    ),
    "programme.lpj.submitted_while_owed": (
        "LPJ yang belum diserahkan tidak punya tanggal penyerahan. Kosongkan tanggalnya, atau "
        "ubah statusnya menjadi Diserahkan."
    ),
    "programme.lpj.due_before_decision": (
        "Batas waktu LPJ tidak boleh sebelum tanggal keputusan bantuan ({date})."
    ),
    "programme.lpj.submitted_before_decision": (
        "Tanggal LPJ diserahkan tidak boleh sebelum tanggal keputusan bantuan ({date})."
    ),
    # Indicators
    "programme.indicator.nothing_recorded": (
        "Isi paling sedikit satu angka: kas, omzet, aset, anggota aktif, atau ukuran sektor."
    ),
    "programme.indicator.period_in_future": (
        "Periode ini belum dimulai. Indikator dicatat untuk bulan atau triwulan yang sudah "
        "berjalan."
    ),
    "programme.indicator.period_taken": (
        "Indikator kelompok ini untuk periode {period} sudah ada. Ubah catatan yang sudah ada."
    ),
    "programme.indicator.measure_unknown": (
        'Ukuran "{value}" tidak ada untuk sektor {sector}. Pilihan yang ada: {choices}.'
    ),
    "programme.indicator.measure_twice": "Ukuran {measure} diisi dua kali; isi sekali saja.",
    "programme.measure.exists": 'Ukuran "{label}" sudah ada untuk sektor ini.',
    # Visits
    "programme.visit.follow_up_missing": (
        "Tuliskan tindak lanjutnya sebelum menandai statusnya Sedang diproses atau Selesai."
    ),
    # Two users at once (core/storage/concurrency.py)
    "programme.conflict.period": (
        "Pengguna lain baru saja mencatat indikator kelompok ini untuk periode yang sama. "
        "Muat ulang data kelompok; tidak ada yang disimpan."
    ),
    # wksbm stats
    "programme.stats.aid": "Bantuan",
    "programme.stats.lpj_overdue": "LPJ terlambat",
    "programme.stats.visits": "Kunjungan pendampingan",
    "programme.stats.unvisited": "Belum dikunjungi 6 bulan",
}
