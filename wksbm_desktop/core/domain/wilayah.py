"""Kemendagri region reference data (kecamatan, kelurahan/desa) and its lookups, free of Qt."""

from __future__ import annotations

import csv
import difflib
import functools
import os.path
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from wksbm_desktop.core.errors import ValidationError, WksbmError
from wksbm_desktop.i18n import t
from wksbm_desktop.resources import resource_path

__all__ = [
    "EXAMPLE_KELURAHAN_CODE",
    "REGION_NAMES",
    "Kecamatan",
    "Kelurahan",
    "Wilayah",
    "canonical_kecamatan_code",
    "canonical_kelurahan_code",
    "kota_tangerang",
    "load_region",
    "require_kelurahan",
]

EXAMPLE_KELURAHAN_CODE = "36.71.05.1008"
_KELURAHAN_CODE = re.compile(r"([0-9]{2})\.?([0-9]{2})\.?([0-9]{2})\.?([0-9]{4})")
_KECAMATAN_CODE = re.compile(r"([0-9]{2})\.?([0-9]{2})\.?([0-9]{2})")
_KELURAHAN_PREFIX = re.compile(r"^\s*(?:kelurahan|kel|desa|ds)\b\.?\s*", re.IGNORECASE)
_KECAMATAN_PREFIX = re.compile(r"^\s*(?:kecamatan|kec)\b\.?\s*", re.IGNORECASE)
_NAME_CUTOFF = 0.6


@dataclass(frozen=True)
class _Source:
    name: str
    code: str
    filename: str
    alias_filename: str | None = None


_SOURCES: dict[str, _Source] = {
    "kota_tangerang": _Source(
        "Kota Tangerang", "36.71", "wilayah_kota_tangerang.csv", "wilayah_kota_tangerang_alias.csv"
    ),
    "kabupaten_tangerang": _Source(
        "Kabupaten Tangerang", "36.03", "wilayah_kabupaten_tangerang.csv"
    ),
    "kota_tangerang_selatan": _Source(
        "Kota Tangerang Selatan", "36.74", "wilayah_kota_tangerang_selatan.csv"
    ),
}
REGION_NAMES: tuple[str, ...] = tuple(_SOURCES)


@dataclass(frozen=True)
class _Extra:
    """What the alias file adds to a kelurahan: older spellings and the postal code."""

    names: tuple[str, ...]
    postal_code: str | None


@dataclass(frozen=True)
class Kecamatan:
    code: str  # "36.71.05"
    name: str  # "Cipondoh"


@dataclass(frozen=True)
class Kelurahan:
    code: str  # "36.71.05.1008"
    name: str  # current Kemendagri (2025) spelling
    kecamatan_code: str
    kecamatan_name: str
    aliases: tuple[str, ...] = ()  # older spellings (Permendagri 2017/2019, BPS 2018)
    postal_code: str | None = None

    @property
    def is_desa(self) -> bool:
        """True for a desa (village, last block 2xxx) rather than a kelurahan (1xxx)."""
        return self.code[-4:].startswith("2")

    @property
    def label(self) -> str:
        """Display form, e.g. "Kel. Poris Plawad, Kec. Cipondoh"."""
        key = "wilayah.label_desa" if self.is_desa else "wilayah.label_kelurahan"
        return t(key, kelurahan=self.name, kecamatan=self.kecamatan_name)


def canonical_kelurahan_code(text: str) -> str | None:
    """Return "36.71.05.1008" for "36.71.05.1008", "3671051008" or " 36.71.05.1008 "."""
    match = _KELURAHAN_CODE.fullmatch(text.strip())
    return ".".join(match.groups()) if match else None


def canonical_kecamatan_code(text: str) -> str | None:
    """Return "36.71.05" for "36.71.05" or "367105"; None when the text is no such code."""
    match = _KECAMATAN_CODE.fullmatch(text.strip())
    return ".".join(match.groups()) if match else None


