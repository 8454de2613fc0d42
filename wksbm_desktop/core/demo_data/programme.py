"""Demo aid (with some overdue LPJ), quarterly indicators that grow faster for aided groups,
and monitoring visits, for the groups a demo run made (issue 19)."""

from __future__ import annotations

import random
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import programme
from wksbm_desktop.core.models import (
    Aid,
    AidDisbursement,
    AidReport,
    Base,
    GroupIndicator,
    IndicatorMeasure,
    IndicatorValue,
    ReferenceItem,
    Visit,
)

_BATCH = 5_000
PRIORITY_SECTORS = ("Pertanian", "Peternakan", "Ekonomi Produktif", "Pengelolaan Sampah")
_SOURCES = {"Kemensos/APBN": 30, "APBD Kota": 30, "CSR": 15, "Baznas": 10, "Swadaya": 5,
            "Lainnya": 10}  # fmt: skip
_PURPOSES = {
    "Pertanian": ("Bibit dan pupuk hidroponik", "Alat pertanian kelompok", "Modal tanam cabai"),
    "Peternakan": ("Pengadaan kambing bergulir", "Kandang dan pakan ternak", "Bibit ayam petelur"),
    "Ekonomi Produktif": ("Modal usaha keripik", "Peralatan menjahit", "Etalase dan gerobak usaha"),
    "Pengelolaan Sampah": ("Mesin pencacah plastik", "Timbangan dan gerobak sampah",
                           "Modal bank sampah"),
}  # fmt: skip
_GOODS = {
    "Pertanian": "Alat dan bibit pertanian", "Peternakan": "Kambing 5 ekor dan pakan",
    "Ekonomi Produktif": "Peralatan usaha", "Pengelolaan Sampah": "Mesin pencacah dan timbangan",
}  # fmt: skip
_FINDINGS = (
    ("Pembukuan kas belum rutin.", "Catat kas harian di buku kas."),
    ("Pertemuan anggota jarang diadakan.", "Jadwalkan pertemuan bulanan."),
    ("Usaha berjalan, pemasaran masih terbatas.", "Ikut bazar kelurahan dan jual daring."),
    ("Bantuan sudah dimanfaatkan sesuai usulan.", "Lanjutkan dan siapkan LPJ tepat waktu."),
    ("Sebagian anggota tidak aktif.", "Data ulang anggota dan bagi tugas pengurus."),
)
_FOLLOW_UPS = ("Pendampingan pembukuan", "Pelatihan pemasaran", "Rapat anggota dijadwalkan",
               "Koordinasi dengan kelurahan")  # fmt: skip
_VISITORS = ("Pendamping Dinas Sosial", "TKSK Kecamatan", "Penyuluh Pertanian", "Staf Kelurahan",
             "Pendamping PKH")  # fmt: skip


class GroupLike(Protocol):
    """What this module reads of a demo group (the generator's own row type)."""

    @property
    def id(self) -> int: ...

    @property
    def sector(self) -> str: ...

    @property
    def founded_on(self) -> date: ...


@dataclass
class ProgrammeCounts:
    aid: int = 0
    indicators: int = 0
    visits: int = 0


@dataclass
class _Run:
    rng: random.Random
    today: date
    now: object
    sources: dict[str, int]
    measures: dict[str, list[tuple[int, str]]]  # sector label → (measure id, unit)
    aided_since: dict[int, date] = field(default_factory=dict)  # group id → first disbursement

    def uuid(self) -> str:
        return str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max((end - start).days, 0)))

    def stamps(self) -> dict[str, object]:
        return {"version": 1, "created_at": self.now, "updated_at": self.now}


def _bulk(session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    table = cast(Table, model.__table__)
    for start in range(0, len(rows), _BATCH):
        session.execute(insert(table), list(rows[start : start + _BATCH]))


def _ids(session: Session, model: Any, uuids: list[str], after_id: int) -> dict[str, int]:
    rows = session.execute(select(model.uuid, model.id).where(model.id > after_id))
    wanted = set(uuids)
    return {uuid: record_id for uuid, record_id in rows if uuid in wanted}


def _max_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.max(model.id))) or 0)


def insert_programme(
    session: Session, rng: random.Random, today: date, now: object, groups: Sequence[GroupLike]
) -> ProgrammeCounts:
    """Aid with disbursements and LPJ, indicators and visits for ``groups``."""
    run = _Run(rng, today, now, _sources(session), _measures(session))
    counts = ProgrammeCounts()
    counts.aid = _insert_aid(session, run, groups)
    counts.indicators = _insert_indicators(session, run, groups)
    counts.visits = _insert_visits(session, run, groups)
    return counts


