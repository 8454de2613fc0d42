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
    "safety.audit.entity.nik_review": "Keputusan NIK ganda",
    "city_views.nik.bad_decision": "Pilih keputusan: orang yang sama atau orang berbeda.",
    "city_views.nik.note_too_long": "Catatan terlalu panjang (paling banyak {limit} huruf).",
    "city_views.nik.stale": (
        "Data NIK ganda ini sudah berubah (ada laporan baru). Muat ulang daftar lalu putuskan lagi."
    ),
    "city_views.nik.title": "NIK ganda antar kelurahan",
    "city_views.nik.summary": "{count} NIK ganda menunggu keputusan",
    "city_views.nik.show_decided": "Tampilkan yang sudah diputuskan",
    "city_views.nik.hint": (
        "NIK yang sama dipakai anggota di dua kelurahan atau lebih. Bandingkan datanya: bila nama "
        "dan tanggal lahir sama, kemungkinan orang yang sama; bila berbeda, kemungkinan salah "
        "ketik NIK di salah satu kelurahan (kabari kelurahan itu untuk membetulkannya)."
    ),
    "city_views.nik.none": "Tidak ada NIK ganda yang menunggu keputusan.",
    "city_views.nik.card_title": "NIK {nik} · {count} data",
    "city_views.nik.field.name": "Nama",
    "city_views.nik.field.birth_date": "Tgl. lahir",
    "city_views.nik.field.sex": "Jenis kelamin",
    "city_views.nik.field.kelurahan": "Kelurahan",
    "city_views.nik.field.kecamatan": "Kecamatan",
    "city_views.nik.field.rt_rw": "RT/RW",
    "city_views.nik.field.groups": "Kelompok",
    "city_views.nik.field.updated": "Terakhir diubah",
    "city_views.nik.note_placeholder": "Catatan keputusan (boleh kosong)",
    "city_views.nik.button.same_person": "Orang yang sama",
    "city_views.nik.button.different_people": "Orang berbeda (salah ketik NIK)",
    "city_views.nik.decision.same_person": "orang yang sama",
    "city_views.nik.decision.different_people": "orang berbeda (salah ketik NIK)",
    "city_views.nik.decided": "Sudah diputuskan: {decision}, oleh {by}, {at}.",
    "city_views.nik.note_was": "Catatan: {note}",
    "city_views.dash.title": "Per kecamatan",
    "city_views.dash.with_data": "{count} dari {total} kelurahan sudah punya data di database kota",
    "city_views.dash.of": "{part} dari {whole}",
    "city_views.dash.total": "Kota Tangerang",
    "city_views.dash.col.kelurahan": "Kelurahan berdata",
    "city_views.dash.col.active_groups": "Kelompok aktif",
    "city_views.dash.col.members": "Anggota",
    "city_views.dash.col.activities_month": "Kegiatan {month}",
    "city_views.dash.col.activities_year": "Kegiatan {year}",
    "city_views.dash.col.money": "Dana {year}",
    "city_views.nik.more": (
        "Ditampilkan {shown} dari {total} NIK ganda. Putuskan yang di atas, lalu klik Muat ulang "
        "untuk melihat berikutnya."
    ),
    "city_views.status.refused": "{status} (file {at} ditolak)",
}
