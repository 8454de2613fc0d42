"""NIK and No. KK validation (docs/domain.md §4): pure Python, no Qt, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from wksbm_desktop.core.errors import ValidationError
from wksbm_desktop.i18n import t

KOTA_TANGERANG = "3671"
ID_LENGTH = 16
KAB_KOTA_DIGITS = 4  # province + kab/kota: where the number was issued, nothing about a person
# A birth date implying an older person is not used to pre-fill a form.
MAX_AGE_YEARS = 110

_ASCII_DIGITS = frozenset("0123456789")
# Dots and every dash look-alike that word processors and spreadsheets substitute for "-".
_SEPARATORS = frozenset(".-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_MAX_CHARS_SHOWN = 5

# Kemendagri province codes. stdnum's table (python-stdnum 2.2) lacks 65 (Kalimantan Utara,
# 2012) and the Papua provinces created in 2022, and old NIKs from Papua may carry either the
# Kemendagri or the BPS numbering, so the whole 91-96 block is accepted.
# fmt: off
_KEMENDAGRI_PROVINCES = frozenset((
    "11", "12", "13", "14", "15", "16", "17", "18", "19",  # Sumatra
    "21",  # Kepulauan Riau
    "31", "32", "33", "34", "35", "36",  # Java (36 = Banten)
    "51", "52", "53",  # Bali, Nusa Tenggara
    "61", "62", "63", "64", "65",  # Kalimantan
    "71", "72", "73", "74", "75", "76",  # Sulawesi
    "81", "82",  # Maluku
    "91", "92", "93", "94", "95", "96",  # Papua
))
# fmt: on


@dataclass(frozen=True)
class NikInfo:
    """What a structurally valid NIK says about its holder."""

    nik: str
    province_code: str
    regency_code: str
    district_code: str
    sex: str
    birth_day: int  # calendar day, i.e. already minus 40 for women
    birth_month: int
    birth_year_2digit: int
    serial: str
    candidate_birth_dates: tuple[date, ...]
    is_kota_tangerang: bool

    @property
    def encoded_day(self) -> int:
        """The day digits as written in the NIK (41-71 for women)."""
        return int(self.nik[6:8])


def normalise_id_number(raw: object) -> str:
    """Strip spaces, dots, dashes and a leading apostrophe from a typed or imported NIK/KK."""
    # None is an empty cell, not the text "None".
    text = "" if raw is None else str(raw)
    if text.isascii() and text.isdigit():
        return text  # the common case, and the import's hot path: nothing to strip
    # isspace() covers the non-breaking spaces that come with copy-paste from PDFs and web pages.
    kept = "".join(c for c in text if not c.isspace() and c not in _SEPARATORS)
    # Excel's text marker; lstrip (not one character) keeps the function idempotent.
    return kept.lstrip("'")


def parse_nik(raw: str, field: str = "nik", today: date | None = None) -> NikInfo:
    """Check a NIK on its own and decode it; raise ValidationError with a ``nik.*`` key."""
    today = date.today() if today is None else today
    nik = _check_shape(raw, "nik", field)
    code_day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex, day = _decode_nik_day(code_day, field)
    candidates = _past_dates("nik", field, code_day, day, month, year, today)
    _check_serial("nik", field, nik)
    return NikInfo(
        nik=nik,
        province_code=nik[:2],
        regency_code=nik[:4],
        district_code=nik[:6],
        sex=sex,
        birth_day=day,
        birth_month=month,
        birth_year_2digit=year,
        serial=nik[12:],
        candidate_birth_dates=candidates,
        is_kota_tangerang=nik[:4] == KOTA_TANGERANG,
    )


def check_nik(
    raw: str,
    sex: str | None = None,
    birth_date: date | None = None,
    field: str = "nik",
    today: date | None = None,
) -> NikInfo:
    """Parse a NIK and check it agrees with the entered sex ("L"/"P") and birth date."""
    info = parse_nik(raw, field, today)
    # A blank sex is a form not filled in yet; the sex field reports that itself.
    if sex is not None and sex.strip():
        _check_sex(info, sex, field)
    if birth_date is not None:
        _check_birth_date(info, birth_date, field)
    return info


def nik_notices(info: NikInfo) -> list[str]:
    """Indonesian remarks about an accepted NIK that the operator should see but need not fix."""
    notices: list[str] = []
    # Residents may keep the NIK of the region where it was issued (docs/domain.md §4).
    if not info.is_kota_tangerang:
        notices.append(t("nik.notice_outside_city", regency=info.regency_code))
    return notices


def guess_birth_date(info: NikInfo, today: date | None = None) -> date | None:
    """The most plausible birth date for pre-filling a form, or None if none is plausible."""
    today = date.today() if today is None else today
    past = [d for d in info.candidate_birth_dates if d <= today]
    if not past:
        return None
    # The later century is the likelier one: far more living people were born in it.
    latest = max(past)
    return latest if _age_in_years(latest, today) <= MAX_AGE_YEARS else None


def check_kk(raw: str, field: str = "kk", today: date | None = None) -> str:
    """Check a No. KK and return it normalised; raise ValidationError with a ``kk.*`` key."""
    today = date.today() if today is None else today
    kk = _check_shape(raw, "kk", field)
    code_day, month, year = int(kk[6:8]), int(kk[8:10]), int(kk[10:12])
    # The KK date is the issue date: no +40 rule, so only 01-31 is a possible day.
    if not 1 <= code_day <= 31:
        raise ValidationError(field, "kk.invalid_day", code_day=f"{code_day:02d}")
    _past_dates("kk", field, code_day, code_day, month, year, today)
    _check_serial("kk", field, kk)
    return kk


def mask_nik(nik: str) -> str:
    """Hide the middle of a NIK on screen, keeping at most the first and last 4 characters.

    Only for the operator's own screens; files use :func:`mask_id_for_file`.
    """
    text = str(nik)
    # Always hide at least one character, so a short fragment is never shown whole.
    keep = min(4, (len(text) - 1) // 2)
    if keep <= 0:
        return "*" * len(text)
    return text[:keep] + "*" * (len(text) - 2 * keep) + text[-keep:]


def mask_id_for_file(number: str) -> str:
    """The masked NIK or No. KK written into exported files: only the kab/kota prefix is kept.

    Everything after the province and kab/kota code is hidden, the serial included: the
    kecamatan code is nearly fixed by the kelurahan and the birth date and sex stand in the same
    row, so a kept serial would let anyone rebuild the whole NIK (docs/data-safety.md).
    """
    text = str(number)
    keep = KAB_KOTA_DIGITS if len(text) > 2 * KAB_KOTA_DIGITS else 0
    return text[:keep] + "*" * (len(text) - keep)


def is_known_province(code: str) -> bool:
    """True if ``code`` is the 2-digit code of an Indonesian province."""
    return code in _KEMENDAGRI_PROVINCES or code in _stdnum_provinces()


@lru_cache(maxsize=1)
def _stdnum_provinces() -> frozenset[str]:
    """Province codes from python-stdnum's region table (empty if it cannot be read)."""
    try:
        from stdnum import numdb

        table = numdb.get("id/loc")
        codes = (f"{n:02d}" for n in range(10, 100))
        # info() always returns the prefix; only known provinces carry properties.
        return frozenset(code for code in codes if table.info(code)[0][1])
    # stdnum only adds codes; a missing or unreadable table must not block a form.
    except (ImportError, OSError, LookupError, ValueError, TypeError, AttributeError):
        return frozenset()


