"""The programme window holds every page: Bantuan, Indikator and Kunjungan share the group
chooser, and the chosen aid and visit show their attachments."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget

from tests.ui.programme.conftest import minimal_pdf
from wksbm_desktop.core.domain.programme_inputs import VisitInput
from wksbm_desktop.core.services import attachments, visits
from wksbm_desktop.ui.programme.window import open_programme_window


def test_every_programme_page_is_in_the_window_and_follows_the_chooser(
    qtbot, main_window, group_uuid
) -> None:  # type: ignore[no-untyped-def]
    window = open_programme_window(main_window, group_uuid)
    tabs = window.findChild(QTabWidget, "programmeTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Bantuan", "Indikator", "Kunjungan"]
    tabs.setCurrentIndex(1)
    assert window.indicators_page.group_uuid == group_uuid
    tabs.setCurrentIndex(2)
    assert window.visits_page.group_uuid == group_uuid
    # A double click on "Belum dikunjungi 6 bulan" shows that group on every page.
    other = next(g.uuid for g in window.visits_page.unvisited if g.uuid != group_uuid)
    window.visits_page.group_requested.emit(other)
    assert window.current_group() == other and window.group_combo.key() == other
    assert window.visits_page.group_uuid == other
    tabs.setCurrentIndex(0)
    assert window.aid_page.group_uuid == other


def test_the_chosen_aid_and_visit_show_their_attachments(qtbot, main_window, group_uuid) -> None:  # type: ignore[no-untyped-def]
    with main_window.database.session() as session:
        visit = visits.record_visit(session, VisitInput(
            group_uuid, date(2025, 6, 1), "Bu Rina", "Kas dicatat rapi."))  # fmt: skip
        visit_uuid = visit.uuid
        attachments.add_attachment(
            session, "visit", visit_uuid, "lainnya", minimal_pdf(), "notulen.pdf"
        )
    window = open_programme_window(main_window, group_uuid)
    aid_tabs = window.findChild(QTabWidget, "aidDetailTabs")
    assert window.aid_page.attachments.owner_uuid == window.aid_page.current_aid().uuid
    assert aid_tabs.tabText(1) == "Lampiran (0)"
    window.findChild(QTabWidget, "programmeTabs").setCurrentIndex(2)
    page = window.visits_page
    page.reload(select=visit_uuid)
    assert page.attachments.owner_uuid == visit_uuid
    below = window.findChild(QTabWidget, "visitBelowTabs")
    assert below.tabText(1) == "Lampiran (1)"
