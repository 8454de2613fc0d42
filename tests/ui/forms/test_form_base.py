"""The scaffolding the editors share: labelled rows, date checks, the two-column page."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from wksbm_desktop.i18n import t
from wksbm_desktop.ui.forms import ActivityDialog, GroupDialog, MemberDialog
from wksbm_desktop.ui.forms.base import date_errors
from wksbm_desktop.ui.forms.widgets import DateEdit


def _label_of(dialog: QWidget, field: QWidget) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel) if label.buddy() is field)


@pytest.mark.parametrize("dialog_type", [GroupDialog, MemberDialog, ActivityDialog])
def test_every_label_of_a_form_has_its_text(qtbot, caplog, dialog_type) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, logger="wksbm_desktop.i18n")
    qtbot.addWidget(dialog_type())
    assert "missing translation key" not in caplog.text


def test_a_row_is_labelled_by_its_label_key_not_the_core_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    group, activity = GroupDialog(), ActivityDialog()
    qtbot.addWidget(group)
    qtbot.addWidget(activity)
    assert _label_of(group, group.parent_group) == t("forms.group.parent")
    assert _label_of(group, group.sk_issuer) == t("forms.group.sk_issuer")
    assert _label_of(activity, activity.participants) == t("forms.activity.participants")
    assert group.errors.label_for("parent_uuid") is not None  # errors still go by core field


def test_date_errors_name_only_half_typed_dates(qtbot) -> None:  # type: ignore[no-untyped-def]
    empty, typo, real = DateEdit(), DateEdit(), DateEdit()
    for edit in (empty, typo, real):
        qtbot.addWidget(edit)
    typo.line.setText("31-02-2020")
    real.line.setText("17-08-2024")
    problems = date_errors({"empty": empty, "typo": typo, "real": real})
    assert problems == {"typo": t("forms.date.invalid")}


def test_a_date_field_stays_one_line_high_beside_its_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    form = QFormLayout(box)  # the rubric dialog's Keputusan box
    form.addRow("Tingkat:", QComboBox(box))
    hidden = QLabel(box)
    form.addRow(hidden)
    hidden.hide()
    field = DateEdit(box)
    form.addRow("Tanggal penilaian:", field)
    notes = QPlainTextEdit(box)
    notes.setFixedHeight(60)
    form.addRow("Catatan:", notes)
    box.resize(400, 320)  # taller than the rows need, beside a taller box
    box.show()
    qtbot.waitExposed(box)
    label = form.labelForField(field)
    assert field.height() == field.sizeHint().height()
    assert abs(field.geometry().center().y() - label.geometry().center().y()) <= 3
