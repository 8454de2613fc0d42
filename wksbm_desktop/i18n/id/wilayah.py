"""Sentences of the region reference data (kecamatan and kelurahan lookups)."""

MESSAGES = {
    "wilayah.label_kelurahan": "Kel. {kelurahan}, Kec. {kecamatan}",
    "wilayah.label_desa": "Desa {kelurahan}, Kec. {kecamatan}",
    "wilayah.kelurahan_required": "Kelurahan belum dipilih.",
    "wilayah.unknown_kelurahan": (
        "Kode kelurahan {code} tidak dikenal di {region}. Mungkin maksud Anda: {suggestions}."
    ),
    "wilayah.malformed_kelurahan_code": (
        "“{code}” bukan kode kelurahan. Tulis kode Kemendagri dalam bentuk {example}."
    ),
    "wilayah.malformed_kelurahan_code_suggest": (
        "“{code}” bukan kode kelurahan. Tulis kode Kemendagri dalam bentuk {example}. "
        "Mungkin maksud Anda: {suggestions}."
    ),
    "wilayah.data_missing": (
        "Data wilayah tidak ditemukan ({path}). Pasang ulang aplikasi WKSBM Desktop."
    ),
    "wilayah.data_damaged": (
        "Data wilayah rusak ({path}, baris {line}: {value}). Pasang ulang aplikasi WKSBM Desktop."
    ),
}
