"""The Bantuan screens (issue 19): the programme window, its Bantuan page and forms, the
group detail's Bantuan tab and its overdue LPJ line."""

MESSAGES = {
    # The window and how it opens
    "aid_ui.window.title": "Bantuan & pemantauan",
    "aid_ui.window.group": "&Kelompok:",
    "aid_ui.window.group_hint": "Ketik sebagian nama kelompok, lalu pilih",
    "aid_ui.window.archived_group": "{name} (diarsipkan)",
    "aid_ui.menu.action": "Bantuan && pemantauan…",
    "aid_ui.menu.action_tip": ("Bantuan, penyaluran dan LPJ kelompok yang dipilih di tab Kelompok"),
    "aid_ui.group_tab.button": "Bantuan && pemantauan",
    "aid_ui.group_tab.button_tip": (
        "Buka bantuan, penyaluran dan LPJ kelompok ini di jendela tersendiri"
    ),
    "aid_ui.page.aid": "Bantuan",
    "aid_ui.detail.money_tab": "Penyaluran && LPJ",
    "aid_ui.detail.attachments_tab": "Lampiran ({count})",
    "aid_ui.page.indicators": "Indikator",
    "aid_ui.page.visits": "Kunjungan",
    "aid_ui.readonly.role": (
        "Hanya untuk dibaca: peran Anda ({role}) tidak mencatat atau mengubah data."
    ),
    "aid_ui.readonly.kelurahan": (
        "Data kelompok ini milik Kelurahan {kelurahan} dan hanya dapat dibaca di sini. "
        "Perubahannya datang bersama laporan kelurahan berikutnya."
    ),
    "aid_ui.readonly.archived": (
        "Kelompok ini diarsipkan: datanya hanya dapat dibaca. Pulihkan kelompoknya dulu di tab "
        "Kelompok untuk mencatat bantuan."
    ),
    # The page's buttons
    "aid_ui.action.add": "Ajukan bantuan…",
    "aid_ui.action.add_tip": "Catat usulan bantuan baru untuk kelompok ini",
    "aid_ui.action.edit": "Ubah / putuskan…",
    "aid_ui.action.edit_tip": (
        "Ubah usulan yang dipilih, atau catat keputusannya (disetujui atau tidak)"
    ),
    "aid_ui.action.disburse": "Salurkan…",
    "aid_ui.action.disburse_tip": "Catat penyaluran uang atau barang dari bantuan yang dipilih",
    "aid_ui.action.disburse_needs_approval": (
        "Penyaluran hanya untuk bantuan yang sudah disetujui"
    ),
    "aid_ui.action.disburse_all_done": ("Seluruh jumlah yang disetujui sudah disalurkan"),
    "aid_ui.action.report": "Catat LPJ…",
    "aid_ui.action.report_tip": (
        "Catat LPJ (laporan pertanggungjawaban) yang harus diserahkan kelompok untuk bantuan ini"
    ),
    "aid_ui.action.archive": "Arsipkan",
    "aid_ui.action.archive_tip": (
        "Pindahkan bantuan yang salah catat ke arsip; penyaluran dan LPJ-nya ikut tidak dihitung"
    ),
    "aid_ui.action.show_archived": "Tampilkan yang diarsipkan",
    "aid_ui.action.restore": "Pulihkan",
    "aid_ui.action.restore_tip": "Kembalikan data yang dipilih dari arsip",
    "aid_ui.action.edit_disbursement": "Ubah…",
    "aid_ui.action.edit_disbursement_tip": "Ubah penyaluran yang dipilih",
    "aid_ui.action.archive_disbursement": "Arsipkan",
    "aid_ui.action.archive_disbursement_tip": "Pindahkan penyaluran yang salah catat ke arsip",
    "aid_ui.action.edit_report": "Ubah / serahkan…",
    "aid_ui.action.edit_report_tip": (
        "Catat penyerahan LPJ yang dipilih, atau hasil pemeriksaannya"
    ),
    "aid_ui.action.archive_report": "Arsipkan",
    "aid_ui.action.archive_report_tip": "Pindahkan LPJ yang salah catat ke arsip",
    "aid_ui.confirm.archive_aid": (
        'Pindahkan bantuan "{purpose}" ke arsip? Penyaluran dan LPJ-nya tidak dihitung lagi. '
        "Bantuan ini bisa dipulihkan kembali."
    ),
    "aid_ui.confirm.archive_disbursement": (
        "Pindahkan penyaluran sebesar {amount} ke arsip? Penyaluran ini bisa dipulihkan kembali."
    ),
    "aid_ui.confirm.archive_report": (
        "Pindahkan LPJ dengan batas waktu {date} ke arsip? LPJ ini bisa dipulihkan kembali."
    ),
    # The lists
    "aid_ui.col.proposed_on": "Tgl usulan",
    "aid_ui.col.purpose": "Tujuan bantuan",
    "aid_ui.col.requested": "Diusulkan",
    "aid_ui.col.decision": "Keputusan",
    "aid_ui.col.source": "Sumber",
    "aid_ui.col.approved": "Disetujui",
    "aid_ui.col.disbursed": "Disalurkan",
    "aid_ui.col.remaining": "Sisa",
    "aid_ui.col.lpj": "LPJ",
    "aid_ui.col.disbursed_on": "Tanggal",
    "aid_ui.col.form": "Bentuk",
    "aid_ui.col.amount": "Jumlah/nilai",
    "aid_ui.col.goods": "Uraian barang",
    "aid_ui.col.notes": "Catatan",
    "aid_ui.col.due_on": "Batas waktu",
    "aid_ui.col.status": "Status",
    "aid_ui.col.submitted_on": "Tgl diserahkan",
    "aid_ui.col.late": "Keterlambatan",
    "aid_ui.col.remarks": "Keterangan",
    "aid_ui.col.kind": "Jenis",
    "aid_ui.col.day": "Tanggal",
    "aid_ui.col.detail": "Keterangan",
    "aid_ui.col.archived_at": "Diarsipkan",
    "aid_ui.lpj.overdue": "TERLAMBAT (batas {date})",
    "aid_ui.lpj.owed": "Belum diserahkan (batas {date})",
    "aid_ui.lpj.submitted": "Diserahkan, belum diperiksa",
    "aid_ui.lpj.accepted": "Diterima",
    "aid_ui.lpj.none": "Belum dicatat",
    "aid_ui.report.late": "Terlambat {days} hari",
    "aid_ui.totals": (
        "{count} bantuan · diusulkan {requested} · disetujui {approved} · disalurkan "
        "{disbursed} · sisa {remaining}"
    ),
    "aid_ui.totals_overdue": "{count} bantuan dengan LPJ terlambat",
    "aid_ui.empty.no_group": "Pilih kelompok di atas untuk melihat bantuannya.",
    "aid_ui.empty.no_aid": (
        "Kelompok ini belum punya catatan bantuan. Klik Ajukan bantuan untuk mencatat usulan."
    ),
    "aid_ui.detail.disbursements": "Penyaluran",
    "aid_ui.detail.disbursements_of": "Penyaluran: {purpose}",
    "aid_ui.detail.reports": "LPJ",
    "aid_ui.detail.reports_of": "LPJ: {purpose}",
    "aid_ui.archived.banner": (
        "Yang tampil adalah data bantuan, penyaluran dan LPJ yang diarsipkan. Pilih satu baris "
        "lalu klik Pulihkan untuk mengembalikannya."
    ),
    "aid_ui.archived.kind.aid": "Bantuan",
    "aid_ui.archived.kind.disbursement": "Penyaluran",
    "aid_ui.archived.kind.report": "LPJ",
    # The forms
    "aid_ui.form.aid_new": "Ajukan bantuan",
    "aid_ui.form.aid_edit": "Ubah bantuan / catat keputusan",
    "aid_ui.form.for_group": "Kelompok: {name}",
    "aid_ui.form.purpose_hint": "Misalnya: modal usaha ternak kambing",
    "aid_ui.form.source_none": "(belum diketahui)",
    "aid_ui.form.source_tip": (
        "Wajib diisi bila bantuan disetujui. Daftar sumber dapat diubah kantor."
    ),
    "aid_ui.form.disbursement_new": "Salurkan bantuan",
    "aid_ui.form.disbursement_edit": "Ubah penyaluran",
    "aid_ui.form.room": "Disetujui {approved}; yang masih bisa disalurkan: {left}.",
    "aid_ui.form.goods_hint": "Untuk barang: misalnya 2 ekor kambing betina",
    "aid_ui.form.report_new": "Catat LPJ",
    "aid_ui.form.report_edit": "Ubah LPJ",
    "aid_ui.form.report_hint": (
        "LPJ yang belum diserahkan atau dikembalikan untuk diperbaiki menjadi terlambat sehari "
        "sesudah batas waktunya."
    ),
    "aid_ui.field.proposed_on": "&Tanggal usulan:",
    "aid_ui.field.purpose": "T&ujuan bantuan:",
    "aid_ui.field.amount_requested": "Jumlah &diusulkan:",
    "aid_ui.field.decision": "&Keputusan:",
    "aid_ui.field.decided_on": "Tanggal ke&putusan:",
    "aid_ui.field.amount_approved": "Jumlah di&setujui:",
    "aid_ui.field.source": "Su&mber bantuan:",
    "aid_ui.field.notes": "Catatan",
    "aid_ui.field.disbursed_on": "&Tanggal penyaluran:",
    "aid_ui.field.form": "&Bentuk:",
    "aid_ui.field.amount": "&Jumlah/nilai:",
    "aid_ui.field.goods": "&Uraian barang:",
    "aid_ui.field.due_on": "&Batas waktu LPJ:",
    "aid_ui.field.status": "&Status LPJ:",
    "aid_ui.field.submitted_on": "Tanggal &diserahkan:",
    "aid_ui.field.remarks": "Keterangan",
    # The group's detail panel
    "shell.detail.field.lpj_overdue": "Perhatian",
    "aid_ui.detail.open_tip": "Klik dua kali untuk membuka Bantuan & pemantauan kelompok ini",
    "aid_ui.detail.tab": "Bantuan ({count})",
    "aid_ui.detail.tab_overdue": "Bantuan ({count}) · LPJ terlambat",
    "aid_ui.flag.overdue": ("LPJ terlambat sejak batas waktu {date} ({days} hari): {purpose}."),
    "aid_ui.flag.more": "Ada {count} LPJ lain yang juga terlambat.",
}
