"""Messages of the city at work (issue 16, point 3): place columns, Status laporan, NIK ganda."""

MESSAGES = {
    "city_views.col.kecamatan": "Kecamatan",
    "city_views.col.kelurahan": "Kelurahan",
    "city_views.filter.kecamatan": "Kecamatan:",
    "city_views.filter.kelurahan": "Kelurahan:",
    "city_views.reload": "Muat ulang",
    "city_views.status.title": "Status laporan kelurahan",
    "city_views.status.month": "Bulan laporan:",
    "city_views.status.only_missing": "Hanya yang belum melapor",
    "city_views.status.summary": (
        "{reported} dari {total} kelurahan sudah melapor untuk {month} ({missing} belum)"
    ),
    "city_views.status.reported": "Sudah melapor",
    "city_views.status.since": "Belum melapor sejak {month}",
    "city_views.status.not_for_month": "Belum melapor untuk bulan ini",
    "city_views.status.never": "Belum pernah melapor",
    "city_views.period.whole": "Seluruh data",
    "city_views.period.range": "{start} s.d. {end}",
    "city_views.status.col.kecamatan": "Kecamatan",
    "city_views.status.col.kelurahan": "Kelurahan",
    "city_views.status.col.status": "Status",
    "city_views.status.col.file": "Laporan terakhir",
    "city_views.status.col.period": "Periode",
    "city_views.status.col.generated": "Dibuat",
    "city_views.status.col.received": "Diterima",
    "city_views.status.col.received_by": "Diterima oleh",
    "city_views.menu.report_status": "Status laporan kelurahan…",
    "city_views.menu.nik_ganda": "NIK ganda antar kelurahan…",
}
