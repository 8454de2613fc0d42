"""Sentences of the city workbook's Program Kota sheet when it is made from report files."""

MESSAGES = {
    "progress.files.as_of": "Keadaan per {date}, dari laporan kelurahan yang digabungkan",
    "progress.files.without": "{count} kelurahan mengirim laporan tanpa data program (laporan "
    "versi lama, sebelum format 5), jadi tidak terhitung di sini: {names}. Minta kelurahan "
    "tersebut mengekspor ulang laporannya dengan aplikasi terbaru.",
    "progress.files.note_source": "Angka dihitung dari lembar Bantuan, Penyaluran Bantuan, LPJ "
    "Bantuan, Indikator, Kunjungan dan Penilaian laporan kelurahan. Laporan per periode memuat "
    "indikator dan kunjungan sampai akhir periodenya, termasuk yang lebih lama, jadi bandingan "
    "tahun lalu dan kunjungan 6 bulan terakhir ikut terhitung; yang terjadi sesudah akhir "
    "periode laporan tidak diketahui di sini.",
}
