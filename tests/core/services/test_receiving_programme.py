"""The city receives the programme's records of a kelurahan report (format 5): matched by UUID,
refused row by row with a reason, archived by tombstone or absence, never doubled."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from tests.core.services.incoming import City, assessment, group, new_uuid, tombstone
from tests.excel.receiving.kit import city_db
from wksbm_desktop.core.domain.incoming_report import IncomingReport, Receipt
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    Assessment,
    GroupIndicator,
    IndicatorMeasure,
    IndicatorValue,
    RubricAnswer,
    RubricCriterion,
    Visit,
)


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[City]:
    database = city_db(new_target)
    yield City(database)
    database.dispose()


def _receive(city: City, version: str = "5", **rows: Any) -> Receipt:
    removed = rows.pop("removed", None)
    whole = rows.pop("whole", True)
    report: IncomingReport = city.report(whole=whole, removed=removed, **rows)
    report.meta = {"format_version": version}
    receipt = city.receive(report)
    assert receipt.status == "received", receipt.message
    return receipt


def aid(of: dict[str, Any], **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Bantuan", "_row": 2, "uuid": new_uuid(), "group_uuid": of["uuid"],
        "proposed_on": date(2025, 1, 10), "purpose": "Modal usaha", "amount_requested": 5_000_000,
        "decision": "disetujui", "decided_on": date(2025, 2, 1), "source": "CSR",
        "amount_approved": 4_000_000, "notes": None, "updated_at": None,
    }  # fmt: skip
    return row | changes


def disbursement(of: dict[str, Any], **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Penyaluran Bantuan", "_row": 2, "uuid": new_uuid(), "aid_uuid": of["uuid"],
        "disbursed_on": date(2025, 3, 1), "form": "uang", "amount": 4_000_000, "goods": None,
        "notes": None, "updated_at": None,
    }  # fmt: skip
    return row | changes


def lpj(of: dict[str, Any], **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "LPJ Bantuan", "_row": 2, "uuid": new_uuid(), "aid_uuid": of["uuid"],
        "due_on": date(2025, 9, 1), "status": "belum", "submitted_on": None, "remarks": None,
        "updated_at": None,
    }  # fmt: skip
    return row | changes


def indicator(of: dict[str, Any], **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Indikator", "_row": 2, "uuid": new_uuid(), "group_uuid": of["uuid"],
        "period_kind": "triwulan", "period_start": date(2025, 1, 1), "cash": 1_500_000,
        "turnover": None, "assets": 9_000_000, "active_members": 12, "notes": None,
        "updated_at": None,
    }  # fmt: skip
    return row | changes


def measure(of: dict[str, Any], label: str, value: int | None, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Ukuran Indikator", "_row": 2, "indicator_uuid": of["uuid"], "measure": label,
        "value": value, "unit": "unit", "measure_sector": "Ekonomi Produktif",
    }  # fmt: skip
    return row | changes


def visit(of: dict[str, Any], **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Kunjungan", "_row": 2, "uuid": new_uuid(), "group_uuid": of["uuid"],
        "visited_on": date(2025, 4, 2), "facilitator": "TKSK Cipondoh", "findings": "Baik",
        "recommendations": None, "follow_up": None, "follow_up_status": "belum",
        "updated_at": None,
    }  # fmt: skip
    return row | changes


def answer(of: dict[str, Any], level: str, text: str, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "_sheet": "Jawaban Rubrik", "_row": 2, "assessment_uuid": of["uuid"], "level": level,
        "criterion_text": text, "met": True, "note": None, "criterion_uuid": "",
    }  # fmt: skip
    return row | changes


def _count(city: City, model: Any, *where: Any) -> int:
    return len(city.read(lambda s: s.execute(select(model).where(*where)).all()))


def test_every_programme_record_lands_once(city: City) -> None:
    melati = group("KUBE Melati")
    given, pending = aid(melati), aid(melati, decision="menunggu", source="", decided_on=None,
                                      amount_approved=None)  # fmt: skip
    record = indicator(melati)
    rows = {
        "groups": [melati], "aid": [given, pending], "disbursements": [disbursement(given)],
        "aid_reports": [lpj(given)], "indicators": [record],
        "indicator_values": [measure(record, "Produk terjual", 40)], "visits": [visit(melati)],
    }  # fmt: skip
    receipt = _receive(city, **rows)
    for entity in ("aid", "disbursements", "aid_reports", "indicators", "visits"):
        assert receipt.counts["added"][entity] == len(rows[entity]), entity
    assert not receipt.refusals
    sources = city.read(lambda s: sorted(str(x) for x in s.scalars(select(Aid.source_id))))
    assert sources[-1] == "None"  # the pending proposal names no source
    assert city.read(lambda s: s.scalar(select(GroupIndicator.turnover))) is None
    assert city.read(lambda s: s.scalar(select(IndicatorValue.value))) == 40
    again = _receive(city, **rows)
    for entity in ("aid", "disbursements", "aid_reports", "indicators", "visits"):
        assert again.counts["unchanged"][entity] == len(rows[entity]), entity
        assert again.counts["added"][entity] == 0
    assert _count(city, IndicatorValue) == 1 and _count(city, Aid) == 2
    # A changed measure replaces the city's list of that record.
    rows["indicator_values"] = [measure(record, "Pelanggan tetap", 9)]
    _receive(city, **rows)
    held = city.read(lambda s: s.execute(select(IndicatorMeasure.label, IndicatorValue.value)
                                         .join(IndicatorValue)).all())  # fmt: skip
    assert [tuple(row) for row in held] == [("Pelanggan tetap", 9)]


def test_rows_that_break_a_rule_are_refused_with_a_reason(city: City) -> None:
    melati = group("KUBE Melati")
    given = aid(melati)
    record = indicator(melati)
    receipt = _receive(
        city,
        groups=[melati],
        aid=[given, aid(melati, amount_requested=10**13), aid(melati, purpose=None),
             aid(group("Tidak ada"))],
        disbursements=[disbursement(aid(melati))],
        indicators=[record, indicator(melati), indicator(melati, period_start=date(2025, 4, 1),
                                                         active_members=-1)],
        indicator_values=[measure(record, "Produk terjual", -1),
                          measure(record, "Pelanggan tetap", 3),
                          measure(record, "Pelanggan tetap", 4),
                          measure({"uuid": new_uuid()}, "Produk terjual", 5),
                          measure(record, "", 5), measure(record, "Besar", 10**13)],
    )  # fmt: skip
    reasons = [(r.entity, r.reason) for r in receipt.refusals]
    assert ("aid", "Jumlah diusulkan di luar batas (0 sampai 999999999999); baris ditolak.") in (
        reasons
    )
    assert ("aid", "Tujuan bantuan kosong; baris ditolak.") in reasons
    assert sum(entity == "aid" for entity, _ in reasons) == 3
    assert any(entity == "disbursements" and "Bantuan dengan UUID" in reason
               for entity, reason in reasons)  # fmt: skip
    assert (
        "indicators",
        "Kelompok ini sudah punya catatan indikator lain untuk periode yang sama.",
    ) in reasons
    assert ("indicators", "Anggota aktif tidak boleh kurang dari nol.") in reasons
    assert sum("ukuran indikator dari catatan" in reason for _, reason in reasons) == 2
    assert any(reason.startswith("4 ukuran indikator") for _, reason in reasons)
    assert _count(city, Aid) == 1 and _count(city, GroupIndicator) == 1
    assert city.read(lambda s: s.scalar(select(IndicatorValue.value))) == 3


def test_a_measure_the_city_lacks_is_added_and_said(city: City) -> None:
    melati = group("KUBE Melati")
    record = indicator(melati)
    receipt = _receive(
        city, groups=[melati], indicators=[record],
        indicator_values=[measure(record, "Kue terjual", 120, unit="kotak"),
                          measure(record, "Jam kerja", 30, unit="jam", measure_sector="")],
    )  # fmt: skip
    assert sum("ditambahkan ke daftar ukuran" in line for line in receipt.lines) == 2
    units = city.read(lambda s: sorted(s.scalars(
        select(IndicatorMeasure.unit).join(IndicatorValue))))  # fmt: skip
    assert units == ["jam", "kotak"]


def test_tombstones_and_absence_archive_programme_records(city: City) -> None:
    melati = group("KUBE Melati")
    given, other = aid(melati), aid(melati, purpose="Peralatan")
    paid, owed = disbursement(given), lpj(given)
    seen, record = visit(melati), indicator(melati)
    _receive(city, groups=[melati], aid=[given, other], disbursements=[paid],
             aid_reports=[owed], indicators=[record], visits=[seen])  # fmt: skip
    receipt = _receive(
        city, groups=[melati], aid=[other], disbursements=[disbursement(given)],
        removed=[tombstone("aid", given, "archived"), tombstone("visits", seen, "archived")],
    )  # fmt: skip
    assert receipt.counts["archived"]["aid"] == 1
    assert receipt.counts["archived"]["visits"] == 1
    assert receipt.counts["archived"]["disbursements"] == 1  # absent from a whole report
    assert receipt.counts["archived"]["indicators"] == 1
    assert any("01-01-2025" in line for line in receipt.lines)  # the period, as officers write
    assert [r.entity for r in receipt.refusals] == ["disbursements"]  # its aid is archived
    archived = city.read(lambda s: s.scalar(select(Aid.archived_at).where(
        Aid.uuid == given["uuid"])))  # fmt: skip
    assert archived is not None
    assert _count(city, AidReport, AidReport.archived_at.is_not(None)) == 1
    assert _count(city, Visit, Visit.archived_at.is_(None)) == 0
    assert _count(city, AidDisbursement) == 1


def test_a_period_report_archives_nothing_by_absence(city: City) -> None:
    melati = group("KUBE Melati")
    seen = visit(melati)
    _receive(city, groups=[melati], visits=[seen])
    receipt = _receive(city, whole=False, groups=[melati])
    assert receipt.counts["archived"]["visits"] == 0


def test_an_older_format_leaves_the_programme_as_it_is(city: City) -> None:
    melati = group("KUBE Melati")
    _receive(city, groups=[melati], visits=[visit(melati)])
    receipt = _receive(city, version="4", groups=[melati], visits=[])
    assert receipt.counts["archived"]["visits"] == 0
    assert _count(city, Visit, Visit.archived_at.is_(None)) == 1


def test_rubric_answers_follow_their_assessment(city: City) -> None:
    melati = group("KUBE Melati")
    rated = assessment(melati, "tumbuh", suggested_level="berkembang",
                       suggestion_reasons="Semua kriteria Tumbuh terpenuhi.")  # fmt: skip
    criterion_uuid, criterion_text = city.read(
        lambda s: s.execute(
            select(RubricCriterion.uuid, RubricCriterion.text).order_by(RubricCriterion.id)
        ).first()
    )
    second_text = city.read(lambda s: s.scalars(
        select(RubricCriterion.text).order_by(RubricCriterion.id)).all()[1])  # fmt: skip
    answers = [
        answer(rated, "tumbuh", "kata-kata lain", criterion_uuid=criterion_uuid),
        answer(rated, "tumbuh", second_text, met=False, note="belum rutin"),
        answer(rated, "tumbuh", criterion_text),  # the same criterion again: no second link
        answer(rated, "maju", "Kriteria yang sudah dihapus kantor"),
        answer({"uuid": new_uuid()}, "maju", "Tanpa penilaian"),
        answer(rated, "maju", ""),
    ]
    receipt = _receive(city, groups=[melati], assessments=[rated], rubric_answers=answers)
    assert receipt.counts["added"]["rubric_answers"] == 4
    assert [r.reason for r in receipt.refusals][1:] == ["Kriteria kosong; baris ditolak."]
    assert [r.entity for r in receipt.refusals] == ["rubric_answers"] * 2
    linked = city.read(lambda s: [x is not None for x in s.scalars(
        select(RubricAnswer.criterion_id).order_by(RubricAnswer.id))])  # fmt: skip
    assert linked == [True, True, False, False]
    suggestion = city.read(lambda s: s.execute(
        select(Assessment.suggested_level, Assessment.suggestion_reasons)).one())  # fmt: skip
    assert tuple(suggestion) == ("berkembang", "Semua kriteria Tumbuh terpenuhi.")
    again = _receive(city, groups=[melati], assessments=[rated], rubric_answers=answers)
    assert again.counts["unchanged"]["rubric_answers"] == 4
    assert again.counts["added"]["rubric_answers"] == 0
    changed = _receive(city, groups=[melati], assessments=[rated], rubric_answers=answers[:1])
    assert not changed.refusals
    assert changed.counts["deleted"]["rubric_answers"] == 4
    assert changed.counts["added"]["rubric_answers"] == 1
    assert _count(city, RubricAnswer) == 1
