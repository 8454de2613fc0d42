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
