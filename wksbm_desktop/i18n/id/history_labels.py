"""Labels of the history entries written by merging, feedback and notices (Riwayat perubahan)."""

MESSAGES = {
    "safety.audit.action.dismiss_duplicate": "Bukan orang yang sama",
    "safety.audit.action.merged_into": "Digabungkan ke data lain",
    "safety.audit.action.unmerge": "Urungkan penggabungan",
    "safety.audit.action.write": "Tulis",
    "safety.audit.entity.feedback": "Catatan untuk kelurahan",
    "safety.audit.entity.notice": "Catatan dari Dinas Sosial",
    "safety.field.merge_id": "Nomor penggabungan",
    "safety.field.merged_into": "Digabungkan ke",
    "safety.field.merged_from": "Gabungan dari",
    "safety.field.merged_with": "Digabungkan dengan",
    "safety.field.not_same_as": "Bukan orang yang sama dengan",
    "safety.field.note": "Catatan",
    "safety.field.archived": "Diarsipkan",
}
