"""Where an office table ends: the signature block ("Mengetahui, ... Ketua RW 03") under it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# Words that open a signature or approval block in Indonesian office documents ("ttd" is not
# one: a daftar hadir has it on every row, in its Tanda Tangan column).
_OPENERS = re.compile(
    r"^(mengetahui|menyetujui|disetujui|diketahui|hormat kami|tertanda|"
    r"dibuat oleh|disusun oleh|disahkan|yang membuat|pembuat daftar|a\s*\.?\s*n\s*\.?\s+\w)",
)
# The office roles that sign under a list.
_SIGNERS = re.compile(
    r"^(ketua|sekretaris|bendahara|koordinator|pengurus)\s+(rw|rt|kelompok|lpm|pkk|wksbm|"
    r"karang taruna)\b|^(lurah|camat|kepala kelurahan|sekretaris kelurahan|sekretaris lurah)\b"
)
# A data row that lacks its NIK still fills most columns; a signature line fills a few.
MAX_FOOTER_CELLS = 3
# "Tangerang, 12 Mei 2025", "Tangerang, ........ 2025", "Tangerang, 12-05-2025".
_PLACE_DATE = re.compile(
    r"^[a-z][a-z .]{2,40},\s*(\d{1,2}\s+[a-z]+\s+\d{4}|[. _]{3,}|\d{1,2}[-/.]\d)"
)


def _words(value: object) -> str:
    return " ".join(str(value).lower().replace(":", " ").split()) if isinstance(value, str) else ""


def is_footer_text(value: object) -> bool:
    text = _words(value)
    return bool(text) and bool(
        _OPENERS.match(text) or _SIGNERS.match(text) or _PLACE_DATE.match(text)
    )


def starts_footer(values: Sequence[Any], key_index: int | None) -> bool:
    """True when this row opens a signature block: its key cell (NIK, or the date of an
    activity) is empty or itself a signature line, it fills at most a few cells, and one reads
    like "Mengetahui," or "Ketua RW 03"."""
    if key_index is not None and key_index < len(values):
        key = values[key_index]
        if key is not None and str(key).strip() and not is_footer_text(key):
            return False  # nearly every row: a data row with its key
    filled = [v for v in values if v is not None and str(v).strip()]
    if len(filled) > MAX_FOOTER_CELLS:
        return False
    return any(is_footer_text(value) for value in filled)
