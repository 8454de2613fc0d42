"""How a likely pair reads on screen: its score in words, the NIK per role, the kelurahan."""

from __future__ import annotations

from wksbm_desktop.core.domain.roles import id_on_screen
from wksbm_desktop.core.domain.wilayah import kota_tangerang
from wksbm_desktop.i18n import t

# At or above this score a pair is "sangat mirip"; below it "mirip".
VERY_SIMILAR = 0.9


def score_text(score: float) -> str:
    """ "96% · sangat mirip" or "78% · mirip"."""
    word = t("duplicates_ui.score.very" if score >= VERY_SIMILAR else "duplicates_ui.score.similar")
    return t("duplicates_ui.score.text", percent=round(score * 100), word=word)


def nik_text(nik: str, full: bool) -> str:
    """A NIK or No. KK as the one on-screen rule shows it (``roles.sees_full_nik``)."""
    if not nik:
        return "—"
    return id_on_screen(full)(nik)


def kelurahan_name(code: str) -> str:
    """ "Poris Plawad" for its code; the code itself when unknown, a dash when empty."""
    if not code:
        return "—"
    found = kota_tangerang().kelurahan_by_code(code)
    return found.name if found is not None else code
