"""Data → Ukuran indikator…: add a measure, rename it or correct its unit, hide and show it;
the indicator form offers what the list holds; the menu entry follows the role."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.models import Group, ReferenceItem
from wksbm_desktop.core.queries.monitoring import MeasureRow, group_measures, measure_list
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.accounts.role_menus import apply_role
from wksbm_desktop.ui.forms import base as form_base
from wksbm_desktop.ui.programme.indicator_form import IndicatorDialog
from wksbm_desktop.ui.programme.measures_dialog import MeasureEditDialog, MeasuresDialog

SECTOR = "Pengelolaan Sampah"


@pytest.fixture
def database(demo_db: Path) -> Iterator[Database]:
    db = open_database(demo_db)
    yield db
    db.dispose()


def measures(database: Database) -> list[MeasureRow]:
    with database.read_session() as session:
        return measure_list(session)


def answer_edit(monkeypatch: pytest.MonkeyPatch, fill: Callable[[MeasureEditDialog], None]) -> list:
    seen: list[MeasureEditDialog] = []

    def run(dialog: MeasureEditDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        return dialog.save()

    monkeypatch.setattr(form_base, "exec_dialog", run)
    return seen


def dialog_for(qtbot, database: Database) -> MeasuresDialog:
    dialog = MeasuresDialog(database)
    qtbot.addWidget(dialog)
    return dialog


def pick(dialog: MeasuresDialog, label: str) -> MeasureRow:
    row = next(i for i, m in enumerate(dialog._shown) if m.label == label)
    dialog.table.selectRow(row)
    return dialog._shown[row]


def sampah_group_form(qtbot, database: Database) -> IndicatorDialog:
    with database.read_session() as session:
        uuid = session.scalar(
            select(Group.uuid)
            .join(ReferenceItem, ReferenceItem.id == Group.sector_id)
            .where(ReferenceItem.label == SECTOR, Group.archived_at.is_(None))
        )
        assert uuid is not None
        group = group_measures(session, uuid)
    assert group is not None
    form = IndicatorDialog(group)
    qtbot.addWidget(form)
    form.load(None, "bulan", date(2026, 3, 15))
    return form


def test_the_list_shows_every_sector_measure_with_its_unit(qtbot, database: Database) -> None:
    dialog = dialog_for(qtbot, database)
    assert dialog.objectName() == "indicatorMeasures"
    rows = {(dialog.model.index(r, 0).data(), dialog.model.index(r, 1).data()):
            dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())}  # fmt: skip
    assert rows[(SECTOR, "Sampah terkumpul")] == "kg"
    assert rows[("Peternakan", "Jumlah ternak")] == "ekor"
    dialog.sector_filter.setCurrentIndex(dialog.sector_filter.findData(SECTOR))
    assert {m.sector for m in dialog._shown} == {SECTOR}


def test_adding_a_measure_offers_it_in_the_sector_s_form(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialog_for(qtbot, database)
    dialog.sector_filter.setCurrentIndex(dialog.sector_filter.findData(SECTOR))

    def fill(edit: MeasureEditDialog) -> None:
        assert edit.sector.key() == SECTOR  # the sector shown is the one proposed
        edit.label.setText("Minyak jelantah terkumpul")
        edit.unit.setText("liter")

    answer_edit(monkeypatch, fill)
    dialog.add_button.click()
    added = next(m for m in measures(database) if m.label == "Minyak jelantah terkumpul")
    assert (added.sector, added.unit, added.active) == (SECTOR, "liter", True)
    assert dialog.current() == added  # the new measure is selected
    assert "Minyak jelantah terkumpul" in sampah_group_form(qtbot, database).measure_edits


def test_a_name_already_in_the_sector_is_refused_in_the_form(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialog_for(qtbot, database)
    count = len(measures(database))

    def fill(edit: MeasureEditDialog) -> None:
        edit.sector.set_key(SECTOR)
        edit.label.setText("sampah terkumpul")
        edit.unit.setText("kg")

    seen = answer_edit(monkeypatch, fill)
    dialog.add_button.click()
    message = seen[0].errors.label_for("label")
    assert message is not None and "sudah ada" in message.text()
    assert seen[0].label.text() == "sampah terkumpul"
    assert len(measures(database)) == count


def test_renaming_and_correcting_the_unit(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialog_for(qtbot, database)
    measure = pick(dialog, "Nasabah aktif")

    def fill(edit: MeasureEditDialog) -> None:
        assert not edit.sector.isEnabled()  # a measure keeps its sector
        edit.label.setText("Nasabah aktif bank sampah")
        edit.unit.setText("KK")

    answer_edit(monkeypatch, fill)
    dialog.edit_button.click()
    changed = next(m for m in measures(database) if m.id == measure.id)
    assert (changed.label, changed.unit) == ("Nasabah aktif bank sampah", "KK")
    assert dialog.current() == changed


def test_hiding_a_measure_takes_it_off_the_form_and_showing_brings_it_back(
    qtbot, database: Database
) -> None:
    dialog = dialog_for(qtbot, database)
    pick(dialog, "Nilai sampah")
    assert dialog.toggle_button.text().replace("&", "") == "Sembunyikan"
    dialog.toggle_button.click()
    hidden = next(m for m in measures(database) if m.label == "Nilai sampah")
    assert not hidden.active
    assert dialog.model.index(dialog.table.currentIndex().row(), 3).data() == "Disembunyikan"
    assert "Nilai sampah" not in sampah_group_form(qtbot, database).measure_edits
    assert dialog.toggle_button.text().replace("&", "") == "Tampilkan lagi"
    dialog.toggle_button.click()
    assert next(m for m in measures(database) if m.label == "Nilai sampah").active
    assert "Nilai sampah" in sampah_group_form(qtbot, database).measure_edits


def test_a_pemantau_reads_the_list_without_buttons(qtbot, database: Database) -> None:
    database.sign_in(SignedIn(9, "pantau", "Rina Pemantau", Role.PEMANTAU))
    dialog = dialog_for(qtbot, database)
    assert dialog.model.rowCount() > 0
    for button in (dialog.add_button, dialog.edit_button, dialog.toggle_button):
        assert not button.isVisibleTo(dialog)


def test_the_data_menu_opens_it_for_those_who_record(main_window, monkeypatch) -> None:
    action = next(a for a in main_window.data_menu.actions()
                  if a.objectName() == "indicatorMeasuresAction")  # fmt: skip
    assert action.text().replace("&", "") == "Ukuran indikator…"
    opened: list[object] = []
    monkeypatch.setattr(form_base, "exec_dialog", lambda d: opened.append(d) or False)
    action.trigger()
    assert opened and isinstance(opened[0], MeasuresDialog)
    apply_role(main_window, SignedIn(9, "pantau", "Rina Pemantau", Role.PEMANTAU))
    assert not action.isVisible()
    apply_role(main_window, SignedIn(2, "ops", "Operator", Role.OPERATOR))
    assert action.isVisible()