def _sources(session: Session) -> dict[str, int]:
    query = select(ReferenceItem.label, ReferenceItem.id).where(ReferenceItem.kind == "aid_source")
    return {label: item_id for label, item_id in session.execute(query)}


def _measures(session: Session) -> dict[str, list[tuple[int, str]]]:
    query = (
        select(ReferenceItem.label, IndicatorMeasure.id, IndicatorMeasure.unit)
        .join(ReferenceItem, ReferenceItem.id == IndicatorMeasure.sector_id)
        .where(IndicatorMeasure.active.is_(True))
        .order_by(IndicatorMeasure.sort_order)
    )
    found: dict[str, list[tuple[int, str]]] = {}
    for sector, measure_id, unit in session.execute(query):
        found.setdefault(sector, []).append((measure_id, unit))
    return found


# --- aid, disbursements, LPJ ------------------------------------------------------------------


def _insert_aid(session: Session, run: _Run, groups: Sequence[GroupLike]) -> int:
    rows, followers = [], []
    for group in groups:
        chance = 0.5 if group.sector in PRIORITY_SECTORS else 0.12
        if run.rng.random() >= chance:
            continue
        for _ in range(run.rng.choice((1, 1, 1, 2))):
            row = _aid_row(run, group)
            rows.append(row)
            if row["decision"] == "disetujui":
                followers.append((row, group))
    before = _max_id(session, Aid)
    _bulk(session, Aid, rows)
    ids = _ids(session, Aid, [str(r["uuid"]) for r, _g in followers], before)
    disbursements, reports = [], []
    for row, group in followers:
        disbursements.extend(_disbursements(run, row, ids[str(row["uuid"])], group))
        reports.append(_report(run, row, ids[str(row["uuid"])]))
    _bulk(session, AidDisbursement, disbursements)
    _bulk(session, AidReport, reports)
    return len(rows)


def _aid_row(run: _Run, group: GroupLike) -> dict[str, object]:
    rng = run.rng
    earliest = max(group.founded_on + timedelta(days=180), run.today - timedelta(days=3 * 365))
    proposed = run.day_between(earliest, run.today - timedelta(days=20))
    requested = rng.randint(10, 100) * 500_000
    recent = (run.today - proposed).days < 150
    decision = rng.choices(("disetujui", "ditolak", "menunggu"), (75, 10, 15 if recent else 0))[0]
    decided = None
    if decision != "menunggu":
        decided = min(proposed + timedelta(days=rng.randint(20, 120)), run.today)
    approved = (
        requested * rng.randint(6, 10) // 10 // 100_000 * 100_000 if decision == "disetujui" else 0
    )
    source = rng.choices(list(_SOURCES), list(_SOURCES.values()))[0]
    return {
        "uuid": run.uuid(), "group_id": group.id, "proposed_on": proposed,
        "purpose": rng.choice(_PURPOSES.get(group.sector, ("Modal usaha bersama",))),
        "amount_requested": requested, "decision": decision, "decided_on": decided,
        "amount_approved": approved,
        "source_id": run.sources.get(source) if decision != "menunggu" else None,
        "notes": "", **run.stamps(),
    }  # fmt: skip


def _disbursements(
    run: _Run, aid: dict[str, Any], aid_id: int, group: GroupLike
) -> list[dict[str, object]]:
    """One or two tranches after the decision (only those already due), never above it."""
    rng = run.rng
    decided: date = aid["decided_on"]
    approved: int = aid["amount_approved"]
    first_on = decided + timedelta(days=rng.randint(7, 40))
    tranches = [(first_on, approved)]
    if rng.random() < 0.4:
        first = approved * 6 // 10
        second_on = first_on + timedelta(days=rng.randint(60, 120))
        tranches = [(first_on, first), (second_on, approved - first)]
    rows = []
    for on, amount in tranches:
        if on > run.today:
            break
        goods = group.sector in _GOODS and rng.random() < 0.35
        rows.append({
            "uuid": run.uuid(), "aid_id": aid_id, "disbursed_on": on, "amount": amount,
            "form": "barang" if goods else "uang", "goods": _GOODS[group.sector] if goods else "",
            "notes": "", **run.stamps(),
        })  # fmt: skip
        run.aided_since.setdefault(int(aid["group_id"]), on)
    return rows


