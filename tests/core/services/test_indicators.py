"""Group indicators per month or quarter with their sector measures, and the measures' list."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.programme_inputs import IndicatorInput
from wksbm_desktop.core.errors import ConflictError, NotFoundError, ValidationFailed
from wksbm_desktop.core.models import AuditEntry, Group, GroupIndicator, IndicatorValue
from wksbm_desktop.core.services import indicator_measures
from wksbm_desktop.core.services.groups import create_group
from wksbm_desktop.core.services.indicators import (
    archive_indicators,
    measures_for,
    record_indicators,
    restore_indicators,
    update_indicators,
)
from wksbm_desktop.core.storage.db import Database


def figures(group: Group, **changes: Any) -> IndicatorInput:
    values: dict[str, Any] = {
        "group_uuid": group.uuid, "period_kind": "triwulan", "period_start": date(2025, 4, 1),
        "cash": 3_500_000, "turnover": 12_000_000, "assets": 8_000_000, "active_members": 14,
    }  # fmt: skip
    return IndicatorInput(**(values | changes))


def errors_of(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.by_field()


def last_changes(session: Session, uuid: str) -> tuple[str, dict[str, Any]]:
    query = select(AuditEntry).where(AuditEntry.entity_uuid == uuid).order_by(AuditEntry.id)
    entry = list(session.scalars(query))[-1]
    return entry.action, json.loads(entry.changes)


@pytest.fixture
def bank_sampah(session: Session, make: Any) -> Group:
    return create_group(
        session, make.group("Bank Sampah Melati", type="Bank Sampah", sector="Pengelolaan Sampah")
    )


def stored_values(session: Session, indicator_id: int) -> dict[int, int]:
    query = select(IndicatorValue.measure_id, IndicatorValue.value).where(
        IndicatorValue.indicator_id == indicator_id
    )
    return {measure: int(value) for measure, value in session.execute(query)}


def test_the_seeded_measures_follow_the_sector(session: Session, bank_sampah: Group) -> None:
    labels = [(m.label, m.unit) for m in measures_for(session, bank_sampah.sector_id)]
    assert labels == [
        ("Sampah terkumpul", "kg"),
        ("Nilai sampah", "Rp"),
        ("Nasabah aktif", "orang"),
    ]


def test_a_quarter_is_recorded_with_its_measures_and_history(
    session: Session, bank_sampah: Group
) -> None:
    data = figures(bank_sampah, period_start=date(2025, 5, 20),
                   measures=(("sampah terkumpul", 420), ("Nilai sampah", 1_260_000)))  # fmt: skip
    indicator = record_indicators(session, data)
    assert indicator.period_start == date(2025, 4, 1), "any day of the quarter names it"
    assert sorted(stored_values(session, indicator.id).values()) == [420, 1_260_000]
    action, changes = last_changes(session, indicator.uuid)
    assert action == "create"
    assert changes["measure:Sampah terkumpul"] == [None, 420]
    assert changes["cash"] == [None, 3_500_000]


def test_one_record_per_group_and_period(session: Session, group: Group) -> None:
    record_indicators(session, figures(group))
    errors = errors_of(
        lambda: record_indicators(session, figures(group, period_start=date(2025, 6, 30)))
    )
    assert errors == {
        "period_start": (
            "Indikator kelompok ini untuk periode TW II 2025 sudah ada. "
            "Ubah catatan yang sudah ada."
        )
    }
    monthly = record_indicators(session, figures(group, period_kind="bulan"))
    assert monthly.period_start == date(2025, 4, 1)


def test_figures_may_be_left_empty_but_not_all_of_them(session: Session, group: Group) -> None:
    only_cash = record_indicators(
        session, figures(group, turnover=None, assets=None, active_members=None)
    )
    assert (only_cash.cash, only_cash.turnover) == (3_500_000, None)
    empty = figures(group, period_start=date(2025, 1, 1), cash=None, turnover=None, assets=None,
                    active_members=None)  # fmt: skip
    errors = errors_of(lambda: record_indicators(session, empty))
    assert "Isi paling sedikit satu angka" in errors["cash"]


def test_figures_are_whole_and_not_negative(session: Session, group: Group) -> None:
    data = figures(group, cash=-1, turnover=2.5, assets=10**13, active_members=-3)
    errors = errors_of(lambda: record_indicators(session, data))
    assert errors == {
        "cash": "Kas/tabungan tidak boleh kurang dari nol.",
        "turnover": "Omzet harus berupa angka rupiah bulat, tanpa sen.",
        "assets": (
            "Aset terlalu besar (paling banyak Rp 999.999.999.999). "
            "Periksa jumlah nol yang diketik."
        ),
        "active_members": "Anggota aktif tidak boleh kurang dari nol.",
    }
    errors = errors_of(lambda: record_indicators(session, figures(group, active_members=10**10)))
    assert errors == {"active_members": "Anggota aktif terlalu besar. Periksa kembali angkanya."}


def test_the_period_must_exist_and_have_started(session: Session, group: Group) -> None:
    next_quarter = date.today() + timedelta(days=100)
    errors = errors_of(
        lambda: record_indicators(session, figures(group, period_start=next_quarter))
    )
    assert "belum dimulai" in errors["period_start"]
    errors = errors_of(lambda: record_indicators(session, figures(group, period_start=None)))
    assert errors == {"period_start": "Periode wajib diisi."}
    errors = errors_of(lambda: record_indicators(session, figures(group, period_kind="tahun")))
    assert set(errors) == {"period_kind"}
    errors = errors_of(lambda: record_indicators(session, figures(group, group_uuid="x")))
    assert set(errors) == {"group_uuid"}


def test_measures_must_belong_to_the_sector_once_each(
    session: Session, group: Group, bank_sampah: Group
) -> None:
    data = figures(group, measures=(("Sampah terkumpul", 10),))
    errors = errors_of(lambda: record_indicators(session, data))
    assert errors["measures"] == (
        'Ukuran "Sampah terkumpul" tidak ada untuk sektor Ekonomi Produktif. '
        "Pilihan yang ada: Produk terjual, Pelanggan tetap."
    )
    twice = figures(bank_sampah, measures=(("Nasabah aktif", 10), ("nasabah aktif", 12)))
    errors = errors_of(lambda: record_indicators(session, twice))
    assert errors == {"measures": "Ukuran Nasabah aktif diisi dua kali; isi sekali saja."}
    negative = figures(bank_sampah, measures=(("Nasabah aktif", -1),))
    assert errors_of(lambda: record_indicators(session, negative)) == {
        "measures": "Nasabah aktif tidak boleh kurang dari nol."
    }
    huge = figures(bank_sampah, measures=(("Sampah terkumpul", 10**13),))
    assert "terlalu besar" in errors_of(lambda: record_indicators(session, huge))["measures"]


def test_update_replaces_the_measures_and_records_the_difference(
    session: Session, bank_sampah: Group
) -> None:
    data = figures(bank_sampah, measures=(("Sampah terkumpul", 420), ("Nasabah aktif", 30)))
    indicator = record_indicators(session, data)
    changed = figures(bank_sampah, cash=4_000_000,
                      measures=(("Sampah terkumpul", 450), ("Nilai sampah", 900_000)))  # fmt: skip
    update_indicators(session, indicator.uuid, changed, expected_version=1)
    action, changes = last_changes(session, indicator.uuid)
    assert action == "update"
    assert changes == {
        "cash": [3_500_000, 4_000_000],
        "measure:Nasabah aktif": [30, None],
        "measure:Nilai sampah": [None, 900_000],
        "measure:Sampah terkumpul": [420, 450],
    }
    assert sorted(stored_values(session, indicator.id).values()) == [450, 900_000]
    update_indicators(session, indicator.uuid, changed)  # the same values again: nothing new
    assert last_changes(session, indicator.uuid) == (action, changes)


def test_a_period_archived_can_be_recorded_again_and_restored_only_if_free(
    session: Session, group: Group
) -> None:
    first = record_indicators(session, figures(group))
    archive_indicators(session, first.uuid)
    second = record_indicators(session, figures(group, cash=1_000_000))
    errors = errors_of(lambda: restore_indicators(session, first.uuid))
    assert "TW II 2025 sudah ada" in errors["period_start"]
    archive_indicators(session, second.uuid)
    restore_indicators(session, first.uuid)
    assert first.archived_at is None


# --- the list of measures ---------------------------------------------------------------------


def test_an_office_adds_renames_and_hides_measures(session: Session, group: Group) -> None:
    measure = indicator_measures.add_measure(session, "Ekonomi Produktif", "Kue terjual", "bungkus")
    assert (measure.sector is not None and measure.sector.label, measure.sort_order) == (
        "Ekonomi Produktif", 3,
    )  # fmt: skip
    everyone = indicator_measures.add_measure(session, "", "Pertemuan rutin", "kali")
    assert everyone.sector_id is None
    labels = [m.label for m in measures_for(session, group.sector_id)]
    assert labels == ["Produk terjual", "Pelanggan tetap", "Kue terjual", "Pertemuan rutin"]
    indicator_measures.update_measure(session, measure.id, "Kue kering terjual", "toples")
    indicator_measures.update_measure(session, measure.id, "Kue kering terjual", "toples")
    indicator_measures.set_measure_active(session, measure.id, False)
    indicator_measures.set_measure_active(session, measure.id, False)
    assert measure.active is False
    query = select(AuditEntry.action, AuditEntry.changes).where(
        AuditEntry.entity_uuid == f"indicator_measure:{measure.id}"
    ).order_by(AuditEntry.id)  # fmt: skip
    assert [(a, json.loads(c)) for a, c in session.execute(query)] == [
        ("create", {"sector_id": [None, group.sector_id], "label": [None, "Kue terjual"],
                    "unit": [None, "bungkus"]}),
        ("update", {"label": ["Kue terjual", "Kue kering terjual"], "unit": ["bungkus", "toples"]}),
        ("update", {"active": [True, False]}),
    ]  # fmt: skip


def test_a_measure_is_named_once_per_sector_with_a_unit(session: Session) -> None:
    errors = errors_of(lambda: indicator_measures.add_measure(session, "Pengelolaan Sampah",
                                                             "sampah terkumpul", ""))  # fmt: skip
    assert errors == {
        "label": 'Ukuran "sampah terkumpul" sudah ada untuk sektor ini.',
        "unit": "Satuan wajib diisi.",
    }
    indicator_measures.add_measure(session, "Pertanian", "Sampah terkumpul", "kg")
    errors = errors_of(lambda: indicator_measures.add_measure(session, "Perikanan", "Ikan", "kg"))
    assert set(errors) == {"sector"}
    first = indicator_measures.add_measure(session, "", "Pertemuan", "kali")
    second = indicator_measures.add_measure(session, "", "Tamu", "orang")
    errors = errors_of(
        lambda: indicator_measures.update_measure(session, second.id, "pertemuan", "x")
    )
    assert set(errors) == {"label"}
    assert first.sort_order + 1 == second.sort_order


def test_an_unknown_measure_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError) as caught:
        indicator_measures.set_measure_active(session, 999_999, True)
    assert "ukuran indikator" in caught.value.message


def test_one_period_saved_by_two_users_at_once_is_a_plain_conflict(
    database: Database, make: Any
) -> None:
    """The service checks the period first; the database's own rule catches a lost race."""
    with database.session() as session:
        group = create_group(session, make.group())
        record_indicators(session, figures(group))
        group_id = group.id
    stamp = datetime(2025, 5, 1)
    race = {"uuid": "00000000-0000-4000-8000-00000000aaaa", "group_id": group_id,
            "period_kind": "triwulan", "period_start": date(2025, 4, 1), "notes": "",
            "version": 1, "created_at": stamp, "updated_at": stamp}  # fmt: skip
    with pytest.raises(ConflictError) as caught, database.session() as session:
        session.execute(insert(GroupIndicator.__table__).values(race))
    assert "periode yang sama" in caught.value.message
