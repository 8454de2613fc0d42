"""Sealing NIKs for Dinas Sosial alone: X25519 + HKDF-SHA256 + AES-256-GCM, and the key file.

A kelurahan holds only the city's public key: it can seal, never open. Each seal uses a fresh
ephemeral key pair, so two seals of the same text differ and a kelurahan cannot open its own
past reports either. The sealed text is one base64 string:

    version (1 byte) | recipient fingerprint (10 bytes) | ephemeral public key (32) |
    nonce (12) | AES-GCM ciphertext and tag

The header and the caller's ``context`` (which file the seal belongs to) are the AEAD's
associated data: a seal moved to another file, or any changed byte, fails to open.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from wksbm_desktop.core.errors import WksbmError

KEY_FILE_FORMAT = "wksbm-kunci-kota"
KEY_FILE_VERSION = 1
KEY_FILE_SUFFIX = ".wksbmkey"
KEY_FILE_MAX_BYTES = 64 * 1024  # a real key file is about 300 bytes
ISSUER = "Dinas Sosial Kota Tangerang"
KEY_LENGTH = 32  # X25519 keys, both halves

_VERSION = 1
_FINGERPRINT = 10  # bytes of SHA-256(public key): the first 20 hex digits, as in key_id
_NONCE = 12
_TAG = 16
_HEADER = 1 + _FINGERPRINT + KEY_LENGTH
_INFO = b"wksbm-nik-seal v1"


@dataclass(frozen=True)
class KeyPair:
    private_key: bytes
    public_key: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)


@dataclass(frozen=True)
class CityKey:
    """What a key file carries, checked."""

    public_key: bytes
    key_id: str
    created_at: str
    issuer: str


def generate_key_pair() -> KeyPair:
    private = X25519PrivateKey.generate()
    return KeyPair(_private_bytes(private), _public_bytes(private.public_key()))


def public_key_of(private_key: bytes) -> bytes:
    return _public_bytes(_load_private(private_key).public_key())


def key_id(public_key: bytes) -> str:
    """A short fingerprint a person can compare with the Dinas's letter: ``ABCD-EF01-...``."""
    return _grouped(_fingerprint(public_key))


def seal(public_key: bytes, plaintext: bytes, context: bytes) -> str:
    """``plaintext`` encrypted so that only the holder of the private key can open it."""
    recipient = _load_public(public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral.public_key())
    try:
        shared = ephemeral.exchange(recipient)
    except ValueError as error:  # a low-order point: no shared secret
        raise WksbmError("city_key.bad_public_key") from error
    header = bytes([_VERSION]) + _fingerprint(public_key) + ephemeral_public
    nonce = os.urandom(_NONCE)
    key = _derive(shared, ephemeral_public, public_key)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, header + context)
    return base64.b64encode(header + nonce + ciphertext).decode("ascii")


def unseal(private_key: bytes, sealed: str, context: bytes) -> bytes:
    """The plaintext of ``seal``; WksbmError for another key, a changed byte or another file."""
    raw = _decode(sealed)
    if len(raw) < _HEADER + _NONCE + _TAG or raw[0] != _VERSION:
        raise WksbmError("city_key.unseal.damaged")
    own = _load_private(private_key)
    own_public = _public_bytes(own.public_key())
    fingerprint = raw[1 : 1 + _FINGERPRINT]
    if fingerprint != _fingerprint(own_public):
        raise WksbmError(
            "city_key.unseal.other_key", sealed_for=_grouped(fingerprint), own=key_id(own_public)
        )
    header, nonce = raw[:_HEADER], raw[_HEADER : _HEADER + _NONCE]
    ephemeral_public = header[1 + _FINGERPRINT :]
    try:
        shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _derive(shared, ephemeral_public, own_public)
        return AESGCM(key).decrypt(nonce, raw[_HEADER + _NONCE :], header + context)
    except (InvalidTag, ValueError) as error:
        raise WksbmError("city_key.unseal.tampered") from error


# The key file -----------------------------------------------------------------------------


