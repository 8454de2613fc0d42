"""The city workbook made from the city database has the programme's figures per kecamatan
(issue 19, point 6): the "Program Kota" sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.city_data import KERONCONG, build_city
from wksbm_desktop.core.models import Aid, AidReport, Group, ReferenceItem, Visit
from wksbm_desktop.core.services.ownership import acting_for_kelurahan
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.excel.consolidate.from_database import consolidate_database
from wksbm_desktop.excel.consolidate.programme import PROGRAMME_KOTA_SHEET

TODAY = date(2025, 11, 20)


def test_the_city_workbook_has_the_programme_per_kecamatan(
    new_target: Callable[..., str], tmp_path: Path
) -> None:
    database = open_database(new_target("kota.db"))
    data = build_city(database)
    with database.session() as session, acting_for_kelurahan(session):
        # As Keroncong's report leaves them at the city: an aid with an overdue LPJ, a visit.
        tani = session.query(Group).filter_by(uuid=data.groups["Tani Subur"]).one()
        source = session.query(ReferenceItem).filter_by(kind="aid_source", label="CSR").one()
        aid = Aid(
            group_id=tani.id,
            proposed_on=date(2025, 1, 10),
            purpose="Bibit padi",
            amount_requested=20_000_000,
            decision="disetujui",
            decided_on=date(2025, 2, 3),
            amount_approved=12_500_000_000,
            source_id=source.id,
            kelurahan_code=KERONCONG,
        )
        session.add(aid)
        session.flush()
        session.add(
            AidReport(
                aid_id=aid.id, due_on=date(2025, 9, 30), status="belum", kelurahan_code=KERONCONG
            )
        )
        session.add(Visit(group_id=tani.id, visited_on=date(2025, 10, 1), facilitator="Pak Dedi",
                          findings="Baik", kelurahan_code=KERONCONG))  # fmt: skip
        session.flush()

    result = consolidate_database(database, tmp_path / "kota.xlsx", today=TODAY)

    workbook = load_workbook(result.path)
    assert workbook.sheetnames[:4] == ["Rekap Kota", "Status laporan", "NIK ganda", "Program Kota"]
    sheet = workbook[PROGRAMME_KOTA_SHEET]
    assert sheet.page_setup.orientation == "landscape"
    rows: list[list[Any]] = [
        [c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)
    ]
    assert ["Keadaan per 20 November 2025, dari data yang diterima database kota"] in rows
    levels = [row for row in rows if len(row) > 3 and row[2] == "Jatiuwung"]
    # Levels and monitoring: 1 group, not assessed, visited, no indicators, 1 LPJ overdue.
    assert levels[0][1:] == ["36.71.02", "Jatiuwung", 1, 0, 0, 0,
                         0, 0, 0, 1, 1, 1]  # fmt: skip
    # Aid: one approved, 12,5 billion, nothing disbursed or accounted, 1 LPJ overdue.
    assert levels[1][3:9] == [1, 12_500_000_000, 0, 0, 12_500_000_000, 1]
    total = next(row for row in rows if row and row[0] == "KOTA TANGERANG")
    assert total[1:5] == [3, 0, 0, 0] and total[7:10] == [2, 3, 1]
    assert ["CSR", 1, 12_500_000_000, 0, 0, 12_500_000_000, 1] in [r[1:] for r in rows if r]
    workbook.close()
    database.dispose()
