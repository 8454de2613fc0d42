"""NIK ganda at the city has a second page: people likely the same across kelurahan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import update

from tests.city_data import KERONCONG, SUKARASA, build_city
from wksbm_desktop.core.domain.inputs import MemberInput
from wksbm_desktop.core.models import Member
from wksbm_desktop.core.queries.duplicates import find_duplicates
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.storage.db import Database, open_database
from wksbm_desktop.ui.city.nik_review import NikReview

BORN = date(1980, 5, 17)


@pytest.fixture
def city(tmp_path: Path) -> Iterator[Database]:
    """The test city, plus Muhammad Rizki of Sukarasa and Muhamad Rizki of Keroncong."""
    database = open_database(tmp_path / "kota.db", operator="Petugas Dinas")
    build_city(database)
    with database.session() as session:
        for nik, name, code in (
            ("3671011705800011", "Muhammad Rizki", SUKARASA),
            ("3671011705800012", "Muhamad Rizki", KERONCONG),
        ):
            member = create_member(session, MemberInput(nik, name, birth_date=BORN))
            session.execute(
                update(Member).where(Member.id == member.id).values(kelurahan_code=code)
            )
    yield database
    database.dispose()


def open_page(qtbot, city: Database) -> NikReview:  # type: ignore[no-untyped-def]
    review = NikReview(city)
    qtbot.addWidget(review)
    review.resize(1240, 680)
    review.show()
    assert not review.duplicates.pairs  # the city's finder waits until its page is shown
    review.setCurrentWidget(review.duplicates)
    qtbot.waitUntil(lambda: not review.duplicates.busy and bool(review.duplicates.pairs))
    return review


def test_the_whole_city_finder_shows_pairs_across_kelurahan(qtbot, city) -> None:
    review = open_page(qtbot, city)
    view = review.duplicates
    assert [review.tabText(i) for i in range(2)] == ["NIK sama", "Kemungkinan orang yang sama"]
    row = next(i for i, p in enumerate(view.pairs) if p.a.name == "Muhammad Rizki")
    cells = [view.model.index(row, c).data() for c in range(view.model.columnCount())]
    columns = range(view.model.columnCount())
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    assert headers == ["Kemiripan", "Nama", "NIK", "Kelurahan", "Nama", "NIK", "Kelurahan",
                       "Alasan"]  # fmt: skip
    assert cells[1:7] == [
        "Muhammad Rizki", "3671011705800011", "Sukarasa",
        "Muhamad Rizki", "3671011705800012", "Keroncong",
    ]  # fmt: skip
    view.table.selectRow(row)
    places = view.review.findChildren(QLabel, "duplicateCell_kelurahan")
    assert [c.text() for c in places] == ["Sukarasa", "Keroncong"]
    assert all(c.property("differs") for c in places)
    # A kelurahan's records are merged at the kelurahan; the city marks different people.
    assert not view.review.merge_button.isVisible()
    assert view.review.dismiss_button.isVisible()
    title = view.review.findChild(QLabel, "duplicateTitle0")
    assert title.text() == "Muhammad Rizki"  # no "Buka data": records change at the kelurahan


def test_the_city_marks_a_pair_as_different_people(qtbot, city) -> None:
    review = open_page(qtbot, city)
    view = review.duplicates
    before = len(view.pairs)
    view.table.selectRow(next(i for i, p in enumerate(view.pairs) if p.a.name == "Muhammad Rizki"))
    view.review.dismiss_button.click()
    assert len(view.pairs) == before - 1
    with city.read_session() as session:
        names = {(p.a.name, p.b.name) for p in find_duplicates(session, whole_city=True)}
    assert ("Muhammad Rizki", "Muhamad Rizki") not in names
