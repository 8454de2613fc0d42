"""Word lists for synthetic demo data: Indonesian names, places, jobs and group names."""

from __future__ import annotations

MALE_FIRST = (
    "Ahmad", "Budi", "Agus", "Dedi", "Hendra", "Joko", "Rudi", "Slamet", "Bambang", "Yusuf",
    "Rahmat", "Hasan", "Iwan", "Andi", "Dodi", "Eko", "Fajar", "Gunawan", "Heri", "Irfan",
    "Muhammad", "Nanang", "Oman", "Purnomo", "Rizky", "Sutrisno", "Taufik", "Ujang", "Wahyu",
    "Yanto", "Asep", "Dadang", "Endang", "Ilham", "Kurniawan", "Lukman", "Maman", "Nurdin",
    "Saepul", "Suherman", "Teguh", "Zainal", "Arief", "Bayu", "Dimas", "Faisal", "Hadi", "Jajang",
)  # fmt: skip
FEMALE_FIRST = (
    "Siti", "Sri", "Dewi", "Nur", "Rina", "Yuli", "Ani", "Lestari", "Wati", "Ratna", "Fitri",
    "Euis", "Neneng", "Ida", "Kartini", "Maya", "Nia", "Putri", "Rahayu", "Sari", "Tuti",
    "Umi", "Wulan", "Yanti", "Aisyah", "Dian", "Eka", "Fatimah", "Herlina", "Indah", "Juju",
    "Kokom", "Lilis", "Mulyani", "Nining", "Oneng", "Popon", "Rohmah", "Suryani", "Titin",
    "Atikah", "Nurhayati", "Komariah", "Aminah", "Halimah", "Enok", "Iis", "Yati",
)  # fmt: skip
MALE_SECOND = (
    "Santoso", "Saputra", "Hidayat", "Setiawan", "Prasetyo", "Nugroho", "Kurniawan", "Firmansyah",
    "Hermawan", "Suryadi", "Wijaya", "Rahman", "Hakim", "Syahputra", "Maulana", "Fauzi",
    "Ramadhan", "Sudrajat", "Permana", "Supriyadi", "Mulyadi", "Gunadi", "Sobari", "Jaelani",
)  # fmt: skip
FEMALE_SECOND = (
    "Rahmawati", "Wulandari", "Handayani", "Susanti", "Lestari", "Purnamasari", "Fitriani",
    "Kusumawati", "Nurjanah", "Maryani", "Suryani", "Hasanah", "Aminah", "Rohayati",
    "Safitri", "Anggraini", "Puspitasari", "Novitasari", "Sulastri", "Mardiyah",
)  # fmt: skip
BIRTH_PLACES = (
    "Tangerang", "Tangerang", "Tangerang", "Jakarta", "Serang", "Bogor", "Bandung", "Lebak",
    "Pandeglang", "Cirebon", "Tegal", "Brebes", "Kuningan", "Garut", "Sukabumi", "Padang",
    "Medan", "Palembang", "Semarang", "Surabaya", "Lampung", "Karawang", "Bekasi", "Depok",
)  # fmt: skip
OCCUPATIONS = (
    "Mengurus Rumah Tangga", "Wiraswasta", "Buruh Harian Lepas", "Karyawan Swasta", "Pedagang",
    "Petani", "Peternak", "Pelajar/Mahasiswa", "Pensiunan", "Sopir", "Tukang Jahit",
    "Guru Honorer", "Ojek Daring", "Belum/Tidak Bekerja", "Tukang Bangunan",
)  # fmt: skip
STREETS = (
    "Jl. Raya", "Jl. Masjid", "Jl. Mawar", "Jl. Melati", "Gg. Haji", "Jl. Kenanga", "Gg. Damai",
    "Jl. Pendidikan", "Jl. Kali", "Gg. Mushola", "Jl. Swadaya", "Jl. Bhakti", "Perum. Griya",
)  # fmt: skip
FOREIGN_REGIONS = ("320101", "327501", "360301", "317401", "330201", "367401")  # fmt: skip