def _check_shape(raw: object, prefix: str, field: str) -> str:
    """Normalise and check 16 ASCII digits and a known province; return the normalised value."""
    value = normalise_id_number(raw)
    if not value:
        raise ValidationError(field, f"{prefix}.empty")
    bad = (
        [] if value.isascii() and value.isdigit() else [c for c in value if c not in _ASCII_DIGITS]
    )
    if bad:
        letters = [c for c in bad if c.isalpha()]
        key = "has_letters" if letters else "has_symbols"
        raise ValidationError(field, f"{prefix}.{key}", chars=_describe_chars(letters or bad))
    if len(value) != ID_LENGTH:
        raise ValidationError(field, f"{prefix}.wrong_length", count=len(value))
    if not is_known_province(value[:2]):
        raise ValidationError(field, f"{prefix}.unknown_province", code=value[:2])
    return value


def _describe_chars(chars: list[str]) -> str:
    """List the distinct offending characters in quotes, naming invisible ones in words."""
    distinct = list(dict.fromkeys(chars))[:_MAX_CHARS_SHOWN]
    return ", ".join(f'"{c}"' if c.isprintable() else t("nik.char_invisible") for c in distinct)


def _decode_nik_day(code_day: int, field: str) -> tuple[str, int]:
    """Split the NIK day digits into sex and calendar day (women have 40 added)."""
    if 1 <= code_day <= 31:
        return "L", code_day
    if 41 <= code_day <= 71:
        return "P", code_day - 40
    raise ValidationError(field, "nik.invalid_day", code_day=f"{code_day:02d}")


