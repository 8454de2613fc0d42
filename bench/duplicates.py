"""Likely duplicates at scale (issue 18): plant pairs of each kind into a demo city database,
report precision and recall overall and per kind, and time the finder and the at-entry check
against plain SQL measured in the same run.

Run ``python -m bench.duplicates [--members 150000] [--per-kind 60]`` (builds or reuses the
cached demo database of bench/data.py, works on a scratch copy), or the step ``duplicates`` of
``python -m bench``. Prints a table and writes JSON to bench/results/. No assertion anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # ``python bench/duplicates.py``
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RESULTS = Path(__file__).resolve().parent / "results"
SCAN_COLUMNS = "id, uuid, nik, full_name, sex, birth_date, kk, rt, rw, address, kelurahan_code"
ENTRY_CHECKS = 60

# Each planted kind: which finder kinds count as finding it (any of them will do).
PLANTED = {
    "nik_one_digit": "NIK one digit off, similar name",
    "nik_swap": "NIK two digits swapped",
    "muhammad": "Muhammad / Muhamad / M. / Moh., same birth date",
    "siti_st": "Siti / St. / Sitti, same birth date",
    "nur_noer": "Nur / Noer / Nurul, same birth date",
    "titles": "H. / Hj. / S.Pd. / S.E., same birth date",
    "doubled_letters": "doubled letter, same birth date",
    "no_birth_date": "one record without a birth date (other NIK, same RT/RW)",
    "same_kk": "same No. KK, similar name, age within a year",
    "two_kelurahan": "same person in two kelurahan (same NIK)",
}
NAME_STARTS = {"muhammad": "Muhammad ", "siti_st": "Siti ", "nur_noer": "Nur "}


@dataclass(frozen=True)
class Planted:
    kind: str
    original: str
    copy: str
    names: tuple[str, str, str]  # original name, copy name, copy NIK


class Planter:
    """Copies chosen members with the change each kind describes, straight into SQLite."""

    def __init__(self, connection: sqlite3.Connection, seed: int) -> None:
        self.db = connection
        self.rng = random.Random(seed)
        connection.row_factory = sqlite3.Row
        self.columns = [row[1] for row in connection.execute("PRAGMA table_info(members)")]
        self.niks = {row[0] for row in connection.execute("SELECT nik FROM members")}
        self.codes = [row[0] for row in connection.execute("SELECT code FROM city_kelurahan")]
        self.used: set[int] = set()

    def originals(self, kind: str, count: int) -> list[sqlite3.Row]:
        query = "SELECT * FROM members WHERE archived_at IS NULL"
        start = NAME_STARTS.get(kind)
        if start:
            query += f" AND full_name LIKE '{start}%' AND full_name LIKE '% %'"
        rows = [r for r in self.db.execute(query + " ORDER BY id") if r["id"] not in self.used]
        chosen = self.rng.sample(rows, min(count, len(rows)))
        self.used.update(r["id"] for r in chosen)
        return chosen

    def plant(self, kind: str, count: int) -> list[Planted]:
        planted = []
        for row in self.originals(kind, count):
            original = dict(row)
            copy = getattr(self, f"_{kind}")(original, dict(original))
            copy.pop("id")
            copy["uuid"] = str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))
            self.niks.add(copy["nik"])
            names = ", ".join(copy)
            marks = ", ".join(f":{name}" for name in copy)
            cursor = self.db.execute(f"INSERT INTO members ({names}) VALUES ({marks})", copy)
            self.used.add(int(cursor.lastrowid or 0))  # a copy is never copied again
            shown = (original["full_name"], copy["full_name"], copy["nik"])
            planted.append(Planted(kind, original["uuid"], copy["uuid"], shown))
        return planted

    # --- NIKs and names -----------------------------------------------------------------------

    def _free(self, nik: str) -> str:
        return nik if nik not in self.niks else self._far_nik(nik)

    def _far_nik(self, nik: str) -> str:
        """The same region and birth date, a serial at least three digits away."""
        while True:
            serial = f"{self.rng.randint(1, 9999):04d}"
            if sum(a != b for a, b in zip(serial, nik[12:], strict=True)) >= 3:
                candidate = nik[:12] + serial
                if candidate not in self.niks:
                    return candidate

    def _typo(self, name: str) -> str:
        """One letter of the last word changed (a slip of the keyboard)."""
        words = name.split()
        last = words[-1]
        if len(last) < 5:
            return name
        position = self.rng.randrange(1, len(last) - 1)
        letter = self.rng.choice([c for c in "aeiouklmnrst" if c != last[position]])
        words[-1] = last[:position] + letter + last[position + 1 :]
        return " ".join(words)

    def _nik_one_digit(self, _original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        nik = copy["nik"]
        while True:
            position = self.rng.randrange(6, 16)
            digit = self.rng.choice([d for d in "0123456789" if d != nik[position]])
            candidate = nik[:position] + digit + nik[position + 1 :]
            if candidate not in self.niks:
                break
        copy["nik"] = candidate
        if self.rng.random() < 0.5:
            copy["full_name"] = self._typo(copy["full_name"])
        return copy

    def _nik_swap(self, _original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        nik = copy["nik"]
        positions = [i for i in range(6, 15) if nik[i] != nik[i + 1]]
        self.rng.shuffle(positions)
        for i in positions:
            candidate = nik[:i] + nik[i + 1] + nik[i] + nik[i + 2 :]
            if candidate not in self.niks:
                copy["nik"] = candidate
                return copy
        copy["nik"] = self._far_nik(nik)  # no swap possible: counted as planted all the same
        return copy

    def _variant(self, copy: dict[str, Any], start: str, forms: tuple[str, ...]) -> dict[str, Any]:
        copy["full_name"] = self.rng.choice(forms) + copy["full_name"][len(start) :]
        copy["nik"] = self._far_nik(copy["nik"])
        return copy

    def _muhammad(self, _original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        forms = ("Muhamad ", "M. ", "Moh. ", "Mochammad ", "Mohammad ")
        return self._variant(copy, "Muhammad ", forms)

    def _siti_st(self, _original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        return self._variant(copy, "Siti ", ("St. ", "Sitti "))

    def _nur_noer(self, _original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        return self._variant(copy, "Nur ", ("Noer ", "Nurul "))

    def _titles(self, original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        name = copy["full_name"]
        prefix = "Hj. " if original["sex"] == "P" else "H. "
        copy["full_name"] = self.rng.choice(
            (prefix + name, f"{name}, S.Pd.", f"{name} S.E.", f"Drs. {name}")
        )
        copy["nik"] = self._far_nik(copy["nik"])
        return copy

    def _doubled_letters(self, _original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        name = copy["full_name"]
        spots = [i for i, c in enumerate(name) if c.isalpha() and c.lower() not in "aeiou"]
        spot = self.rng.choice(spots[1:] or spots)
        copy["full_name"] = name[: spot + 1] + name[spot] + name[spot + 1 :]
        copy["nik"] = self._far_nik(copy["nik"])
        return copy

    def _no_birth_date(self, _original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        # The worst case: a NIK of no help at all (another birth date, another serial).
        while True:
            candidate = copy["nik"][:6] + f"{self.rng.randint(10**9, 10**10 - 1)}"
            if candidate not in self.niks:
                break
        copy["nik"], copy["birth_date"], copy["kk"] = candidate, None, ""
        return copy

    def _same_kk(self, original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        kk = original["kk"] or f"{original['nik'][:6]}0101{self.rng.randint(10**5, 10**6 - 1)}"
        if not original["kk"]:
            self.db.execute("UPDATE members SET kk = ? WHERE id = ?", (kk, original["id"]))
        born = date.fromisoformat(str(original["birth_date"])[:10])
        moved = born + timedelta(days=self.rng.choice((-1, 1)) * self.rng.randint(30, 330))
        day = moved.day + (40 if original["sex"] == "P" else 0)
        stem = f"{original['nik'][:6]}{day:02d}{moved:%m%y}"
        copy.update(kk=kk, birth_date=moved.isoformat(), full_name=self._typo(copy["full_name"]))
        copy["nik"] = self._far_nik(stem + original["nik"][12:])
        return copy

    def _two_kelurahan(self, original: dict[str, Any], copy: dict[str, Any]) -> dict[str, Any]:
        copy["kelurahan_code"] = self.rng.choice(
            [code for code in self.codes if code != original["kelurahan_code"]]
        )
        return copy


# --- preparing the database -------------------------------------------------------------------


def as_city(path: Path) -> None:
    """Make the demo database a city installation whose members belong to the 104 kelurahan."""
    from bench.search_bench import spread_over_city
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(path, operator="bench")
    try:
        with database.session() as session:
            spread_over_city(session)
    finally:
        database.dispose()


def plant(path: Path, per_kind: int, seed: int) -> list[Planted]:
    connection = sqlite3.connect(path)
    try:
        planter = Planter(connection, seed)
        planted = [p for kind in PLANTED for p in planter.plant(kind, per_kind)]
        connection.commit()
    finally:
        connection.close()
    return planted


# --- measuring --------------------------------------------------------------------------------


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


def quality(pairs: list[Any], planted: list[Planted]) -> dict[str, Any]:
    found = {frozenset((p.a.uuid, p.b.uuid)): p for p in pairs}
    wanted = {frozenset((p.original, p.copy)): p.kind for p in planted}
    names = {frozenset((p.original, p.copy)): p.names for p in planted}
    per_kind: dict[str, dict[str, Any]] = {}
    for kind in PLANTED:
        mine = [pair for pair, k in wanted.items() if k == kind]
        hits = [pair for pair in mine if pair in found]
        per_kind[kind] = {
            "planted": len(mine),
            "found": len(hits),
            "recall": round(len(hits) / len(mine), 4) if mine else None,
            "finder_kinds": dict(Counter(k for pair in hits for k in found[pair].kinds[:1])),
            "missed_examples": [names[pair] for pair in mine if pair not in found][:3],
        }
    true_found = sum(1 for pair in found if pair in wanted)
    extra = [pair for pair in found if pair not in wanted]
    extra_kinds = Counter(found[pair].kinds[0] for pair in extra)
    return {
        "planted": len(wanted),
        "found_pairs": len(found),
        "true_found": true_found,
        "recall": round(true_found / len(wanted), 4) if wanted else None,
        "precision": round(true_found / len(found), 4) if found else None,
        "per_kind": per_kind,
        "unplanted_found": len(extra),
        "unplanted_by_kind": dict(extra_kinds),
        "unplanted_examples": [
            [found[pair].a.name, found[pair].b.name, found[pair].score, list(found[pair].reasons)]
            for pair in extra[:5]
        ],
    }


def _fetch_all(connection: sqlite3.Connection, query: str, values: tuple[Any, ...]) -> list[Any]:
    return connection.execute(query, values).fetchall()


def full_scan_ms(path: Path, repeats: int = 3) -> list[float]:
    """The baseline: every live member's columns the finder reads, with plain sqlite3."""
    found = []
    for _ in range(repeats):
        connection = sqlite3.connect(path)
        query = (
            f"SELECT {SCAN_COLUMNS} FROM members WHERE archived_at IS NULL "
            "AND anonymised_at IS NULL"
        )
        ms, _rows = timed(partial(_fetch_all, connection, query, ()))
        connection.close()
        found.append(ms)
    return found


