"""Attachments: photos and scanned documents kept in the database with their record (issue 19).

The bytes live in the database (attachment_contents), so a backup, a restore and the server
carry them like any other data. Every image is decoded and written anew: shrunk to
MAX_IMAGE_SIDE, turned upright, and stripped of all metadata (EXIF with its GPS position,
XMP, comments). PDFs are kept as they are and never parsed here.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path, PurePath

from PIL import Image, ImageOps
from sqlalchemy import column, select, table
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain import rules
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.errors import NotFoundError, ValidationCollector, WksbmError
from wksbm_desktop.core.models import (
    ATTACHMENT_DOCUMENT_KINDS,
    ATTACHMENT_OWNER_KINDS,
    Attachment,
    AttachmentContent,
    utcnow,
)
from wksbm_desktop.core.services import audit, ownership
from wksbm_desktop.core.services.access import requires
from wksbm_desktop.i18n import t

MB = 1024 * 1024
MAX_DOCUMENT_BYTES = 10 * MB  # a scanned PDF
MAX_IMAGE_FILE_BYTES = 25 * MB  # a phone photo before it is shrunk
MAX_STORED_BYTES = 10 * MB  # what is kept, after shrinking
MAX_IMAGE_SIDE = 2000  # px, the long side kept: a signed sheet stays readable
THUMBNAIL_SIDE = 240
# More than any phone camera takes; an image declaring more is refused before it is decoded
# (a "decompression bomb": a small file that would unpack into gigabytes of pixels).
MAX_IMAGE_PIXELS = 60_000_000
JPEG_QUALITY = 85
THUMBNAIL_QUALITY = 80

JPEG, PNG, PDF = "image/jpeg", "image/png", "application/pdf"
_SIGNATURES = ((b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG), (b"%PDF-", PDF))
_PILLOW_FORMATS = {JPEG: "JPEG", PNG: "PNG"}
PHOTO_KINDS = ("foto_kegiatan", "foto_kunjungan")  # images only; documents may be either
# The table of each owner kind; owners are named by UUID, without a foreign key.
OWNER_TABLES = {"group": "groups", "activity": "activities", "aid": "aid", "visit": "visits"}
AUDIT_ENTITY = "attachment"


class AttachmentRefused(WksbmError):
    """A file that cannot be attached (too big, not an accepted type, unreadable); nothing was
    stored."""


class AttachmentDamaged(WksbmError):
    """Stored bytes that no longer match their checksum."""


@dataclass(frozen=True)
class Prepared:
    """The bytes to store, with what is known about them."""

    data: bytes
    media_type: str
    thumbnail: bytes | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True)
class AttachmentFile:
    """An attachment's bytes as read back, checked against their checksum."""

    uuid: str
    title: str
    file_name: str
    media_type: str
    data: bytes


# --- adding -----------------------------------------------------------------------------------


@requires(Permission.RECORD)
def add_attachment(
    session: Session,
    owner_kind: str,
    owner_uuid: str,
    document_kind: str,
    data: bytes,
    file_name: str,
    title: str = "",
) -> Attachment:
    """Attach ``data`` (the content of ``file_name``) to a live record."""
    return _add(session, owner_kind, owner_uuid, document_kind, data, file_name, title)


