"""Attachments: accepted types by content, limits, GPS stripped, thumbnails, checksums, lists."""

from __future__ import annotations

import io
import json
import struct
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tests.core.conftest import KELURAHAN, OPERATOR, group_input
from wksbm_desktop.core.domain.inputs import ActivityInput, OfficeInput
from wksbm_desktop.core.domain.programme_inputs import AidInput, VisitInput
from wksbm_desktop.core.domain.roles import Role, SignedIn
from wksbm_desktop.core.errors import NotFoundError, ValidationFailed, WksbmError
from wksbm_desktop.core.models import Attachment, AttachmentContent, AuditEntry, Group
from wksbm_desktop.core.queries.attachments import (
    attachment_counts,
    attachments_of,
    counts_for_owners,
)
from wksbm_desktop.core.services import attachments
from wksbm_desktop.core.services.access import PermissionRefused
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.aid import archive_aid, create_aid
from wksbm_desktop.core.services.attachments import (
    AttachmentDamaged,
    AttachmentRefused,
    add_attachment,
    add_attachment_file,
    archive_attachment,
    describe_attachment,
    read_attachment,
    read_thumbnail,
    restore_attachment,
)
from wksbm_desktop.core.services.groups import archive_group, create_group
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.services.visits import record_visit
from wksbm_desktop.core.storage.backup import backup_now
from wksbm_desktop.core.storage.db import Database, open_database

PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
GPS_IFD = ExifTags.IFD.GPSInfo


def photo_with_gps(size: tuple[int, int] = (3000, 1500), orientation: int = 6) -> bytes:
    """A camera photo: GPS position, camera model, orientation, an XMP packet and a comment."""
    image = Image.new("RGB", size, (180, 40, 40))
    image.paste((20, 20, 200), (0, 0, size[0] // 2, size[1] // 3))  # a mark to find upright
    exif = Image.Exif()
    exif[ExifTags.Base.Model] = "Kamera Uji"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(GPS_IFD)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (6.0, 10.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (106.0, 38.0, 0.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>6,10S</exif:GPSLatitude>'
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, xmp=xmp + b"</x:xmpmeta>", comment=b"rumah pak RT")
    return out.getvalue()


def png_bytes(size: tuple[int, int] = (300, 200), mode: str = "RGBA") -> bytes:
    image = Image.new(mode, size, (0, 128, 0, 0) if mode == "RGBA" else (0, 128, 0))
    image.paste((255, 0, 0, 255) if mode == "RGBA" else (255, 0, 0), (0, 0, 100, 100))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A tiny PNG that declares a huge image: all a decompression bomb needs."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def attach(
    session: Session, group: Group, data: bytes, name: str = "foto.jpg", **kw: Any
) -> Attachment:
    kind = kw.pop("kind", "foto_kegiatan")
    return add_attachment(session, "group", group.uuid, kind, data, name, **kw)


def refusal(call: Any) -> str:
    with pytest.raises(AttachmentRefused) as caught:
        call()
    return caught.value.message


def test_a_photo_is_stored_without_gps_or_any_metadata(session: Session, group: Group) -> None:
    original = photo_with_gps()
    with Image.open(io.BytesIO(original)) as source:  # the test photo does carry a position
        assert source.getexif().get_ifd(GPS_IFD)[ExifTags.GPS.GPSLatitudeRef] == "S"
    attachment = attach(session, group, original, title="Panen lele")
    stored = read_attachment(session, attachment.uuid).data
    with Image.open(io.BytesIO(stored)) as kept:
        assert kept.format == "JPEG"
        assert not kept.getexif()  # no GPS, no camera model, no orientation left
        assert "exif" not in kept.info and "xmp" not in kept.info and "comment" not in kept.info
        # Orientation 6 applied (turned upright), then shrunk to 2000 px on the long side.
        assert kept.size == (1000, 2000) == (attachment.width, attachment.height)
    assert b"GPS" not in stored and b"Kamera Uji" not in stored and b"rumah pak RT" not in stored


def test_a_photo_keeps_its_checksum_size_thumbnail_and_history(
    session: Session, group: Group
) -> None:
    attachment = attach(session, group, photo_with_gps(), "IMG_0001.JPG")
    stored = read_attachment(session, attachment.uuid)
    import hashlib

    assert attachment.sha256 == hashlib.sha256(stored.data).hexdigest()
    assert attachment.size == len(stored.data)
    assert (attachment.title, attachment.file_name) == ("IMG_0001", "IMG_0001.JPG")
    assert attachment.media_type == stored.media_type == "image/jpeg"
    assert attachment.kelurahan_code == KELURAHAN and attachment.added_by == OPERATOR
    thumbnail = read_thumbnail(session, attachment.uuid)
    assert thumbnail is not None
    with Image.open(io.BytesIO(thumbnail)) as small:
        assert small.format == "JPEG" and max(small.size) == 240
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == attachment.uuid)
    ).one()
    changes = json.loads(entry.changes)
    assert (entry.entity, entry.action, entry.operator) == ("attachment", "create", OPERATOR)
    assert changes["sha256"] == [None, attachment.sha256]
    assert changes["attachment_owner"] == [None, group.uuid]
    assert changes["attachment_owner_kind"] == [None, "group"]


