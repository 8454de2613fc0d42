"""Indonesian texts of the report and city workbooks' period figures and print layout."""

MESSAGES = {
    "excel.state.not_started": "Belum mulai",
    "excel.rekap.sum_moved_up_since": "Kelompok naik kelas sejak penilaian pertama",
}