def all_pairs_estimate_s(names: list[str], members: int, samples: int = 200_000) -> float:
    """What comparing every pair of names would take, from a sample of pairs."""
    from wksbm_desktop.core.domain.person_names import name_similarity, normalise_name

    rng = random.Random(1)
    folded = [normalise_name(n) for n in names]
    pairs = [(rng.choice(folded), rng.choice(folded)) for _ in range(samples)]
    started = time.perf_counter()
    for first, second in pairs:
        name_similarity(first, second)
    per_pair = (time.perf_counter() - started) / samples
    return per_pair * members * (members - 1) / 2


def entry_drafts(path: Path, count: int, seed: int) -> list[dict[str, Any]]:
    """Drafts as a clerk types them: half are variants of existing members, half new people."""
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT nik, full_name, birth_date, kk FROM members WHERE archived_at IS NULL"
    ).fetchall()
    connection.close()
    drafts = []
    for index, (nik, name, born, kk) in enumerate(rng.sample(rows, count)):
        birth = date.fromisoformat(born[:10]) if born else None
        if index % 2:  # a new person: a NIK nobody has, another birth date
            nik = nik[:6] + f"{rng.randint(10**9, 10**10 - 1)}"
            name, birth, kk = f"Warga Baru {index}", date(1990, 1, 1 + index % 28), ""
        else:
            position = rng.randrange(12, 16)
            nik = nik[:position] + str((int(nik[position]) + 1) % 10) + nik[position + 1 :]
        drafts.append({"nik": nik, "full_name": name, "birth_date": birth, "kk": kk or ""})
    return drafts


