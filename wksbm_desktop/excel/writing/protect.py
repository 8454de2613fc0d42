"""Password encryption of a whole workbook (sheet protection is not encryption)."""

from __future__ import annotations

from pathlib import Path

from wksbm_desktop.core.errors import WksbmError

MIN_PASSWORD_LENGTH = 6


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WksbmError("excel.password_short", min=MIN_PASSWORD_LENGTH)


def encrypt_file(plain: Path, target: Path, password: str) -> None:
    """Write ``plain`` encrypted with ``password`` (ECMA-376 agile) to ``target``."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with plain.open("rb") as source, target.open("wb") as out:
        OOXMLFile(source).encrypt(password, out)


def decrypt_file(encrypted: Path, target: Path, password: str) -> None:
    """The opposite of :func:`encrypt_file`; a wrong password is a plain error."""
    import msoffcrypto

    with encrypted.open("rb") as source:
        office = msoffcrypto.OfficeFile(source)
        try:
            office.load_key(password=password)
            with target.open("wb") as out:
                office.decrypt(out)
        except Exception as error:  # msoffcrypto raises several types for a wrong key
            raise WksbmError("excel.password_wrong") from error
