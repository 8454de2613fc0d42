"""Sentences of the region reference data (kecamatan and kelurahan lookups)."""

MESSAGES = {
    "wilayah.label_kelurahan": "Kel. {kelurahan}, Kec. {kecamatan}",
    "wilayah.label_desa": "Desa {kelurahan}, Kec. {kecamatan}",
    "wilayah.kelurahan_required": "No kelurahan chosen yet.",
    "wilayah.unknown_kelurahan": (
        "Kelurahan code {code} is not known in {region}. Did you mean: {suggestions}?"
    ),
    "wilayah.malformed_kelurahan_code": (
        "“{code}” is not a kelurahan code. Write the Kemendagri code in the form {example}."
    ),
    "wilayah.malformed_kelurahan_code_suggest": (
        "“{code}” is not a kelurahan code. Write the Kemendagri code in the form {example}. "
        "Did you mean: {suggestions}?"
    ),
    "wilayah.data_missing": ("The region data was not found ({path}). Reinstall WKSBM Desktop."),
    "wilayah.data_damaged": (
        "The region data is damaged ({path}, line {line}: {value}). Reinstall WKSBM Desktop."
    ),
}