def _report(run: _Run, aid: dict[str, Any], aid_id: int) -> dict[str, object]:
    """The LPJ is due six months after the decision; most are handed in, some are overdue."""
    rng = run.rng
    decided: date = aid["decided_on"]
    due = decided + timedelta(days=182)
    if due <= run.today:
        status = rng.choices(("diterima", "diserahkan", "dikembalikan", "belum"), (65, 10, 5, 20))[
            0
        ]
    else:
        status = rng.choices(("belum", "diserahkan"), (75, 25))[0]
    submitted = None
    if status != "belum":
        latest = min(due + timedelta(days=30), run.today)
        submitted = run.day_between(min(decided + timedelta(days=60), latest), latest)
    remarks = {"dikembalikan": "Kuitansi belanja belum lengkap.", "diterima": "Lengkap."}
    return {
        "uuid": run.uuid(), "aid_id": aid_id, "due_on": due, "submitted_on": submitted,
        "status": status, "remarks": remarks.get(status, ""), **run.stamps(),
    }  # fmt: skip


# --- indicators -------------------------------------------------------------------------------


def _quarters(run: _Run, founded: date, count: int) -> list[date]:
    """The last ``count`` quarters that have ended by today and began after the founding."""
    start = programme.period_start("triwulan", run.today)
    found: list[date] = []
    while len(found) < count:
        start = programme.period_start("triwulan", start - timedelta(days=1))
        if start < founded:
            break
        found.append(start)
    return found[::-1]


def _insert_indicators(session: Session, run: _Run, groups: Sequence[GroupLike]) -> int:
    rng = run.rng
    rows, values_by_uuid = [], {}
    for group in groups:
        chance = 0.85 if group.sector in PRIORITY_SECTORS else 0.35
        if rng.random() >= chance:
            continue
        level = {"cash": rng.uniform(0.3, 4), "turnover": rng.uniform(2, 25),
                 "assets": rng.uniform(1, 15)}  # fmt: skip
        members = rng.randint(8, 30)
        aided = run.aided_since.get(group.id)
        for start in _quarters(run, group.founded_on, 8):
            growing = aided is not None and start >= aided
            level = {k: v * rng.uniform(1.03, 1.10) if growing else v * rng.uniform(0.97, 1.03)
                     for k, v in level.items()}  # fmt: skip
            members = max(members + rng.choice((-1, 0, 0, 1, 1 if growing else 0)), 3)
            if rng.random() < 0.1:
                continue  # a quarter nobody recorded
            row = {
                "uuid": run.uuid(), "group_id": group.id, "period_kind": "triwulan",
                "period_start": start, "active_members": members, "notes": "", **run.stamps(),
                **{k: int(v * 1_000_000) // 1000 * 1000 for k, v in level.items()},
            }  # fmt: skip
            rows.append(row)
            values_by_uuid[str(row["uuid"])] = _measure_values(run, group, level["turnover"])
    before = _max_id(session, GroupIndicator)
    _bulk(session, GroupIndicator, rows)
    ids = _ids(session, GroupIndicator, list(values_by_uuid), before)
    _bulk(session, IndicatorValue, [
        {"indicator_id": ids[uuid], "measure_id": measure_id, "value": value}
        for uuid, values in values_by_uuid.items() for measure_id, value in values
    ])  # fmt: skip
    return len(rows)


def _measure_values(run: _Run, group: GroupLike, scale: float) -> list[tuple[int, int]]:
    """The sector's measures, in proportion to the group's turnover (in millions)."""
    per_unit = {"Rp": 60_000, "kg": 40, "ekor": 0.8, "orang": 1.5, "unit": 30, "m²": 50}
    return [
        (measure_id, int(scale * per_unit.get(unit, 10) * run.rng.uniform(0.9, 1.1)))
        for measure_id, unit in run.measures.get(group.sector, [])
    ]


# --- visits -----------------------------------------------------------------------------------


def _insert_visits(session: Session, run: _Run, groups: Sequence[GroupLike]) -> int:
    rng = run.rng
    rows = []
    for group in groups:
        earliest = max(group.founded_on, run.today - timedelta(days=730))
        for _ in range(rng.choices((0, 1, 2, 3, 4, 5), (8, 15, 25, 25, 17, 10))[0]):
            on = run.day_between(earliest, run.today)
            finding, advice = rng.choice(_FINDINGS)
            age = (run.today - on).days
            status = rng.choices(("selesai", "proses", "belum"),
                                 (80, 15, 5) if age > 120 else (30, 40, 30))[0]  # fmt: skip
            rows.append({
                "uuid": run.uuid(), "group_id": group.id, "visited_on": on,
                "facilitator": rng.choice(_VISITORS), "findings": finding,
                "recommendations": advice,
                "follow_up": "" if status == "belum" else rng.choice(_FOLLOW_UPS),
                "follow_up_status": status, **run.stamps(),
            })  # fmt: skip
    _bulk(session, Visit, rows)
    return len(rows)
