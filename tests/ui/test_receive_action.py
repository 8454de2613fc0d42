"""Dinas Sosial → Terima laporan kelurahan…: files chosen, received in the background, a receipt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from tests.excel.receiving.kit import export, kelurahan_db
from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.queries import stats
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.excel.receive_action import ReceiptDialog
from wksbm_desktop.ui.main_window import MainWindow
from wksbm_desktop.ui.settings import Settings


@pytest.fixture
def city_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    database = open_database(tmp_path / "kota.db", operator="Dewi")
    with database.session() as session:
        save_office(session, OfficeInput(None, operator_names="Dewi"))
    window = MainWindow(database, Settings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    yield window
    window.close()
    database.dispose()


def test_receiving_from_the_menu_lands_the_files_and_shows_a_receipt(
    qtbot, city_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = kelurahan_db(tmp_path / "poris.db", members=20)
    report = export(source, tmp_path / "laporan-poris.xlsx")
    source.dispose()
    broken = tmp_path / "rusak.xlsx"
    broken.write_text("bukan buku kerja")
    asked: list[str] = []

    def choose(_parent, title, _start, file_filter):
        asked.append(file_filter)
        return [str(report), str(broken)]

    monkeypatch.setattr(common, "get_open_paths", choose)
    action = city_window.findChild(QAction, "receiveReportsAction")
    assert action is not None and action in city_window.city_menu.actions()
    assert action.text() == "Terima laporan kelurahan…"
    action.trigger()
    qtbot.waitUntil(lambda: city_window.findChild(ReceiptDialog, "receiptDialog") is not None,
                    timeout=60_000)  # fmt: skip
    dialog = city_window.findChild(ReceiptDialog, "receiptDialog")
    model = dialog.table.model()
    assert "xlsx" in asked[0] and model.rowCount() == 2
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:4] == ["laporan-poris.xlsx", "Poris Plawad", "semua data", "diterima"]
    assert int(row[4]) > 0
    assert model.index(1, 3).data() == "ditolak"
    assert "rusak.xlsx" in dialog.details.toPlainText()
    with city_window.database.read_session() as session:
        assert stats.counts(session)["members"] == 20
    dialog.grab().save(str(tmp_path / "receipt.png"))
    dialog.close()
