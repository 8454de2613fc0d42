"""Surat keterangan terdaftar: the letter confirming a group is registered, from the template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wksbm_desktop.core.domain.letter_template import DEFAULT_TEMPLATE, TABLE_FIELD, fill
from wksbm_desktop.core.queries.labels import status_label
from wksbm_desktop.documents.page import Letterhead, Page, long_date
from wksbm_desktop.documents.profil import GroupProfile
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in


@dataclass(frozen=True)
class Letter:
    number: str
    dated: date
    template: str  # empty: the default template


def letter_values(profile: GroupProfile, letter: Letter, head: Letterhead) -> dict[str, str]:
    """What each template field becomes for this group and letter."""
    return {
        "nama_kelompok": profile.name,
        "jenis": profile.type,
        "bidang": profile.sector,
        "status": status_label(profile.status).lower(),
        "alamat": _address(profile),
        "rt": profile.rt or "-",
        "rw": profile.rw or "-",
        "ketua": profile.chair_name or "-",
        "jumlah_anggota": str(len(profile.members)),
        "nomor_sk": profile.sk_number or "-",
        "tanggal_sk": long_date(profile.sk_date) if profile.sk_date else "-",
        "tanggal_berdiri": long_date(profile.founded_on) if profile.founded_on else "-",
        "nomor": letter.number,
        "tanggal": long_date(letter.dated),
        "kelurahan": head.kelurahan,
        "kecamatan": head.kecamatan,
        "lurah": head.lurah_name,
        "nip": head.lurah_nip,
        TABLE_FIELD: "{" + TABLE_FIELD + "}",  # kept: the renderer draws the block there
    }


def _address(profile: GroupProfile) -> str:
    place = f"RT {profile.rt or '-'} / RW {profile.rw or '-'}"
    return ", ".join(p for p in (profile.address, place) if p)


@written_in(DEFAULT_LANGUAGE)  # printed on the office's documents: always Indonesian
def render_letter(profile: GroupProfile, letter: Letter, head: Letterhead) -> bytes:
    title = t("print.surat.title")
    pdf = Page(head, f"{title}: {profile.name}")
    pdf.add_page()
    pdf.draw_letterhead()
    pdf.set_font(pdf.font_family, "B", 12.5)
    pdf.cell(0, 6.5, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.font_family, size=10.5)
    pdf.cell(0, 5.5, t("print.surat.number", number=letter.number), align="C")
    pdf.ln(12)
    body = fill(letter.template or DEFAULT_TEMPLATE, letter_values(profile, letter, head))
    for paragraph in _paragraphs(body):
        if paragraph == "{" + TABLE_FIELD + "}":
            _group_block(pdf, profile)
        else:
            pdf.paragraph(paragraph, 6)
    lurah = t("print.lurah_of", name=head.kelurahan.upper())
    nip = t("print.nip", nip=head.lurah_nip or "-")
    pdf.signatures([(lurah, head.lurah_name, nip)], f"{head.place}, {long_date(letter.dated)}")
    return pdf.to_bytes()


def _paragraphs(body: str) -> list[str]:
    blocks = [" ".join(line.strip() for line in b.splitlines()) for b in body.split("\n\n")]
    return [b.strip() for b in blocks if b.strip()]


def _group_block(pdf: Page, profile: GroupProfile) -> None:
    pdf.set_left_margin(pdf.l_margin + 10)
    pdf.set_x(pdf.l_margin)
    sk = profile.sk_number
    if sk and profile.sk_date:
        sk = t("print.profil.sk_dated", number=sk, date=long_date(profile.sk_date))
    pdf.label_values(
        [
            (t("print.profil.name"), profile.name),
            (t("print.profil.type"), profile.type),
            (t("print.profil.sector"), profile.sector),
            (t("print.profil.address"), _address(profile)),
            (t("print.profil.chair"), profile.chair_name),
            (
                t("print.profil.founded"),
                long_date(profile.founded_on) if profile.founded_on else "",
            ),
            (t("print.profil.sk"), sk),
        ],
        label_width=42,
    )
    pdf.set_left_margin(pdf.l_margin - 10)
    pdf.set_x(pdf.l_margin)
    pdf.ln(3)
