"""Feedback from Dinas Sosial in the window: written on the city, read as notices there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from sqlalchemy import select

from tests.city_fill import copy_kelurahan, new_city
from tests.excel.conftest import new_database
from tests.ui.conftest import KELURAHAN_CODE, answer_file_dialogs
from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.models import Group, Member, ReceivedReport
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.excel.feedback.write import write_feedback
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.notices import actions
from wksbm_desktop.ui.notices.view import NoticesView

OTHER = "36.71.01.1001"  # Sukarasa


def _city_for(window, folder: Path) -> tuple[Path, str]:
    """A city database holding the window's kelurahan and a resident of Sukarasa who has the
    NIK of the window's first resident; its last receipt refused one of the window's groups."""
    with window.database.read_session() as session:
        nik, name, member = session.execute(
            select(Member.nik, Member.full_name, Member.uuid).order_by(Member.id).limit(1)
        ).one()
        group = session.scalars(select(Group.uuid).order_by(Group.id).limit(1)).one()
    other = new_database(folder / "sukarasa.db", kelurahan=OTHER)
    with other.session() as session:
        create_member(session, MemberInput(nik=nik, full_name=name, sex=_sex(nik)))
    path = folder / "kota.db"
    city = new_city(path)
    try:
        copy_kelurahan(window.database, city, KELURAHAN_CODE)
        copy_kelurahan(other, city, OTHER)
        line = {"kind": "refused", "entity": "groups", "uuid": group, "reason": "Nama kosong"}
        with city.session() as session:
            session.add(ReceivedReport(kelurahan_code=KELURAHAN_CODE, file_name="juni.xlsx",
                                       checksum="ef" * 32, status="received",
                                       receipt=json.dumps([line])))  # fmt: skip
    finally:
        city.dispose()
        other.dispose()
    return path, member


def _sex(nik: str) -> str:
    return "P" if int(nik[6:8]) > 40 else "L"


@pytest.fixture
def feedback_file(main_window, tmp_path: Path) -> tuple[Path, str]:
    city_path, member = _city_for(main_window, tmp_path)
    from wksbm_desktop.core.storage.db import open_database

    city = open_database(city_path)
    try:
        written = write_feedback(city, KELURAHAN_CODE, tmp_path / "umpan.xlsx", "Kirim sebelum 5")
    finally:
        city.dispose()
    return written.path, member


def test_the_kelurahan_reads_feedback_and_sees_notices(
    qtbot, main_window, feedback_file, monkeypatch
):
    path, member = feedback_file
    shown: list[str] = []
    monkeypatch.setattr(dialogs_util, "get_open_path", lambda *_a: str(path))
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": shown.append(text))
    status = main_window.findChild(QLabel, "statusNotices")
    notices_action = main_window.findChild(QAction, "noticesAction")
    assert notices_action.isVisible() and not status.isVisible()
    assert not main_window.findChild(QAction, "writeFeedbackAction").isVisible() or (
        not main_window.city_menu.menuAction().isVisible()
    )

    main_window.findChild(QAction, "readFeedbackAction").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)

    assert "3 pemberitahuan baru" in shown[0]
    view = main_window.findChild(NoticesView, "noticesView")
    assert view is not None and view.isVisible()
    assert view.model.rowCount() == 3 and "3 belum dibaca" in view.summary.text()
    assert status.isVisible() and "3 pemberitahuan Dinas Sosial belum dibaca" in status.text()
    assert notices_action.text() == "Pemberitahuan Dinas Sosial (3 belum dibaca)…"
    view.resize(1000, 560)
    view.table.selectRow(0)
    view.grab().save("/tmp/cityout-notices.png")
    assert "dikirim" in view.detail.text()
    view.findChild(QPushButton, "markNoticesRead").click()
    assert "2 belum dibaca" in view.summary.text()
    assert "2 pemberitahuan" in status.text()

    tab = main_window.member_tab
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    assert tab.select_uuid(member)
    box = tab.detail.notices
    qtbot.waitUntil(lambda: box.isVisible(), timeout=5_000)
    assert "NIK warga ini juga tercatat" in box.text.text() and "Sukarasa" in box.text.text()
    main_window.resize(1366, 768)
    main_window.grab().save("/tmp/cityout-member-notice.png")
    assert box.read_button.isVisible()
    box.read_button.click()
    assert not box.read_button.isVisible() and "Baru" not in box.text.text()
    assert "1 pemberitahuan Dinas Sosial belum dibaca" in status.text()
    assert "1 belum dibaca" in view.summary.text()

    shown.clear()
    main_window.findChild(QAction, "readFeedbackAction").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "0 pemberitahuan baru, 3 sudah ada" in shown[0]


def test_the_city_writes_feedback_from_its_menu(qtbot, main_window, tmp_path, monkeypatch):
    from wksbm_desktop.ui.main_window import create_main_window

    city_path, _member = _city_for(main_window, tmp_path)
    window = create_main_window(city_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.opening.is_open)
    try:
        out = tmp_path / "keluar"
        out.mkdir()
        seen = answer_file_dialogs(monkeypatch, out, confirm=False)
        dialogs: list[QDialog] = []

        def accept(dialog) -> int:
            dialog.choose(KELURAHAN_CODE)
            dialog.note.setPlainText("Mohon lengkapi SK kelompok.")
            dialog.resize(620, 360)
            dialog.grab().save("/tmp/cityout-write-dialog.png")
            dialogs.append(dialog)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(actions, "run_dialog", accept)
        write = window.findChild(QAction, "writeFeedbackAction")
        entries = window.city_menu.actions()
        assert window.city_menu.menuAction().isVisible() and write in entries
        assert entries.index(write) < next(i for i, a in enumerate(entries) if a.isSeparator())
        assert not window.findChild(QAction, "readFeedbackAction").isVisible()
        assert not window.findChild(QAction, "noticesAction").isVisible()

        write.trigger()
        qtbot.waitUntil(lambda: bool(seen["questions"]), timeout=20_000)

        assert "1 NIK ganda" in dialogs[0].contents.text()
        assert "1 data ditolak" in dialogs[0].contents.text()
        written = next(out.glob("Umpan-Balik-Poris-Plawad-*.xlsx"))
        assert "1 NIK ganda, 1 data ditolak, 1 catatan" in seen["questions"][0]
        assert written.stat().st_size > 0
    finally:
        window.close()
        window.database.dispose()
