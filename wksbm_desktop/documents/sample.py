"""A sample registration letter for the settings dialog's preview: typed settings, made-up group."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from wksbm_desktop.core.domain.letter_template import DEFAULT_NUMBER_PATTERN, fill, roman_month
from wksbm_desktop.core.services.letterhead import LetterheadInput
from wksbm_desktop.documents.page import Letterhead
from wksbm_desktop.documents.profil import GroupProfile, ProfileMember
from wksbm_desktop.documents.surat import Letter, render_letter
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in


def sample_profile(today: date) -> GroupProfile:
    chair = ProfileMember(
        t("print.sample.chair"), "P", "001", "002", "3671********0001", "ketua", today
    )
    return GroupProfile(
        uuid="",
        name=t("print.sample.group"),
        type="KUBE",
        sector="Ekonomi Produktif",
        status="aktif",
        parent_name="",
        rt="001",
        rw="002",
        address=t("print.sample.address"),
        founded_on=date(today.year - 2, 1, 15),
        sk_number="01/SK/KUBE",
        sk_date=date(today.year - 2, 2, 1),
        sk_issuer="",
        phone="",
        members=(chair,) * 10,
        levels=(),
        activities=(),
    )


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def sample_letter(head: Letterhead, settings: LetterheadInput, today: date) -> bytes:
    """The letter as it would print with ``settings`` (not yet saved), numbered as number 1."""
    lines = tuple(line.strip() for line in settings.lines.splitlines() if line.strip())
    shown = replace(
        head,
        lines=lines or head.lines,
        logo_png=settings.logo_png,
        paper=settings.paper_size,
    )
    number = fill(
        settings.number_pattern or DEFAULT_NUMBER_PATTERN,
        {
            "urut": "001",
            "bulan": f"{today.month:02d}",
            "bulan_romawi": roman_month(today.month),
            "tahun": str(today.year),
            "kode_kelurahan": t("print.sample.code"),
        },
    )
    letter = Letter(number, today, settings.letter_template)
    return render_letter(sample_profile(today), letter, shown)
