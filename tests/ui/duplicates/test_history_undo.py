"""A merge can also be undone later from its entry in Data → Riwayat perubahan."""

from __future__ import annotations

from wksbm_desktop.core.queries.details import member_detail
from wksbm_desktop.core.services.merging import merge_members
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.audit_view import AuditView


def test_undo_from_the_merge_entry_in_the_history(qtbot, kelurahan, monkeypatch) -> None:
    database, planted = kelurahan
    keep, other = planted.members["rizki"], planted.members["rizki2"]
    with database.session() as session:
        merge_members(session, keep, other, take_from_other=("nik",))
    asked: list[str] = []
    told: list[str] = []

    def ask(_parent: object, text: str, _title: str = "") -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs_util, "ask_confirmation", ask)
    monkeypatch.setattr(dialogs_util, "show_info", lambda _p, text, _t="": told.append(text))
    view = AuditView(database)
    qtbot.addWidget(view)
    view.show()
    assert not view.undo_merge_button.isVisible()  # nothing chosen yet
    merge_row = next(i for i, row in enumerate(view.rows) if row.action == "merge")
    other_row = next(i for i, row in enumerate(view.rows) if row.action == "create")
    view.table.selectRow(other_row)
    assert not view.undo_merge_button.isVisible()  # only a merge's entry offers it
    view.table.selectRow(next(i for i, r in enumerate(view.rows) if r.action == "merged_into"))
    assert view.undo_merge_button.isVisible()  # the other record's side offers it too
    view.table.selectRow(merge_row)
    assert view.undo_merge_button.isVisible()
    view.undo_merge_button.click()
    assert asked and told == ["Penggabungan diurungkan: kedua data kembali seperti semula."]
    with database.read_session() as session:
        back = member_detail(session, other)
        kept = member_detail(session, keep)
    assert back is not None and not back.archived and back.nik == "3671051705800012"
    assert kept is not None and kept.nik == "3671051705800011"
    # Undone once: the same entry now gets the core's refusal, shown, nothing changed.
    errors: list[str] = []
    monkeypatch.setattr(dialogs_util, "show_error", lambda _p, text, _t="": errors.append(text))
    view.table.selectRow(next(i for i, row in enumerate(view.rows) if row.action == "merge"))
    view.undo_merge_button.click()
    assert len(errors) == 1 and "sudah dibatalkan" in errors[0]
