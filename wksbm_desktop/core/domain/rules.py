"""Field rules shared by every write path: forms, imports and the command line."""

from __future__ import annotations

import re
from datetime import date

from wksbm_desktop.core.errors import ValidationCollector

MIN_DATE = date(1900, 1, 1)
_PHONE_ALLOWED = re.compile(r"^\+?[0-9 ()\-.]+$")
_NIP_DIGITS = 18
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: object) -> str:
    """Trim and drop control characters that a pasted cell can carry."""
    if value is None:
        return ""
    return _CONTROL_CHARS.sub("", str(value)).strip()


def require_text(
    errors: ValidationCollector, field: str, value: str, label: str, max_length: int
) -> str:
    text = clean_text(value)
    if not text:
        errors.add(field, "rule.required", label=label)
    elif len(text) > max_length:
        errors.add(field, "rule.too_long", label=label, max=max_length)
    return text


def optional_text(
    errors: ValidationCollector, field: str, value: str, label: str, max_length: int
) -> str:
    text = clean_text(value)
    if len(text) > max_length:
        errors.add(field, "rule.too_long", label=label, max=max_length)
    return text


def neighbourhood_code(errors: ValidationCollector, field: str, value: str, label: str) -> str:
    """RT/RW: empty, or a number 1–999 written with three digits ("5" becomes "005")."""
    text = clean_text(value)
    if not text:
        return ""
    if not text.isascii() or not text.isdigit() or len(text) > 3:
        errors.add(field, "rule.rt_rw_format", label=label, value=text)
        return text
    if int(text) == 0:
        errors.add(field, "rule.rt_rw_zero", label=label)
        return text
    return f"{int(text):03d}"


def phone_number(errors: ValidationCollector, field: str, value: str) -> str:
    text = clean_text(value)
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE_ALLOWED.match(text) or not 8 <= len(digits) <= 15:
        errors.add(field, "rule.phone_format", value=text)
    return text


def nip(errors: ValidationCollector, field: str, value: str) -> str:
    text = re.sub(r"\s", "", clean_text(value))
    if text and (not text.isdigit() or len(text) != _NIP_DIGITS):
        errors.add(field, "rule.nip_format", value=text)
    return text


def past_date(
    errors: ValidationCollector, field: str, value: date | None, label: str, today: date
) -> date | None:
    """A date that may be empty but is neither before 1900 nor in the future."""
    if value is None:
        return None
    if value < MIN_DATE:
        errors.add(field, "rule.date_too_old", label=label)
    elif value > today:
        errors.add(field, "rule.date_in_future", label=label)
    return value


def plausible_date(
    errors: ValidationCollector, field: str, value: date | None, label: str
) -> date | None:
    if value is None:
        errors.add(field, "rule.required", label=label)
    elif value < MIN_DATE or value.year > 2100:
        errors.add(field, "rule.date_out_of_range", label=label)
    return value


def whole_rupiah(errors: ValidationCollector, field: str, value: object, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        errors.add(field, "rule.money_whole", label=label)
        return 0
    if value < 0:
        errors.add(field, "rule.money_negative", label=label)
    return value


def count(errors: ValidationCollector, field: str, value: object, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        errors.add(field, "rule.count_whole", label=label)
        return 0
    if value < 0:
        errors.add(field, "rule.count_negative", label=label)
    return value


def one_of(
    errors: ValidationCollector, field: str, value: str, allowed: tuple[str, ...], label: str
) -> str:
    if value not in allowed:
        errors.add(field, "rule.not_allowed", label=label, value=value)
    return value


def parse_rupiah(text: str) -> int | None:
    """Read "Rp 1.500.000" or "1500000" as whole rupiah; None when it is not a whole amount."""
    cleaned = re.sub(r"(?i)^\s*rp\.?\s*", "", str(text)).strip()
    cleaned = cleaned.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    elif re.fullmatch(r"\d+(,00?)?", cleaned):
        cleaned = cleaned.split(",")[0]
    return int(cleaned) if cleaned.isdigit() else None
