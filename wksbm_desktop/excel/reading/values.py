"""Reading cell values typed by people: dates, NIK numbers, sex, roles, counts, money."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from wksbm_desktop.core.domain.nik import ID_LENGTH, normalise_id_number
from wksbm_desktop.core.domain.rules import parse_rupiah
from wksbm_desktop.excel.report.schema import ROLE_LABELS

EXCEL_EPOCH = datetime(1899, 12, 30)
_SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?[eE]\+?\d+$")
_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
}  # fmt: skip
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORD_DATE = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")
_SEXES = {
    "l": "L", "lk": "L", "laki": "L", "laki-laki": "L", "laki laki": "L", "pria": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P",
}  # fmt: skip
_ROLES = {label.lower(): code for code, label in ROLE_LABELS.items()} | {
    "wakil": "wakil_ketua", "wakil ketua": "wakil_ketua", "sekertaris": "sekretaris",
    "sekretaris": "sekretaris", "bendahara": "bendahara", "anggota": "anggota",
    "ketua kelompok": "ketua",
}  # fmt: skip


# What offices type in an optional cell that has nothing to say: a dash of any length, or words.
_BLANK_WORDS = frozenset({
    "-", "--", "---", "\u2013", "\u2014", "\u2012", "\u2212", "tidak ada", "tdk ada", "tak ada",
    "belum ada", "ga ada", "gak ada", "nihil", "n/a", "tidak punya", "kosong",
})  # fmt: skip


def is_blank_word(value: object) -> bool:
    """True for "-", "–", "tidak ada" and the like: an optional cell the office left empty."""
    if not isinstance(value, str) or len(value) > 12:
        return False
    return " ".join(value.lower().split()).strip(" .") in _BLANK_WORDS or (
        bool(value.strip()) and set(value.strip()) <= set("-\u2013\u2014. ")
    )


class CellValueError(ValueError):
    """A cell that cannot be read as its column's type; ``key`` is an i18n key."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def text(value: object) -> str:
    """Cell text; whole numbers (an RT typed as 5) lose the ".0" Excel gives them."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return str(value).strip()


def id_number(value: object) -> str:
    """A NIK or No. KK from a cell; numbers Excel may have rounded are refused (domain.md §4)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise CellValueError("excel.value.id_number_bad")
    if isinstance(value, int):
        digits = str(value)
        if len(digits) == ID_LENGTH and digits.endswith("0"):
            raise CellValueError("excel.value.id_truncated", shown=digits)
        return digits
    if isinstance(value, float):
        if value.is_integer() and len(str(int(value))) == ID_LENGTH and int(value) % 10:
            return str(int(value))
        raise CellValueError("excel.value.id_truncated", shown=f"{value:.6g}")
    raw = str(value).strip()
    if raw.isascii() and raw.isdigit():
        return raw  # already what normalise_id_number would make of it, at a fraction of the cost
    if _SCIENTIFIC.match(raw.replace(" ", "")):
        raise CellValueError("excel.value.id_truncated", shown=raw)
    return normalise_id_number(raw)


def a_date(value: object) -> date | None:
    """A date from an Excel date, an Excel serial number, or text such as 17-08-1985."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # Excel's serial range (1900 to 9999)
            return (EXCEL_EPOCH + timedelta(days=int(value))).date()
        raise CellValueError("excel.value.date_bad", value=text(value))
    return _date_from_text(str(value).strip().lower())


def _date_from_text(raw: str) -> date:
    for pattern, order in ((_NUMERIC_DATE, "dmy"), (_ISO_DATE, "ymd"), (_WORD_DATE, "dwy")):
        match = pattern.match(raw)
        if match is None:
            continue
        first, second, third = match.groups()
        if order == "ymd":
            day, month, year = int(third), int(second), int(first)
        elif order == "dwy":
            day, month, year = int(first), _MONTHS.get(second, 0), int(third)
        else:
            day, month, year = int(first), int(second), int(third)
            if len(third) == 2:
                raise CellValueError("excel.value.date_two_digit_year", value=raw)
        try:
            return date(year, month, day)
        except ValueError:
            break
    raise CellValueError("excel.value.date_bad", value=raw)


def a_datetime(value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        # Excel keeps times as fractions of a day: round back to the second that was written.
        return (value + timedelta(microseconds=500_000)).replace(microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(str(value).strip()).replace(microsecond=0)
    except ValueError as error:
        raise CellValueError("excel.value.datetime_bad", value=text(value)) from error


def whole_number(value: object, money: bool = False) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        raise CellValueError("excel.value.number_bad", value=text(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    parsed = parse_rupiah(str(value)) if money else None
    if parsed is None and str(value).strip().isdigit():
        parsed = int(str(value).strip())
    if parsed is None:
        raise CellValueError("excel.value.number_bad", value=text(value))
    return parsed


def optional_number(value: object) -> int | None:
    return None if value is None or value == "" else whole_number(value)


def yes_no(value: object) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    word = text(value).lower()
    if word in ("ya", "y", "yes", "1", "true", "benar"):
        return True
    if word in ("tidak", "t", "no", "0", "false", "bukan", "-"):
        return False
    raise CellValueError("excel.value.yes_no_bad", value=text(value))


def sex(value: object) -> str | None:
    word = re.sub(r"\s+", " ", text(value).lower()).strip(" .")
    if not word:
        return None
    if word in _SEXES:
        return _SEXES[word]
    raise CellValueError("excel.value.sex_bad", value=text(value))


def role(value: object) -> str:
    word = re.sub(r"[\s_]+", " ", text(value).lower()).strip(" .")
    if not word:
        return "anggota"
    if word in _ROLES:
        return _ROLES[word]
    raise CellValueError("excel.value.role_bad", value=text(value),
                         choices=", ".join(ROLE_LABELS.values()))  # fmt: skip