@requires(Permission.RECORD)
def add_attachment_file(
    session: Session,
    owner_kind: str,
    owner_uuid: str,
    document_kind: str,
    path: Path,
    title: str = "",
) -> Attachment:
    """Attach the file at ``path``; a file too big for any kind is refused before it is read."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_FILE_BYTES:
            raise _too_big(name, size, MAX_IMAGE_FILE_BYTES)
        data = path.read_bytes()
    except OSError as error:
        raise AttachmentRefused("evidence.file.unreadable", file=name, reason=error) from error
    return _add(session, owner_kind, owner_uuid, document_kind, data, name, title)


def _add(
    session: Session,
    owner_kind: str,
    owner_uuid: str,
    document_kind: str,
    data: bytes,
    file_name: str,
    title: str,
) -> Attachment:
    errors = ValidationCollector()
    rules.one_of(errors, "owner_kind", owner_kind, ATTACHMENT_OWNER_KINDS, t("evidence.owner"))
    kind_label = t("evidence.document_kind")
    rules.one_of(errors, "document_kind", document_kind, ATTACHMENT_DOCUMENT_KINDS, kind_label)
    name = PurePath(file_name.replace("\\", "/")).name.strip() or "lampiran"
    caption = rules.optional_text(errors, "title", title, t("evidence.title"), 200)
    errors.raise_if_any()
    kelurahan_code = _live_owner_kelurahan(session, owner_kind, owner_uuid)
    _require_own(session, kelurahan_code)
    prepared = prepare(data, name, document_kind)
    attachment = Attachment(
        kelurahan_code=kelurahan_code,
        owner_kind=owner_kind,
        owner_uuid=owner_uuid,
        document_kind=document_kind,
        title=caption or PurePath(name).stem[:200],
        file_name=name[:255],
        media_type=prepared.media_type,
        size=len(prepared.data),
        sha256=hashlib.sha256(prepared.data).hexdigest(),
        width=prepared.width,
        height=prepared.height,
        added_by=audit.operator_of(session),
    )
    session.add(attachment)
    session.flush()
    content = AttachmentContent(attachment_id=attachment.id, data=prepared.data)
    content.thumbnail = prepared.thumbnail
    session.add(content)
    audit.record(session, AUDIT_ENTITY, attachment.uuid, "create", _created(attachment))
    return attachment


def _created(attachment: Attachment) -> dict[str, list[object]]:
    return {
        "attachment_owner_kind": [None, attachment.owner_kind],
        "attachment_owner": [None, attachment.owner_uuid],
        "document_kind": [None, attachment.document_kind],
        "attachment_title": [None, attachment.title],
        "file_name": [None, attachment.file_name],
        "media_type": [None, attachment.media_type],
        "size_bytes": [None, attachment.size],
        "sha256": [None, attachment.sha256],
    }


def _require_own(session: Session, kelurahan_code: str) -> None:
    """At the city, a kelurahan's records (and so their attachments) change only with its own
    reports, as every other record there (core/services/ownership.py)."""
    if not ownership.own_kelurahan_code(session):
        ownership.require_own(session, kelurahan_code)


def _live_owner_kelurahan(session: Session, owner_kind: str, owner_uuid: str) -> str:
    """The kelurahan of the record the attachment goes with; it must exist and be live."""
    owner = table(
        OWNER_TABLES[owner_kind], column("uuid"), column("archived_at"), column("kelurahan_code")
    )
    query = select(owner.c.kelurahan_code, owner.c.archived_at).where(owner.c.uuid == owner_uuid)
    found = session.execute(query).first()
    if found is None or found.archived_at is not None:
        raise NotFoundError("evidence.owner_missing", owner=t(f"evidence.owner.{owner_kind}"))
    return str(found.kelurahan_code)


# --- checking and shrinking a file ---------------------------------------------------------------


def detect_media_type(data: bytes) -> str | None:
    """JPEG, PNG or PDF by the file's first bytes (its name may lie); None for anything else."""
    return next((media for magic, media in _SIGNATURES if data.startswith(magic)), None)


def prepare(data: bytes, file_name: str, document_kind: str) -> Prepared:
    """The bytes to store for a file, or AttachmentRefused saying what is wrong with it."""
    if not data:
        raise AttachmentRefused("evidence.file.empty", file=file_name)
    media_type = detect_media_type(data)
    if media_type is None:
        raise AttachmentRefused("evidence.file.not_accepted", file=file_name)
    if media_type == PDF:
        if document_kind in PHOTO_KINDS:
            kind = t(f"evidence.kind.{document_kind}")
            raise AttachmentRefused("evidence.file.photo_needs_image", file=file_name, kind=kind)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise _too_big(file_name, len(data), MAX_DOCUMENT_BYTES)
        return Prepared(data, PDF)
    if len(data) > MAX_IMAGE_FILE_BYTES:
        raise _too_big(file_name, len(data), MAX_IMAGE_FILE_BYTES)
    prepared = _prepared_image(data, media_type, file_name)
    if len(prepared.data) > MAX_STORED_BYTES:
        raise _too_big(file_name, len(prepared.data), MAX_STORED_BYTES)
    return prepared


def _too_big(file_name: str, size: int, limit: int) -> AttachmentRefused:
    return AttachmentRefused(
        "evidence.file.too_big", file=file_name, size=_megabytes(size), limit=_megabytes(limit)
    )


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")


def _prepared_image(data: bytes, media_type: str, file_name: str) -> Prepared:
    image_format = _PILLOW_FORMATS[media_type]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[image_format]) as opened:
                # Image.open read the header only: refuse a bomb before any pixel is decoded.
                if opened.width * opened.height > MAX_IMAGE_PIXELS:
                    raise _too_many_pixels(file_name)
                opened.draft("RGB", (MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))  # JPEG: decode smaller
                image = _eight_bit(ImageOps.exif_transpose(opened))  # upright, as meant
                image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Image.Resampling.LANCZOS)
                return Prepared(
                    _encoded(image, image_format),
                    media_type,
                    _thumbnail(image),
                    image.width,
                    image.height,
                )
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(file_name) from None
    except (OSError, SyntaxError, ValueError) as error:
        raise AttachmentRefused("evidence.file.broken_image", file=file_name) from error


