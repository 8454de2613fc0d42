"""Sealing for Dinas Sosial: only the private key opens, any change or another file is refused."""

from __future__ import annotations

import base64
import json
from datetime import datetime

import pytest

from wksbm_desktop.core.domain import nik_seal
from wksbm_desktop.core.errors import WksbmError

CONTEXT = b"wksbm-laporan-kelurahan|36.71.05.1008|2026-11-01T08:00:00"


@pytest.fixture(scope="module")
def pair() -> nik_seal.KeyPair:
    return nik_seal.generate_key_pair()


def test_round_trip(pair: nik_seal.KeyPair) -> None:
    text = b'{"uuid": ["3671051705800001", "3671050101100002"]}'
    sealed = nik_seal.seal(pair.public_key, text, CONTEXT)
    assert b"3671" not in base64.b64decode(sealed)
    assert nik_seal.unseal(pair.private_key, sealed, CONTEXT) == text


def test_two_seals_of_the_same_text_differ(pair: nik_seal.KeyPair) -> None:
    first = nik_seal.seal(pair.public_key, b"sama", CONTEXT)
    assert first != nik_seal.seal(pair.public_key, b"sama", CONTEXT)


def test_another_key_is_refused_with_both_ids(pair: nik_seal.KeyPair) -> None:
    other = nik_seal.generate_key_pair()
    sealed = nik_seal.seal(pair.public_key, b"rahasia", CONTEXT)
    with pytest.raises(WksbmError) as caught:
        nik_seal.unseal(other.private_key, sealed, CONTEXT)
    assert caught.value.key == "city_key.unseal.other_key"
    assert pair.key_id in caught.value.message and other.key_id in caught.value.message


@pytest.mark.parametrize("position", [0, 5, 20, 50, -20, -1])
def test_a_flipped_byte_is_refused(pair: nik_seal.KeyPair, position: int) -> None:
    raw = bytearray(base64.b64decode(nik_seal.seal(pair.public_key, b"rahasia" * 10, CONTEXT)))
    raw[position] ^= 0x01
    with pytest.raises(WksbmError) as caught:
        nik_seal.unseal(pair.private_key, base64.b64encode(bytes(raw)).decode(), CONTEXT)
    assert caught.value.key.startswith("city_key.unseal.")


def test_a_seal_moved_to_another_file_is_refused(pair: nik_seal.KeyPair) -> None:
    sealed = nik_seal.seal(pair.public_key, b"rahasia", CONTEXT)
    other_file = CONTEXT.replace(b"08:00:00", b"08:00:01")
    with pytest.raises(WksbmError, match="diubah") as caught:
        nik_seal.unseal(pair.private_key, sealed, other_file)
    assert caught.value.key == "city_key.unseal.tampered"


@pytest.mark.parametrize(
    "sealed", ["", "bukan base64!", "AAAA", base64.b64encode(b"x" * 80).decode()]
)
def test_garbage_is_damaged(pair: nik_seal.KeyPair, sealed: str) -> None:
    with pytest.raises(WksbmError) as caught:
        nik_seal.unseal(pair.private_key, sealed, CONTEXT)
    assert caught.value.key == "city_key.unseal.damaged"


def test_key_id_is_short_grouped_and_stable(pair: nik_seal.KeyPair) -> None:
    key_id = pair.key_id
    assert len(key_id) == 24 and key_id.count("-") == 4
    assert key_id == nik_seal.key_id(nik_seal.public_key_of(pair.private_key))


def test_key_file_round_trip(pair: nik_seal.KeyPair) -> None:
    text = nik_seal.encode_key_file(pair.public_key, datetime(2026, 11, 2, 9, 30, 15, 123))
    data = json.loads(text)
    assert data["format"] == "wksbm-kunci-kota" and data["version"] == 1
    assert data["issuer"] == "Dinas Sosial Kota Tangerang"
    assert data["created_at"] == "2026-11-02T09:30:15+00:00"  # stored stamps are UTC
    parsed = nik_seal.parse_key_file(text.encode())
    assert parsed.public_key == pair.public_key and parsed.key_id == pair.key_id


def _file(pair: nik_seal.KeyPair, **changes: object) -> str:
    data = json.loads(nik_seal.encode_key_file(pair.public_key, datetime(2026, 11, 2)))
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("{bukan json", "city_key.file.not_json"),
        (b"\xff\xfe\x00", "city_key.file.not_json"),
        ("[1, 2]", "city_key.file.wrong_format"),
        ('{"format": "wksbm-laporan-kelurahan"}', "city_key.file.wrong_format"),
        ("x" * 70_000, "city_key.file.too_big"),
    ],
)
def test_bad_key_files_say_why(content: str | bytes, key: str) -> None:
    with pytest.raises(WksbmError) as caught:
        nik_seal.parse_key_file(content)
    assert caught.value.key == key


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"public_key": base64.b64encode(b"k" * 31).decode()}, "city_key.file.bad_key"),
        ({"public_key": "@@@"}, "city_key.file.bad_key"),
        (
            {"public_key": base64.b64encode(bytes(32)).decode(), "key_id": None},
            "city_key.file.bad_key",
        ),
        ({"public_key": 12}, "city_key.file.bad_key"),
        ({"version": 2}, "city_key.file.newer"),
        ({"version": "1"}, "city_key.file.wrong_format"),
        ({"key_id": "0000-0000-0000-0000-0000"}, "city_key.file.id_mismatch"),
    ],
)
def test_changed_key_files_are_refused(
    pair: nik_seal.KeyPair, changes: dict[str, object], key: str
) -> None:
    with pytest.raises(WksbmError) as caught:
        nik_seal.parse_key_file(_file(pair, **changes))
    assert caught.value.key == key
    assert caught.value.message  # an Indonesian sentence, not the key


def test_a_low_order_public_key_cannot_be_sealed_for() -> None:
    with pytest.raises(WksbmError) as caught:
        nik_seal.seal(bytes(32), b"rahasia", CONTEXT)
    assert caught.value.key == "city_key.bad_public_key"
