"""Indonesian personal names folded to one spelling, for finding the same person twice."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

# Titles and forms of address written before or inside a name (compared without dots).
_TITLES = frozenset(
    {
        "h", "hj", "haji", "hajah", "hajjah", "hajj", "drs", "dra", "dr", "ir", "prof", "kh",
        "ust", "ustad", "ustadz", "ustaz", "ustadzah", "ustazah", "tn", "ny", "nn", "bpk",
        "bapak", "ibu", "sdr", "sdri", "almarhum", "alm", "almh", "almarhumah",
    }
)  # fmt: skip
# Academic degrees written after a name (compared without dots). "st" is left out on purpose:
# written "St." it is the short form of Siti; "S.T." (with an inner dot) is still a degree.
_DEGREES = frozenset(
    {
        "spd", "spdi", "spdsd", "se", "sei", "sh", "shi", "skom", "ssos", "sag", "skm", "skep",
        "sip", "sfarm", "spsi", "sak", "ssi", "sst", "sth", "stp", "sp", "ssn", "sked", "sgz",
        "msi", "mpd", "mm", "mag", "mh", "mkes", "mkom", "mt", "msc", "mba", "amd", "ama",
        "amdkeb", "amdkep", "amk", "amdkes", "amdgz", "ssit", "sikom", "st", "sr", "mpdi",
    }
)  # fmt: skip
# Spellings of one name, as they read after the letter rules below (doubled letters single).
_VARIANTS = {
    **dict.fromkeys(
        ("muhamad", "mohamad", "muhamed", "mohamed", "mukhamad", "muh", "moh", "mhd", "mhmd",
         "md", "m", "muhd", "mohd", "mohamat", "muhamat"),
        "muhamad",
    ),
    **dict.fromkeys(("siti", "st", "sti", "sity"), "siti"),
    **dict.fromkeys(("nur", "nurul", "nor", "nurl"), "nur"),
    **dict.fromkeys(("ahmad", "ahmat", "amad", "ahmed"), "ahmad"),
    **dict.fromkeys(("abdul", "abd", "abdl"), "abdul"),
}  # fmt: skip
# Old spellings (Ejaan Van Ophuijsen / Soewandi) and common phonetic doubles, in order.
_LETTER_RULES = (
    ("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"),
    ("kh", "h"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("dz", "z"), ("q", "k"), ("v", "f"),
)  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTERS = re.compile(r"[^a-z]+")
_SPLIT = re.compile(r"[\s.]+")
_INNER_DOT = re.compile(r"^[a-z]{1,4}\.[a-z]")


def _ascii_lower(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _fold_token(token: str) -> str:
    token = _NOT_LETTERS.sub("", token)
    before = ""
    while token != before:  # one rule's result may be another's input ("aqh" → "akh" → "ah")
        before = token
        for old, new in _LETTER_RULES:
            token = token.replace(old, new)
        token = _DOUBLED.sub(r"\1", token)
        if len(token) > 2 and token.endswith("y"):  # Hendry / Hendri, Rahmawaty / Rahmawati
            token = token[:-1] + "i"
    return _VARIANTS.get(token, token)


def _is_degree(raw: str, position: int) -> bool:
    compact = raw.replace(".", "")
    if compact not in _DEGREES:
        return False
    # "S.T." and "S.Pd" carry an inner dot; a bare "SE" counts only after the first word.
    return bool(_INNER_DOT.match(raw)) or (position > 0 and compact != "st")


@lru_cache(maxsize=200_000)
def normalise_name(text: str) -> str:
    """The name in lower case with titles and degrees removed and spelling variants folded.

    ``"Hj. St. Noer Hayati, S.Pd."`` → ``"siti nur hayati"``;
    ``"Moch. Djoko"`` and ``"Muhammad Joko"`` → ``"muhamad joko"``.
    """
    lowered = _ascii_lower(str(text or ""))
    head, comma, _degrees = lowered.partition(",")  # "Siti Aminah, S.Pd., M.Pd."
    if not head.strip() and comma:
        head = lowered.replace(",", " ")
    tokens: list[str] = []
    for raw in head.split():
        raw = raw.strip(".'`-")
        if not raw or raw.replace(".", "") in _TITLES or _is_degree(raw, len(tokens)):
            continue
        for part in _SPLIT.split(raw):
            folded = _fold_token(part)
            # A folded word that reads as a title ("HH" → "h") is dropped too: folding twice
            # must give what folding once gave.
            if folded and folded not in _TITLES and not _is_degree(folded, len(tokens)):
                tokens.append(folded)
    return " ".join(tokens)


def name_key(text: str) -> str:
    """The normalised name without spaces: "Nur Hayati" and "Nurhayati" share one key."""
    return normalise_name(text).replace(" ", "")


def name_similarity(first: str, second: str) -> float:
    """0..1: how alike two *normalised* names are, whatever the order or spacing of words."""
    if not first or not second:
        return 0.0
    if first == second:
        return 1.0
    spaced = fuzz.token_sort_ratio(first, second)
    compact = fuzz.ratio(first.replace(" ", ""), second.replace(" ", ""))
    return max(spaced, compact) / 100.0


def nik_birth_key(nik: str) -> str:
    """``DDMMYY`` of the birth date a 16-digit NIK holds (women's day less 40), or "";
    comparable with a recorded birth date written the same way."""
    if len(nik) != 16 or not nik.isdigit():
        return ""
    day = int(nik[6:8])
    day = day - 40 if day > 40 else day
    return f"{day:02d}{nik[8:12]}"


def nik_difference(first: str, second: str) -> str:
    """How two 16-digit NIKs differ: "same", "one_digit", "swap" (two neighbouring or
    any two digits exchanged), or "" for anything else."""
    if len(first) != 16 or len(second) != 16:
        return ""
    differing = [i for i in range(16) if first[i] != second[i]]
    if not differing:
        return "same"
    if len(differing) == 1:
        return "one_digit"
    if len(differing) == 2:
        i, j = differing
        if first[i] == second[j] and first[j] == second[i]:
            return "swap"
    return ""
