"""A Pemantau reads every list, panel and history with NIK and No. KK masked (issue 17); whoever
may record sees them whole; a Pemantau finds a person by a whole NIK, never by its fragments."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.core.conftest import member_input
from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.queries import audit, details, forms, members
from wksbm_desktop.core.queries.audit_lookup import find_records
from wksbm_desktop.core.queries.common import ListRequest
from wksbm_desktop.core.services import accounts
from wksbm_desktop.core.services.access import ids_on_screen, shows_full_nik
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.core.storage.quick_read import QuickReader

KK = "3671050101100007"
WHOLE = re.compile(r"\d{16}")


def _viewer() -> SignedIn:
    return SignedIn(998, "pantau", "Pak Pemantau", Role.PEMANTAU)


@pytest.fixture
def people(database: Database) -> tuple[str, str]:
    """Two members (the first with a No. KK); returns the first one's NIK and UUID."""
    with database.session() as session:
        first = create_member(session, member_input(1, kk=KK))
        create_member(session, member_input(2))
        nik, uuid = first.nik, first.uuid
    with database.session() as session:
        accounts.create_first_administrator(session, "lurah", "Ibu Lurah", "rahasia-lurah-1")
    return nik, uuid


def _listed(database: Database, search: str = "") -> list[members.MemberRow]:
    with database.read_session() as session:
        return members.list_members(session, ListRequest(search=search), 0, 50)


def _counted(database: Database, search: str) -> tuple[int, int]:
    with database.read_session() as session:
        request = ListRequest(search=search)
        return members.count_members(session, request), members.count_members_upto(
            session, request, 10
        )


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.ADMIN, Role.DINSOS])
def test_roles_that_may_see_them_read_niks_whole(
    database: Database, people: tuple[str, str], role: Role
) -> None:
    nik, _uuid = people
    database.sign_in(SignedIn(999, "uji", "Akun Uji", role))
    rows = _listed(database)
    assert nik in {row.nik for row in rows} and KK in {row.kk for row in rows}
    assert shows_full_nik(database) and ids_on_screen(database)(nik) == nik


def test_a_pemantau_reads_the_member_list_masked(
    database: Database, people: tuple[str, str]
) -> None:
    database.sign_in(_viewer())
    rows = _listed(database)
    assert len(rows) == 2
    assert {row.nik for row in rows} == {"3671************"}
    assert {row.kk for row in rows} == {"3671************", ""}
    assert not shows_full_nik(database)


def test_before_anyone_signs_in_the_list_is_masked(
    database: Database, people: tuple[str, str]
) -> None:
    rows = _listed(database)  # accounts exist; nobody has signed in
    assert not any(WHOLE.search(row.nik + row.kk) for row in rows)


def test_without_accounts_the_list_shows_niks_as_before(database: Database) -> None:
    with database.session() as session:
        nik = create_member(session, member_input(1)).nik
    assert [row.nik for row in _listed(database)] == [nik]


def test_a_pemantau_finds_a_whole_nik_and_still_reads_it_masked(
    database: Database, people: tuple[str, str]
) -> None:
    nik, _uuid = people
    database.sign_in(_viewer())
    found = _listed(database, nik)
    assert [row.full_name for row in found] == ["Warga Uji 1"]
    assert found[0].nik == "3671************"
    assert [row.full_name for row in _listed(database, KK)] == ["Warga Uji 1"]
    assert _counted(database, nik) == (1, 1)


def test_a_pemantau_cannot_spell_out_a_nik_by_its_fragments(
    database: Database, people: tuple[str, str]
) -> None:
    nik, _uuid = people
    fragment = nik[8:]  # the hidden part: birth month and year, serial
    database.sign_in(SignedIn(999, "siti", "Siti", Role.OPERATOR))
    assert len(_listed(database, fragment)) == 1  # an operator searches by any part
    database.sign_in(_viewer())
    assert _listed(database, fragment) == [] and _counted(database, fragment) == (0, 0)
    assert _listed(database, nik[:15]) == []


def test_a_pemantau_reads_the_member_panel_and_form_masked(
    database: Database, people: tuple[str, str]
) -> None:
    nik, uuid = people
    database.sign_in(_viewer())
    with database.read_session() as session:
        detail = details.member_detail(session, uuid)
        form = forms.load_member_form(session, uuid)
    assert detail is not None and form.record is not None
    assert (detail.nik, detail.kk) == ("3671************", "3671************")
    assert (form.record.nik, form.record.kk) == ("3671************", "3671************")
    database.sign_in(SignedIn(999, "siti", "Siti", Role.OPERATOR))
    with database.read_session() as session:
        detail = details.member_detail(session, uuid)
    assert detail is not None and (detail.nik, detail.kk) == (nik, KK)


def _history_text(database: Database) -> str:
    with database.read_session() as session:
        rows = audit.list_audit(session, audit.AuditFilter(entity="member"))
    return " ".join(change.text for row in rows for change in row.changes)


def test_the_history_hides_more_of_each_nik_from_a_pemantau(
    database: Database, people: tuple[str, str]
) -> None:
    nik, _uuid = people
    database.sign_in(SignedIn(999, "siti", "Siti", Role.OPERATOR))
    assert f"{nik[:4]}********{nik[-4:]}" in _history_text(database)
    database.sign_in(_viewer())
    text = _history_text(database)
    assert "3671************" in text and nik[-4:] not in text.replace(nik[:4], "")
    assert not WHOLE.search(text)


def test_the_history_lookup_finds_a_pemantau_only_a_whole_nik(
    database: Database, people: tuple[str, str]
) -> None:
    nik, uuid = people
    database.sign_in(_viewer())
    with database.read_session() as session:
        whole = find_records(session, nik)
        fragment = find_records(session, nik[4:12])
        by_name = find_records(session, "Warga Uji 2")
    assert [match.uuid for match in whole] == [uuid]
    assert "3671************" in whole[0].label and nik not in whole[0].label
    assert fragment == [] and len(by_name) == 1


def test_the_quick_first_page_is_masked_once_accounts_exist(tmp_path: Path) -> None:
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office

    path = tmp_path / "cepat.db"
    database = open_database(path)
    with database.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", lurah_name="Lurah Uji"))
        nik = create_member(session, member_input(1, kk=KK)).nik
    pages = [_quick_page(path)]
    with database.session() as session:
        accounts.create_first_administrator(session, "lurah", "Ibu Lurah", "rahasia-lurah-1")
    database.dispose()
    pages.append(_quick_page(path))
    assert [(row.nik, row.kk) for row in pages[0]] == [(nik, KK)]
    assert [(row.nik, row.kk) for row in pages[1]] == [("3671************",) * 2]


def _quick_page(path: Path) -> list[members.MemberRow]:
    reader = QuickReader.open(path)
    assert reader is not None
    try:
        return reader.first_member_page("full_name", False, 10)[0]
    finally:
        reader.close()
