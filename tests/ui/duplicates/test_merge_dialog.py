"""The merge dialog on its own: the default survivor and the values it keeps by default."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QRadioButton

from wksbm_desktop.ui.duplicates.merge_dialog import MergeDialog, Side
from wksbm_desktop.ui.duplicates.review import CompareRow

ROWS = (
    CompareRow("nik", "NIK", "3671051705800011", "3671051705800012", differs=True),
    CompareRow("phone", "No. HP", "", "0812", differs=True),
    CompareRow("sex", "Jenis kelamin", "Laki-laki", "Laki-laki", differs=False),
    CompareRow("groups", "Kelompok saat ini", "KUBE", "Bank Sampah", differs=True, mergeable=False),
)


def dialog_for(qtbot, a: Side, b: Side) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog()
    qtbot.addWidget(dialog)
    dialog.load((a, b), ROWS)
    return dialog


def test_the_record_with_more_current_groups_survives_by_default(qtbot) -> None:
    a = Side("a", "Muhamad Rizki", current_memberships=0, memberships=1, attendance=9, history=9)
    b = Side("b", "Muhammad Rizki", current_memberships=2, memberships=2, attendance=1, history=1)
    dialog = dialog_for(qtbot, a, b)
    assert dialog.findChild(QRadioButton, "mergeKeep1").isChecked()
    assert dialog.findChild(QLabel, "mergeHeader1").text() == "Muhammad Rizki (dipertahankan)"
    # The survivor's own values, where it has one; only differing, mergeable rows are choices.
    assert dialog.findChild(QRadioButton, "mergeField_nik_1").isChecked()
    assert dialog.findChild(QRadioButton, "mergeField_phone_1").isChecked()
    assert set(dialog.choices) == {"nik", "phone"}
    assert dialog.values().keep_uuid == "b" and dialog.values().take_from_other == ()
    assert "Dari Muhamad Rizki dipindahkan ke Muhammad Rizki" in dialog.summary.text()
    # Choosing the other survivor turns the defaults with it; an empty value is never kept
    # over a filled one.
    dialog.findChild(QRadioButton, "mergeKeep0").setChecked(True)
    assert dialog.findChild(QRadioButton, "mergeField_nik_0").isChecked()
    assert dialog.findChild(QRadioButton, "mergeField_phone_1").isChecked()
    choice = dialog.values()
    assert (choice.keep_uuid, choice.other_uuid, choice.take_from_other) == ("a", "b", ("phone",))


def test_equal_records_keep_the_first_one(qtbot) -> None:
    same = {"current_memberships": 1, "memberships": 1, "attendance": 1, "history": 1}
    dialog = dialog_for(qtbot, Side("a", "A", **same), Side("b", "B", **same))
    assert dialog.findChild(QRadioButton, "mergeKeep0").isChecked()
