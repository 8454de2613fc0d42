"""Periksa data ganda: the planted pairs listed with reasons, dismissed, merged and undone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QRadioButton

from wksbm_desktop.core.queries.audit import AuditFilter, list_audit
from wksbm_desktop.core.queries.details import member_detail
from wksbm_desktop.core.queries.duplicates import find_duplicates
from wksbm_desktop.ui.duplicates.finder_view import DuplicatesView
from wksbm_desktop.ui.duplicates.merge_dialog import MergeDialog


def open_view(qtbot, database) -> DuplicatesView:  # type: ignore[no-untyped-def]
    view = DuplicatesView(database)
    qtbot.addWidget(view)
    view.resize(1240, 680)
    view.show()
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() > 0)
    return view


def names_listed(view: DuplicatesView) -> list[tuple[str, str]]:
    return [(pair.a.name, pair.b.name) for pair in view.pairs]


def select(view: DuplicatesView, first_name: str) -> None:
    row = next(i for i, pair in enumerate(view.pairs) if first_name in (pair.a.name, pair.b.name))
    view.table.selectRow(row)


def test_the_planted_pairs_are_listed_with_their_reasons(qtbot, kelurahan) -> None:
    database, _planted = kelurahan
    view = open_view(qtbot, database)
    assert sorted(names_listed(view)) == [
        ("Muhammad Rizki", "Muhamad Rizki"),
        ("Siti Nurhaliza", "St. Nurhaliza"),
    ]
    assert view.summary.text() == "2 pasangan mungkin orang yang sama"
    row = next(i for i, p in enumerate(view.pairs) if p.a.name == "Muhammad Rizki")
    cells = [view.model.index(row, c).data() for c in range(view.model.columnCount())]
    assert cells[0].endswith("sangat mirip")
    assert "3671051705800011" in cells  # the clerk sees the whole NIK, as in the Anggota tab
    assert "NIK hanya berbeda satu angka" in cells[-1]
    select(view, "Muhammad Rizki")
    # Side by side: the differing rows marked, the same ones not.
    phones = view.review.findChildren(QLabel, "duplicateCell_phone")
    assert [c.text() for c in phones] == ["081234567890", "—"]
    assert all(c.property("differs") for c in phones)
    births = view.review.findChildren(QLabel, "duplicateCell_birth_date")
    assert [c.text() for c in births] == ["17-05-1980", "17-05-1980"]
    assert not any(c.property("differs") for c in births)
    groups = view.review.findChildren(QLabel, "duplicateCell_groups")
    assert [c.text() for c in groups] == ["KUBE Melati", "Bank Sampah Hijau"]
    assert "Tanggal lahir sama" in view.review.reasons.text()


def test_not_the_same_person_is_remembered(qtbot, kelurahan) -> None:
    database, planted = kelurahan
    view = open_view(qtbot, database)
    select(view, "Siti Nurhaliza")
    view.review.note.setText("Kakak-adik, NIK sudah dicek di KK")
    view.review.dismiss_button.click()
    assert names_listed(view) == [("Muhammad Rizki", "Muhamad Rizki")]
    assert "bukan orang yang sama" in view.banner_text.text()
    assert not view.undo_button.isVisible()
    view.reload_button.click()
    qtbot.waitUntil(lambda: not view.busy)
    assert names_listed(view) == [("Muhammad Rizki", "Muhamad Rizki")]
    with database.read_session() as session:
        assert len(find_duplicates(session)) == 1
        notes = list_audit(session, AuditFilter(entity_uuid=planted.members["siti"]))
    assert any("Kakak-adik" in change.new for row in notes for change in row.changes)
    assert view.review.note.text() == ""  # the next pair starts without the note


def test_merge_keeps_a_chosen_field_of_the_other_record_then_undo(
    qtbot, kelurahan, answer_dialogs
) -> None:
    database, planted = kelurahan
    seen: dict[str, object] = {}

    def work(dialog: MergeDialog) -> None:
        # Muhammad Rizki keeps (same history, first); the other record's NIK is the right one.
        keep = dialog.findChild(QRadioButton, "mergeKeep0")
        seen["default_keep"] = keep.isChecked()
        seen["summary"] = dialog.summary.text()
        seen["nik_default"] = dialog.findChild(QRadioButton, "mergeField_nik_0").isChecked()
        seen["phone_default"] = dialog.findChild(QRadioButton, "mergeField_phone_0").isChecked()
        dialog.findChild(QRadioButton, "mergeField_nik_1").setChecked(True)
        dialog.merge_button.click()

    errors = answer_dialogs(work)
    view = open_view(qtbot, database)
    select(view, "Muhammad Rizki")
    view.review.merge_button.click()
    assert errors == []
    assert seen["default_keep"] and seen["nik_default"] and seen["phone_default"]
    assert "1 keanggotaan" in str(seen["summary"]) and "Muhamad Rizki" in str(seen["summary"])
    qtbot.waitUntil(lambda: not view.busy)
    assert names_listed(view) == [("Siti Nurhaliza", "St. Nurhaliza")]
    assert "digabungkan ke Muhammad Rizki" in view.banner_text.text()
    assert "sebelum-gabung" in view.banner_text.text()  # the backup's file name
    assert view.undo_button.isVisible()
    with database.read_session() as session:
        kept = member_detail(session, planted.members["rizki"])
        gone = member_detail(session, planted.members["rizki2"])
    assert kept is not None and gone is not None and gone.archived
    assert kept.nik == "3671051705800012"  # chosen from the other record
    assert kept.phone == "081234567890"  # the survivor's own value stays
    assert kept.kk == "3671050101100001" and kept.rt == "005"  # the survivor had none
    assert {m.group_name for m in kept.memberships} == {"KUBE Melati", "Bank Sampah Hijau"}
    assert len(kept.activities) == 2
    backups = list((database.path.parent / "cadangan").glob("*sebelum-gabung*.db"))
    assert len(backups) == 1

    view.undo_button.click()
    qtbot.waitUntil(lambda: not view.busy)
    assert errors == []
    assert "diurungkan" in view.banner_text.text()
    assert sorted(names_listed(view)) == [
        ("Muhammad Rizki", "Muhamad Rizki"),
        ("Siti Nurhaliza", "St. Nurhaliza"),
    ]
    with database.read_session() as session:
        kept = member_detail(session, planted.members["rizki"])
        back = member_detail(session, planted.members["rizki2"])
    assert kept is not None and back is not None and not back.archived
    assert kept.nik == "3671051705800011" and kept.rt == ""
    assert {m.group_name for m in back.memberships} == {"Bank Sampah Hijau"}


def test_cancelling_the_merge_dialog_changes_nothing(qtbot, kelurahan, answer_dialogs) -> None:
    database, _planted = kelurahan
    answer_dialogs(lambda dialog: dialog.reject())
    view = open_view(qtbot, database)
    select(view, "Muhammad Rizki")
    view.review.merge_button.click()
    assert len(view.pairs) == 2 and not view.banner.isVisible()
    with database.read_session() as session:
        assert len(find_duplicates(session)) == 2


def test_a_record_opened_from_the_review_and_corrected_leaves_the_list(
    qtbot, kelurahan, answer_dialogs
) -> None:
    database, _planted = kelurahan
    seen: list[str] = []

    def correct(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog.windowTitle())
        dialog.full_name.setText("Stefani Nurhaliza")  # a sister, not the same person
        dialog.birth_date.line.setText("01-02-1990")
        dialog.nik.setText("3671054102900005")
        dialog.save()

    answer_dialogs(correct)
    view = open_view(qtbot, database)
    select(view, "Siti Nurhaliza")
    titles = [view.review.findChild(QLabel, f"duplicateTitle{side}") for side in (0, 1)]
    assert all("Buka data" in title.text() for title in titles)
    titles[1].linkActivated.emit("open")
    assert seen == ["Ubah anggota: St. Nurhaliza"]
    qtbot.waitUntil(lambda: not view.busy)
    assert names_listed(view) == [("Muhammad Rizki", "Muhamad Rizki")]
