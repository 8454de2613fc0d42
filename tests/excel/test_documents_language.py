"""Documents of the programme read in Indonesian whatever language the window speaks."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook

from wksbm_desktop import i18n
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.template import write_template
from wksbm_desktop.excel.report.export import ExportOptions, export_report
from wksbm_desktop.i18n import fixed_language, set_language, t

from .conftest import TODAY


def _texts(path: Path, sheet: str) -> set[str]:
    rows = load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True)
    return {str(value) for row in rows for value in row if isinstance(value, str)}


@pytest.fixture
def english() -> None:
    set_language("en")  # tests/conftest.py puts every test back to Indonesian


def test_report_workbook_is_indonesian_with_an_english_interface(
    english: None, office_db: Database, tmp_path: Path
) -> None:
    path = export_report(office_db, tmp_path / "r.xlsx", ExportOptions(today=TODAY)).path
    rekap = _texts(path, "Rekap")
    assert "PEMERINTAH KOTA TANGERANG" in rekap
    assert i18n.catalogue("en")["excel.rekap.government"] not in rekap
    assert t("excel.rekap.government") == i18n.catalogue("en")["excel.rekap.government"]


def test_import_template_is_indonesian_with_an_english_interface(
    english: None, tmp_path: Path
) -> None:
    path = write_template(tmp_path / "template.xlsx")
    guide = _texts(path, load_workbook(path, read_only=True).sheetnames[0])
    assert i18n.catalogue("id")["excel.template.title"] in guide
    assert i18n.catalogue("en")["excel.template.title"] not in guide


def test_a_fixed_language_stays_in_its_thread(english: None) -> None:
    seen: list[str] = []
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with fixed_language("id"):
            seen.append(t("forms.save"))
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    window_text = t("forms.save")  # the window's thread, while the worker writes in Indonesian
    release.set()
    thread.join(5)
    assert seen == ["Simpan"]
    assert window_text == i18n.catalogue("en")["forms.save"] != "Simpan"
    assert t("forms.save") == window_text
