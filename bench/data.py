"""The benchmark's city-scale data: demo databases and workbooks, cached in bench/.cache/."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
KELURAHAN = "36.71.05.1008"  # Kel. Poris Plawad, Kec. Cipondoh
FORMAT = 3  # bump when the cached files must be rebuilt (a new demo shape, a new schema)


def cache_dir() -> Path:
    folder = Path(os.environ.get("WKSBM_BENCH_CACHE", CACHE))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def city_database(members: int, seed: int = 42, log=print) -> Path:  # type: ignore[no-untyped-def]
    """A database with ``members`` demo residents (≈ members/30 groups, ≈ members/3 activities).

    Built once per size and seed, then reused; a cached file from an older schema is upgraded
    in place (no backup copy: it is only benchmark data).
    """
    target = cache_dir() / f"city-{members}-s{seed}-v{FORMAT}.db"
    if target.exists():
        _upgrade(target, log)
        return target
    log(f"building a demo database with {members:,} members (cached in {target.parent}) ...")
    started = time.perf_counter()
    partial = target.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    _fill(partial, members, seed)
    partial.rename(target)
    log(f"  built in {time.perf_counter() - started:.0f} s")
    return target


def _upgrade(path: Path, log) -> None:  # type: ignore[no-untyped-def]
    from wksbm_desktop.core.storage import migrate
    from wksbm_desktop.core.storage.db import HEAD_REVISION, make_engine, read_revision

    engine = make_engine(path)
    try:
        current = read_revision(engine)
        if current != HEAD_REVISION:
            log(f"upgrading the cached {path.name} from {current} to {HEAD_REVISION} ...")
            migrate.upgrade_to_head(engine)
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _fill(path: Path, members: int, seed: int) -> None:
    from datetime import date

    from wksbm_desktop.core.demo_data import synthetic as demo
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(path, operator="bench")
    try:
        with database.session() as session:
            save_office(session, OfficeInput(KELURAHAN, lurah_name="Lurah Uji"))
            # A fixed "today" keeps the data (and the dashboard's year) the same on every run.
            demo.generate(session, members=members, seed=seed, today=date(2026, 11, 28))
        with database.engine.connect() as connection:
            # No ANALYZE: an office's database has no statistics either, unless the app makes them.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()


def scratch_copy(source: Path, folder: Path) -> Path:
    """A private copy of a cached database, for measurements that write or must start cold."""
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def office_database(folder: Path) -> Path:
    """An empty database with only the office: where imports go."""
    from wksbm_desktop.core.domain.inputs import OfficeInput
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database

    path = folder / "kosong.db"
    database = open_database(path, operator="bench")
    try:
        with database.session() as session:
            save_office(session, OfficeInput(KELURAHAN, lurah_name="Lurah Uji"))
    finally:
        database.dispose()
    return path


def member_workbook(source: Path, rows: int, log=print) -> Path:  # type: ignore[no-untyped-def]
    """A plain office-style member list of ``rows`` members (NIK, name, ..., group, role)."""
    from bench.excel_bench import member_list
    from wksbm_desktop.core.storage.db import open_database

    target = cache_dir() / f"daftar-{rows}-from-{source.stem}.xlsx"
    if target.exists():
        return target
    log(f"writing a member list workbook of {rows:,} rows ...")
    partial = target.with_suffix(".partial.xlsx")
    database = open_database(source)
    try:
        written = member_list(database, partial, limit=rows)
    finally:
        database.dispose()
    if written < rows:
        log(f"  only {written:,} members have a group; the list has {written:,} rows")
    partial.rename(target)
    return target


def kelurahan_reports(members_each: int, log=print) -> Path:  # type: ignore[no-untyped-def]
    """One full-NIK report workbook per kelurahan of Kota Tangerang (104), for consolidation."""
    from bench.consolidate_bench import generate_exports

    folder = cache_dir() / f"kelurahan-{members_each}-v{FORMAT}"
    done = folder / "complete"
    if done.exists():
        return folder
    log(f"writing 104 kelurahan reports of {members_each:,} members each (cached) ...")
    started = time.perf_counter()
    generate_exports(folder, members_each)
    done.write_text("ok\n")
    log(f"  written in {time.perf_counter() - started:.0f} s")
    return folder
