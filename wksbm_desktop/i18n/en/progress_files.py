"""Sentences of the city workbook's Program Kota sheet when it is made from report files."""

MESSAGES = {
    "progress.files.as_of": "As of {date}, from the merged kelurahan reports",
    "progress.files.without": "{count} kelurahan sent a report without programme data (an "
    "older report version, before format 5), so they are not counted here: {names}. Ask them "
    "to export their report again with the latest app.",
    "progress.files.note_source": "Figures come from the reports' Bantuan, Penyaluran Bantuan, "
    "LPJ Bantuan, Indikator, Kunjungan and Penilaian sheets. A period report carries the "
    "indicators and visits up to its period's end, earlier ones included, so last year's "
    "comparison and the six-month visit rule are counted; what happened after the report's "
    "period is not known here.",
}
