"""The attachments panel: add photos and PDFs with thumbnails, refusals, archive, open, roles."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor

from tests.ui.programme.conftest import (
    GREEN,
    first_activity,
    first_group,
    jpeg_bytes,
    minimal_pdf,
    sign_in_as,
    write,
)
from wksbm_desktop.core.domain.roles import Role
from wksbm_desktop.core.queries.attachments import attachments_of
from wksbm_desktop.core.services import attachments
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.details.activity_detail import ActivityDetailPanel
from wksbm_desktop.ui.details.group_detail import GroupDetailPanel
from wksbm_desktop.ui.programme import attachments_panel as module
from wksbm_desktop.ui.programme.attachments_panel import ICON_SIDE, AttachmentsPanel


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """The file dialog, the details dialog, messages, questions and the viewer, answered."""
    seen: dict[str, list] = {"files": [], "details": [], "errors": [], "opened": []}
    monkeypatch.setattr(module, "choose_files", lambda _parent: list(seen["files"]))

    def details(_parent, *, kind, title="", files=None):  # type: ignore[no-untyped-def]
        seen["details"].append((kind, title, files))
        return seen.get("answer", [(kind, title)])[0]

    monkeypatch.setattr(module, "ask_details", details)
    monkeypatch.setattr(
        dialogs_util, "show_error", lambda _p, text, _t="": seen["errors"].append(text)
    )
    monkeypatch.setattr(dialogs_util, "ask_confirmation", lambda _p, _text, _t="": True)

    def open_url(url: QUrl) -> bool:
        seen["opened"].append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(module, "open_url", open_url)
    return seen


def _panel(qtbot, database, owner_kind: str = "group", owner: str | None = None):  # type: ignore[no-untyped-def]
    panel = AttachmentsPanel(database, owner_kind)
    qtbot.addWidget(panel)
    panel.set_owner(owner or first_group(database))
    return panel


def _texts(panel: AttachmentsPanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def _centre(panel: AttachmentsPanel, row: int) -> QColor:
    image = panel.list.item(row).icon().pixmap(ICON_SIDE, ICON_SIDE).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_an_image_and_a_pdf_are_added_with_a_thumbnail_and_an_icon(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, database)
    assert panel.list.count() == 0 and panel.count == 0
    assert "Belum ada lampiran" in panel.empty.text()
    photo = write(tmp_path, "IMG_2031.jpg", jpeg_bytes())
    pdf = write(tmp_path, "sk.pdf", minimal_pdf())
    answers["files"] = [photo, pdf]
    answers["answer"] = [("lainnya", "")]
    panel.add_files()
    assert answers["errors"] == []
    kind, _title, files = answers["details"][0]
    assert kind == "sk" and files == [photo, pdf]  # a group's first guess is its SK
    texts = _texts(panel)
    assert texts[0].startswith("IMG_2031\nLainnya · ") and "1600×1200 px" in texts[0]
    assert texts[1].startswith("sk\nLainnya · 1 KB")
    assert "Ditambahkan oleh Operator Uji" in texts[0]
    assert panel.count == 2
    centre = _centre(panel, 0)  # the thumbnail shows the photo itself
    assert abs(centre.green() - GREEN[1]) < 20 and centre.red() < 80
    pdf_icon = panel.list.item(1).icon().pixmap(ICON_SIDE, ICON_SIDE).toImage()
    assert pdf_icon.pixelColor(ICON_SIDE // 2, 39).red() > 150  # the red "PDF" label


def test_several_files_at_once_share_a_numbered_title_and_kind(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, database, "activity", first_activity(database))
    answers["files"] = [write(tmp_path, f"f{i}.png", _png()) for i in (1, 2)]
    answers["answer"] = [("foto_kegiatan", "Kerja bakti")]
    panel.add_files()
    with database.read_session() as session:
        rows = attachments_of(session, "activity", first_activity(database))
    assert [(r.title, r.document_kind, r.media_type) for r in rows] == [
        ("Kerja bakti (1/2)", "foto_kegiatan", "image/png"),
        ("Kerja bakti (2/2)", "foto_kegiatan", "image/png"),
    ]


def _png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (300, 200), (200, 30, 30, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_too_big_or_wrong_file_shows_the_message_and_stores_nothing(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, database)
    big = write(tmp_path, "scan.pdf", b"%PDF-1.4\n" + b"0" * (11 * attachments.MB))
    word = write(tmp_path, "lpj.pdf", b"PK\x03\x04" + b"\0" * 200)  # a .docx named .pdf
    answers["files"] = [big, word]
    panel.add_files()
    assert len(answers["errors"]) == 1
    message = answers["errors"][0]
    assert "scan.pdf terlalu besar" in message and "paling besar 10,0 MB" in message
    assert "lpj.pdf tidak dapat dilampirkan" in message
    with database.read_session() as session:
        assert attachments_of(session, "group", first_group(database), True) == []
    assert panel.list.count() == 0 and panel.count == 0


def test_a_good_file_beside_a_damaged_one_is_still_attached(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, database)
    broken = write(tmp_path, "rusak.jpg", jpeg_bytes()[:400])
    answers["files"] = [broken, write(tmp_path, "baik.jpg", jpeg_bytes())]
    answers["answer"] = [("foto_kegiatan", "")]
    panel.add_files()
    assert "rusak.jpg" in answers["errors"][0] and "rusak" in answers["errors"][0]
    assert [text.split("\n")[0] for text in _texts(panel)] == ["baik"]
    assert panel.current_row() is not None and panel.current_row().title == "baik"


def test_archive_restore_and_describe(qtbot, database, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, database)
    answers["files"] = [write(tmp_path, "absen.jpg", jpeg_bytes())]
    panel.add_files()
    counts: list[int] = []
    panel.changed.connect(counts.append)
    panel.list.setCurrentRow(0)
    answers["answer"] = [("daftar_hadir", "Daftar hadir Juni")]
    panel.describe_current()
    assert _texts(panel)[0].startswith("Daftar hadir Juni\nDaftar hadir bertanda tangan")
    panel.list.setCurrentRow(0)
    assert panel.archive_button.isEnabled() and not panel.restore_button.isVisibleTo(panel)
    panel.archive_current()
    assert panel.list.count() == 0 and counts[-1] == 0
    panel.show_archived.setChecked(True)
    assert _texts(panel)[0].startswith("Daftar hadir Juni (diarsipkan)")
    panel.list.setCurrentRow(0)
    assert panel.restore_button.isVisibleTo(panel) and not panel.archive_button.isVisibleTo(panel)
    assert not panel.describe_button.isEnabled()
    panel.restore_current()
    assert counts[-1] == 1 and "(diarsipkan)" not in _texts(panel)[0]


def test_a_photo_kind_refuses_a_pdf_when_described(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, database)
    answers["files"] = [write(tmp_path, "sk.pdf", minimal_pdf())]
    panel.add_files()
    panel.list.setCurrentRow(0)
    answers["answer"] = [("foto_kegiatan", "SK")]
    panel.describe_current()
    assert "harus berupa foto" in answers["errors"][0]
    assert _texts(panel)[0].startswith("sk\nSK")  # unchanged


def test_open_writes_a_private_copy_and_hands_it_to_the_viewer(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, database)
    answers["files"] = [write(tmp_path, "SK lurah: 2024?.pdf", minimal_pdf())]
    panel.add_files()
    panel.list.setCurrentRow(0)
    assert panel.open_button.isEnabled()
    path = panel.open_current()
    assert path is not None and answers["opened"] == [path]
    assert path.read_bytes() == minimal_pdf() and path.suffix == ".pdf"
    assert ":" not in path.name and "?" not in path.name
    assert module.private_folder() in path.parents
    if sys.platform != "win32":
        assert stat.S_IMODE(module.private_folder().stat().st_mode) == 0o700


def test_a_pemantau_sees_the_list_but_cannot_open_or_add(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    group = first_group(database)
    with database.session() as session:
        attachments.add_attachment(session, "group", group, "foto_kegiatan", jpeg_bytes(), "a.jpg")
    sign_in_as(database, Role.PEMANTAU)
    panel = _panel(qtbot, database, owner=group)
    assert _texts(panel)[0].startswith("a\nFoto kegiatan")
    assert not panel.add_button.isVisibleTo(panel)
    assert not panel.archive_button.isVisibleTo(panel)
    assert not panel.describe_button.isVisibleTo(panel)
    panel.list.setCurrentRow(0)
    assert not panel.open_button.isEnabled()
    assert "Pemantau" in panel.open_button.toolTip()
    assert panel.open_current() is None and answers["opened"] == []
    centre = _centre(panel, 0)  # no thumbnail for this role: the generic picture
    assert abs(centre.green() - GREEN[1]) > 20 or centre.red() > 80
    answers["files"] = [write(tmp_path, "b.jpg", jpeg_bytes())]
    panel.add_files()  # the button is hidden; a call anyway stores nothing
    with database.read_session() as session:
        assert len(attachments_of(session, "group", group)) == 1


def test_an_operator_adds_and_opens(qtbot, database, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sign_in_as(database, Role.OPERATOR)
    panel = _panel(qtbot, database)
    assert panel.add_button.isVisibleTo(panel)
    answers["files"] = [write(tmp_path, "c.jpg", jpeg_bytes())]
    panel.add_files()
    assert "Ditambahkan oleh Siti Aminah" in _texts(panel)[0]
    panel.list.setCurrentRow(0)
    assert panel.open_current() is not None


def test_the_group_and_activity_details_carry_a_counted_lampiran_tab(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    group, activity = first_group(database), first_activity(database)
    with database.session() as session:
        attachments.add_attachment(session, "group", group, "sk", minimal_pdf(), "sk.pdf")
        attachments.add_attachment(session, "activity", activity, "lainnya", _png(), "x.png")
        attachments.add_attachment(session, "activity", activity, "lainnya", _png(), "y.png")
    detail = GroupDetailPanel(database)
    qtbot.addWidget(detail)
    detail.show_record(group)
    titles = [detail.sections.tabText(i) for i in range(detail.sections.count())]
    assert "Lampiran (1)" in titles and titles[-1].startswith("Riwayat")
    assert detail.attachments.owner_uuid == group
    other = ActivityDetailPanel(database)
    qtbot.addWidget(other)
    other.show_record(activity)
    index = other.sections.indexOf(other.attachments)
    assert other.sections.tabText(index) == "Lampiran (2)"
    assert other.sections.tabToolTip(index) == "Lampiran (2)"


def test_sizes_read_the_indonesian_way() -> None:
    assert module.size_text(512) == "1 KB"
    assert module.size_text(300 * 1024) == "300 KB"
    assert module.size_text(int(2.5 * 1024 * 1024)) == "2,5 MB"
    assert module.safe_file_name("../../a b?.jpg", "image/png") == "a b_.png"


def test_files_dropped_on_the_panel_are_attached(qtbot, database, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    panel = _panel(qtbot, database)
    photo = write(tmp_path, "dari-ponsel.jpg", jpeg_bytes())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(event)
    assert answers["details"][0][2] == [photo]  # the folder is not a file to attach
    assert _texts(panel)[0].startswith("dari-ponsel\n")


def test_an_archived_records_attachments_open_but_do_not_change(
    qtbot, database, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    group = first_group(database)
    with database.session() as session:
        attachments.add_attachment(session, "group", group, "sk", minimal_pdf(), "sk.pdf")
    panel = AttachmentsPanel(database, "group")
    qtbot.addWidget(panel)
    panel.set_owner(group, archived=True)
    panel.list.setCurrentRow(0)
    assert not panel.add_button.isEnabled() and not panel.archive_button.isEnabled()
    assert not panel.describe_button.isEnabled() and panel.open_button.isEnabled()
    answers["files"] = [write(tmp_path, "x.jpg", jpeg_bytes())]
    panel.add_files()
    assert answers["details"] == [] and panel.list.count() == 1
    panel.list.itemActivated.emit(panel.list.item(0))  # Enter or a double click opens
    assert len(answers["opened"]) == 1


def test_the_details_dialog_offers_every_kind_and_says_the_limits(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from wksbm_desktop.ui.programme.attachments_panel import AttachmentDetailsDialog

    files = [Path("IMG_1.jpg"), Path("IMG_2.jpg")]

    def answer(dialog: AttachmentDetailsDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.kind.count() == 6 and dialog.kind.key() == "foto_kunjungan"
        assert "masing-masing" in dialog.title.placeholderText()
        limits = dialog.findChild(module.QLabel, "attachmentLimits")
        assert "25 MB" in limits.text() and "GPS" in limits.text()
        dialog.kind.set_key("lainnya")
        dialog.title.setText("  Kunjungan Juni ")
        return module.QDialog.DialogCode.Accepted

    monkeypatch.setattr(AttachmentDetailsDialog, "exec", answer)
    assert module.ask_details(None, kind="foto_kunjungan", files=files) == (
        "lainnya",
        "Kunjungan Juni",
    )
    monkeypatch.setattr(AttachmentDetailsDialog, "exec", lambda _d: 0)
    assert module.ask_details(None, kind="sk", title="SK") is None