def _past_dates(
    prefix: str, field: str, code_day: int, day: int, month: int, year: int, today: date
) -> tuple[date, ...]:
    """Return the dates DD-MM-YY can mean (either century) up to today; raise if none."""
    params = {
        "code_day": f"{code_day:02d}",
        "day": f"{day:02d}",
        "month": f"{month:02d}",
        "year": f"{year:02d}",
    }
    if not 1 <= month <= 12:
        raise ValidationError(field, f"{prefix}.invalid_month", **params)
    dates = _calendar_dates(day, month, year)
    if not dates:
        raise ValidationError(field, f"{prefix}.{_bad_date_key(code_day, day, month)}", **params)
    past = tuple(d for d in dates if d <= today)
    if not past:
        future_key = "birth_date_future" if prefix == "nik" else "date_future"
        raise ValidationError(field, f"{prefix}.{future_key}", date=_short_date(day, month, year))
    return past


def _bad_date_key(code_day: int, day: int, month: int) -> str:
    """Pick the message that best explains why a day-month is not on the calendar."""
    if (day, month) == (29, 2):
        return "invalid_leap_day"
    return "invalid_date_female" if code_day != day else "invalid_date"


def _calendar_dates(day: int, month: int, year: int) -> tuple[date, ...]:
    """The real dates a 2-digit year can mean: 19yy and/or 20yy, oldest first."""
    found: list[date] = []
    for century in (1900, 2000):
        try:
            found.append(date(century + year, month, day))
        except ValueError:
            continue  # e.g. 29-02-00 exists in 2000 but not in 1900
    return tuple(found)


def _check_serial(prefix: str, field: str, value: str) -> None:
    """The last 4 digits are a serial number that starts at 0001."""
    if value[12:] == "0000":
        raise ValidationError(field, f"{prefix}.serial_zero")


def _check_sex(info: NikInfo, sex: str, field: str) -> None:
    """Raise nik.sex_mismatch if the entered sex disagrees with the NIK's day digits."""
    entered = sex.strip().upper()
    if entered not in ("L", "P"):
        raise ValueError(f"sex must be 'L' or 'P', got {sex!r}")
    if entered == info.sex:
        return
    reason_key = "nik.sex_reason_female" if info.sex == "P" else "nik.sex_reason_male"
    reason = t(reason_key, code_day=f"{info.encoded_day:02d}", day=f"{info.birth_day:02d}")
    raise ValidationError(
        field,
        "nik.sex_mismatch",
        nik_sex=t(f"nik.sex_{info.sex}"),
        reason=reason,
        entered_sex=t(f"nik.sex_{entered}"),
    )


def _check_birth_date(info: NikInfo, birth_date: date, field: str) -> None:
    """Raise nik.birth_date_mismatch unless the entered date is one the NIK allows."""
    # datetime never equals a date, so compare on the date part of a datetime.
    if isinstance(birth_date, datetime):
        birth_date = birth_date.date()
    if birth_date in info.candidate_birth_dates:
        return
    raise ValidationError(
        field,
        "nik.birth_date_mismatch",
        nik_date=_short_date(info.birth_day, info.birth_month, info.birth_year_2digit),
        entered=f"{birth_date.day:02d}-{birth_date.month:02d}-{birth_date.year:04d}",
    )


def _short_date(day: int, month: int, year: int) -> str:
    """DD-MM-YY, the way the date is written inside the NIK."""
    return f"{day:02d}-{month:02d}-{year:02d}"


def _age_in_years(born: date, today: date) -> int:
    """Completed years between ``born`` and ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
