"""The pieces of the city consolidation on their own: counting, NIK index, row heights."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wksbm_desktop.excel.consolidate.layout import LINE_HEIGHT, lines_needed, row_height
from wksbm_desktop.excel.consolidate.nik import NikIndex, is_masked
from wksbm_desktop.excel.consolidate.tally import Tally


def _assessed(tally: Tally, group: str, on: date, level: str) -> None:
    tally.add("assessments", {"group_uuid": group, "assessed_on": on, "level": level})


def test_tally_counts_groups_members_activities_and_money():
    tally = Tally()
    tally.add("groups", {"status": "aktif", "level": "maju"})
    tally.add("groups", {"status": "tidak_aktif", "level": None})
    tally.add("members", {})
    tally.add("memberships", {"ended_on": None})
    tally.add("memberships", {"ended_on": date(2026, 1, 1)})
    tally.add("activities", {"amount": 1_500_000})
    tally.add("activities", {"amount": None})
    assert (tally.groups, tally.members, tally.memberships) == (2, 1, 1)
    assert tally.by_status == {"aktif": 1, "kurang_aktif": 0, "tidak_aktif": 1}
    assert tally.by_level["maju"] == 1 and tally.by_level[""] == 1
    assert (tally.activities, tally.money, tally.rows) == (2, 1_500_000, 7)


def test_moved_up_follows_the_period_like_the_kelurahan_rekap():
    tally = Tally()
    _assessed(tally, "g1", date(2025, 1, 5), "tumbuh")  # before the period: the baseline
    _assessed(tally, "g1", date(2026, 3, 1), "berkembang")
    _assessed(tally, "g2", date(2026, 2, 1), "maju")
    _assessed(tally, "g2", date(2026, 4, 1), "berkembang")  # went down: not naik kelas
    _assessed(tally, "g3", date(2025, 6, 1), "tumbuh")
    _assessed(tally, "g3", date(2025, 9, 1), "maju")  # rose, but before the period
    tally.finish(date(2026, 1, 1))
    assert tally.moved_up == 1


def test_tallies_add_up():
    one, two = Tally(), Tally()
    one.add("groups", {"status": "aktif", "level": "tumbuh"})
    two.add("groups", {"status": "aktif", "level": "tumbuh"})
    two.add("activities", {"amount": 10})
    one += two
    assert one.groups == 2 and one.by_status["aktif"] == 2 and one.by_level["tumbuh"] == 2
    assert one.money == 10


def test_nik_index_finds_duplicates_across_and_within_kelurahan(tmp_path: Path):
    index = NikIndex(tmp_path)
    try:
        index.add("3671015403800001", "36.71.01.1001", "Siti")
        index.add("3671015403800001", "36.71.05.1008", "Siti R.")
        index.add("3671050101900002", "36.71.05.1008", "Budi")
        index.add("3671050101900002", "36.71.05.1008", "Budi")
        index.add("3671050202900003", "36.71.05.1008", "Tunggal")
        found = list(index.duplicates())
    finally:
        index.close()
    assert [d.nik for d in found] == ["3671015403800001", "3671050101900002"]
    assert found[0].kelurahan_codes == ("36.71.01.1001", "36.71.05.1008")
    assert found[0].names == ("Siti", "Siti R.")
    assert found[1].kelurahan_codes == ("36.71.05.1008",) and found[1].records == 2


def test_masked_nik_is_recognised():
    assert is_masked("3671********0001") and not is_masked("3671015403800001")


def test_row_height_grows_with_wrapped_text():
    assert lines_needed("pendek", 20) == 1
    assert lines_needed("x" * 50, 20) == 3
    assert lines_needed("satu\ndua", 20) == 2
    assert row_height([("pendek", 20.0)]) is None
    assert row_height([("x" * 50, 20.0), ("y", 5.0)]) == 3 * LINE_HEIGHT


def test_every_heading_and_state_has_a_sentence():
    from wksbm_desktop.excel.consolidate import nik as consolidate_nik
    from wksbm_desktop.excel.consolidate import rekap as consolidate_rekap
    from wksbm_desktop.excel.consolidate import status as consolidate_status
    from wksbm_desktop.excel.consolidate.scan import MISSING, OLDER, OUTSIDE, UNREADABLE, USED
    from wksbm_desktop.i18n import has_key

    keys = [f"consolidate.status.col_{k}" for k in consolidate_status._COLUMNS]
    keys += [f"consolidate.rekap.col_{k}" for k in consolidate_rekap._MAIN_COLUMNS]
    keys += [f"consolidate.state.{s}" for s in (USED, OLDER, UNREADABLE, OUTSIDE, MISSING)]
    assert all(has_key(k) for k in keys), [k for k in keys if not has_key(k)]
    assert "consolidate.nik.col_nik" not in consolidate_nik._headers()