def _eight_bit(image: Image.Image) -> Image.Image:
    """A 16-bit greyscale scan as 8-bit greyscale: what JPEG thumbnails and viewers take."""
    if image.mode in ("I", "I;16"):
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    return image


def _too_many_pixels(file_name: str) -> AttachmentRefused:
    limit = MAX_IMAGE_PIXELS // 1_000_000
    return AttachmentRefused("evidence.file.too_many_pixels", file=file_name, limit=limit)


def _encoded(image: Image.Image, image_format: str) -> bytes:
    """The image written anew with no metadata: the EXIF (with its GPS position), XMP and
    comments of the original are not carried over; only PNG transparency is."""
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    image.info = {key: value for key, value in image.info.items() if key == "transparency"}
    out = io.BytesIO()
    if image_format == "JPEG":
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _thumbnail(image: Image.Image) -> bytes:
    """A small JPEG for lists and previews; transparent parts on white."""
    small = image.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    rgba = small.convert("RGBA")
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
    return out.getvalue()


# --- reading back -------------------------------------------------------------------------------


# Opening a file hands it out of the application like an export: scanned documents (a signed
# attendance sheet, an SK) hold names and NIKs that cannot be masked, so Pemantau sees the
# list and the counts but not the files or their thumbnails.
@requires(Permission.EXPORT_MASKED)
def read_attachment(session: Session, uuid: str) -> AttachmentFile:
    """An attachment's bytes, refused with a clear message when they no longer match their
    checksum (a damaged database page, a file edited outside the application)."""
    attachment = _get(session, uuid)
    query = select(AttachmentContent.data).where(AttachmentContent.attachment_id == attachment.id)
    data = session.scalar(query)
    if data is None or hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise AttachmentDamaged("evidence.damaged", title=attachment.title)
    return AttachmentFile(
        attachment.uuid, attachment.title, attachment.file_name, attachment.media_type, data
    )


@requires(Permission.EXPORT_MASKED)
def read_thumbnail(session: Session, uuid: str) -> bytes | None:
    """The small JPEG of an image attachment; None for a PDF."""
    attachment = _get(session, uuid)
    query = select(AttachmentContent.thumbnail).where(
        AttachmentContent.attachment_id == attachment.id
    )
    return session.scalar(query)


def _own(session: Session, uuid: str) -> Attachment:
    attachment = _get(session, uuid)
    _require_own(session, attachment.kelurahan_code)
    return attachment


def _get(session: Session, uuid: str) -> Attachment:
    attachment = session.scalars(select(Attachment).where(Attachment.uuid == uuid)).first()
    if attachment is None:
        raise NotFoundError("record.not_found", entity=t("evidence.entity"), uuid=uuid)
    return attachment


# --- changing -----------------------------------------------------------------------------------


@requires(Permission.RECORD)
def describe_attachment(session: Session, uuid: str, title: str, document_kind: str) -> Attachment:
    """Change an attachment's title or document kind; its file stays as it is."""
    attachment = _own(session, uuid)
    errors = ValidationCollector()
    caption = rules.require_text(errors, "title", title, t("evidence.title"), 200)
    kind_label = t("evidence.document_kind")
    rules.one_of(errors, "document_kind", document_kind, ATTACHMENT_DOCUMENT_KINDS, kind_label)
    errors.raise_if_any()
    if document_kind in PHOTO_KINDS and attachment.media_type == PDF:
        kind = t(f"evidence.kind.{document_kind}")
        raise AttachmentRefused(
            "evidence.file.photo_needs_image", file=attachment.file_name, kind=kind
        )
    fields = ("title", "document_kind")
    before = audit.snapshot(attachment, fields)
    attachment.title, attachment.document_kind = caption, document_kind
    changes = audit.diff(before, audit.snapshot(attachment, fields))
    if changes:
        renamed = {"attachment_title" if k == "title" else k: v for k, v in changes.items()}
        audit.record(session, AUDIT_ENTITY, uuid, "update", renamed)
    return attachment


@requires(Permission.RECORD)
def archive_attachment(session: Session, uuid: str) -> Attachment:
    """Take an attachment out of the lists; its bytes stay until the record is restored."""
    attachment = _own(session, uuid)
    if attachment.archived_at is None:
        attachment.archived_at = utcnow()
        audit.record(session, AUDIT_ENTITY, uuid, "archive")
    return attachment


@requires(Permission.RECORD)
def restore_attachment(session: Session, uuid: str) -> Attachment:
    attachment = _own(session, uuid)
    if attachment.archived_at is not None:
        attachment.archived_at = None
        audit.record(session, AUDIT_ENTITY, uuid, "restore")
    return attachment