# Group type → (sector, name patterns); {place} is a neighbourhood word, {n} a number.
GROUP_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "WKSBM": ("Sosial", ("WKSBM {place}", "Jaringan WKSBM {place} Sejahtera")),
    "KSM": ("Ekonomi Produktif", ("KSM {place} Mandiri", "KSM Maju Bersama {n}",
                                  "KSM Berkah {place}")),
    "KUBE": ("Ekonomi Produktif", ("KUBE Sejahtera {n}", "KUBE {place} Makmur", "KUBE Melati {n}")),
    "Karang Taruna": ("Sosial", ("Karang Taruna RW {rw}", "Karang Taruna {place} Bersatu")),
    "PKK/Dasawisma": ("Kesehatan", ("Dasawisma Mawar {n}", "PKK RW {rw}", "Dasawisma Anggrek {n}")),
    "Majelis Taklim": ("Keagamaan", ("Majelis Taklim Al-Hidayah {n}", "Majelis Taklim Nurul Iman",
                                     "Majelis Taklim Al-Ikhlas {place}")),
    "Posyandu": ("Kesehatan", ("Posyandu Melati {n}", "Posyandu Kenanga RW {rw}")),
    "Kelompok Tani": ("Pertanian", ("Kelompok Tani Sumber Rejeki", "KWT {place} Hijau",
                                    "Kelompok Tani Subur {n}")),
    "Kelompok Ternak": ("Peternakan", ("Kelompok Ternak Lele {place}", "Kelompok Ternak Domba {n}",
                                       "Kelompok Ternak Ayam Kampung {n}")),
    "Bank Sampah": ("Pengelolaan Sampah", ("Bank Sampah {place} Bersih", "Bank Sampah Berkah {n}",
                                           "Bank Sampah Hijau RW {rw}")),
    "Koperasi": ("Ekonomi Produktif", ("Koperasi Warga {place}", "Koperasi Simpan Pinjam {n}")),
    "Rukun Kematian": ("Sosial", ("Rukun Kematian RW {rw}", "Rukun Kematian Al-Fajar {n}")),
    "Lainnya": ("Pendidikan", ("Taman Baca {place}", "Sanggar Belajar {n}")),
}  # fmt: skip
PLACES = (
    "Harapan", "Sejahtera", "Mekar", "Sukamaju", "Bersatu", "Makmur", "Barokah", "Sentosa",
    "Cemerlang", "Mulya", "Asri", "Lestari", "Gemilang", "Jaya", "Indah", "Damai",
)  # fmt: skip
ACTIVITY_TITLES: dict[str, tuple[str, ...]] = {
    "Pembinaan": ("Pembinaan kelompok oleh Dinas Sosial", "Kunjungan pendamping sosial"),
    "Pelatihan": ("Pelatihan pembukuan sederhana", "Pelatihan pemasaran daring",
                  "Pelatihan pengolahan pangan", "Pelatihan daur ulang sampah"),
    "Rapat": ("Rapat anggota bulanan", "Rapat pengurus", "Rapat evaluasi triwulan"),
    "Usaha Produktif": ("Produksi keripik singkong", "Penjualan hasil panen",
                        "Pembelian bibit lele", "Produksi kerajinan tas daur ulang"),
    "Bakti Sosial": ("Santunan anak yatim", "Kerja bakti lingkungan", "Pembagian sembako"),
    "Penyuluhan": ("Penyuluhan kesehatan ibu dan anak", "Penyuluhan pencegahan stunting",
                   "Sosialisasi DTSEN"),
    "Monitoring/Evaluasi": ("Monitoring penggunaan bantuan", "Evaluasi kegiatan usaha"),
    "Lainnya": ("Pengajian rutin", "Arisan kelompok"),
}  # fmt: skip
FACILITATORS = (
    "Pendamping Dinas Sosial", "TKSK Kecamatan", "Penyuluh Pertanian", "Bidan Kelurahan",
    "Staf Kelurahan", "Pengurus kelompok", "Relawan Karang Taruna", "",
)  # fmt: skip
