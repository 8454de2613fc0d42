"""English messages of the city at work (issue 16, point 3)."""

MESSAGES = {
    "city_views.col.kecamatan": "Kecamatan",
    "city_views.col.kelurahan": "Kelurahan",
    "city_views.filter.kecamatan": "Kecamatan:",
    "city_views.filter.kelurahan": "Kelurahan:",
    "city_views.reload": "Reload",
    "city_views.status.title": "Kelurahan report status",
    "city_views.status.month": "Report month:",
    "city_views.status.only_missing": "Only those who have not reported",
    "city_views.status.summary": (
        "{reported} of {total} kelurahan have reported for {month} ({missing} not yet)"
    ),
    "city_views.status.reported": "Reported",
    "city_views.status.since": "Not reported since {month}",
    "city_views.status.not_for_month": "Not reported for this month",
    "city_views.status.never": "Never reported",
    "city_views.period.whole": "All data",
    "city_views.period.range": "{start} to {end}",
    "city_views.status.col.kecamatan": "Kecamatan",
    "city_views.status.col.kelurahan": "Kelurahan",
    "city_views.status.col.status": "Status",
    "city_views.status.col.file": "Latest report",
    "city_views.status.col.period": "Period",
    "city_views.status.col.generated": "Generated",
    "city_views.status.col.received": "Received",
    "city_views.status.col.received_by": "Received by",
    "city_views.menu.report_status": "Kelurahan report status…",
    "city_views.menu.nik_ganda": "NIK ganda across kelurahan…",
}