def entry_check(path: Path, drafts: list[dict[str, Any]]) -> tuple[list[float], list[float], int]:
    """similar_members per draft, against one indexed NIK lookup with plain sqlite3."""
    from wksbm_desktop.core.queries.duplicates import similar_members
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(path, operator="bench")
    ours, hits = [], 0
    try:
        with database.read_session() as session:
            similar_members(session, **drafts[0])  # the first query warms the connection
            for draft in drafts:
                ms, found = timed(partial(similar_members, session, **draft))
                ours.append(ms)
                hits += bool(found)
    finally:
        database.dispose()
    plain = []
    connection = sqlite3.connect(path)
    for draft in drafts:
        query = f"SELECT {SCAN_COLUMNS} FROM members WHERE nik = ?"
        ms, _ = timed(partial(_fetch_all, connection, query, (draft["nik"],)))
        plain.append(ms)
    connection.close()
    return ours, plain, hits


def finder_runs(path: Path, repeats: int) -> tuple[list[float], list[Any]]:
    """find_duplicates over the whole city; the first run is cold (names not yet folded)."""
    from wksbm_desktop.core.queries.duplicates import find_duplicates
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(path, operator="bench")
    runs: list[float] = []
    pairs: list[Any] = []
    try:
        for _ in range(repeats):
            with database.read_session() as session:
                cpu = time.process_time()
                ms, pairs = timed(partial(find_duplicates, session, whole_city=True))
                CPU_MS.append((time.process_time() - cpu) * 1000)
            runs.append(ms)
    finally:
        database.dispose()
    return runs, pairs


