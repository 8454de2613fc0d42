"""The city workbook: masked by default, password choices, audited (issue 13, point 3)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import msoffcrypto
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.excel.consolidate.test_consolidate import (
    KEL_A,
    KEL_B,
    SHARED_NIK,
    TODAY,
    Exports,
    _export,
    rows_of,
)
from tests.excel.rebuild_attack import (
    CLEAR_RUN,
    all_text,
    candidates,
    kecamatan_guesses,
    masked_cells,
)
from wksbm_desktop.cli import main, passwords
from wksbm_desktop.core.models import AuditEntry
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.excel.consolidate.city import CityOptions, consolidate
from wksbm_desktop.private_files import work_root

PASSWORD = "sandi-kota-2026"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exports]:
    """Two kelurahan reports with full NIKs that share one resident, and a masked one."""
    folder = tmp_path_factory.mktemp("laporan")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WKSBM_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        yield Exports(
            a=_export(folder, KEL_A, 21, None, masked=False),
            b=_export(folder, KEL_B, 22, None, masked=False),
            a_masked=_export(folder, KEL_A, 23, None, masked=True),
        )


def _city_db(tmp_path: Path) -> Path:
    """The Dinas Sosial's database: a command other than ``init`` never creates one."""
    db = tmp_path / "dinsos.db"
    open_database(db).dispose()
    return db


def _audits(db: Path) -> list[AuditEntry]:
    database = open_database(db)
    try:
        with database.read_session() as session:
            query = select(AuditEntry).where(AuditEntry.entity == "consolidation")
            entries = list(session.scalars(query))
            session.expunge_all()
            return entries
    finally:
        database.dispose()


def test_default_city_workbook_is_masked_and_cannot_be_rebuilt(
    reports: Exports, tmp_path: Path
) -> None:
    out = tmp_path / "kota.xlsx"
    code = main(["--db", str(_city_db(tmp_path)), "consolidate", "--out", str(out),
                 str(reports.a), str(reports.b)])  # fmt: skip
    assert code == 0
    assert [t for t in all_text(out) if CLEAR_RUN.search(t)] == []
    cells = masked_cells(out)
    assert {"Warga", "Anggota", "Kehadiran", "NIK ganda"} <= {c.sheet for c in cells}
    guesses = kecamatan_guesses(out)
    weakest = min(cells, key=lambda c: candidates(c, guesses))
    assert candidates(weakest, guesses) >= 1_000, weakest
    meta = {r[0]: r[1] for r in rows_of(out, "_meta")}
    assert meta.get("nik_masked") == "ya"


def test_nik_ganda_is_found_on_full_niks_and_shown_masked(reports: Exports, tmp_path: Path) -> None:
    result = consolidate([reports.a, reports.b], tmp_path / "kota.xlsx", today=TODAY)
    assert result.masked and result.nik_duplicates >= 1
    shared = [r for r in rows_of(result.path, "NIK ganda") if r[2] and "Siti Rahma" in str(r[2])]
    assert len(shared) == 1
    assert shared[0][1] == SHARED_NIK[:4] + "*" * 12
    assert "Poris Plawad" in str(shared[0][3]) and "Sukarasa" in str(shared[0][3])


def test_consolidation_is_audited_with_operator_files_and_choice(
    reports: Exports, tmp_path: Path
) -> None:
    db, out = _city_db(tmp_path), tmp_path / "kota.xlsx"
    args = ["--db", str(db), "--operator", "Bu Rina (Dinsos)", "consolidate", "--out", str(out)]
    assert main([*args, str(reports.a), str(reports.b)]) == 0
    assert main([*args, "--full-nik", str(reports.a), str(reports.b)]) == 0
    assert SHARED_NIK in [str(v) for r in rows_of(out, "NIK ganda") for v in r]
    masked, full = _audits(db)
    for entry in (masked, full):
        changes = json.loads(entry.changes)
        assert entry.operator == "Bu Rina (Dinsos)" and entry.action == "consolidate"
        assert changes["file"][1] == str(out)
        listed = " ".join(changes["reports"][1])
        assert str(reports.a) in listed and str(reports.b) in listed
    assert json.loads(masked.changes)["nik_full"][1] is False
    assert json.loads(full.changes)["nik_full"][1] is True


def test_city_workbook_takes_a_password_without_the_command_line(
    reports: Exports, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(passwords.ENV_PASSWORD, PASSWORD)
    out = tmp_path / "kota.xlsx"
    code = main(["--db", str(_city_db(tmp_path)), "consolidate", "--out", str(out),
                 "--full-nik", str(reports.a), str(reports.b)])  # fmt: skip
    assert code == 0
    with out.open("rb") as source:
        office = msoffcrypto.OfficeFile(source)
        assert office.is_encrypted()
        office.load_key(password=PASSWORD)
        plain = io.BytesIO()
        office.decrypt(plain)
    assert "NIK ganda" in load_workbook(plain, read_only=True).sheetnames
    assert json.loads(_audits(tmp_path / "dinsos.db")[0].changes)["encrypted"][1] is True
    # Nothing in clear was left behind, in the private folder or beside the target.
    assert not work_root().exists() or not any(work_root().iterdir())
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["kota.xlsx"]


def test_short_password_is_refused_before_any_work(reports: Exports, tmp_path: Path) -> None:
    from wksbm_desktop.core.errors import WksbmError

    with pytest.raises(WksbmError) as caught:
        consolidate([reports.a], tmp_path / "kota.xlsx", options=CityOptions(password="abc"))
    assert "terlalu pendek" in caught.value.message
    assert not (tmp_path / "kota.xlsx").exists()