def _fold(text: str) -> str:
    """Comparison key without case, accents, spaces or punctuation ("Batu-Jaya" → batujaya)."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(char for char in decomposed if char.isalnum())


def _title_case(text: str) -> str:
    """Title-case a BPS name ("PORIS PLAWAD" → "Poris Plawad"), keeping "Jum'at" intact."""
    lowered = " ".join(text.split()).lower()
    return re.sub(r"(^|[\s\-/(])(\w)", lambda m: m.group(1) + m.group(2).upper(), lowered)


class Wilayah:
    """One kota/kabupaten: its kecamatan and kelurahan/desa, with the lookups the forms need."""

    def __init__(self, name: str, code: str, kelurahan: Iterable[Kelurahan]) -> None:
        self.name = name  # "Kota Tangerang"
        self.code = code  # "36.71"
        self._kelurahan = tuple(sorted(kelurahan, key=lambda k: k.code))
        self._by_code = {k.code: k for k in self._kelurahan}
        kecamatan = {
            k.kecamatan_code: Kecamatan(k.kecamatan_code, k.kecamatan_name) for k in self._kelurahan
        }
        self._kecamatan = tuple(kecamatan[c] for c in sorted(kecamatan))
        self._by_name: dict[str, list[Kelurahan]] = {}
        self._by_alias: dict[str, list[Kelurahan]] = {}
        for item in self._kelurahan:
            self._by_name.setdefault(_fold(item.name), []).append(item)
            for alias in item.aliases:
                self._by_alias.setdefault(_fold(alias), []).append(item)
        self._name_keys = {
            k.code: tuple({_fold(n) for n in (k.name, *k.aliases)}) for k in self._kelurahan
        }

    def __repr__(self) -> str:
        return f"<Wilayah {self.code} {self.name}: {len(self._kelurahan)} kelurahan/desa>"

    def kecamatan_list(self) -> list[Kecamatan]:
        """Every kecamatan, in code order."""
        return list(self._kecamatan)

    def kelurahan_list(self, kecamatan_code: str | None = None) -> list[Kelurahan]:
        """Every kelurahan/desa in code order, or only those of one kecamatan."""
        if kecamatan_code is None:
            return list(self._kelurahan)
        wanted = canonical_kecamatan_code(kecamatan_code)
        return [k for k in self._kelurahan if k.kecamatan_code == wanted]

    def kelurahan_by_code(self, code: str) -> Kelurahan | None:
        canonical = canonical_kelurahan_code(code)
        return self._by_code.get(canonical) if canonical else None

    def find_kelurahan(self, name: str) -> Kelurahan | None:
        """The one kelurahan with this name or older spelling; None if unknown or ambiguous.

        "Kel. Batujaya", "batu jaya" and "BATU JAYA, Kec. Batuceper" all find Batu Jaya. A name
        shared by two desa of different kecamatan (Kabupaten Tangerang has some) needs the
        kecamatan after a comma; ``find_all_kelurahan`` lists every match.
        """
        matches = self.find_all_kelurahan(name)
        return matches[0] if len(matches) == 1 else None

    def find_all_kelurahan(self, name: str) -> list[Kelurahan]:
        """Every kelurahan whose current name (or, failing that, older spelling) is ``name``."""
        place, _, district = name.partition(",")
        matches = self._match_name(place)
        if district.strip():
            wanted = _fold(_KECAMATAN_PREFIX.sub("", district))
            matches = [
                k for k in matches if wanted in (_fold(k.kecamatan_name), _fold(k.kecamatan_code))
            ]
        return matches

    def _match_name(self, text: str) -> list[Kelurahan]:
        for key in (_fold(text), _fold(_KELURAHAN_PREFIX.sub("", text))):
            found = self._by_name.get(key) or self._by_alias.get(key)
            if found:
                return list(found)
        return []

    def search_kelurahan(self, text: str) -> list[Kelurahan]:
        """Kelurahan whose name, older spelling, kecamatan, code or postal code contains ``text``.

        Case, spaces and punctuation are ignored. Names that start with the text come first, then
        names that contain it, then matches on kecamatan or code only; code order within each.
        """
        key = _fold(text)
        if not key:
            return list(self._kelurahan)
        ranked: list[tuple[int, Kelurahan]] = []
        for item in self._kelurahan:
            names = self._name_keys[item.code]
            others = (_fold(item.kecamatan_name), _fold(item.code), item.postal_code or "")
            if any(n.startswith(key) for n in names):
                ranked.append((0, item))
            elif any(key in n for n in names):
                ranked.append((1, item))
            elif any(key in other for other in others):
                ranked.append((2, item))
        return [item for _, item in sorted(ranked, key=lambda pair: pair[0])]

    def suggest_kelurahan(self, text: str, limit: int = 3) -> list[Kelurahan]:
        """Nearest kelurahan for an unknown code (by shared prefix, then number) or name."""
        digits = "".join(char for char in text if char in "0123456789")
        letters = sum(char.isalpha() for char in text)
        if digits and len(digits) >= letters:
            return self._suggest_by_code(digits)[: max(limit, 0)]
        return self._suggest_by_name(text)[: max(limit, 0)]

    def _suggest_by_code(self, digits: str) -> list[Kelurahan]:
        def distance(item: Kelurahan) -> tuple[int, float, str]:
            candidate = item.code.replace(".", "")
            # Character-wise prefix of two digit strings is exactly what is wanted here.
            shared = len(os.path.commonprefix([candidate, digits]))  # noqa: RUF071
            if len(digits) == len(candidate):
                return (-shared, abs(int(candidate) - int(digits)), candidate)
            # A digit too many or too few: the number means little, the digit sequence more.
            similarity = difflib.SequenceMatcher(None, candidate, digits).ratio()
            return (-shared, -similarity, candidate)

        return sorted(self._kelurahan, key=distance)

    def _suggest_by_name(self, text: str) -> list[Kelurahan]:
        key = _fold(_KELURAHAN_PREFIX.sub("", text.partition(",")[0]))
        if not key:
            return []
        scored: list[tuple[float, str, Kelurahan]] = []
        matcher = difflib.SequenceMatcher(b=key)
        for item in self._kelurahan:
            best = 0.0
            for name_key in self._name_keys[item.code]:
                matcher.set_seq1(name_key)
                best = max(best, matcher.ratio())
            if best >= _NAME_CUTOFF:
                scored.append((-best, item.code, item))
        return [item for *_, item in sorted(scored, key=lambda s: (s[0], s[1]))]


def require_kelurahan(code: str, wilayah: Wilayah | None = None) -> Kelurahan:
    """Return the kelurahan with this code, or raise a ValidationError that suggests others."""
    region = wilayah if wilayah is not None else kota_tangerang()
    text = (code or "").strip()
    if not text:
        raise ValidationError("kelurahan", "wilayah.kelurahan_required")
    found = region.kelurahan_by_code(text)
    if found is not None:
        return found
    nearest = region.suggest_kelurahan(text)
    params: dict[str, object] = {
        "region": region.name,
        "example": EXAMPLE_KELURAHAN_CODE,
        "suggestions": ", ".join(f"{k.name} ({k.code})" for k in nearest),
        "suggested_codes": tuple(k.code for k in nearest),
    }
    canonical = canonical_kelurahan_code(text)
    if canonical is not None:
        raise ValidationError("kelurahan", "wilayah.unknown_kelurahan", code=canonical, **params)
    key = "wilayah.malformed_kelurahan_code" + ("_suggest" if nearest else "")
    raise ValidationError("kelurahan", key, code=text, **params)


def kota_tangerang() -> Wilayah:
    """The reference list of Kota Tangerang (36.71) with older spellings; loaded once."""
    return load_region("kota_tangerang")


def load_region(name: str) -> Wilayah:
    """Load a region by key ("kota_tangerang", "kabupaten_tangerang", "kota_tangerang_selatan").

    Display names ("Kota Tangerang Selatan") and codes ("36.74") are accepted too. The result
    is cached, so every caller shares one immutable object.
    """
    wanted = _fold(name)
    for key, source in _SOURCES.items():
        if wanted in (_fold(key), _fold(source.name), _fold(source.code)):
            return _load_cached(key)
    raise ValueError(f"unknown region {name!r}; expected one of {', '.join(REGION_NAMES)}")


@functools.lru_cache(maxsize=len(_SOURCES))
def _load_cached(key: str) -> Wilayah:
    source = _SOURCES[key]
    columns = ("kode_kecamatan", "nama_kecamatan", "kode_kelurahan", "nama_kelurahan")
    rows = _read_rows(source.filename, columns)
    extra = _read_aliases(source.alias_filename) if source.alias_filename else {}
    kelurahan = _build_kelurahan(source, rows, extra)
    unmatched = set(extra) - {k.code for k in kelurahan}
    if unmatched:
        raise _damaged(source.alias_filename or source.filename, 0, min(unmatched))
    return Wilayah(source.name, source.code, kelurahan)


def _build_kelurahan(
    source: _Source, rows: list[tuple[int, dict[str, str]]], extra: Mapping[str, _Extra]
) -> list[Kelurahan]:
    result: list[Kelurahan] = []
    seen: set[str] = set()
    kecamatan_names: dict[str, str] = {}
    for line, row in rows:
        code = canonical_kelurahan_code(row["kode_kelurahan"])
        kecamatan_code = row["kode_kecamatan"]
        known_name = kecamatan_names.setdefault(kecamatan_code, row["nama_kecamatan"])
        if (
            code is None
            or code in seen
            or known_name != row["nama_kecamatan"]
            or not _row_is_sound(source.code, code, row)
        ):
            raise _damaged(source.filename, line, row["kode_kelurahan"])
        seen.add(code)
        name = " ".join(row["nama_kelurahan"].split())
        more = extra.get(code, _Extra((), None))
        aliases = _dedupe_aliases(name, more.names)
        result.append(Kelurahan(code, name, kecamatan_code, known_name, aliases, more.postal_code))
    return result


def _row_is_sound(region_code: str, code: str, row: Mapping[str, str]) -> bool:
    """The code sits inside its kecamatan and region, and both names are present."""
    return (
        code.startswith(row["kode_kecamatan"] + ".")
        and code.startswith(region_code + ".")
        and bool(row["nama_kelurahan"])
        and bool(row["nama_kecamatan"])
    )


def _read_aliases(filename: str) -> dict[str, _Extra]:
    columns = (
        "kode_kelurahan",
        "nama_kemendagri_2025",
        "nama_permendagri_2017_2019",
        "kode_pos_2017",
        "nama_bps_2018",
    )
    extra: dict[str, _Extra] = {}
    for line, row in _read_rows(filename, columns):
        code = canonical_kelurahan_code(row["kode_kelurahan"])
        if code is None or code in extra:
            raise _damaged(filename, line, row["kode_kelurahan"])
        names = (
            row["nama_kemendagri_2025"],
            row["nama_permendagri_2017_2019"],
            _title_case(row["nama_bps_2018"]),
        )
        postal = row["kode_pos_2017"]
        extra[code] = _Extra(names, postal if re.fullmatch(r"[0-9]{5}", postal) else None)
    return extra


def _dedupe_aliases(name: str, candidates: Iterable[str]) -> tuple[str, ...]:
    seen = {name.casefold()}
    aliases: list[str] = []
    for candidate in candidates:
        spelled = " ".join(candidate.split())
        if spelled and spelled.casefold() not in seen:
            seen.add(spelled.casefold())
            aliases.append(spelled)
    return tuple(aliases)


def _read_rows(filename: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a shipped CSV as (line number, {column: stripped text})."""
    path = resource_path("wilayah", filename)
    try:
        # utf-8-sig: a file re-saved by Excel starts with a BOM that would hide the first column.
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not set(columns) <= set(reader.fieldnames or ()):
                raise _damaged(filename, 1, ",".join(reader.fieldnames or ()))
            return [
                (reader.line_num, {c: (row.get(c) or "").strip() for c in columns})
                for row in reader
            ]
    except FileNotFoundError:
        raise WksbmError("wilayah.data_missing", path=str(path)) from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise WksbmError("wilayah.data_damaged", path=str(path), line=0, value=str(exc)) from exc


def _damaged(filename: str, line: int, value: str) -> WksbmError:
    path: Path = resource_path("wilayah", filename)
    return WksbmError("wilayah.data_damaged", path=str(path), line=line, value=value)
