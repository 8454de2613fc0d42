"""Penggabungan sebelumnya…: earlier merges listed, one undone from the list."""

from __future__ import annotations

from tests.ui.duplicates.test_finder_view import names_listed, open_view
from wksbm_desktop.core.queries.details import member_detail
from wksbm_desktop.core.services.merging import merge_members
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.duplicates.merges_dialog import MergesDialog


def test_an_earlier_merge_is_undone_from_the_list(
    qtbot, kelurahan, answer_dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database, planted = kelurahan
    with database.session() as session:
        merge_members(session, planted.members["siti"], planted.members["siti2"])
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda *_a: True)
    seen: dict[str, object] = {}

    def work(dialog: MergesDialog) -> None:
        cells = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
        seen["before"] = cells
        seen["enabled"] = dialog.undo_button.isEnabled()
        dialog.undo_button.click()
        seen["after"] = dialog.model.index(0, 4).data()
        seen["enabled_after"] = dialog.undo_button.isEnabled()
        dialog.reject()

    errors = answer_dialogs(work)
    view = open_view(qtbot, database)
    assert names_listed(view) == [("Muhammad Rizki", "Muhamad Rizki")]
    assert view.merges_button.isVisible()
    view.merges_button.click()
    assert errors == []
    before = seen["before"]
    assert isinstance(before, list)
    assert before[1:4] == ["St. Nurhaliza", "Siti Nurhaliza", "Penguji"] and before[4] == ""
    assert seen["enabled"] is True
    assert str(seen["after"]).startswith("Diurungkan ") and seen["enabled_after"] is False
    qtbot.waitUntil(lambda: not view.busy and len(view.pairs) == 2)  # the pair is back
    with database.read_session() as session:
        back = member_detail(session, planted.members["siti2"])
    assert back is not None and not back.archived
