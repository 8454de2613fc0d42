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
    "safety.audit.entity.nik_review": "NIK ganda decision",
    "city_views.nik.bad_decision": "Choose a decision: the same person or different people.",
    "city_views.nik.note_too_long": "The note is too long (at most {limit} characters).",
    "city_views.nik.stale": (
        "This NIK ganda has changed (a new report arrived). Reload the list and decide again."
    ),
    "city_views.nik.title": "NIK ganda across kelurahan",
    "city_views.nik.summary": "{count} NIK ganda awaiting a decision",
    "city_views.nik.show_decided": "Show those already decided",
    "city_views.nik.hint": (
        "The same NIK is used by members in two or more kelurahan. Compare the records: the same "
        "name and birth date are likely the same person; different ones likely a NIK typo at one "
        "kelurahan (tell that kelurahan to correct it)."
    ),
    "city_views.nik.none": "No NIK ganda awaits a decision.",
    "city_views.nik.card_title": "NIK {nik} · {count} records",
    "city_views.nik.field.name": "Name",
    "city_views.nik.field.birth_date": "Birth date",
    "city_views.nik.field.sex": "Sex",
    "city_views.nik.field.kelurahan": "Kelurahan",
    "city_views.nik.field.kecamatan": "Kecamatan",
    "city_views.nik.field.rt_rw": "RT/RW",
    "city_views.nik.field.groups": "Groups",
    "city_views.nik.field.updated": "Last changed",
    "city_views.nik.note_placeholder": "Note on the decision (optional)",
    "city_views.nik.button.same_person": "The same person",
    "city_views.nik.button.different_people": "Different people (NIK typo)",
    "city_views.nik.decision.same_person": "the same person",
    "city_views.nik.decision.different_people": "different people (NIK typo)",
    "city_views.nik.decided": "Decided: {decision}, by {by}, {at}.",
    "city_views.nik.note_was": "Note: {note}",
    "city_views.dash.title": "By kecamatan",
    "city_views.dash.with_data": "{count} of {total} kelurahan have data in the city database",
    "city_views.dash.of": "{part} of {whole}",
    "city_views.dash.total": "Kota Tangerang",
    "city_views.dash.col.kelurahan": "Kelurahan with data",
    "city_views.dash.col.active_groups": "Active groups",
    "city_views.dash.col.members": "Members",
    "city_views.dash.col.activities_month": "Activities {month}",
    "city_views.dash.col.activities_year": "Activities {year}",
    "city_views.dash.col.money": "Funds {year}",
    "city_views.nik.more": (
        "Showing {shown} of {total} NIK ganda. Decide those above, then click Reload to see "
        "the next."
    ),
    "city_views.status.refused": "{status} (file of {at} refused)",
}