def test_a_png_stays_a_png_with_its_transparency(session: Session, group: Group) -> None:
    attachment = attach(session, group, png_bytes(), "tangkapan.png", kind="lainnya")
    assert (attachment.media_type, attachment.width, attachment.height) == ("image/png", 300, 200)
    with Image.open(io.BytesIO(read_attachment(session, attachment.uuid).data)) as kept:
        assert kept.mode == "RGBA" and kept.getchannel("A").getpixel((250, 150)) == 0
    assert read_thumbnail(session, attachment.uuid) is not None


def test_a_cmyk_jpeg_is_stored_as_rgb(session: Session, group: Group) -> None:
    out = io.BytesIO()
    Image.new("CMYK", (50, 40), (0, 255, 255, 0)).save(out, "JPEG")
    attachment = attach(session, group, out.getvalue(), "pindai.jpg", kind="sk")
    with Image.open(io.BytesIO(read_attachment(session, attachment.uuid).data)) as kept:
        assert kept.mode == "RGB"


def test_a_16_bit_greyscale_scan_is_stored_as_8_bit(session: Session, group: Group) -> None:
    out = io.BytesIO()
    Image.new("I;16", (2400, 100), 40_000).save(out, "PNG")
    attachment = attach(session, group, out.getvalue(), "pindai16.png", kind="sk")
    with Image.open(io.BytesIO(read_attachment(session, attachment.uuid).data)) as kept:
        assert (kept.mode, kept.size, kept.getpixel((0, 0))) == ("L", (2000, 83), 156)


def test_a_pdf_is_kept_byte_for_byte_whatever_its_name(session: Session, group: Group) -> None:
    attachment = attach(session, group, PDF_BYTES, "C:\\Dokumen\\lpj.jpg", kind="lpj")
    assert attachment.media_type == "application/pdf"  # the content decides, not the name
    assert attachment.file_name == "lpj.jpg"
    assert read_attachment(session, attachment.uuid).data == PDF_BYTES
    assert read_thumbnail(session, attachment.uuid) is None
    assert attachment.width is None


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"", "kosong.pdf", "kosong (0 byte)"),
        (b"PK\x03\x04 laporan word", "laporan.pdf", "bukan foto JPEG, gambar PNG atau PDF"),
        (b"GIF89a....", "animasi.gif", "bukan foto JPEG"),
        (b"\xff\xd8\xff\xe0 bukan jpeg", "rusak.jpg", "rusak atau tidak lengkap"),
    ],
)
def test_files_that_are_not_accepted_say_why(
    session: Session, group: Group, data: bytes, name: str, expected: str
) -> None:
    message = refusal(lambda: attach(session, group, data, name, kind="lainnya"))
    assert name in message and expected in message
    assert session.scalar(select(Attachment.id)) is None


