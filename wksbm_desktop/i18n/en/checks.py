"""Sentences of the health check (``wksbm check``)."""

MESSAGES = {
    "check.integrity": "The database file is damaged according to SQLite's check ({count} problems, e.g. {example}).",
    "check.foreign_keys": "{count} records point to other records that do not exist (table {example}).",
    "check.duplicate_live_nik": "{count} NIKs are used by more than one active member (e.g. {example}).",
    "check.two_ketua": "{count} groups have more than one current Ketua (chair).",
    "check.duplicate_membership": "{count} members are recorded twice as current in the same group.",
    "check.end_before_start": "{count} memberships end before they start.",
    "check.negative_amount": "{count} activities have a negative amount of funding.",
    "check.nested_too_deep": "{count} groups are nested more than one network level deep.",
    "check.archived_member_current": "{count} current memberships belong to archived members.",
    "check.bad_nik_shape": "{count} members have a NIK that is not 16 digits.",
    "check.bad_rt_rw": "{count} members have an RT/RW that is not 3 digits.",
    "check.missing_office": "The office (kelurahan) details are not filled in yet. Run: wksbm init --kelurahan CODE",
    "check.healthy": "The database is healthy: no problems found.",
    "check.found": "{count} problems found:",
}
