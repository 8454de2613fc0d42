"""The NIK ganda view and the Dinas Sosial menu entries of a city installation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from tests.city_data import build_city
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.city.nik_ganda_view import NikCard, NikGandaView


@pytest.fixture
def city(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kota.db", operator="Petugas Dinas")
    build_city(database)
    yield database
    database.dispose()


def card_of(view: NikGandaView, name: str) -> NikCard:
    return next(c for c in view.cards if name in [r.full_name for r in c.found.records])


def test_records_side_by_side_with_differences_highlighted(qtbot, city) -> None:
    view = NikGandaView(city)
    qtbot.addWidget(view)
    assert view.objectName() == "nikGandaView"
    assert view.findChild(QLabel, "nikGandaSummary").text() == "2 NIK ganda menunggu keputusan"
    typo = card_of(view, "Dewi Sartika")
    names = typo.findChildren(QLabel, "nikGandaCell_name")
    assert [label.text() for label in names] == ["Dewi Sartika", "Citra Ayu"]
    assert all(label.property("differs") for label in names)
    places = [label.text() for label in typo.findChildren(QLabel, "nikGandaCell_kelurahan")]
    assert places == ["Keroncong", "Sukaasih"]
    # The NIK is masked on screen.
    assert "3671********0002" in typo.title()
    same = card_of(view, "Ani Lestari")
    births = same.findChildren(QLabel, "nikGandaCell_birth_date")
    assert not any(label.property("differs") for label in births)


def test_deciding_hides_the_card_until_shown_again(qtbot, city) -> None:
    view = NikGandaView(city)
    qtbot.addWidget(view)
    card = card_of(view, "Dewi Sartika")
    card.findChild(QLineEdit, "nikGandaNote").setText("Kelurahan Keroncong salah ketik")
    card.findChild(QPushButton, "nikGandaDifferent").click()
    assert [c.found.records[0].full_name for c in view.cards] == ["Ani Lestari"]
    assert view.findChild(QLabel, "nikGandaSummary").text() == "1 NIK ganda menunggu keputusan"
    view.findChild(QCheckBox, "nikGandaShowDecided").setChecked(True)
    decided = card_of(view, "Dewi Sartika").findChild(QLabel, "nikGandaDecided").text()
    assert "orang berbeda" in decided and "Petugas Dinas" in decided
    assert "Keroncong salah ketik" in decided


def test_city_menu_opens_both_views(qtbot, tmp_path: Path, monkeypatch) -> None:
    from wksbm_desktop.ui.main_window import create_main_window

    database = open_database(tmp_path / "kota.db")
    build_city(database)
    database.dispose()
    window = create_main_window(tmp_path / "kota.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.opening.is_open)
    assert window.city_menu.menuAction().isVisible()
    # Dinas Sosial receives reports, it sends none: no "Laporan bulan lalu" there.
    assert not window.report_button.isVisible()
    assert not window.excel_actions["exportLastMonth"].isVisible()
    window.city_views.actions["reportStatusAction"].trigger()
    window.city_views.actions["nikGandaAction"].trigger()
    assert window.findChild(NikGandaView, "nikGandaView").isVisible()
    status = window.findChild(QLabel, "reportStatusSummary")
    assert status is not None and "dari 104 kelurahan" in status.text()
    # A change anywhere (a report received, a decision): the open view reads again.
    view = window.findChild(NikGandaView, "nikGandaView")
    from wksbm_desktop.core.services.nik_reviews import record_decision

    first = view.cards[0].found
    with window.database.session() as session:
        record_decision(session, first.nik, first.member_uuids, "same_person")
    window.data_changed.emit()
    assert view.findChild(QLabel, "nikGandaSummary").text() == "1 NIK ganda menunggu keputusan"
    window.city_views.actions["nikGandaAction"].trigger()
    assert window.findChildren(NikGandaView) == [view]
    window.close()
    window.database.dispose()


def test_a_kelurahan_installation_has_no_city_views(main_window) -> None:
    assert not main_window.city_menu.menuAction().isVisible()
    assert main_window.excel_actions["exportLastMonth"].isVisible()
    assert main_window.findChild(NikGandaView) is None


def test_only_the_first_cards_are_built(qtbot, city, monkeypatch) -> None:
    from wksbm_desktop.ui.city import nik_ganda_view

    monkeypatch.setattr(nik_ganda_view, "MAX_CARDS", 1)
    view = NikGandaView(city)
    qtbot.addWidget(view)
    assert len(view.cards) == 1
    more = view.findChild(QLabel, "nikGandaMore").text()
    assert more.startswith("Ditampilkan 1 dari 2 NIK ganda")


def test_a_pemantau_reads_each_nik_ganda_with_only_its_kab_kota(qtbot, city) -> None:
    from wksbm_desktop.core.domain.roles import Role, SignedIn
    from wksbm_desktop.core.services import accounts

    with city.session() as session:
        accounts.create_first_administrator(session, "kadis", "Kepala Dinas", "rahasia-kadis-1")
    city.sign_in(SignedIn(2, "pantau", "Rina Pemantau", Role.PEMANTAU))
    view = NikGandaView(city)
    qtbot.addWidget(view)
    titles = [card.title() for card in view.cards]
    assert titles and all("3671************" in title for title in titles)
    assert not any("0002" in title for title in titles)  # the serial stays hidden too
