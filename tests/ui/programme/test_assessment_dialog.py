"""The rubric assessment: a live suggestion as boxes are ticked, the operator's choice saved
beside it, and the read-only view of a past assessment from the group's detail."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.ui.programme.conftest import first_group, sign_in_as
from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.domain.rubric import CriterionAnswer, suggest_level
from wksbm_desktop.core.queries.details import group_detail
from wksbm_desktop.core.queries.indicators import indicator_trend
from wksbm_desktop.core.queries.rubric import answers_of, assessment_summary
from wksbm_desktop.ui.details.group_detail import GroupDetailPanel
from wksbm_desktop.ui.programme import assessment_dialog as module
from wksbm_desktop.ui.programme.assessment_dialog import AssessmentDialog, AssessmentViewDialog


def _dialog(qtbot, database) -> AssessmentDialog:  # type: ignore[no-untyped-def]
    dialog = AssessmentDialog(database, first_group(database))
    qtbot.addWidget(dialog)
    return dialog


def _tick(dialog: AssessmentDialog, *levels: str) -> None:
    for line in dialog.lines:
        if line.criterion.level in levels:
            line.check.setChecked(True)


def test_the_checklist_shows_the_active_criteria_by_level(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, database)
    levels = [line.criterion.level for line in dialog.lines]
    assert levels.count("tumbuh") == 4 and levels.count("berkembang") == 5
    assert levels.count("maju") == 5 and levels.count("mandiri") == 5
    assert levels == sorted(levels, key=["tumbuh", "berkembang", "maju", "mandiri"].index)
    assert dialog.date.date() == date.today()
    assert "Tingkat terakhir:" in dialog.intro.text()


def test_ticking_criteria_changes_the_suggestion_live(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, database)
    assert dialog.suggested_label.text() == "Saran rubrik: Tumbuh"
    assert "tingkat terendah" in dialog.reasons_label.text()  # the floor, said in a sentence
    _tick(dialog, "tumbuh")
    assert "Semua 4 kriteria tingkat Tumbuh terpenuhi." in dialog.reasons_label.text()
    assert "Berkembang yang belum terpenuhi" in dialog.reasons_label.text()
    _tick(dialog, "berkembang")
    assert dialog.suggested_label.text() == "Saran rubrik: Berkembang"
    assert dialog.level.key() == "berkembang"  # the choice follows while not set by hand
    assert not dialog.differs.isVisibleTo(dialog)
    _tick(dialog, "maju", "mandiri")
    with database.read_session() as session:
        trend = indicator_trend(session, first_group(database))
    every = [
        CriterionAnswer(line.criterion.level, line.criterion.text, True) for line in dialog.lines
    ]
    expected = suggest_level(every, trend)
    assert dialog.suggested == expected.level and dialog.level.key() == expected.level
    for reason in expected.reasons:  # the figures' reasons too (rising, falling, missing)
        assert reason.replace("&", "&amp;") in dialog.reasons_label.text()


def test_the_operator_decides_and_saving_records_answers_and_both_levels(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, database)
    _tick(dialog, "tumbuh")
    dialog.lines[4].note.setText("  buku kas belum rapi ")
    index = dialog.level.findData("maju")
    dialog.level.setCurrentIndex(index)
    dialog.level.activated.emit(index)  # chosen by hand
    _tick(dialog, "berkembang")  # the suggestion moves; the operator's choice stays
    assert dialog.suggested == "berkembang" and dialog.level.key() == "maju"
    assert "Berbeda dari saran rubrik (Berkembang)" in dialog.differs.text()
    dialog.lines[4].check.setChecked(False)
    dialog.date.line.setText("01-06-2025")
    dialog.notes.setPlainText("Dinilai bersama pendamping")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_uuid
    with database.read_session() as session:
        summary = assessment_summary(session, dialog.saved_uuid)
        answers = answers_of(session, dialog.saved_uuid)
        latest = group_detail(session, first_group(database)).assessments[0]
    assert summary is not None
    assert (summary.level, summary.suggested_level) == ("maju", "tumbuh")
    assert summary.assessed_on == date(2025, 6, 1) and summary.notes == "Dinilai bersama pendamping"
    assert len(answers) == 19 and sum(a.met for a in answers) == 8
    assert answers[4].note == "buku kas belum rapi" and not answers[4].met
    assert latest.uuid == dialog.saved_uuid and latest.level == "maju"


def test_a_bad_date_is_said_and_nothing_is_saved(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, database)
    dialog.date.line.setText("31-02-20")
    dialog.save()
    assert dialog.saved_uuid is None and dialog.error.isVisibleTo(dialog)
    assert "HH-BB-TTTT" in dialog.error.text()


def test_a_pemantau_gets_the_service_refusal(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    sign_in_as(database, Role.PEMANTAU)
    dialog = _dialog(qtbot, database)
    dialog.save()
    assert dialog.saved_uuid is None and "Pemantau" in dialog.error.text()


def test_the_read_only_view_shows_answers_and_chosen_against_suggested(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, database)
    _tick(dialog, "tumbuh")
    dialog.lines[0].note.setText("SK ada")
    dialog.level.set_key("berkembang")
    dialog.level.activated.emit(dialog.level.currentIndex())
    dialog.save()
    view = AssessmentViewDialog(database, dialog.saved_uuid)
    qtbot.addWidget(view)
    assert view.chosen.text() == "<b>Berkembang</b>" and view.suggested.text() == "Tumbuh"
    assert view.table.rowCount() == 19
    first = [view.table.item(0, c).text() for c in range(4)]
    assert first[0] == "Tumbuh" and first[2] == "Ya" and first[3] == "SK ada"
    assert view.table.item(4, 2).text() == "Belum"


def test_an_assessment_without_the_rubric_says_so(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        old = group_detail(session, first_group(database)).assessments[0].uuid
    view = AssessmentViewDialog(database, old)
    qtbot.addWidget(view)
    assert "tanpa rubrik" in view.suggested.text()
    assert not hasattr(view, "table")


def test_the_group_detail_opens_the_dialog_and_past_answers(
    qtbot, database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    panel = GroupDetailPanel(database)
    qtbot.addWidget(panel)
    group = first_group(database)
    panel.show_record(group)
    assert panel.rubric.button.isVisibleTo(panel) and panel.rubric.button.isEnabled()
    shown: list[str] = []

    def run(dialog: AssessmentDialog) -> int:
        _tick(dialog, "tumbuh", "berkembang")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AssessmentDialog, "exec", run)
    made = panel.rubric.assess()
    assert made is not None
    assert panel.levels.model.rowCount() == len(panel.rubric.assessment_uuids)
    assert panel.rubric.assessment_uuids[0] == made  # newest first, the detail reloaded
    monkeypatch.setattr(
        AssessmentViewDialog, "exec", lambda view: shown.append(view.windowTitle()) or 0
    )
    view = panel.levels.view
    view.doubleClicked.emit(panel.levels.model.index(0, 0))
    assert shown and shown[0].startswith("Penilaian ")
    assert view.toolTip() == module.t("evidence_ui.view.hint")


def test_a_pemantau_has_no_assessment_button(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    sign_in_as(database, Role.PEMANTAU)
    panel = GroupDetailPanel(database)
    qtbot.addWidget(panel)
    panel.show_record(first_group(database))
    assert not panel.rubric.button.isVisibleTo(panel)
    cell = panel.levels.model.index(0, 1)
    assert cell.data(Qt.ItemDataRole.DisplayRole)  # the history still reads


def test_in_the_window_a_saved_assessment_shows_in_the_list_and_detail_at_once(
    main_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import tab_of
    from wksbm_desktop.ui.main_window import GROUPS

    tab = tab_of(main_window, GROUPS)
    tab.select_row(0)
    detail = tab.detail
    uuid = tab.current_uuid()
    before = detail.levels.model.rowCount()

    def run(dialog: AssessmentDialog) -> int:
        dialog.level.set_key("mandiri")
        dialog.level.activated.emit(dialog.level.currentIndex())
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AssessmentDialog, "exec", run)
    assert detail.rubric.assess() is not None
    assert tab.current_uuid() == uuid  # the same group stays chosen
    assert detail.levels.model.rowCount() == before + 1
    assert detail._fields["level"].text() == "Mandiri"
