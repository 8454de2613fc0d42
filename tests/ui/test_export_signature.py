"""The export dialog warns when the Rekap's signature would print empty and offers the form."""

from __future__ import annotations

from PySide6.QtGui import QAction

from wksbm_desktop.core.domain.inputs import OfficeInput
from wksbm_desktop.core.services.office import get_office, save_office
from wksbm_desktop.ui.excel import signature_warning
from wksbm_desktop.ui.excel.export_dialog import ExportDialog
from wksbm_desktop.ui.excel.signature_warning import SignatureWarning

NIP = "197001011990032001"


def _open(main_window) -> ExportDialog:
    main_window.findChild(QAction, "exportReport").trigger()
    dialog = main_window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_missing_nip_is_warned_and_the_office_form_fills_it(qtbot, main_window, monkeypatch):
    dialog = _open(main_window)
    warning = dialog.findChild(SignatureWarning, "signatureWarning")
    assert warning is not None and warning.isVisible()
    text = warning.label.text()
    assert "NIP Lurah belum diisi" in text and '"NIP. -"' in text and "(nama Lurah)" not in text
    dialog.resize(620, dialog.sizeHint().height())
    dialog.grab().save("/tmp/reports-signature-warning.png")

    def fill_in(database, parent) -> bool:
        with database.session() as session:
            office = get_office(session)
            assert office is not None
            data = OfficeInput(office.kelurahan_code, lurah_name=office.lurah_name, lurah_nip=NIP)
            save_office(session, data)
        return True

    monkeypatch.setattr(signature_warning, "edit_office", fill_in)
    qtbot.mouseClick(warning.fill_button, qtbot_left())
    assert not warning.isVisible()
    dialog.reject()


def test_a_complete_signature_shows_no_warning(qtbot, main_window):
    with main_window.database.session() as session:
        office = get_office(session)
        assert office is not None
        save_office(session, OfficeInput(office.kelurahan_code, lurah_name="Budi", lurah_nip=NIP))
    dialog = _open(main_window)
    warning = dialog.findChild(SignatureWarning, "signatureWarning")
    assert warning is not None and not warning.isVisible()
    dialog.reject()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
