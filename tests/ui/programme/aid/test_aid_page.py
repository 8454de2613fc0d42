"""The Bantuan page: propose, decide, disburse (never above the approval), LPJ that becomes
overdue, archive and restore; every change through the forms a clerk would use."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import select

from tests.ui.programme.aid.conftest import TODAY
from wksbm_desktop.core.domain.programme_inputs import AidInput, AidReportInput, DisbursementInput
from wksbm_desktop.core.models import Aid, Group
from wksbm_desktop.core.services import aid_reports
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.operations import programme as ops
from wksbm_desktop.ui.programme import aid_rows
from wksbm_desktop.ui.programme.aid_forms import AidDialog, DisbursementDialog, ReportDialog
from wksbm_desktop.ui.programme.window import open_programme_window


@pytest.fixture
def page(main_window, group_uuid):  # type: ignore[no-untyped-def]
    window = open_programme_window(main_window, group_uuid)
    page = window.aid_page
    ours = next(row for row in page.aid.rows if row.purpose == "Modal usaha ternak kambing")
    assert page.select_aid(ours.uuid)
    return page


def _cells(page, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.aid_model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _row_of(page, purpose: str) -> int:  # type: ignore[no-untyped-def]
    rows = [row.purpose for row in page.aid.rows]
    return rows.index(purpose)


def _click(page, name: str) -> None:  # type: ignore[no-untyped-def]
    button = page.findChild(QPushButton, name)
    assert button.isEnabled() and button.isVisible(), name
    button.click()


def test_a_proposal_is_recorded_then_decided(page, drive) -> None:  # type: ignore[no-untyped-def]
    def propose(dialog: AidDialog) -> None:
        dialog.proposed_on.set_date(date(2025, 5, 20))
        dialog.purpose.setText("Pelatihan pemasaran daring")
        dialog.requested.setText("2500000")
        assert dialog.decision.key() == "menunggu" and not dialog.approved.isEnabled()
        dialog.save_button.click()

    drive(propose)
    _click(page, "aidAddButton")
    row = _row_of(page, "Pelatihan pemasaran daring")
    cells = _cells(page, row)
    assert cells[2] == "Rp 2.500.000" and cells[3] == "Menunggu keputusan"
    assert page.current_aid().purpose == "Pelatihan pemasaran daring"  # chosen after saving
    assert not page.findChild(QPushButton, "aidDisburseButton").isEnabled()  # not approved yet

    def decide(dialog: AidDialog) -> None:
        assert dialog.purpose.text() == "Pelatihan pemasaran daring"
        dialog.decision.set_key("disetujui")
        dialog.decided_on.set_date(date(2025, 6, 1))
        dialog.approved.setText("2000000")
        dialog.source.set_key("CSR")
        dialog.save_button.click()

    drive(decide)
    _click(page, "aidEditButton")
    cells = _cells(page, _row_of(page, "Pelatihan pemasaran daring"))
    assert cells[3] == "Disetujui (01-06-2025)" and cells[4] == "CSR"
    assert cells[5] == "Rp 2.000.000" and cells[7] == "Rp 2.000.000"  # nothing handed over yet
    assert cells[8] == "Belum dicatat"  # approved aid owes an LPJ, none recorded
    assert page.findChild(QPushButton, "aidDisburseButton").isEnabled()


def test_an_approval_without_a_source_is_refused_in_the_form(page, drive) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def approve_without_source(dialog: AidDialog) -> None:
        dialog.purpose.setText("Gerobak dagang")
        dialog.requested.setText("3000000")
        dialog.decision.set_key("disetujui")
        dialog.decided_on.set_date(date(2025, 6, 1))
        dialog.save_button.click()
        assert dialog.isVisible()  # refused: the form stays open with what was typed
        seen["message"] = dialog.errors.label_for("source").text()
        seen["purpose"] = dialog.purpose.text()
        dialog.reject()

    drive(approve_without_source)
    _click(page, "aidAddButton")
    assert "Sumber bantuan" in seen["message"] and seen["purpose"] == "Gerobak dagang"
    assert "Gerobak dagang" not in [row.purpose for row in page.aid.rows]


def test_disbursing_money_then_goods_and_refusing_more_than_approved(page, drive) -> None:  # type: ignore[no-untyped-def]
    assert page.current_aid().remaining == 6_000_000

    def hand_over_goods(dialog: DisbursementDialog) -> None:
        assert "Rp 6.000.000" in dialog.room.text()
        assert dialog.amount.amount() == 6_000_000  # what is left, offered
        dialog.disbursed_on.set_date(date(2024, 8, 1))
        dialog.form_kind.set_key("barang")
        dialog.amount.setText("2500000")
        dialog.goods.setText("5 ekor kambing betina")
        dialog.save_button.click()

    drive(hand_over_goods)
    _click(page, "aidDisburseButton")
    assert page.current_aid().disbursed == 6_500_000
    goods = page.disbursement_model
    assert goods.rowCount() == 2
    assert [goods.index(1, c).data() for c in (1, 2, 3)] == [
        "Barang", "Rp 2.500.000", "5 ekor kambing betina",
    ]  # fmt: skip
    seen: dict[str, str] = {}

    def too_much(dialog: DisbursementDialog) -> None:
        dialog.disbursed_on.set_date(date(2024, 9, 1))
        dialog.amount.setText("4000000")
        dialog.save_button.click()
        assert dialog.isVisible()
        seen["message"] = dialog.errors.label_for("amount").text()
        seen["amount"] = str(dialog.amount.amount())
        seen["date"] = dialog.disbursed_on.text()
        dialog.reject()

    drive(too_much)
    _click(page, "aidDisburseButton")
    assert seen["message"] == (
        "Jumlah penyaluran melebihi bantuan yang disetujui: disetujui Rp 10.000.000, sudah "
        "disalurkan Rp 6.500.000, sisa yang masih bisa disalurkan Rp 3.500.000."
    )
    assert seen["amount"] == "4000000" and seen["date"] == "01-09-2024"  # input kept
    assert page.current_aid().disbursed == 6_500_000  # nothing saved


def _add_report(main_window, page, due: date) -> None:  # type: ignore[no-untyped-def]
    with main_window.database.session() as session:
        aid_reports.add_report(session, AidReportInput(page.current_aid().uuid, due))
    page.refresh()


def _lpj_cell(page):  # type: ignore[no-untyped-def]
    row = _row_of(page, "Modal usaha ternak kambing")
    return page.aid_model.index(row, aid_rows.AID_LPJ_COLUMN)


def test_an_lpj_still_owed_becomes_overdue_the_day_after_its_due_date(
    main_window, page, drive, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def record(dialog: ReportDialog) -> None:
        assert dialog.due_on.date() == date(2024, 11, 2)  # six months after the decision
        dialog.due_on.set_date(TODAY)
        dialog.save_button.click()

    drive(record)
    _click(page, "aidReportButton")
    assert _lpj_cell(page).data() == "Belum diserahkan (batas 15-06-2025)"  # the due day: in time
    assert _lpj_cell(page).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "terlambat" not in page.findChild(QLabel, "aidTotals").text()

    monkeypatch.setattr(aid_rows, "today", lambda: TODAY + timedelta(days=1))
    page.refresh()
    cell = _lpj_cell(page)
    assert cell.data() == "TERLAMBAT (batas 15-06-2025)"  # in words, not by colour alone
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == aid_rows.OVERDUE_COLOUR
    assert "1 bantuan dengan LPJ terlambat" in page.findChild(QLabel, "aidTotals").text()
    assert page.report_model.index(0, aid_rows.REPORT_LATE_COLUMN).data() == "Terlambat 1 hari"

    def hand_in(dialog: ReportDialog) -> None:
        dialog.status.set_key("diserahkan")
        assert dialog.submitted_on.isEnabled()
        dialog.submitted_on.set_date(date(2025, 6, 10))
        dialog.save_button.click()

    drive(hand_in)
    page.report_view.selectRow(0)
    _click(page, "reportEditButton")
    assert _lpj_cell(page).data() == "Diserahkan, belum diperiksa"


def test_archive_and_restore_an_aid_and_a_disbursement(page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *a, **k: True)
    uuid = page.current_aid().uuid
    page.disbursement_view.selectRow(0)
    _click(page, "disbursementArchiveButton")
    assert page.current_aid().disbursed == 0 and page.disbursement_model.rowCount() == 0
    _click(page, "aidArchiveButton")
    assert uuid not in [row.uuid for row in page.aid.rows]

    page.findChild(type(page.show_archived), "aidShowArchived").setChecked(True)
    assert not page.findChild(QPushButton, "aidAddButton").isVisible()
    kinds = [page.archived_model.index(row, 0).data() for row in range(2)]
    assert sorted(kinds) == ["Bantuan", "Penyaluran"]
    page.archived_view.selectRow(kinds.index("Bantuan"))
    _click(page, "aidRestoreButton")
    page.archived_view.selectRow(0)
    _click(page, "aidRestoreButton")
    assert page.archived_model.rowCount() == 0
    page.show_archived.setChecked(False)
    assert page.select_aid(uuid) and page.current_aid().disbursed == 4_000_000


def test_a_refused_restore_says_why(page, monkeypatch, main_window) -> None:  # type: ignore[no-untyped-def]
    """A disbursement comes back only if it still fits the approval."""
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *a, **k: True)
    shown: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": shown.append(text))
    page.disbursement_view.selectRow(0)
    _click(page, "disbursementArchiveButton")
    bigger = DisbursementInput(page.current_aid().uuid, date(2024, 7, 1), 9_000_000)
    ops.save_disbursement(page, main_window.database, None, None, bigger)
    page.show_archived.setChecked(True)
    page.archived_view.selectRow(0)
    _click(page, "aidRestoreButton")
    assert shown and "melebihi" in shown[0]
    assert page.archived_model.rowCount() == 1


def test_the_aid_with_an_overdue_lpj_is_chosen_first(main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    window = open_programme_window(main_window, group_uuid)
    ours = next(row for row in window.aid_page.aid.rows if row.purpose.startswith("Modal"))
    newer = AidInput(group_uuid, date(2025, 5, 2), "Pelatihan pembukuan", 1_000_000)
    ops.save_aid(None, main_window.database, None, None, newer)
    ops.save_report(None, main_window.database, None, None,
                    AidReportInput(ours.uuid, date(2025, 3, 1)))  # fmt: skip
    window.aid_page.aid_view.setCurrentIndex(window.aid_page.aid_model.index(-1, -1))
    window.select_group(group_uuid)
    page = window.aid_page
    assert page.aid.rows[0].purpose == "Pelatihan pembukuan"  # the newest first in the list
    assert page.current_aid().uuid == ours.uuid  # but the overdue one chosen


def test_a_group_without_aid_says_how_to_start(main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    window = open_programme_window(main_window, group_uuid)
    combo = window.group_combo
    with main_window.database.read_session() as session:
        with_aid = set(session.scalars(select(Group.uuid).join(Aid, Aid.group_id == Group.id)))
    bare = next(
        combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) not in with_aid
    )
    window.select_group(bare)
    empty = window.aid_page.findChild(QLabel, "aidEmpty")
    assert not empty.isHidden() and "Ajukan bantuan" in empty.text()
    assert window.aid_page.findChild(QPushButton, "aidAddButton").isEnabled()
    assert not window.aid_page.findChild(QPushButton, "aidEditButton").isEnabled()