# CPU time of each finder run: the machine is shared, so wall time alone says little.
CPU_MS: list[float] = []


def measure(path: Path, per_kind: int, seed: int, repeats: int = 3) -> dict[str, Any]:
    """Everything on one scratch database (changed in place)."""
    connection = sqlite3.connect(path)
    members = connection.execute("SELECT count(*) FROM members").fetchone()[0]
    names = [row[0] for row in connection.execute("SELECT full_name FROM members LIMIT 20000")]
    connection.close()
    before_ms, background = finder_runs(path, 1)
    planted = plant(path, per_kind, seed)
    CPU_MS.clear()
    runs, pairs = finder_runs(path, repeats)
    cpu_ms = list(CPU_MS)
    ours, plain, hits = entry_check(path, entry_drafts(path, ENTRY_CHECKS, seed))
    return {
        "members": members + len(planted),
        "background_pairs": len(background),
        "background_kinds": dict(Counter(pair.kinds[0] for pair in background)),
        "quality": quality(pairs, planted),
        "finder_ms": runs,
        "finder_cpu_ms": cpu_ms,
        "load_average": os.getloadavg(),
        "cpus": os.cpu_count(),
        "finder_before_planting_ms": before_ms,
        "scan_ms": full_scan_ms(path),
        "all_pairs_estimate_s": round(all_pairs_estimate_s(names, members), 1),
        "entry_ms": ours,
        "entry_plain_ms": plain,
        "entry_drafts_with_matches": hits,
    }


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(result: dict[str, Any]) -> str:
    q = result["quality"]
    lines = [
        f"members {result['members']:,}; planted pairs {q['planted']}; found {q['found_pairs']} "
        f"({q['true_found']} planted, {q['unplanted_found']} not planted; before planting the "
        f"demo data alone gave {result['background_pairs']})",
        f"recall {q['recall']:.1%}, precision {q['precision']:.1%}",
        "",
        f"{'kind':<18}{'planted':>8}{'found':>7}{'recall':>8}  finder kinds",
    ]
    for kind, row in q["per_kind"].items():
        recall = "-" if row["recall"] is None else f"{row['recall']:.0%}"
        lines.append(
            f"{kind:<18}{row['planted']:>8}{row['found']:>7}{recall:>8}  {row['finder_kinds']}"
        )
    missed = [kind for kind, row in q["per_kind"].items() if row["found"] < row["planted"]]
    lines.append(f"kinds with misses: {', '.join(missed) or 'none'}")
    lines.append(f"not planted but found, by kind: {q['unplanted_by_kind']}")
    finder, scan = result["finder_ms"], result["scan_ms"]
    entry, plain = result["entry_ms"], result["entry_plain_ms"]
    lines += [
        "",
        f"finder: runs {', '.join(f'{v / 1000:.2f} s' for v in finder)} (first cold), CPU "
        f"{', '.join(f'{v / 1000:.2f} s' for v in result['finder_cpu_ms'])}; load average "
        f"{', '.join(f'{v:.1f}' for v in result['load_average'])} on {result['cpus']} cores; "
        f"plain full scan {statistics.median(scan):.0f} ms → ratio "
        f"{statistics.median(finder) / statistics.median(scan):.1f}×; comparing every pair "
        f"would take ≈ {result['all_pairs_estimate_s'] / 3600:.1f} h",
        f"at-entry check: median {statistics.median(entry):.1f} ms, p95 {p95(entry):.1f} ms, "
        f"max {max(entry):.1f} ms; one indexed NIK lookup {statistics.median(plain):.2f} ms → "
        f"ratio {statistics.median(entry) / statistics.median(plain):.0f}×",
    ]
    return "\n".join(lines)


# --- the runner's probe and the command ------------------------------------------------------


def probe_duplicates(db: str, per_kind: int = 60, seed: int = 42) -> dict[str, Any]:
    """For bench/run.py: a scratch copy made by the runner is changed in place."""
    path = Path(db)
    as_city(path)
    return measure(path, per_kind, seed)


PROBES: dict[str, Callable[..., dict[str, Any]]] = {"duplicates": probe_duplicates}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.duplicates", description=__doc__)
    parser.add_argument("--members", type=int, default=150_000)
    parser.add_argument("--per-kind", type=int, default=60)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    from bench import data

    source = data.city_database(args.members, args.seed)
    scratch = Path(tempfile.mkdtemp(prefix="wksbm-dup-"))
    try:
        copy = data.scratch_copy(source, scratch)
        as_city(copy)
        result = measure(copy, args.per_kind, args.seed)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(summary(result))
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"duplicates-{datetime.now():%Y%m%d-%H%M%S}.json"
    settings = {"members": args.members, "per_kind": args.per_kind, "seed": args.seed}
    out.write_text(json.dumps({"settings": settings, **result}, indent=2, default=str))
    print(f"\nwritten: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
