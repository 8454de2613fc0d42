"""The level rubric: the seeded default, editing it, and assessments recorded with answers."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.core.services.test_accounts import first_admin
from wksbm_desktop.core.domain.programme_inputs import IndicatorInput
from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.domain.rubric import Change, IndicatorTrend
from wksbm_desktop.core.errors import NotFoundError, ValidationFailed
from wksbm_desktop.core.models import Assessment, AuditEntry, Group, RubricAnswer
from wksbm_desktop.core.queries.rubric import CriterionRow, answers_of, rubric
from wksbm_desktop.core.services.access import PermissionRefused
from wksbm_desktop.core.services.groups import add_assessment
from wksbm_desktop.core.services.indicators import record_indicators
from wksbm_desktop.core.services.rubric import (
    Answer,
    add_criterion,
    record_assessment,
    reorder_criteria,
    reword_criterion,
    set_criterion_active,
    suggest,
)
from wksbm_desktop.core.storage.db import Database

GROWING = IndicatorTrend(savings=Change(2_000_000, 1_500_000), turnover=Change(9, 7))


def _all(session: Session, unmet: Collection[str] = (), note: str = "") -> dict[str, Answer]:
    """An answer for every active criterion: met unless its text is in ``unmet``."""
    return {row.uuid: Answer(row.text not in unmet, note) for row in rubric(session)}


def _level(session: Session, level: str) -> list[CriterionRow]:
    return [row for row in rubric(session, include_inactive=True) if row.level == level]


def _errors(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.by_field()


def _entries(session: Session, uuid: str) -> list[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.entity_uuid == uuid).order_by(AuditEntry.id)
    return list(session.scalars(query))


def test_the_default_rubric_is_seeded_for_every_level(session: Session) -> None:
    rows = rubric(session)
    counts = {
        level: sum(r.level == level for r in rows)
        for level in ("tumbuh", "berkembang", "maju", "mandiri")
    }
    assert counts == {"tumbuh": 4, "berkembang": 5, "maju": 5, "mandiri": 5}
    assert [r.level for r in rows[:4]] == ["tumbuh"] * 4 and rows[-1].level == "mandiri"
    texts = " ".join(r.text for r in rows)
    for words in (
        "buku administrasi",
        "pertemuan rutin",
        "tabungan kelompok",
        "Omzet",
        "LPJ",
        "bantuan pemerintah",
        "mitra",
    ):
        assert words in texts
    assert [r.sort_order for r in rows[:4]] == [1, 2, 3, 4]


def test_all_met_with_growing_figures_suggests_mandiri(session: Session) -> None:
    suggestion = suggest(session, _all(session), GROWING)
    assert suggestion.level == "mandiri"
    assert suggestion.reasons[0] == "Semua 4 kriteria tingkat Tumbuh terpenuhi."


def test_recording_stores_answers_and_both_levels(session: Session, group: Group) -> None:
    maju = _level(session, "maju")[0].text
    answers = _all(session, unmet={maju}, note=" dicek di buku kas ")
    assessment = record_assessment(
        session, group.uuid, date(2026, 6, 1), "maju", answers, GROWING, "Kunjungan Juni"
    )
    assert (assessment.level, assessment.suggested_level) == ("maju", "berkembang")
    unmet = f"Kriteria tingkat Maju yang belum terpenuhi: {maju.rstrip('.')}."
    assert unmet in assessment.suggestion_reasons
    recorded = answers_of(session, assessment.uuid)
    assert len(recorded) == 19 and [r.met for r in recorded].count(False) == 1
    assert recorded[0].level == "tumbuh" and recorded[0].note == "dicek di buku kas"
    assert all(r.criterion_uuid in answers for r in recorded)
    stored = session.scalars(select(RubricAnswer)).first()
    assert stored is not None and stored.kelurahan_code == assessment.kelurahan_code
    entries = _entries(session, assessment.uuid)
    assert [e.action for e in entries] == ["create", "rubric"]
    changes = json.loads(entries[1].changes)
    assert changes["rubric_met"] == [None, "18 dari 19 kriteria terpenuhi"]
    assert changes["suggested_level"] == [None, "berkembang"]
    assert changes["level_vs_suggestion"] == [None, "Tingkat dipilih Maju, saran rubrik Berkembang"]


def test_choosing_the_suggested_level_says_nothing_of_a_difference(
    session: Session, group: Group
) -> None:
    assessment = record_assessment(
        session, group.uuid, date(2026, 6, 1), "mandiri", _all(session), GROWING
    )
    changes = json.loads(_entries(session, assessment.uuid)[1].changes)
    assert "level_vs_suggestion" not in changes


def test_the_groups_own_falling_turnover_holds_the_suggestion(
    session: Session, group: Group
) -> None:
    for start, turnover in ((date(2026, 1, 1), 9_000_000), (date(2026, 4, 1), 6_000_000)):
        record_indicators(
            session,
            IndicatorInput(group.uuid, "triwulan", start, cash=1_000_000, turnover=turnover),
        )
    assessment = record_assessment(session, group.uuid, date(2026, 6, 1), "maju", _all(session))
    assert assessment.suggested_level == "berkembang"
    assert "omzet" in assessment.suggestion_reasons.lower()


def test_assessments_without_answers_stay_valid(session: Session, group: Group) -> None:
    old = add_assessment(session, group.uuid, date(2025, 1, 5), "berkembang")
    assert (old.suggested_level, old.suggestion_reasons) == ("", "")
    assert answers_of(session, old.uuid) == []


def test_every_active_criterion_must_be_answered(session: Session, group: Group) -> None:
    answers = _all(session)
    first = rubric(session)[0]
    del answers[first.uuid]
    errors = _errors(
        lambda: record_assessment(session, group.uuid, date(2026, 6, 1), "tumbuh", answers)
    )
    assert (
        errors["answers"]
        == f'Kriteria tingkat Tumbuh belum dijawab: "{first.text}". Tandai terpenuhi atau belum.'
    )
    assert session.scalar(select(Assessment.id)) is None


def test_answers_to_unknown_criteria_and_long_notes_are_refused(
    session: Session, group: Group
) -> None:
    answers = _all(session) | {"bukan-kriteria": Answer(True)}
    with pytest.raises(ValidationFailed, match="tidak ada lagi di rubrik"):
        record_assessment(session, group.uuid, date(2026, 6, 1), "tumbuh", answers)
    with pytest.raises(ValidationFailed, match="paling banyak 500"):
        record_assessment(
            session, group.uuid, date(2026, 6, 1), "tumbuh", _all(session, note="x" * 501)
        )


def test_the_assessment_rules_still_apply(session: Session, group: Group) -> None:
    errors = _errors(
        lambda: record_assessment(session, group.uuid, date(2026, 6, 1), "juara", _all(session))
    )
    assert set(errors) == {"level"}
    with pytest.raises(NotFoundError):
        record_assessment(
            session, "00000000-0000-4000-8000-000000000000", date(2026, 6, 1), "maju", _all(session)
        )


def test_adding_a_criterion_puts_it_last_and_asks_for_it(session: Session, group: Group) -> None:
    added = add_criterion(session, "maju", "  Kelompok   punya rekening bank atas nama kelompok.  ")
    assert added.text == "Kelompok punya rekening bank atas nama kelompok."
    assert added.sort_order == 6 and _level(session, "maju")[-1].uuid == added.uuid
    without = _all(session)
    del without[added.uuid]
    with pytest.raises(ValidationFailed, match="rekening bank"):
        record_assessment(session, group.uuid, date(2026, 6, 1), "maju", without)
    entry = _entries(session, added.uuid)[0]
    assert (entry.entity, entry.action) == ("rubric_criterion", "create")


def test_criterion_wording_is_checked(session: Session) -> None:
    existing = _level(session, "tumbuh")[0]
    errors = _errors(lambda: add_criterion(session, "tumbuh", existing.text.upper()))
    assert errors["text"].startswith("Kriteria ini sudah ada di tingkat Tumbuh.")
    assert set(_errors(lambda: add_criterion(session, "hebat", ""))) == {"level", "text"}
    assert "300" in _errors(lambda: add_criterion(session, "maju", "x" * 301))["text"]
    add_criterion(session, "maju", existing.text)  # the same words may stand at another level


def test_rewording_keeps_recorded_answers(session: Session, group: Group) -> None:
    criterion = _level(session, "tumbuh")[0]
    assessment = record_assessment(session, group.uuid, date(2026, 6, 1), "tumbuh", _all(session))
    reword_criterion(session, criterion.uuid, "Pengurus dan anggota tercatat dengan SK kelurahan.")
    reword_criterion(session, criterion.uuid, "Pengurus dan anggota tercatat dengan SK kelurahan.")
    assert _level(session, "tumbuh")[0].text.startswith("Pengurus dan anggota")
    assert answers_of(session, assessment.uuid)[0].criterion_text == criterion.text
    assert [e.action for e in _entries(session, criterion.uuid)] == ["update"]
    other = _level(session, "tumbuh")[1]
    with pytest.raises(ValidationFailed, match="sudah ada"):
        reword_criterion(session, other.uuid, "pengurus dan anggota tercatat dengan sk kelurahan.")
    with pytest.raises(NotFoundError, match="kriteria penilaian"):
        reword_criterion(session, "tidak-ada", "x")


def test_reordering_a_level(session: Session) -> None:
    uuids = [row.uuid for row in _level(session, "berkembang")]
    reorder_criteria(session, "berkembang", list(reversed(uuids)))
    assert [row.uuid for row in _level(session, "berkembang")] == list(reversed(uuids))
    assert [row.sort_order for row in _level(session, "berkembang")] == [1, 2, 3, 4, 5]
    changes = json.loads(_entries(session, uuids[0])[0].changes)
    assert changes == {"rubric_order": [1, 5]}
    assert _entries(session, uuids[2]) == []  # the middle one did not move
    with pytest.raises(ValidationFailed, match="Muat ulang daftar kriteria"):
        reorder_criteria(session, "berkembang", uuids[:4])
    with pytest.raises(ValidationFailed):
        reorder_criteria(session, "berkembang", [*uuids[:4], uuids[0]])


def test_a_deactivated_criterion_leaves_the_checklist(session: Session, group: Group) -> None:
    for row in _level(session, "mandiri"):
        set_criterion_active(session, row.uuid, False)
    assert all(row.level != "mandiri" for row in rubric(session))
    suggestion = suggest(session, _all(session), GROWING)
    assert suggestion.level == "maju"  # Mandiri without criteria cannot be shown
    stale = _all(session) | {_level(session, "mandiri")[0].uuid: Answer(True)}
    with pytest.raises(ValidationFailed, match="tidak ada lagi di rubrik"):
        record_assessment(session, group.uuid, date(2026, 6, 1), "maju", stale)
    first = _level(session, "mandiri")[0]
    set_criterion_active(session, first.uuid, True)
    set_criterion_active(session, first.uuid, True)  # already active: nothing recorded
    assert [e.action for e in _entries(session, first.uuid)] == ["disable", "enable"]
    assert len(rubric(session)) == 15


def test_only_the_administrator_edits_the_rubric(database: Database) -> None:
    first_admin(database)
    database.sign_in(SignedIn(2, "operator", "Operator Uji", Role.OPERATOR))
    with database.session() as session:
        uuid = rubric(session)[0].uuid
        with pytest.raises(PermissionRefused, match="Peran Operator"):
            reword_criterion(session, uuid, "Baru")
    database.sign_in(SignedIn(1, "lurah", "Ibu Lurah Poris", Role.ADMIN))
    with database.session() as session:
        reword_criterion(session, uuid, "Baru")
    with database.read_session() as session:
        assert rubric(session)[0].text == "Baru"
        assert _entries(session, uuid)[-1].operator == "Ibu Lurah Poris"