def test_a_truncated_photo_is_refused(session: Session, group: Group) -> None:
    photo = photo_with_gps((400, 300))
    message = refusal(lambda: attach(session, group, photo[: len(photo) // 2], "potong.jpg"))
    assert "rusak atau tidak lengkap" in message


def test_a_photo_kind_needs_an_image(session: Session, group: Group) -> None:
    message = refusal(lambda: attach(session, group, PDF_BYTES, "foto.pdf", kind="foto_kunjungan"))
    assert "Foto kunjungan harus berupa foto" in message


def test_size_limits_per_kind(session: Session, group: Group) -> None:
    big_pdf = PDF_BYTES + b"0" * attachments.MAX_DOCUMENT_BYTES
    message = refusal(lambda: attach(session, group, big_pdf, "sk.pdf", kind="sk"))
    assert "terlalu besar (10,0 MB; paling besar 10,0 MB)" in message
    big_photo = b"\xff\xd8\xff" + b"0" * attachments.MAX_IMAGE_FILE_BYTES
    message = refusal(lambda: attach(session, group, big_photo, "besar.jpg"))
    assert "paling besar 25,0 MB" in message


def test_an_image_still_too_big_after_shrinking_is_refused(
    session: Session, group: Group, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_STORED_BYTES", 1000)
    message = refusal(lambda: attach(session, group, photo_with_gps((800, 600)), "a.jpg"))
    assert "paling besar 0,0 MB" in message


@pytest.mark.parametrize("side", [8_000, 10_000, 20_000])
def test_a_decompression_bomb_is_refused_before_decoding(
    session: Session, group: Group, side: int
) -> None:
    # 64, 100 and 400 million pixels: above our limit, Pillow's warning and Pillow's error.
    bomb = png_header(side, side)
    assert len(bomb) < 200
    message = refusal(lambda: attach(session, group, bomb, "bom.png"))
    assert "lebih dari 60 juta piksel" in message


def test_adding_from_a_file(session: Session, group: Group, tmp_path: Path) -> None:
    path = tmp_path / "daftar hadir.pdf"
    path.write_bytes(PDF_BYTES)
    attachment = add_attachment_file(session, "group", group.uuid, "daftar_hadir", path)
    assert (attachment.title, attachment.size) == ("daftar hadir", len(PDF_BYTES))


def test_a_huge_file_is_refused_before_it_is_read(
    session: Session, group: Group, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "video.mp4"
    with path.open("wb") as sparse:
        sparse.truncate(attachments.MAX_IMAGE_FILE_BYTES + 1)

    def no_reading(self: Path) -> bytes:
        raise AssertionError("read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    message = refusal(lambda: add_attachment_file(session, "group", group.uuid, "sk", path))
    assert "video.mp4 terlalu besar" in message


def test_a_missing_file_is_explained(session: Session, group: Group, tmp_path: Path) -> None:
    path = tmp_path / "hilang.pdf"
    message = refusal(lambda: add_attachment_file(session, "group", group.uuid, "sk", path))
    assert "hilang.pdf tidak dapat dibaca" in message


def test_the_owner_must_exist_and_be_live(session: Session, group: Group) -> None:
    with pytest.raises(ValidationFailed) as caught:
        add_attachment(session, "rumah", group.uuid, "surat", PDF_BYTES, "a.pdf", "x" * 201)
    assert set(caught.value.by_field()) == {"owner_kind", "document_kind", "title"}
    with pytest.raises(NotFoundError, match="kegiatan"):
        add_attachment(session, "activity", group.uuid, "sk", PDF_BYTES, "a.pdf")
    archive_group(session, group.uuid)
    with pytest.raises(NotFoundError, match="sudah diarsipkan"):
        attach(session, group, PDF_BYTES, "a.pdf", kind="sk")


def test_an_activity_takes_attachments(session: Session, group: Group) -> None:
    activity = create_activity(
        session,
        ActivityInput(
            group.uuid,
            date(2026, 3, 1),
            "Pelatihan",
            "Pelatihan",
            "Ekonomi Produktif",
            "Swadaya/Iuran",
        ),
    )
    add_attachment(session, "activity", activity.uuid, "foto_kegiatan", png_bytes(), "a.png")
    assert [row.owner_uuid for row in attachments_of(session, "activity", activity.uuid)] == [
        activity.uuid
    ]


def test_aid_and_visits_take_attachments_and_archived_ones_do_not(
    session: Session, group: Group
) -> None:
    aid = create_aid(
        session, AidInput(group.uuid, date(2026, 2, 1), "Modal usaha", amount_requested=5_000_000)
    )
    visit = record_visit(
        session, VisitInput(group.uuid, date(2026, 3, 1), "Pendamping Ani", "Buku kas rapi")
    )
    add_attachment(session, "aid", aid.uuid, "lpj", PDF_BYTES, "lpj.pdf")
    add_attachment(session, "visit", visit.uuid, "foto_kunjungan", png_bytes(), "kunjungan.png")
    assert counts_for_owners(session, "aid", [aid.uuid]) == {aid.uuid: 1}
    assert [row.file_name for row in attachments_of(session, "visit", visit.uuid)] == [
        "kunjungan.png"
    ]
    archive_aid(session, aid.uuid)
    with pytest.raises(WksbmError):
        add_attachment(session, "aid", aid.uuid, "lpj", PDF_BYTES, "lpj-2.pdf")


def test_damaged_content_gives_a_clear_message(session: Session, group: Group) -> None:
    attachment = attach(session, group, PDF_BYTES, "lpj.pdf", kind="lpj", title="LPJ tahap 1")
    session.execute(
        update(AttachmentContent)
        .where(AttachmentContent.attachment_id == attachment.id)
        .values(data=PDF_BYTES.replace(b"1.4", b"1.5"))
    )
    with pytest.raises(AttachmentDamaged) as caught:
        read_attachment(session, attachment.uuid)
    assert 'Lampiran "LPJ tahap 1" rusak' in caught.value.message
    with pytest.raises(NotFoundError):
        read_attachment(session, "00000000-0000-4000-8000-000000000000")


def test_describing_an_attachment(session: Session, group: Group) -> None:
    attachment = attach(session, group, PDF_BYTES, "scan.pdf", kind="lainnya")
    describe_attachment(session, attachment.uuid, " SK Pengukuhan ", "sk")
    assert (attachment.title, attachment.document_kind) == ("SK Pengukuhan", "sk")
    describe_attachment(session, attachment.uuid, "SK Pengukuhan", "sk")  # no change, no entry
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uuid == attachment.uuid).order_by(AuditEntry.id)
    ).all()
    assert [entry.action for entry in entries] == ["create", "update"]
    assert json.loads(entries[1].changes)["attachment_title"] == ["scan", "SK Pengukuhan"]
    with pytest.raises(ValidationFailed):
        describe_attachment(session, attachment.uuid, "", "sk")
    message = refusal(lambda: describe_attachment(session, attachment.uuid, "x", "foto_kegiatan"))
    assert "harus berupa foto" in message


def test_archive_and_restore(session: Session, group: Group) -> None:
    attachment = attach(session, group, PDF_BYTES, "lpj.pdf", kind="lpj")
    archive_attachment(session, attachment.uuid)
    archive_attachment(session, attachment.uuid)  # once
    assert attachments_of(session, "group", group.uuid) == []
    assert len(attachments_of(session, "group", group.uuid, include_archived=True)) == 1
    assert attachment_counts(session, KELURAHAN).total == 0
    restore_attachment(session, attachment.uuid)
    restore_attachment(session, attachment.uuid)  # a live one stays as it is
    assert len(attachments_of(session, "group", group.uuid)) == 1
    actions = session.scalars(
        select(AuditEntry.action).where(AuditEntry.entity_uuid == attachment.uuid)
    ).all()
    assert sorted(actions) == ["archive", "create", "restore"]


def test_lists_and_counts_never_carry_the_bytes(session: Session, group: Group, make: Any) -> None:
    other = create_group(session, make.group("KUBE Mawar"))
    attach(session, group, photo_with_gps((600, 400)), "a.jpg")
    attach(session, group, PDF_BYTES, "lpj.pdf", kind="lpj")
    attach(session, other, PDF_BYTES, "sk.pdf", kind="sk")
    rows = attachments_of(session, "group", group.uuid)
    assert [row.file_name for row in rows] == ["a.jpg", "lpj.pdf"]
    assert [row.is_image for row in rows] == [True, False]
    assert not hasattr(rows[0], "data")
    counts = attachment_counts(session, KELURAHAN)
    assert counts.by_owner_kind == {"group": 3, "activity": 0, "aid": 0, "visit": 0}
    assert counts.by_document_kind["lpj"] == 1 and counts.by_document_kind["foto_kegiatan"] == 1
    assert attachment_counts(session, "36.71.01.1001").total == 0
    assert counts_for_owners(session, "group", [group.uuid, other.uuid, "x"]) == {
        group.uuid: 2,
        other.uuid: 1,
    }
    assert counts_for_owners(session, "group", []) == {}


def test_large_content_round_trips_on_both_engines(session: Session, group: Group) -> None:
    scan = PDF_BYTES + bytes(range(256)) * 12_000  # 3 MB of every byte value (bytea, BLOB)
    attachment = attach(session, group, scan, "pindaian.pdf", kind="daftar_hadir")
    session.commit()
    session.expire_all()
    assert read_attachment(session, attachment.uuid).data == scan


def _group_with(database: Database, data: bytes, kind: str) -> tuple[str, str]:
    """A group of its own session with one attachment: (group UUID, attachment UUID)."""
    with database.session() as session:
        group = create_group(session, group_input())
        return group.uuid, attach(session, group, data, "berkas", kind=kind).uuid


def test_pemantau_sees_the_list_but_not_the_files(database: Database) -> None:
    group_uuid, uuid = _group_with(database, PDF_BYTES, "sk")
    from tests.core.services.test_accounts import first_admin

    first_admin(database)
    database.sign_in(SignedIn(2, "pantau", "Pemantau Uji", Role.PEMANTAU))
    with database.read_session() as session:
        assert len(attachments_of(session, "group", group_uuid)) == 1
        with pytest.raises(PermissionRefused):
            read_attachment(session, uuid)
        with pytest.raises(PermissionRefused):
            read_thumbnail(session, uuid)


@pytest.mark.sqlite_only("a backup is a copy of the SQLite file")
def test_a_backup_carries_the_files(database: Database, db_path: Path) -> None:
    _group_uuid, uuid = _group_with(database, photo_with_gps((500, 400)), "foto_kegiatan")
    with database.read_session() as session:
        original = read_attachment(session, uuid).data
    copy = open_database(backup_now(db_path).path)
    try:
        with copy.read_session() as session:
            assert read_attachment(session, uuid).data == original
    finally:
        copy.dispose()


def test_at_the_city_a_kelurahan_s_records_take_no_attachments(
    new_target: Callable[..., str],
) -> None:
    city = open_database(new_target("kota.db", at_head=True), operator="Petugas Dinas")
    try:
        with city.session() as session:
            save_office(session, OfficeInput(kelurahan_code=None))
            received = create_group(session, group_input("KUBE Poris"))
            own = create_group(session, group_input("KUBE Binaan Dinas"))
            uuid = attach(session, received, PDF_BYTES, "sk.pdf", kind="sk").uuid
            attach(session, own, PDF_BYTES, "sk.pdf", kind="sk")  # the Dinas's own entry
            # As a receive would leave them: owned by the kelurahan that sent them.
            for model, key in ((Group, received.uuid), (Attachment, uuid)):
                session.execute(
                    update(model).where(model.uuid == key).values(kelurahan_code=KELURAHAN)
                )
            received_uuid = received.uuid
        with city.session() as session:
            group = session.scalars(select(Group).where(Group.uuid == received_uuid)).one()
            with pytest.raises(WksbmError, match="laporan kelurahan berikutnya"):
                attach(session, group, PDF_BYTES, "lpj.pdf", kind="lpj")
            with pytest.raises(WksbmError, match="laporan kelurahan berikutnya"):
                archive_attachment(session, uuid)
    finally:
        city.dispose()