def encode_key_file(public_key: bytes, created_at: datetime, issuer: str = ISSUER) -> str:
    """The JSON text of the file that carries the public key to every kelurahan."""
    _load_public(public_key)
    data = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "key_id": key_id(public_key),
        "public_key": base64.b64encode(public_key).decode("ascii"),
        "created_at": _utc_text(created_at),
        "issuer": issuer,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def parse_key_file(content: str | bytes) -> CityKey:
    """A key file's content, checked; WksbmError saying what is wrong with it."""
    if len(content) > KEY_FILE_MAX_BYTES:
        raise WksbmError("city_key.file.too_big")
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError) as error:
        raise WksbmError("city_key.file.not_json") from error
    if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
        raise WksbmError("city_key.file.wrong_format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WksbmError("city_key.file.wrong_format")
    if version > KEY_FILE_VERSION:
        raise WksbmError("city_key.file.newer", version=version)
    public_key = _public_key_field(data.get("public_key"))
    computed = key_id(public_key)
    stated = data.get("key_id")
    if stated is not None and str(stated).strip().upper() != computed:
        raise WksbmError("city_key.file.id_mismatch", stated=str(stated)[:40], computed=computed)
    return CityKey(
        public_key, computed, _text_field(data.get("created_at")), _text_field(data.get("issuer"))
    )


def key_file_target(path: Path) -> Path:
    """The file to write: ``.wksbmkey`` added to a name without a suffix."""
    path = path.expanduser()
    return path.with_name(path.name + KEY_FILE_SUFFIX) if not path.suffix else path


def write_key_file(target: Path, data: dict[str, object]) -> None:
    """Write the key file whole or not at all (a temporary file renamed over the target)."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        temp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(temp, target)
    except OSError as error:
        raise WksbmError(
            "city_key.file.cannot_write", path=str(target), reason=error.strerror or error
        ) from error
    finally:
        temp.unlink(missing_ok=True)


def read_key_file(path: Path) -> bytes:
    """A key file's bytes (at most one more than a key file may hold: the parser says why)."""
    try:
        with path.expanduser().open("rb") as handle:
            return handle.read(KEY_FILE_MAX_BYTES + 1)
    except OSError as error:
        raise WksbmError(
            "city_key.file.unreadable", path=str(path), reason=error.strerror or error
        ) from error


def _utc_text(moment: datetime) -> str:
    """ISO text with its offset; a naive stamp is UTC, as every stamp the database stores."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).replace(microsecond=0).isoformat()


def created_local_text(created_at: str) -> str:
    """A key file's ``created_at`` in this computer's time, ``01-12-2026 16:30``, for people."""
    try:
        moment = datetime.fromisoformat(created_at)
    except ValueError:
        return created_at
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d-%m-%Y %H:%M")


def _public_key_field(value: Any) -> bytes:
    if not isinstance(value, str):
        raise WksbmError("city_key.file.bad_key")
    try:
        key = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError) as error:
        raise WksbmError("city_key.file.bad_key") from error
    if len(key) != KEY_LENGTH:
        raise WksbmError("city_key.file.bad_key")
    try:  # a low-order point would give every seal the same, public, secret
        X25519PrivateKey.generate().exchange(_load_public(key))
    except ValueError as error:
        raise WksbmError("city_key.file.bad_key") from error
    return key


def _text_field(value: Any) -> str:
    return str(value).strip()[:200] if isinstance(value, str | int) else ""


# Helpers ----------------------------------------------------------------------------------


def _fingerprint(public_key: bytes) -> bytes:
    return hashlib.sha256(public_key).digest()[:_FINGERPRINT]


def _grouped(fingerprint: bytes) -> str:
    digits = fingerprint.hex().upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=_INFO,
    )
    return hkdf.derive(shared)


def _decode(sealed: str) -> bytes:
    try:
        return base64.b64decode("".join(sealed.split()), validate=True)
    except (binascii.Error, ValueError) as error:
        raise WksbmError("city_key.unseal.damaged") from error


def _load_public(public_key: bytes) -> X25519PublicKey:
    if len(public_key) != KEY_LENGTH:
        raise WksbmError("city_key.bad_public_key")
    return X25519PublicKey.from_public_bytes(public_key)


def _load_private(private_key: bytes) -> X25519PrivateKey:
    if len(private_key) != KEY_LENGTH:
        raise WksbmError("city_key.bad_private_key")
    return X25519PrivateKey.from_private_bytes(private_key)


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
