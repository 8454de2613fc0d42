"""The read side: list queries search, filter, sort and page in SQL; detail queries are complete."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy.orm import Session

from wksbm_desktop.core.demo_data import synthetic as demo
from wksbm_desktop.core.domain.inputs import ActivityInput
from wksbm_desktop.core.queries import activities, details, groups, members
from wksbm_desktop.core.queries.common import ListRequest, search_terms
from wksbm_desktop.core.queries.labels import rt_rw, thousands
from wksbm_desktop.core.services.activities import archive_activity, create_activity
from wksbm_desktop.core.services.groups import add_assessment, archive_group, create_group
from wksbm_desktop.core.services.members import archive_member, create_member
from wksbm_desktop.core.services.memberships import add_membership, end_membership


@pytest.fixture
def people(session: Session, make):
    """Three members in two groups, one Ketua, one ended membership, one activity."""
    melati = create_group(session, make.group("KUBE Melati", rw="2", rt="5"))
    sampah = create_group(
        session, make.group("Bank Sampah Berseri", type="Bank Sampah", sector="Pengelolaan Sampah")
    )
    siti = create_member(session, make.member(1, "P", full_name="Siti Aminah", rw="2", rt="5"))
    budi = create_member(session, make.member(2, "L", full_name="budi Santoso", rw="3", rt="1"))
    agus = create_member(session, make.member(3, "L", full_name="Agus 100% Jaya", rw="2"))
    add_membership(session, siti.uuid, melati.uuid, "ketua", date(2024, 1, 1))
    add_membership(session, budi.uuid, melati.uuid, "anggota", date(2024, 1, 1))
    ended = add_membership(session, budi.uuid, sampah.uuid, "bendahara", date(2023, 1, 1))
    end_membership(session, ended.uuid, date(2024, 6, 1))
    activity = create_activity(
        session,
        ActivityInput(
            melati.uuid,
            date(2025, 3, 2),
            "Rapat anggota",
            "Rapat",
            "Ekonomi Produktif",
            "Swadaya/Iuran",
            location="Balai RW 02",
            attendee_uuids=(siti.uuid, budi.uuid),
        ),
    )
    add_assessment(session, melati.uuid, date(2024, 12, 1), "berkembang")
    session.flush()
    return {
        "melati": melati,
        "sampah": sampah,
        "siti": siti,
        "budi": budi,
        "agus": agus,
        "activity": activity,
    }


def names(rows) -> list[str]:
    return [getattr(row, "full_name", None) or getattr(row, "name", None) for row in rows]


def test_member_search_matches_name_nik_rt_rw_and_group(session, people):
    def found(text: str) -> list[str]:
        return names(members.list_members(session, ListRequest(search=text), 0, 50))

    assert found("SITI") == ["Siti Aminah"]
    assert found(people["budi"].nik[-6:]) == ["budi Santoso"]
    assert found("001/003") == ["budi Santoso"]
    assert found("melati") == ["budi Santoso", "Siti Aminah"]
    assert found("siti melati") == ["Siti Aminah"]  # every word must match somewhere
    assert found("tidak ada") == []


def test_search_treats_percent_and_underscore_literally(session, people):
    assert names(members.list_members(session, ListRequest(search="100%"), 0, 50)) == [
        "Agus 100% Jaya"
    ]
    assert members.list_members(session, ListRequest(search="_"), 0, 50) == []


def test_member_list_sorts_case_insensitively_both_ways(session, people):
    ascending = members.list_members(session, ListRequest(sort="full_name"), 0, 50)
    descending = members.list_members(
        session, ListRequest(sort="full_name", descending=True), 0, 50
    )
    assert names(ascending) == ["Agus 100% Jaya", "budi Santoso", "Siti Aminah"]
    assert names(descending) == list(reversed(names(ascending)))


def test_member_rows_list_current_groups_only(session, people):
    rows = {r.full_name: r for r in members.list_members(session, ListRequest(), 0, 50)}
    assert rows["budi Santoso"].groups == "KUBE Melati"  # the ended Bank Sampah is not current
    assert rows["Agus 100% Jaya"].groups == ""


def test_member_filters_sex_rw_and_group(session, people):
    def found(**filters) -> list[str]:
        return names(members.list_members(session, ListRequest(filters=filters), 0, 50))

    assert found(sex="P") == ["Siti Aminah"]
    assert found(rw="002") == ["Agus 100% Jaya", "Siti Aminah"]
    assert found(group=people["melati"].uuid) == ["budi Santoso", "Siti Aminah"]
    assert found(group=people["sampah"].uuid) == []
    assert members.member_rws(session) == ["002", "003"]


def test_archived_members_are_listed_only_in_the_archive(session, people):
    archive_member(session, people["agus"].uuid)
    live = members.count_members(session, ListRequest())
    archived = members.list_members(session, ListRequest(archived=True), 0, 50)
    assert live == 2
    assert names(archived) == ["Agus 100% Jaya"]


def test_paging_returns_consecutive_slices_and_count_is_total(database):
    with database.session() as session:
        demo.generate(session, members=120, seed=3, today=date(2025, 6, 1))
    with database.read_session() as session:
        request = ListRequest(sort="full_name")
        first = members.list_members(session, request, 0, 50)
        second = members.list_members(session, request, 50, 50)
        everything = members.list_members(session, request, 0, 500)
        assert members.count_members(session, request) == 120
    assert [r.uuid for r in first + second] == [r.uuid for r in everything[:100]]
    lowered = [r.full_name.lower() for r in everything]
    assert lowered == sorted(lowered)


@pytest.mark.parametrize("sort", sorted(members.SORT_KEYS))
def test_every_member_sort_key_runs(session, people, sort):
    rows = members.list_members(session, ListRequest(sort=sort, descending=True), 0, 50)
    assert len(rows) == 3


def test_group_list_has_counts_ketua_and_filters(session, people):
    rows = {r.name: r for r in groups.list_groups(session, ListRequest(), 0, 50)}
    assert rows["KUBE Melati"].member_count == 2
    assert rows["KUBE Melati"].ketua == "Siti Aminah"
    assert rows["Bank Sampah Berseri"].member_count == 0
    by_type = groups.list_groups(session, ListRequest(filters={"type": "bank sampah"}), 0, 50)
    assert names(by_type) == ["Bank Sampah Berseri"]
    by_rw = groups.list_groups(session, ListRequest(search="005/002"), 0, 50)
    assert names(by_rw) == ["KUBE Melati"]
    by_members = groups.list_groups(
        session, ListRequest(sort="member_count", descending=True), 0, 50
    )
    assert names(by_members)[0] == "KUBE Melati"


def test_archived_group_leaves_the_list_and_the_choices(session, people):
    archive_group(session, people["sampah"].uuid)
    assert names(groups.list_groups(session, ListRequest(), 0, 50)) == ["KUBE Melati"]
    assert [c.name for c in groups.group_choices(session)] == ["KUBE Melati"]
    assert groups.count_groups(session, ListRequest(archived=True)) == 1


def test_activity_list_searches_location_and_filters_period(session, people):
    def titles(request: ListRequest) -> list[str]:
        return [r.title for r in activities.list_activities(session, request, 0, 50)]

    assert titles(ListRequest(search="balai rw")) == ["Rapat anggota"]
    march = {"date_from": date(2025, 3, 1), "date_to": date(2025, 3, 31)}
    april = {"date_from": date(2025, 4, 1), "date_to": date(2025, 4, 30)}
    assert titles(ListRequest(filters=march)) == ["Rapat anggota"]
    assert titles(ListRequest(filters=april)) == []
    assert titles(ListRequest(filters={"funding": "APBD Kota"})) == []
    archive_activity(session, people["activity"].uuid)
    assert activities.count_activities(session, ListRequest()) == 0
    assert titles(ListRequest(archived=True)) == ["Rapat anggota"]


def test_activity_list_defaults_to_newest_first(database):
    with database.session() as session:
        demo.generate(session, members=60, seed=5, today=date(2025, 6, 1))
    with database.read_session() as session:
        rows = activities.list_activities(session, ListRequest(), 0, 500)
    dates = [r.held_on for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_group_detail_lists_officers_first_activities_and_levels(session, people):
    detail = details.group_detail(session, people["melati"].uuid)
    assert detail is not None
    assert [(p.full_name, p.role) for p in detail.people] == [
        ("Siti Aminah", "ketua"),
        ("budi Santoso", "anggota"),
    ]
    assert [a.title for a in detail.activities] == ["Rapat anggota"]
    assert [a.level for a in detail.assessments] == ["berkembang"]
    assert details.group_detail(session, "no-such-uuid") is None


def test_member_detail_keeps_ended_memberships_and_attendance(session, people):
    detail = details.member_detail(session, people["budi"].uuid)
    assert detail is not None
    assert [(m.group_name, m.ended_on) for m in detail.memberships] == [
        ("KUBE Melati", None),
        ("Bank Sampah Berseri", date(2024, 6, 1)),
    ]
    assert [a.title for a in detail.activities] == ["Rapat anggota"]


def test_activity_detail_lists_attendance(session, people):
    detail = details.activity_detail(session, people["activity"].uuid)
    assert detail is not None
    assert [a.full_name for a in detail.attendees] == ["budi Santoso", "Siti Aminah"]
    assert detail.participants == 2


def test_labels_format_numbers_the_indonesian_way():
    assert thousands(1234567) == "1.234.567"
    assert rt_rw("005", "002") == "005/002"
    assert rt_rw("", "") == ""
    assert search_terms("  Siti   005 ") == ["siti", "005"]


def test_queries_do_not_import_qt():
    code = (
        "import sys, wksbm_desktop.core.queries.details, wksbm_desktop.core.queries.members, "
        "wksbm_desktop.core.queries.groups, wksbm_desktop.core.queries.activities; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
