"""Ringkasan's Program block shows the programme's progress, and the lists behind its counts;
the city's Ringkasan shows the figures per kecamatan (issue 19, point 6)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from tests.city_data import KERONCONG, build_city
from tests.core.services.test_aid import aid_input, lpj, money
from wksbm_desktop.core.domain.inputs import GroupInput, OfficeInput
from wksbm_desktop.core.domain.programme_inputs import IndicatorInput, VisitInput
from wksbm_desktop.core.models import Aid, AidReport, Group, ReferenceItem
from wksbm_desktop.core.queries.programme_progress import percent_text
from wksbm_desktop.core.services import aid_reports, disbursements, indicators, visits
from wksbm_desktop.core.services.aid import create_aid
from wksbm_desktop.core.services.groups import add_assessment, create_group
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.services.ownership import acting_for_kelurahan
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.operations import DASHBOARD_SHOWS, RECORDS, OpChanges
from wksbm_desktop.ui.tabs.dashboard_tab import DashboardTab
from wksbm_desktop.ui.tabs.programme_box import short_rupiah

TODAY = date(2026, 11, 20)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "program.db", operator="Penguji")
    with db.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", lurah_name="Lurah Uji"))
        helped = create_group(session, GroupInput("KUBE Mawar", "KUBE", "Ekonomi Produktif"))
        quiet = create_group(session, GroupInput("Bank Sampah Asri", "Bank Sampah",
                                                 "Pengelolaan Sampah"))  # fmt: skip
        add_assessment(session, helped.uuid, date(2025, 3, 1), "tumbuh")
        add_assessment(session, helped.uuid, date(2026, 3, 1), "berkembang")
        approved = create_aid(session, aid_input(helped, amount_approved=206_700_000,
                                                 amount_requested=210_000_000))  # fmt: skip
        disbursements.add_disbursement(session, money(approved, 189_500_000))
        aid_reports.add_report(session, lpj(approved, due_on=date(2026, 6, 30)))
        for start, turnover in ((date(2025, 7, 1), 1_000_000), (date(2026, 7, 1), 1_250_000)):
            indicators.record_indicators(
                session, IndicatorInput(helped.uuid, "triwulan", start, turnover=turnover)
            )
        visits.record_visit(session, VisitInput(helped.uuid, date(2026, 10, 2), "Bu Rina", "Rapi"))
        assert quiet.uuid
    yield db
    db.dispose()


@pytest.fixture
def tab(qtbot, database: Database) -> DashboardTab:  # type: ignore[no-untyped-def]
    widget = DashboardTab(database)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_the_program_block_shows_the_figures(tab: DashboardTab) -> None:
    box = tab.programme_box
    assert box.isVisibleTo(tab) and box.title() == "Program: naik kelas, bantuan dan pemantauan"
    lpj, visit, recorded = (box.cards[k] for k in ("lpj", "visit", "indicators"))
    assert (lpj.value.text(), lpj.caption.text()) == ("1", "LPJ bantuan terlambat")
    assert visit.value.text() == "1"
    assert visit.caption.text() == (
        "Kelompok belum dikunjungi pendamping 6 bulan terakhir (dari 2 kelompok)"
    )
    assert recorded.value.text() == "1" and recorded.button.isEnabled()
    assert box.levels.texts() == [
        ["Tumbuh", "1", "0"], ["Berkembang", "0", "1"], ["Maju", "0", "0"],
        ["Mandiri", "0", "0"], ["Belum dinilai", "1", "1"],
    ]  # fmt: skip
    assert box.moves.text().startswith("Dinilai tahun 2026: 1 naik, 0 tetap, 0 turun")
    assert box.aid.texts() == [
        ["Kemensos/APBN", "206,7 juta", "189,5 juta", "0", "1"],
        ["Jumlah", "206,7 juta", "189,5 juta", "0", "1"],
    ]
    growth = box.growth.texts()
    assert growth[1] == ["Omzet naik", "1 dari 1", "–"]
    assert growth[2] == ["Perubahan omzet (median)", "+25,0 %", "–"]
    # The headline's "naik kelas" is the Program block's count.
    assert tab.figure("figureMovedUp") == "1"


def test_a_list_behind_a_count_opens_its_group(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    box = tab.programme_box
    asked: list[str] = []
    tab.group_requested.connect(asked.append)
    qtbot.mouseClick(box.cards["visit"].button, Qt.MouseButton.LeftButton)
    dialog = box.dialog
    assert dialog is not None and dialog.windowTitle() == (
        "Kelompok yang belum dikunjungi 6 bulan terakhir"
    )
    model = dialog.table.model()
    assert [model.data(model.index(0, c)) for c in range(2)] == ["Bank Sampah Asri", "belum pernah"]
    dialog.table.doubleClicked.emit(model.index(0, 0))
    assert asked == [dialog.found.uuids[0]] and not dialog.isVisible()
    box.open_list("lpj")
    assert box.dialog is not None
    lpj_rows = box.dialog.found.rows
    assert lpj_rows == [["KUBE Mawar", "Modal usaha keripik singkong", "Rp 206.700.000",
                         "30-06-2026", "143"]]  # fmt: skip
    box.dialog.reject()


def test_the_program_block_follows_programme_changes(tab: DashboardTab, database: Database) -> None:
    # The window refreshes Ringkasan after an operation on aid, LPJ, indicators or visits.
    assert OpChanges(programme=True).touches(DASHBOARD_SHOWS)
    assert OpChanges(monitoring=True).touches(DASHBOARD_SHOWS)
    assert not OpChanges(programme=True).touches(RECORDS)
    with database.session() as session:
        quiet = session.query(Group).filter_by(name="Bank Sampah Asri").one()
        visits.record_visit(session, VisitInput(quiet.uuid, date(2026, 11, 1), "Bu Rina", "Baik"))
    tab.refresh()
    assert tab.programme_box.cards["visit"].value.text() == "0"
    assert not tab.programme_box.cards["visit"].button.isEnabled()


def test_money_and_percent_texts() -> None:
    assert [short_rupiah(n) for n in (950_000, 58_600_000, 11_116_300_000, 2_000_000_000)] == [
        "950.000", "58,6 juta", "11,12 miliar", "2 miliar",
    ]  # fmt: skip
    assert [percent_text(v) for v in (12.345, -0.94, -0.04, 0.0, None)] == [
        "+12,3 %", "-0,9 %", "0,0 %", "0,0 %", "–",
    ]  # fmt: skip


def test_the_city_ringkasan_has_the_programme_per_kecamatan(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "kota.db")
    data = build_city(database)
    with database.session() as session:
        # As a received report leaves them: the kelurahan's records, read-only at the city.
        tani = session.query(Group).filter_by(uuid=data.groups["Tani Subur"]).one()
        source = session.query(ReferenceItem).filter_by(kind="aid_source", label="CSR").one()
        aid = Aid(
            group_id=tani.id,
            proposed_on=date(2025, 1, 10),
            purpose="Bibit",
            amount_requested=20_000_000,
            decision="disetujui",
            decided_on=date(2025, 2, 3),
            amount_approved=20_000_000,
            source_id=source.id,
            kelurahan_code=KERONCONG,
        )
        with acting_for_kelurahan(session):
            session.add(aid)
            session.flush()
            session.add(AidReport(aid_id=aid.id, due_on=date(2025, 9, 30), status="belum",
                                  kelurahan_code=KERONCONG))  # fmt: skip
            session.flush()
    tab = DashboardTab(database)
    tab.today = lambda: date(2025, 11, 20)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.city_programme_box.isVisibleTo(tab)
    table = tab.findChild(QTableView, "cityProgrammeTable")
    model = table.model()
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert len(rows) == 14  # 13 kecamatan and the city
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Naik tingkat 2025"
    jatiuwung = next(row for row in rows if row[0] == "Jatiuwung")
    assert jatiuwung[3:6] == ["Rp 20.000.000", "Rp 0", "1"]
    assert rows[-1][0] == "Kota Tangerang" and rows[-1][5] == "1" and rows[-1][7] == "3"
    # The Program block above shows the whole city.
    assert tab.programme_box.cards["lpj"].value.text() == "1"
    database.dispose()


def test_a_group_picked_on_ringkasan_shows_in_the_kelompok_tab(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from wksbm_desktop.core.queries.programme_progress import quiet_groups

    with main_window.database.read_session() as session:
        picked = quiet_groups(session, date.today(), "visit", limit=1)[0]
    main_window.dashboard.group_requested.emit(picked.uuid)
    tab = main_window.group_tab
    assert main_window.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.current_uuid() == picked.uuid)
