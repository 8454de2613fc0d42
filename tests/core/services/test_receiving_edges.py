"""Receiving whole files at their edges: the wrong database, a kelurahan outside the city, a
report without its date, and a file that arrives twice at the same moment."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from tests.core.services.incoming import City, group
from tests.excel.receiving.kit import city_db
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Group, ReceivedReport
from wksbm_desktop.core.services import receiving
from wksbm_desktop.core.storage.db import Database

KABUPATEN = "36.03.01.1001"  # Kabupaten Tangerang: not one of the city's kelurahan


@pytest.fixture
def city(new_target: Callable[..., str]) -> Iterator[City]:
    database = city_db(new_target)
    yield City(database)
    database.dispose()


def _received(city: City) -> list[tuple[str, str, str]]:
    query = select(ReceivedReport.kelurahan_code, ReceivedReport.status, ReceivedReport.message)
    return [
        tuple(row)
        for row in city.read(lambda s: s.execute(query.order_by(ReceivedReport.id)).all())
    ]


def test_a_kelurahan_database_receives_nothing_and_records_nothing(database: Database) -> None:
    kelurahan = City(database)
    with pytest.raises(WksbmError) as refused:
        kelurahan.receive(kelurahan.report(groups=[group()]))
    assert refused.value.key == "receiving.not_city"
    assert "init --city" in refused.value.message
    assert kelurahan.read(lambda s: s.scalar(select(func.count()).select_from(ReceivedReport))) == 0
    assert kelurahan.read(lambda s: s.scalar(select(Group.id))) is None


def test_a_kelurahan_outside_the_city_is_refused_and_recorded_without_its_content(
    city: City,
) -> None:
    receipt = city.receive(city.report(code=KABUPATEN, groups=[group()]))
    assert receipt.status == "refused"
    assert receipt.message == (
        f"Kode kelurahan {KABUPATEN} di laporan ini bukan kelurahan Kota Tangerang; laporan "
        "ditolak."
    )
    assert _received(city) == [(KABUPATEN, "refused", receipt.message)]
    assert city.read(lambda s: s.scalar(select(Group.id))) is None


def test_a_report_without_its_date_is_refused_for_it_cannot_be_ordered(city: City) -> None:
    report = city.report(groups=[group()])
    report.generated_at = None
    receipt = city.receive(report)
    assert receipt.status == "refused" and "generated_at" in receipt.message
    assert [status for _code, status, _message in _received(city)] == ["refused"]
    assert city.read(lambda s: s.scalar(select(Group.id))) is None


def test_the_checksum_index_refusing_a_second_copy_is_told_from_other_errors(
    city: City,
) -> None:
    """Two officers receiving one file at the same moment: the database's unique index refuses
    the second copy, in words that differ between SQLite and PostgreSQL."""

    def row(checksum: str, status: str = "received") -> ReceivedReport:
        return ReceivedReport(kelurahan_code="36.71.05.1008", file_name="poris.xlsx",
                              checksum=checksum, status=status, generated_at=datetime(2025, 6, 1),
                              counts="{}", receipt="[]")  # fmt: skip

    with pytest.raises(IntegrityError) as twice, city.database.session() as session:
        session.add(row("a" * 64))
        session.flush()
        session.add(row("a" * 64))
        session.flush()
    with pytest.raises(IntegrityError) as other, city.database.session() as session:
        session.add(row("b" * 64, status="hilang"))  # breaks the status check instead
        session.flush()
    assert receiving.is_duplicate_receipt(twice.value)
    assert not receiving.is_duplicate_receipt(other.value)
    assert not receiving.is_duplicate_receipt(ValueError("uq_received_reports_checksum"))


def test_a_file_received_a_moment_ago_by_another_officer_is_named_unchanged(city: City) -> None:
    report = city.report(groups=[group()])
    city.receive(report)
    with city.database.read_session() as session:
        receipt = receiving.already_received(session, report)
    assert receipt.status == "unchanged"
    assert "oleh Petugas Dinas" in receipt.message and report.file_name in receipt.message
    assert receipt.kelurahan_name == "Poris Plawad"


def test_a_report_without_a_checksum_is_never_matched_with_an_earlier_file(city: City) -> None:
    """The checksum is empty when the file could not be read to compute it: such a report is
    compared with no earlier file and lands on its own. Should the index still refuse it, no
    earlier receipt can be named, and the officer gets a plain sentence, not a traceback."""
    report = city.report(groups=[group()])
    report.checksum = ""
    assert city.receive(report).status == "received"
    with city.database.read_session() as session:
        receipt = receiving.already_received(session, report)
    assert receipt.status == "unchanged"
    assert receipt.message == (
        "Berkas ini baru saja diterima oleh petugas lain; tidak ada yang berubah."
    )
