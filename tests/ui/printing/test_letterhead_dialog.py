"""Berkas → Kop surat dan kertas: logo, paper, lines and template saved; mistakes explained."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.documents.conftest import build_office
from wksbm_desktop.core.services.office import get_office
from wksbm_desktop.core.storage.db import open_database
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.printing import letterhead_dialog, preview
from wksbm_desktop.ui.printing.letterhead_dialog import LetterheadDialog, edit_letterhead


@pytest.fixture
def database(tmp_path: Path):
    db = open_database(tmp_path / "kantor.db", operator="Penguji")
    build_office(db)
    yield db
    db.dispose()


@pytest.fixture
def logo_file(tmp_path: Path) -> Path:
    path = tmp_path / "logo.jpg"
    Image.new("RGB", (1000, 800), (0, 90, 160)).save(path, format="JPEG")
    return path


def drive(monkeypatch, qtbot, *steps):
    """Each time the dialog would show, the next step works it and says accept or not."""
    remaining = list(steps)
    seen: list[LetterheadDialog] = []

    def run(dialog: LetterheadDialog) -> bool:
        qtbot.addWidget(dialog) if not seen else None
        seen.append(dialog)
        return remaining.pop(0)(dialog) if remaining else False

    monkeypatch.setattr(letterhead_dialog, "run_dialog", run)
    return seen


def test_logo_paper_lines_and_template_are_saved(
    qtbot, monkeypatch, database, logo_file: Path
) -> None:
    monkeypatch.setattr(dialogs_util, "get_open_path", lambda *_a: str(logo_file))

    def fill(dialog: LetterheadDialog) -> bool:
        dialog.choose_logo()
        dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
        dialog.lines.setPlainText("PEMERINTAH KOTA TANGERANG\nKELURAHAN UJI")
        dialog.number.setText("{urut}/KEL/{tahun}")
        dialog.template.setPlainText("Kelompok {nama_kelompok} terdaftar.\n\n{tabel_kelompok}")
        return True

    drive(monkeypatch, qtbot, fill)
    assert edit_letterhead(None, database)
    with database.session() as session:
        office = get_office(session)
        assert office is not None
        assert office.paper_size == "F4"
        assert office.letterhead_lines == "PEMERINTAH KOTA TANGERANG\nKELURAHAN UJI"
        assert office.letter_number_pattern == "{urut}/KEL/{tahun}"
        assert office.letter_template.startswith("Kelompok {nama_kelompok}")
        with Image.open(io.BytesIO(office.logo_png or b"")) as logo:
            assert logo.format == "PNG" and max(logo.size) == 400


def test_a_wrong_field_is_explained_and_the_dialog_stays(qtbot, monkeypatch, database) -> None:
    def wrong(dialog: LetterheadDialog) -> bool:
        dialog.template.setPlainText("Kelompok {nama} terdaftar.")
        return True

    def seen_error_then_cancel(dialog: LetterheadDialog) -> bool:
        assert dialog.error.isVisibleTo(dialog)
        assert "{nama}" in dialog.error.text()
        return False

    dialogs = drive(monkeypatch, qtbot, wrong, seen_error_then_cancel)
    assert not edit_letterhead(None, database)
    assert len(dialogs) == 2
    with database.session() as session:
        office = get_office(session)
        assert office is not None and office.letter_template == ""


def test_not_an_image_is_refused_with_a_message(
    qtbot, monkeypatch, database, tmp_path: Path
) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("bukan gambar")
    monkeypatch.setattr(dialogs_util, "get_open_path", lambda *_a: str(bad))
    errors: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": errors.append(text))

    def choose(dialog: LetterheadDialog) -> bool:
        dialog.choose_logo()
        assert dialog.logo is None
        return False

    drive(monkeypatch, qtbot, choose)
    edit_letterhead(None, database)
    assert errors and "bukan gambar" in errors[0]


def test_preview_shows_the_typed_settings_without_saving(qtbot, monkeypatch, database) -> None:
    shown: list[bytes] = []
    monkeypatch.setattr(preview, "show_preview", lambda _p, data, *_a: shown.append(data))

    def look(dialog: LetterheadDialog) -> bool:
        dialog.number.setText("99/{tahun}")
        dialog.preview_button.click()
        return False

    drive(monkeypatch, qtbot, look)
    edit_letterhead(None, database)
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(shown[0])).pages[0].extract_text()
    assert "Nomor: 99/" in text and "KUBE Contoh Sejahtera" in text
    with database.session() as session:
        office = get_office(session)
        assert office is not None and office.letter_number_pattern == ""
