"""The monitoring screens (issue 19): indicators, their trend, visits and the measures list."""

MESSAGES = {
    # The trend chart
    "monitoring.chart.title": "Cash, turnover and assets over time",
    "monitoring.chart.empty": "No cash, turnover or assets recorded yet.",
    "monitoring.chart.unit.miliar": "Billion rupiah",
    "monitoring.chart.unit.juta": "Million rupiah",
    "monitoring.chart.unit.ribu": "Thousand rupiah",
    "monitoring.chart.unit.rupiah": "Rupiah",
    # Months of the period picker
    "monitoring.month.januari": "January",
    "monitoring.month.februari": "February",
    "monitoring.month.maret": "March",
    "monitoring.month.april": "April",
    "monitoring.month.mei": "May",
    "monitoring.month.juni": "June",
    "monitoring.month.juli": "July",
    "monitoring.month.agustus": "August",
    "monitoring.month.september": "September",
    "monitoring.month.oktober": "October",
    "monitoring.month.november": "November",
    "monitoring.month.desember": "December",
    # What both pages share
    "monitoring.page.choose_group": "Choose a group above to see its records.",
    "monitoring.visits.notes_tab": "Visit notes",
    "monitoring.visits.attachments_tab": "Attachments ({count})",
    "monitoring.page.archive_banner": (
        "These are archived records. Choose one and press Restore to bring it back."
    ),
    "monitoring.page.edit": "&Edit…",
    "monitoring.page.archive": "&Archive",
    "monitoring.page.restore": "&Restore",
    "monitoring.page.no_archived": "This group has no archived records.",
    "monitoring.page.group_archived": "{heading} · this group is archived: read only",
    "monitoring.page.show_archived": "Show archived records",
    # The Indikator page
    "monitoring.indicators.add": "&Record indicators…",
    "monitoring.indicators.heading": "Indicators of {name} (sector {sector})",
    "monitoring.indicators.none": (
        "No indicators for this group yet. Click Record indicators… to record a month or "
        "quarter that has passed."
    ),
    "monitoring.indicators.col.period": "Period",
    "monitoring.indicators.col.measures": "Sector measures",
    "monitoring.indicators.archive_confirm": (
        "Archive the indicators of {period}? They stop counting in every figure, and can be "
        "restored later."
    ),
    # The indicator form
    "monitoring.indicator.title_new": "Record group indicators",
    "monitoring.indicator.title_edit": "Edit indicators of {period}: {name}",
    "monitoring.indicator.group": "Group: {name} (sector {sector})",
    "monitoring.indicator.empty_hint": (
        "Leave a figure empty when it was not recorded this month or quarter: empty means not "
        "recorded, not zero. Type 0 only when it really is zero."
    ),
    "monitoring.indicator.taken": "{period} is recorded already.",
    "monitoring.indicator.open_taken": "Edit that record",
    "monitoring.indicator.not_recorded": "not recorded",
    "monitoring.indicator.field.period_kind": "Period &kind:",
    "monitoring.indicator.field.period_start": "&Period:",
    "monitoring.indicator.field.cash": "&Cash/savings:",
    "monitoring.indicator.field.turnover": "&Turnover:",
    "monitoring.indicator.field.assets": "A&ssets:",
    "monitoring.indicator.field.active_members": "Active &members:",
    "monitoring.indicator.measures": "Measures of the {sector} sector",
    "monitoring.indicator.no_measures": (
        "This sector has no measures yet. Add them under Data → Indicator measures…"
    ),
    "monitoring.indicator.every_sector": "{label} (every sector)",
    "monitoring.indicator.hidden": "{label} (hidden)",
    "monitoring.indicator.amount_invalid": (
        "Write a whole rupiah amount such as 1.500.000, or leave it empty when not recorded."
    ),
    "monitoring.indicator.measure_invalid": (
        "Write a whole number such as 1.250, or leave it empty: {measures}."
    ),
    # The Kunjungan page
    "monitoring.visits.add": "&Record a visit…",
    "monitoring.visits.heading": "Coaching visits to {name}",
    "monitoring.visits.col.group": "Group",
    "monitoring.visits.col.kelurahan": "Kelurahan",
    "monitoring.visits.col.last_visit": "Last visit",
    "monitoring.visits.never": "Never",
    "monitoring.visits.none": (
        "This group has never been visited. After a visit, click Record a visit…"
    ),
    "monitoring.visits.pick": "Choose a visit to read its notes in full.",
    "monitoring.visits.unvisited_title": (
        "Not visited for 6 months: {count} groups (since {since})"
    ),
    "monitoring.visits.unvisited_hint": (
        "Visit the groups never visited first, then those visited longest ago. Double-click "
        "to open the group."
    ),
    "monitoring.visits.archive_confirm": (
        "Archive the visit of {date}? It stops counting in every figure, and can be restored later."
    ),
    # The visit form
    "monitoring.visit.title_new": "Record a visit: {name}",
    "monitoring.visit.title_edit": "Edit visit",
    "monitoring.visit.group": "Group: {name}",
    "monitoring.visit.field.visited_on": "&Date of the visit:",
    "monitoring.visit.field.facilitator": "&Facilitator:",
    "monitoring.visit.field.findings": "Findings",
    "monitoring.visit.field.recommendations": "Recommendations",
    "monitoring.visit.field.follow_up": "Follow-up",
    "monitoring.visit.field.follow_up_status": "Follow-up &status:",
    "monitoring.visit.facilitator_hint": "Name of the facilitator or officer who visited",
    "monitoring.visit.findings_hint": (
        "What was seen and heard: bookkeeping, meetings, the business, the group's problems…"
    ),
    "monitoring.visit.follow_up_hint": "What is to be done after this visit, and by whom",
    # The measures list (Data → Indicator measures…)
    "monitoring.measures.menu": "Indicator &measures…",
    "monitoring.measures.title": "Indicator measures per sector",
    "monitoring.measures.intro": (
        "What groups record each period besides cash, turnover, assets and active members, "
        "for example waste collected (kg) for a waste bank. A hidden measure is no longer "
        "offered in the form, but the figures already recorded stay."
    ),
    "monitoring.measures.filter": "&Sector:",
    "monitoring.measures.every_sector": "Every sector",
    "monitoring.measures.col.sector": "Sector",
    "monitoring.measures.col.label": "Measure",
    "monitoring.measures.col.unit": "Unit",
    "monitoring.measures.col.state": "In the form",
    "monitoring.measures.shown": "Shown",
    "monitoring.measures.hidden": "Hidden",
    "monitoring.measures.add": "&Add a measure…",
    "monitoring.measures.edit": "&Rename / change unit…",
    "monitoring.measures.hide": "&Hide",
    "monitoring.measures.show": "Show a&gain",
    "monitoring.measures.title_new": "Add an indicator measure",
    "monitoring.measures.title_edit": "Edit an indicator measure",
    "monitoring.measures.field.sector": "&Sector:",
    "monitoring.measures.field.label": "&Name of the measure:",
    "monitoring.measures.field.unit": "&Unit:",
    "monitoring.measures.label_hint": "for example Waste collected",
    "monitoring.measures.unit_hint": "for example kg",
    "monitoring.measures.rename_note": (
        "Figures already recorded with this measure take the new name and unit too."
    ),
    # The Pemantauan tab of a group's detail
    "monitoring.detail.tab": "Monitoring",
    "monitoring.detail.never_visited": "Never visited by a facilitator. Plan a first visit.",
    "monitoring.detail.last_visit": ("Last visit: {date} by {facilitator}; follow-up: {status}"),
    "monitoring.detail.overdue": "More than 6 months without a visit.",
    "monitoring.detail.open_follow_ups": "Follow-ups not finished: {count}",
    "monitoring.detail.no_indicators": "No indicators recorded yet.",
    "monitoring.detail.latest": "Latest indicators ({period})",
    "monitoring.detail.figures": (
        "Cash/savings {cash} · Turnover {turnover} · Assets {assets} · Active members {members}"
    ),
}
