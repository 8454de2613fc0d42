"""No user-visible text bypasses ``t()``, and every key the code names is in the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

import wksbm_desktop
from tests.i18n.route_scan import is_prose, scan_package, scan_source
from wksbm_desktop.i18n import catalogue

PACKAGE = Path(wksbm_desktop.__file__).resolve().parent
KEYS = catalogue("id")


def test_no_user_visible_literal_bypasses_the_translation_route() -> None:
    findings = scan_package(PACKAGE, KEYS)
    assert findings == [], "\n".join(str(f) for f in findings)


VIOLATIONS = """
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
label = QLabel("Nama lengkap")
button.setText("Simpan")
window.setWindowTitle(f"Ubah kelompok: {name}")
box.setToolTip("Hapus data")
QMessageBox.warning(parent, "Ada masalah", text)
table.setHorizontalHeaderLabels(["Nama", "NIK"])
menu.addAction("Keluar")
print("Database siap")
emit(f"Laporan disimpan di {path}")
parser.add_argument("--out", metavar="BERKAS", help="berkas yang dibuat")
subparsers.add_parser("init", help="membuat database")
errors.add("name", "rule.typo_in_key", label=label)
raise ValidationError("nik", "NIK harus 16 angka")
raise WksbmError("Database rusak")
rules.require_text(errors, "name", data.name, t("label.not_there"), 200)
"""

FINE = """
label = QLabel(t("shell.tab.groups"))
button.setText("")
button.setText(f"{count} / {total}")
box.setText("%d-%m-%Y")
spin.setSuffix(" %")
widget.setObjectName("groupTable")
table.setHorizontalHeaderLabels(["NIK", "RT/RW"])
_log.warning("opening waits for the start-up check: %s", error)
subparsers.add_parser("init", help=t("cli.init.help"))
errors.add("name", "rule.required", label=t("label.group_name"))
seen.add("nama")
raise ValidationError("nik", "nik.empty")
"""


def test_the_scan_reports_each_kind_of_bypass() -> None:
    texts = [(f.text, f.why) for f in scan_source(VIOLATIONS, "synthetic.py", KEYS)]
    assert ("Nama lengkap", "literal text in QLabel()") in texts
    assert ("Simpan", "literal text in setText()") in texts
    assert ("Ubah kelompok: {}", "literal text in setWindowTitle()") in texts
    assert ("Hapus data", "literal text in setToolTip()") in texts
    assert ("Ada masalah", "literal text in warning()") in texts
    assert ("Nama", "literal text in setHorizontalHeaderLabels()") in texts
    assert ("Keluar", "literal text in addAction()") in texts
    assert ("Database siap", "literal text in print()") in texts
    assert ("Laporan disimpan di {}", "literal text in emit()") in texts
    assert ("BERKAS", "literal text in add_argument()") in texts
    assert ("berkas yang dibuat", "literal text in add_argument()") in texts
    assert ("membuat database", "literal text in add_parser()") in texts
    assert ("rule.typo_in_key", "unknown catalogue key in add()") in texts
    assert ("NIK harus 16 angka", "sentence instead of a key in ValidationError()") in texts
    assert ("Database rusak", "sentence instead of a key in WksbmError()") in texts
    assert ("label.not_there", "unknown catalogue key in t()") in texts
    assert len(texts) == 16, texts


def test_keys_symbols_formats_and_object_names_pass() -> None:
    assert scan_source(FINE, "synthetic.py", KEYS) == []


@pytest.mark.parametrize(
    ("text", "prose"),
    [("Simpan", True), ("{count} kelompok", True), ("{a}: {b}", False), ("%d-%m-%Y", False),
     ("", False), ("— ", False), ("12", False), ("Rp {value}", True), ("SHA-256: {}", False),
     ('{} <a href="copy">{}</a>', False), ('<a href="copy">Salin</a>', True)],
)  # fmt: skip
def test_prose_is_text_with_words_outside_format_fields(text: str, prose: bool) -> None:
    assert is_prose(text) is prose
