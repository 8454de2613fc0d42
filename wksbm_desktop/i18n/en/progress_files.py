"""Sentences of the city workbook's Program Kota sheet when it is made from report files."""

MESSAGES = {
    "progress.files.as_of": "As of {date}, from the merged kelurahan reports",
    "progress.files.without": "{count} kelurahan sent a report without programme data (an "
    "older report version, before format 5), so they are not counted here: {names}. Ask them "
    "to export their report again with the latest app.",
    "progress.files.note_source": "Figures come from the reports' Bantuan, Penyaluran Bantuan, "
    "LPJ Bantuan, Indikator, Kunjungan and Penilaian sheets. A period report carries only the "
    "indicators and visits of its period; last year's comparison and the six-month visit rule "
    "need a report that covers that time.",
}
