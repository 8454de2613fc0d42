"""Issue 19, point 7: the programme travels in the report (format 5), through import and to the
city: aid, disbursements, LPJ, indicators with their measures, visits, rubric answers."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from tests.excel.receiving.kit import city_db, export
from wksbm_desktop.core.domain.programme_inputs import AidInput
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    Assessment,
    Group,
    GroupIndicator,
    IndicatorMeasure,
    IndicatorValue,
    ReferenceItem,
    RubricAnswer,
    RubricCriterion,
    Visit,
)
from wksbm_desktop.core.queries.programme_stats import programme_figures
from wksbm_desktop.core.queries.stats import counts
from wksbm_desktop.core.services import aid as aid_service
from wksbm_desktop.core.services.attachments import add_attachment
from wksbm_desktop.core.services.rubric import Answer, record_assessment
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.importer import import_workbook
from wksbm_desktop.excel.receiving.action import receive_files
from wksbm_desktop.excel.report.export import ExportOptions, export_report

from .conftest import TODAY

PROGRAMME_SHEETS = (
    "Bantuan",
    "Penyaluran Bantuan",
    "LPJ Bantuan",
    "Indikator",
    "Ukuran Indikator",
    "Kunjungan",
    "Jawaban Rubrik",
    "Lampiran",
)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(buffer, "PNG")
    return buffer.getvalue()


def _add_evidence(database: Database) -> tuple[str, str]:
    """A rubric assessment, an attachment and an archived aid on the first demo group:
    (assessment uuid, archived aid uuid)."""
    with database.session() as session:
        group = session.scalars(select(Group).order_by(Group.name)).first()
        assert group is not None
        criteria = session.scalars(select(RubricCriterion).where(RubricCriterion.active))
        answers = {c.uuid: Answer(c.level == "tumbuh", f"catatan {c.level}") for c in criteria}
        assessment = record_assessment(
            session, group.uuid, date(2026, 5, 20), "tumbuh", answers, notes="Dinilai ulang"
        )
        add_attachment(session, "group", group.uuid, "foto_kegiatan", _png(), "rapat.png")
        mistaken = aid_service.create_aid(
            session,
            AidInput(group.uuid, date(2026, 1, 5), "Salah input", 1_000_000),
        )
        aid_service.archive_aid(session, mistaken.uuid)
        return assessment.uuid, mistaken.uuid


def programme_tables(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every programme record by UUID with its values (no ids, no creation stamps)."""
    group = aliased(Group)
    sector = aliased(ReferenceItem)
    source = aliased(ReferenceItem)

    def rows(query: Any) -> list[tuple[Any, ...]]:
        # Stamps travel to the second, as the sheets write them.
        return sorted(tuple(_second(value) for value in row) for row in session.execute(query))

    return {
        "aid": rows(
            select(
                Aid.uuid,
                group.uuid,
                Aid.proposed_on,
                Aid.purpose,
                Aid.amount_requested,
                Aid.decision,
                Aid.decided_on,
                Aid.amount_approved,
                source.label,
                Aid.notes,
                Aid.updated_at,
                Aid.archived_at.is_(None),
            )
            .join(group, group.id == Aid.group_id)
            .outerjoin(source, source.id == Aid.source_id)
        ),
        "disbursements": rows(
            select(
                AidDisbursement.uuid,
                Aid.uuid,
                AidDisbursement.disbursed_on,
                AidDisbursement.amount,
                AidDisbursement.form,
                AidDisbursement.goods,
                AidDisbursement.notes,
                AidDisbursement.updated_at,
            ).join(Aid, Aid.id == AidDisbursement.aid_id)
        ),
        "aid_reports": rows(
            select(
                AidReport.uuid,
                Aid.uuid,
                AidReport.due_on,
                AidReport.submitted_on,
                AidReport.status,
                AidReport.remarks,
                AidReport.updated_at,
            ).join(Aid, Aid.id == AidReport.aid_id)
        ),
        "indicators": rows(
            select(
                GroupIndicator.uuid,
                group.uuid,
                GroupIndicator.period_kind,
                GroupIndicator.period_start,
                GroupIndicator.cash,
                GroupIndicator.turnover,
                GroupIndicator.assets,
                GroupIndicator.active_members,
                GroupIndicator.notes,
                GroupIndicator.updated_at,
            ).join(group, group.id == GroupIndicator.group_id)
        ),
        "measures": rows(
            select(
                GroupIndicator.uuid,
                sector.label,
                IndicatorMeasure.label,
                IndicatorMeasure.unit,
                IndicatorValue.value,
            )
            .join(GroupIndicator, GroupIndicator.id == IndicatorValue.indicator_id)
            .join(IndicatorMeasure, IndicatorMeasure.id == IndicatorValue.measure_id)
            .outerjoin(sector, sector.id == IndicatorMeasure.sector_id)
        ),
        "visits": rows(
            select(
                Visit.uuid,
                group.uuid,
                Visit.visited_on,
                Visit.facilitator,
                Visit.findings,
                Visit.recommendations,
                Visit.follow_up,
                Visit.follow_up_status,
                Visit.updated_at,
            ).join(group, group.id == Visit.group_id)
        ),
        "assessments": rows(
            select(
                Assessment.uuid,
                Assessment.level,
                Assessment.suggested_level,
                Assessment.suggestion_reasons,
            )
        ),
        "rubric_answers": rows(
            select(
                Assessment.uuid,
                RubricAnswer.level,
                RubricAnswer.criterion_text,
                RubricAnswer.met,
                RubricAnswer.note,
            ).join(Assessment, Assessment.id == RubricAnswer.assessment_id)
        ),
    }


