"""Daftar hadir for a group of 300 members: the time from the database to the PDF's bytes.

Run ``python -m bench.print_bench [--members 300] [--repeat 5]``. Builds a temporary database
with one group of that many current members and one activity, then times
``documents.build.attendance_pdf`` (query, layout, font subsetting, PDF writing), blank and
filled, and prints the median and the slowest run. The issue asks for under a second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_S = 1.0


def build(path: Path, members: int) -> str:
    """A database with one group of ``members`` current members and one activity; its uuid."""
    from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput, OfficeInput
    from wksbm_desktop.core.services.activities import create_activity
    from wksbm_desktop.core.services.groups import create_group
    from wksbm_desktop.core.services.members import create_member
    from wksbm_desktop.core.services.memberships import add_membership
    from wksbm_desktop.core.services.office import save_office
    from wksbm_desktop.core.storage.db import open_database

    database = open_database(path, operator="bench")
    with database.session() as session:
        save_office(session, OfficeInput("36.71.05.1008", "Lurah Bench", "197001011990032001"))
        group = create_group(session, GroupInput("Bank Sampah Berseri", "Bank Sampah", "Sosial"))
        uuids = []
        for serial in range(1, members + 1):
            nik = f"36710517058{serial:05d}"[:12] + f"{serial:04d}"
            member = create_member(
                session,
                MemberInput(nik, f"Warga Panjang Namanya {serial:03d}", "L", date(1980, 5, 17)),
            )
            add_membership(session, member.uuid, group.uuid, "anggota", date(2024, 1, 1))
            uuids.append(member.uuid)
        activity = create_activity(
            session,
            ActivityInput(
                group.uuid, date(2026, 11, 20), "Penimbangan sampah", "Rapat", "Sosial",
                "Swadaya/Iuran", location="Balai RW 05", attendee_uuids=tuple(uuids[::2]),
            ),
        )  # fmt: skip
        activity_uuid = activity.uuid
    database.dispose()
    return activity_uuid


def measure(path: Path, activity: str, filled: bool, repeat: int) -> tuple[list[float], int]:
    from wksbm_desktop.core.storage.db import open_database
    from wksbm_desktop.documents.build import attendance_pdf

    database = open_database(path, operator="bench")
    times, size = [], 0
    try:
        for _ in range(repeat):
            with database.session() as session:
                started = time.perf_counter()
                size = len(attendance_pdf(session, activity, filled=filled))
                times.append(time.perf_counter() - started)
    finally:
        database.dispose()
    return times, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        activity = build(path, args.members)
        worst = 0.0
        for filled in (False, True):
            times, size = measure(path, activity, filled, args.repeat)
            worst = max(worst, max(times))
            kind = "terisi" if filled else "kosong"
            median, slowest = statistics.median(times), max(times)
            print(
                f"daftar hadir {kind:7} {args.members} anggota: median {median:.3f} s, "
                f"terlama {slowest:.3f} s, {size / 1024:.0f} KB"
            )
    print(f"target < {TARGET_S:.1f} s: {'ya' if worst < TARGET_S else 'TIDAK'}")
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
