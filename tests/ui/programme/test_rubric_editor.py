"""The rubric editor: per level add, reword, reorder, deactivate and reactivate; Lurah / Admin."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from tests.ui.programme.conftest import sign_in_as
from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.queries.rubric import rubric
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.accounts.role_menus import apply_role
from wksbm_desktop.ui.programme import rubric_editor as module
from wksbm_desktop.ui.programme.rubric_editor import RubricEditor


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    seen: dict[str, list] = {"texts": [], "errors": []}
    monkeypatch.setattr(module, "ask_text", lambda *_a: seen["texts"].pop(0))
    monkeypatch.setattr(
        dialogs_util, "show_error", lambda _p, text, _t="": seen["errors"].append(text)
    )
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda _p, _text, _t="": True)
    return seen


def _words(database, level: str, include_inactive: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        rows = rubric(session, include_inactive=include_inactive)
    return [row.text for row in rows if row.level == level]


def _items(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.list.item(i).text() for i in range(page.list.count())]


def test_add_reword_and_reorder_a_level(qtbot, database, said) -> None:  # type: ignore[no-untyped-def]
    editor = RubricEditor(database)
    qtbot.addWidget(editor)
    assert [editor.tabs.tabText(i) for i in range(4)] == [
        "Tumbuh (4)",
        "Berkembang (5)",
        "Maju (5)",
        "Mandiri (5)",
    ]
    page = editor.pages["tumbuh"]
    said["texts"] = ["Kelompok  punya   papan nama."]
    page.add()
    assert _words(database, "tumbuh")[-1] == "Kelompok punya papan nama."
    assert _items(page)[-1] == "5. Kelompok punya papan nama."
    assert page.current().text == "Kelompok punya papan nama."  # the new one is chosen
    assert editor.tabs.tabText(0) == "Tumbuh (5)"
    said["texts"] = ["Kelompok punya papan nama di depan sekretariat."]
    page.reword()
    assert _words(database, "tumbuh")[-1] == "Kelompok punya papan nama di depan sekretariat."
    page.move_by(-1)
    words = _words(database, "tumbuh")
    assert words[3] == "Kelompok punya papan nama di depan sekretariat."
    assert page.list.currentRow() == 3  # the moved criterion stays chosen
    page.list.setCurrentRow(0)
    assert not page.up_button.isEnabled() and page.down_button.isEnabled()
    first = words[0]
    page.move_by(1)
    assert _words(database, "tumbuh")[1] == first


def test_deactivate_and_reactivate(qtbot, database, said) -> None:  # type: ignore[no-untyped-def]
    editor = RubricEditor(database)
    qtbot.addWidget(editor)
    page = editor.pages["maju"]
    page.list.setCurrentRow(1)
    text = page.current().text
    assert page.active_button.text() == "Nonaktifkan"
    page.toggle_active()
    assert text not in _words(database, "maju", include_inactive=False)
    assert _items(page)[1].endswith("(tidak aktif)")
    assert editor.tabs.tabText(2) == "Maju (4)"
    page.list.setCurrentRow(1)
    assert page.active_button.text() == "Aktifkan kembali"
    page.toggle_active()
    assert text in _words(database, "maju", include_inactive=False)
    assert editor.tabs.tabText(2) == "Maju (5)"


def test_a_duplicate_criterion_is_refused_with_the_services_sentence(qtbot, database, said) -> None:  # type: ignore[no-untyped-def]
    editor = RubricEditor(database)
    qtbot.addWidget(editor)
    page = editor.pages["mandiri"]
    said["texts"] = [_words(database, "mandiri")[0].upper()]
    page.add()
    assert "sudah ada di tingkat Mandiri" in said["errors"][0]
    assert len(_words(database, "mandiri")) == 5


def test_an_operator_cannot_edit_the_rubric(qtbot, database, said) -> None:  # type: ignore[no-untyped-def]
    sign_in_as(database, Role.OPERATOR)
    editor = RubricEditor(database)
    qtbot.addWidget(editor)
    said["texts"] = ["Kriteria dari operator."]
    editor.pages["tumbuh"].add()
    assert "Operator" in said["errors"][0]
    assert "Kriteria dari operator." not in _words(database, "tumbuh")


def test_the_data_menu_offers_the_editor_to_the_settings_role_only(
    main_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    action = main_window.findChild(QAction, "rubricEditor")
    assert action in main_window.data_menu.actions()
    assert action.text() == "Rubrik tingkat kelompok…"
    opened: list[RubricEditor] = []
    monkeypatch.setattr(RubricEditor, "exec", lambda editor: opened.append(editor) or 0)
    action.trigger()
    assert len(opened) == 1 and opened[0].tabs.count() == 4
    apply_role(main_window, SignedIn(1, "siti", "Siti Aminah", Role.OPERATOR))
    assert not action.isVisible() and not action.isEnabled()
    apply_role(main_window, SignedIn(1, "lurah", "Budi Santoso", Role.ADMIN))
    assert action.isVisible() and action.isEnabled()
