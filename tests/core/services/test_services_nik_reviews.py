"""Recording NIK ganda decisions at the city: refusals, the exact set of members, the audit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.city_data import SAME_NIK, TYPO_NIK, CityData, build_city
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import AuditEntry, NikReview
from wksbm_desktop.core.services.nik_reviews import NOTE_LENGTH, record_decision
from wksbm_desktop.core.storage.db import Database, open_database


@pytest.fixture
def city(tmp_path: Path) -> Iterator[tuple[Database, CityData]]:
    database = open_database(tmp_path / "kota.db", operator="Petugas Dinas")
    data = build_city(database)
    yield database, data
    database.dispose()


def test_a_decision_names_its_members_and_the_officer(city) -> None:
    database, data = city
    pair = [data.members["ani2"], data.members["ani1"]]
    with database.session() as session:
        record_decision(session, SAME_NIK, pair, "same_person", "  pindah kelurahan  ")
    with database.read_session() as session:
        review = session.scalars(select(NikReview)).one()
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "nik_review")).one()
        assert review.member_uuids == ",".join(sorted(pair))
        assert (review.decision, review.note, review.decided_by) == (
            "same_person",
            "pindah kelurahan",
            "Petugas Dinas",
        )
        # The history names the members, never the NIK itself.
        assert SAME_NIK not in entry.changes
        assert json.loads(entry.changes)["decision"] == [None, "same_person"]


def test_unknown_decisions_long_notes_and_stale_sets_are_refused(city) -> None:
    database, data = city
    pair = [data.members["ani1"], data.members["ani2"]]
    refusals = [
        (SAME_NIK, pair, "maybe", ""),
        (SAME_NIK, pair, "same_person", "x" * (NOTE_LENGTH + 1)),
        (SAME_NIK, pair[:1], "same_person", ""),  # one record is no NIK ganda
        (TYPO_NIK, pair, "different_people", ""),  # these members do not hold that NIK
    ]
    for nik, members, decision, note in refusals:
        with pytest.raises(WksbmError), database.session() as session:
            record_decision(session, nik, members, decision, note)
    with database.read_session() as session:
        assert session.scalars(select(NikReview)).all() == []
