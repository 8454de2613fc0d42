"""The rules that say two member records are likely one person, and the score they give.

Written for speed: the finder judges a few hundred thousand candidate pairs at city scale, so
each :class:`Person` is prepared once, the cheap tests come first, and rapidfuzz (C) compares.
docs/duplicates.md lists the kinds and their scores.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Hamming, Levenshtein

from wksbm_desktop.core.domain import person_names as names
from wksbm_desktop.core.domain.wilayah import kota_tangerang
from wksbm_desktop.i18n import t

KINDS = ("same_nik", "nik_typo", "nik_swap", "name_birth", "name_no_birth_date", "kk_name_age")
NIK_NAME_SIMILARITY = 0.8  # a NIK one digit off or swapped counts with a name this alike
KK_NAME_SIMILARITY = 0.8
KK_AGE_YEARS = 2
NO_BIRTH_NAME_SIMILARITY = 0.92


def kind_label(kind: str) -> str:
    """A kind of evidence as users read it ("NIK beda satu angka")."""
    return t(f"duplicates.kind.{kind}")


class Person:
    """What the rules know of one member, prepared once (plain attributes), from a row of
    id, uuid, nik, full_name, sex, birth_date, kk, rt, rw, address, kelurahan_code and
    birth_place (core/queries/duplicates.py selects them in this order)."""

    __slots__ = ("birth", "born_key", "code", "full_kk", "full_nik", "id", "key", "kk", "name",
                 "nik", "norm", "raw_address", "raw_place", "rt", "rw", "sex", "uuid",
                 "words")  # fmt: skip

    def __init__(self, row: Any) -> None:
        (self.id, self.uuid, nik, name, sex, birth, kk, rt, rw, address, code, place) = row
        self.nik, self.name, self.sex = nik or "", name or "", sex or ""
        self.norm = names.normalise_name(self.name)
        self.key = self.norm.replace(" ", "")
        self.words = _words(self.norm)
        self.birth = str(birth or "")[:10]  # ISO text: parsing 150,000 dates costs more
        iso = self.birth
        self.born_key = f"{iso[8:10]}{iso[5:7]}{iso[2:4]}" if iso else ""
        self.full_nik = len(self.nik) == 16 and self.nik.isdigit()
        self.kk = kk or ""
        self.full_kk = len(self.kk) == 16 and self.kk.isdigit()
        self.rt, self.rw, self.code = rt or "", rw or "", code or ""
        # Compared for few pairs only: made plain when asked (see the properties below).
        self.raw_address, self.raw_place = address or "", place or ""

    @property
    def nik_key(self) -> str:
        """``DDMMYY`` of the birth date in the NIK."""
        return names.nik_birth_key(self.nik)

    @property
    def any_birth_key(self) -> str:
        """``DDMMYY`` of the recorded birth date, else of the one in the NIK."""
        return self.born_key or self.nik_key

    @property
    def address(self) -> str:
        return " ".join(self.raw_address.lower().split())

    @property
    def place(self) -> str:
        return " ".join(self.raw_place.lower().split())


@lru_cache(maxsize=200_000)
def _words(norm: str) -> frozenset[str]:
    return frozenset(norm.split())


class Verdict:
    """The kinds of evidence found for one pair, with the reasons in words and a score."""

    __slots__ = ("kinds", "reasons", "score")

    def __init__(self) -> None:
        self.score = 0.0
        self.kinds: list[str] = []
        self.reasons: list[str] = []

    def add(self, kind: str, score: float, reason: str) -> None:
        if kind not in self.kinds:
            self.kinds.append(kind)
            self.note(reason)
        # A second kind of evidence raises the score a little; the score is capped at the end.
        self.score = max(self.score, score) + (0.03 if len(self.kinds) > 1 else 0.0)

    def note(self, reason: str) -> None:
        if reason not in self.reasons:
            self.reasons.append(reason)


class _Similarity:
    """The name similarity of a pair, computed only when a rule asks for it."""

    __slots__ = ("p", "q", "value")

    def __init__(self, p: Person, q: Person) -> None:
        self.p, self.q, self.value = p, q, -1.0

    def __call__(self) -> float:
        if self.value < 0:
            self.value = names.name_similarity(self.p.norm, self.q.norm)
        return self.value


def judge(p: Person, q: Person) -> Verdict:
    """Every kind of evidence that ``p`` and ``q`` are one person, with a score 0..1."""
    verdict = Verdict()
    similarity = _Similarity(p, q)
    if p.full_nik and q.full_nik:
        _judge_nik(verdict, p, q, similarity)
    same_sex = p.sex == q.sex or not p.sex or not q.sex
    if same_sex and _same_birth(p, q) and _names_match_closely(p, q) and _near(p, q):
        score = 0.95 if p.key == q.key else 0.8 + 0.1 * similarity()
        verdict.add("name_birth", score, _name_reason(p, q, similarity))
        verdict.note(t("duplicates.reason.same_birth", date=_shown_birth(p, q)))
    one_without_birth = (not p.birth or not q.birth) and p.key and q.key
    if one_without_birth and similarity() >= NO_BIRTH_NAME_SIMILARITY:
        _judge_missing_birth(verdict, p, q, similarity)
    if p.full_kk and p.kk == q.kk and similarity() >= KK_NAME_SIMILARITY:
        apart = _years_apart(p, q)
        if apart is None or apart <= KK_AGE_YEARS:
            verdict.add("kk_name_age", 0.55 + 0.35 * similarity(), _kk_reason(apart, similarity))
    if verdict.kinds:
        _judge_extras(verdict, p, q, same_sex)
    return verdict


def _judge_nik(verdict: Verdict, p: Person, q: Person, similarity: _Similarity) -> None:
    apart = Hamming.distance(p.nik, q.nik, score_cutoff=2)
    if apart == 0:
        reason = (
            t(
                "duplicates.reason.same_nik_two_places",
                first=_place_name(p.code),
                second=_place_name(q.code),
            )
            if p.code != q.code
            else t("duplicates.reason.same_nik")
        )
        verdict.add("same_nik", 0.75 + 0.25 * similarity(), reason)
        if similarity() >= NIK_NAME_SIMILARITY:
            verdict.note(_name_reason(p, q, similarity))
        return
    if apart > 2 or similarity() < NIK_NAME_SIMILARITY:
        return
    difference = names.nik_difference(p.nik, q.nik)
    positions = [i + 1 for i in range(16) if p.nik[i] != q.nik[i]]
    if difference == "one_digit":
        reason = t("duplicates.reason.nik_one_digit", position=positions[0])
        verdict.add("nik_typo", 0.55 + 0.4 * similarity(), reason)
    elif difference == "swap":
        reason = t("duplicates.reason.nik_swap", first=positions[0], second=positions[1])
        verdict.add("nik_swap", 0.6 + 0.35 * similarity(), reason)
    else:
        return
    verdict.note(_name_reason(p, q, similarity))


def _same_birth(p: Person, q: Person) -> bool:
    if p.birth and q.birth:
        return p.birth == q.birth
    # Without a recorded date, the one in the NIK stands in (its century is not known).
    return bool(p.any_birth_key) and p.any_birth_key == q.any_birth_key


def _names_match_closely(p: Person, q: Person) -> bool:
    """The same name after folding, one slip of a letter, or one name inside the other."""
    if p.key == q.key:
        return bool(p.key)
    if min(len(p.key), len(q.key)) >= 6 and Levenshtein.distance(p.key, q.key, score_cutoff=1) <= 1:
        return True
    few, many = (p.words, q.words) if len(p.words) <= len(q.words) else (q.words, p.words)
    return len(few) >= 2 and few <= many


def _near(p: Person, q: Person) -> bool:
    """Within one kelurahan a name and a birth date are enough. Across the city they are not
    (in 1.9 million people many share both): one more thing must match."""
    if p.code == q.code:
        return True
    return bool(p.place and p.place == q.place) or (p.full_kk and p.kk == q.kk)


def _years_apart(p: Person, q: Person) -> int | None:
    if not p.birth or not q.birth:
        return None
    return abs(int(p.birth[:4]) - int(q.birth[:4]))


def _judge_missing_birth(verdict: Verdict, p: Person, q: Person, similarity: _Similarity) -> None:
    """Same name, a birth date on one record only: counts with one more thing in common."""
    evidence = []
    with_date, without = (p, q) if p.birth else (q, p)
    if with_date.birth and without.nik_key and without.nik_key == with_date.born_key:
        evidence.append(t("duplicates.reason.nik_birth_matches"))
    # RT, RW and street repeat in every kelurahan: they say something within one only.
    here = p.code == q.code
    if here and p.rt and p.rw and (p.rt, p.rw) == (q.rt, q.rw):
        evidence.append(t("duplicates.reason.same_rt_rw", rt=p.rt, rw=p.rw))
    if p.full_kk and p.kk == q.kk:
        evidence.append(t("duplicates.reason.same_kk"))
    if here and p.address and p.address == q.address:
        evidence.append(t("duplicates.reason.same_address"))
    if not evidence:
        return
    score = 0.6 + 0.2 * similarity() + 0.05 * min(len(evidence), 3)
    verdict.add("name_no_birth_date", score, t("duplicates.reason.one_without_birth"))
    verdict.note(_name_reason(p, q, similarity))
    for reason in evidence:
        verdict.note(reason)


def _judge_extras(verdict: Verdict, p: Person, q: Person, same_sex: bool) -> None:
    if not same_sex:
        verdict.score -= 0.1
        verdict.note(t("duplicates.reason.other_sex"))
    if p.code != q.code:
        if p.place and p.place == q.place:
            verdict.note(t("duplicates.reason.same_birth_place", place=p.place.title()))
        verdict.note(
            t(
                "duplicates.reason.two_kelurahan",
                first=_place_name(p.code),
                second=_place_name(q.code),
            )
        )
    verdict.score = round(min(max(verdict.score, 0.0), 1.0), 3)
    verdict.kinds.sort(key=KINDS.index)


def _name_reason(p: Person, q: Person, similarity: _Similarity) -> str:
    if p.name.strip().lower() == q.name.strip().lower():
        return t("duplicates.reason.same_name")
    if p.key == q.key:
        return t("duplicates.reason.same_name_folded", name=p.norm)
    return t("duplicates.reason.similar_name", percent=round(similarity() * 100))


def _shown_birth(p: Person, q: Person) -> str:
    iso = p.birth or q.birth
    if iso:
        return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}"
    key = p.any_birth_key
    return f"{key[:2]}-{key[2:4]}-..{key[4:]}"


def _kk_reason(apart: int | None, similarity: _Similarity) -> str:
    percent = round(similarity() * 100)
    if apart is None:
        return t("duplicates.reason.same_kk_name", percent=percent)
    return t("duplicates.reason.same_kk_name_age", percent=percent, years=apart)


def _place_name(code: str) -> str:
    """ "Kelurahan Sukarasa" reads better in a reason than its Kemendagri code."""
    found = kota_tangerang().kelurahan_by_code(code)
    return found.name if found is not None else code