def _second(value: Any) -> Any:
    return value.replace(microsecond=0) if isinstance(value, datetime) else value


def _live(tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The tables without archived aid (a fresh database never holds what was archived)."""
    return {**tables, "aid": [row[:-1] for row in tables["aid"] if row[-1]]}


def _read(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    with database.read_session() as session:
        return programme_tables(session)


def _figures(database: Database) -> dict[str, Any]:
    """The figures of ``wksbm stats --json`` keys aid, indicators, visits."""
    with database.read_session() as session:
        return programme_figures(session, TODAY)


def _sheet(path: Path, name: str) -> list[tuple[Any, ...]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook[name].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _export(database: Database, path: Path) -> Path:
    return export_report(database, path, ExportOptions(full_nik=True, today=TODAY)).path


def test_the_programme_round_trips_through_a_report(
    demo_db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    assessment_uuid, _ = _add_evidence(demo_db)
    before = _read(demo_db)
    assert before["aid"] and before["measures"] and before["visits"]
    assert len(before["rubric_answers"]) >= 10
    first = _export(demo_db, tmp_path / "pertama.xlsx")
    workbook = load_workbook(first, read_only=True)
    assert [n for n in workbook.sheetnames if n in PROGRAMME_SHEETS] == list(PROGRAMME_SHEETS)
    workbook.close()
    report = import_workbook(fresh_db, first)
    assert report.ok, [p.line() for p in report.problems]
    assert report.created["rubric_answers"] == 1
    assert _live(_read(fresh_db)) == _live(before)
    assert _figures(fresh_db) == _figures(demo_db)
    second = _export(fresh_db, tmp_path / "kedua.xlsx")
    for name in PROGRAMME_SHEETS:
        if name != "Lampiran":  # the counts of this office's own files
            # Each office seeds its rubric with criteria of its own UUIDs (matched by words).
            width = 7 if name == "Jawaban Rubrik" else None
            again = [row[:width] for row in _sheet(second, name)]
            assert again == [row[:width] for row in _sheet(first, name)], name
    answers = _sheet(first, "Jawaban Rubrik")
    assert answers[0][:5] == ("Nama Kelompok", "Tanggal Penilaian", "Tingkat Kriteria",
                              "Kriteria", "Terpenuhi")  # fmt: skip
    assert {row[6] for row in answers[1:]} == {assessment_uuid}
    assert ("Pemilik lampiran", "Kelompok", 1) in _sheet(first, "Lampiran")
    again = import_workbook(fresh_db, first)
    assert again.ok and not again.created and not again.updated
    assert _live(_read(fresh_db)) == _live(before)


def test_an_archived_aid_travels_as_a_tombstone(
    demo_db: Database, fresh_db: Database, tmp_path: Path, new_target: Callable[..., str]
) -> None:
    first = _export(demo_db, tmp_path / "sebelum.xlsx")
    assert import_workbook(fresh_db, first).ok
    city = city_db(new_target)
    try:
        [receipt] = receive_files(city, [first])
        assert receipt.status == "received", receipt.message
        with demo_db.session() as session:
            target = session.scalars(select(Aid).order_by(Aid.uuid)).first()
            assert target is not None
            aid_uuid = target.uuid
            aid_service.archive_aid(session, aid_uuid)
        later = export(demo_db, tmp_path / "sesudah.xlsx")
        assert ("Bantuan", "Diarsipkan") in {row[:2] for row in _sheet(later, "_hapus")}
        assert aid_uuid not in {row[11] for row in _sheet(later, "Bantuan")}
        # The kelurahan's second computer, and the city, archive it too.
        assert import_workbook(fresh_db, later).ok
        [receipt] = receive_files(city, [later])
        assert receipt.counts["archived"]["aid"] == 1, receipt.refusals
        for database in (fresh_db, city):
            with database.read_session() as session:
                archived = session.scalar(select(Aid.archived_at).where(Aid.uuid == aid_uuid))
                assert archived is not None
    finally:
        city.dispose()


def test_the_city_receives_the_programme_and_a_new_report_doubles_nothing(
    demo_db: Database, tmp_path: Path, new_target: Callable[..., str]
) -> None:
    _add_evidence(demo_db)
    city = city_db(new_target)
    try:
        first = export(demo_db, tmp_path / "satu.xlsx")
        [receipt] = receive_files(city, [first])
        assert receipt.status == "received" and not receipt.refusals, receipt.refusals
        assert receipt.counts["added"]["aid"] > 0
        assert receipt.counts["added"]["rubric_answers"] >= 10
        source = _live(_read(demo_db))  # the archived aid stays at the kelurahan
        assert _live(_read(city)) == source
        second = export(demo_db, tmp_path / "dua.xlsx")
        [receipt] = receive_files(city, [second])
        assert receipt.status == "received"
        for entity in ("aid", "disbursements", "aid_reports", "indicators", "visits"):
            assert receipt.counts["added"][entity] == 0, entity
            assert receipt.counts["changed"][entity] == 0, entity
        assert receipt.counts["unchanged"]["rubric_answers"] >= 10
        assert _live(_read(city)) == source
        assert _figures(city) == _figures(demo_db)
    finally:
        city.dispose()


def test_a_format_4_report_still_imports_and_carries_no_programme(
    demo_db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    path = _export(demo_db, tmp_path / "laporan.xlsx")
    old = tmp_path / "format4.xlsx"
    workbook = load_workbook(path)
    for name in (*PROGRAMME_SHEETS, "_hapus"):
        del workbook[name]
    penilaian = workbook["Penilaian"]
    penilaian.delete_cols(5, 2)  # Saran Rubrik, Alasan Saran: added by format 5
    meta = workbook["_meta"]
    for row in meta.iter_rows(min_row=2):
        if row[0].value == "format_version":
            row[1].value = "4"
    workbook.save(old)
    report = import_workbook(fresh_db, old)
    assert report.ok, [p.line() for p in report.problems]
    assert report.created["groups"] > 0 and not report.created["aid"]
    with fresh_db.read_session() as session:
        assert session.scalar(select(Aid.id)) is None
        assert counts(session)["groups"] == report.created["groups"]


def test_a_broken_bantuan_row_is_named_and_nothing_is_saved(
    demo_db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    path = _export(demo_db, tmp_path / "laporan.xlsx")
    workbook = load_workbook(path)
    bantuan = workbook["Bantuan"]
    header = [cell.value for cell in bantuan[1]]
    bantuan.cell(2, header.index("Jumlah Disetujui") + 1).value = 0  # approved, yet nothing
    bantuan.cell(3, header.index("Keputusan") + 1).value = "Mungkin"
    broken = tmp_path / "rusak.xlsx"
    workbook.save(broken)
    report = import_workbook(fresh_db, broken)
    assert not report.ok
    lines = [p.line() for p in report.errors]
    assert any("Bantuan" in line and "baris 3" in line and "Keputusan" in line for line in lines)
    assert any("Bantuan" in line and "baris 2" in line for line in lines), lines
    with fresh_db.read_session() as session:
        assert session.scalar(select(Group.id)) is None  # one transaction: nothing half-saved


def test_a_period_report_carries_the_programme_up_to_its_end(demo_db: Database, tmp_path: Path):
    """Indicators and visits up to the period's end, earlier ones included: the city reads a
    year-earlier comparison and the six-month visit rule from a quarterly report."""
    from wksbm_desktop.excel.report.rows import Period

    options = ExportOptions(period=Period(date(2026, 1, 1), date(2026, 3, 31)), today=TODAY)
    path = export_report(demo_db, tmp_path / "tw1.xlsx", options).path
    visited = [row[1].date() for row in _sheet(path, "Kunjungan")[1:]]
    assert visited and all(day <= date(2026, 3, 31) for day in visited)
    assert any(day < date(2026, 1, 1) for day in visited)  # the six months before it too
    periods = {row[4] for row in _sheet(path, "Indikator")[1:]}
    assert "TW I 2025" in periods or "01/2025" in periods  # a year earlier, for growth
    assert not periods & {"TW II 2026", "04/2026", "05/2026", "06/2026"}  # nothing after it
    proposed = [row[1].date() for row in _sheet(path, "Bantuan")[1:]]
    assert all(day <= date(2026, 3, 31) for day in proposed)


def test_the_city_reads_growth_and_visits_from_a_quarterly_report_file(
    demo_db: Database, tmp_path: Path
) -> None:
    from wksbm_desktop.excel.consolidate.city import consolidate
    from wksbm_desktop.excel.report.rows import Period

    options = ExportOptions(period=Period(date(2026, 1, 1), date(2026, 3, 31)), today=TODAY)
    path = export_report(demo_db, tmp_path / "tw1.xlsx", options).path
    city = consolidate([path], tmp_path / "kota.xlsx")
    cells = [str(c) for row in _sheet(city.path, "Program Kota") for c in row if c is not None]
    # Growth against the same quarter a year earlier: a median in percent, not "–".
    assert any(cell.endswith(" %") for cell in cells)


def test_a_newer_report_updates_the_programme_and_adds_a_missing_measure(
    demo_db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    from wksbm_desktop.core.domain.programme_inputs import IndicatorInput, VisitInput
    from wksbm_desktop.core.services import indicator_measures, indicators, visits

    first = export(demo_db, tmp_path / "awal.xlsx")
    assert import_workbook(fresh_db, first).ok
    with demo_db.session() as session:
        seen = session.scalars(select(Visit).order_by(Visit.uuid)).first()
        assert seen is not None
        visits.update_visit(session, seen.uuid, VisitInput(
            seen.group.uuid, seen.visited_on, seen.facilitator, seen.findings,
            follow_up="Pelatihan pembukuan", follow_up_status="selesai"))  # fmt: skip
        record = session.scalars(select(GroupIndicator).order_by(GroupIndicator.uuid)).first()
        assert record is not None
        sector = record.group.sector.label
        indicator_measures.add_measure(session, sector, "Tabungan anggota", "Rp")
        indicators.update_indicators(session, record.uuid, IndicatorInput(
            record.group.uuid, record.period_kind, record.period_start, cash=2_500_000,
            measures=(("Tabungan anggota", 1_250_000),)))  # fmt: skip
    later = export(demo_db, tmp_path / "baru.xlsx")
    report = import_workbook(fresh_db, later)
    assert report.ok, [p.line() for p in report.problems]
    assert report.updated["visits"] == 1 and report.updated["indicators"] == 1
    assert any("Tabungan anggota" in p.line() for p in report.notices)
    assert _live(_read(fresh_db)) == _live(_read(demo_db))


def test_measures_and_answers_without_their_record_are_named(
    demo_db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    _add_evidence(demo_db)
    path = _export(demo_db, tmp_path / "laporan.xlsx")
    workbook = load_workbook(path)
    for name, column in (
        ("Ukuran Indikator", "UUID Indikator"),
        ("Jawaban Rubrik", "UUID Penilaian"),
    ):
        sheet = workbook[name]
        header = [cell.value for cell in sheet[1]]
        sheet.cell(2, header.index(column) + 1).value = "00000000-0000-4000-8000-000000000000"
    broken = tmp_path / "yatim.xlsx"
    workbook.save(broken)
    report = import_workbook(fresh_db, broken)
    lines = [p.line() for p in report.errors]
    assert any("Ukuran Indikator, baris 2" in line and "Catatan indikator dengan UUID" in line
               for line in lines), lines  # fmt: skip
    assert any("Jawaban Rubrik, baris 2" in line and "Penilaian dengan UUID" in line
               for line in lines), lines  # fmt: skip
