"""Fixtures for printed documents: an office with a group, members, activities, and PDF reading."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader

from wksbm_desktop.core.domain.inputs import ActivityInput, GroupInput, MemberInput, OfficeInput
from wksbm_desktop.core.services.activities import create_activity
from wksbm_desktop.core.services.groups import add_assessment, create_group
from wksbm_desktop.core.services.members import create_member
from wksbm_desktop.core.services.memberships import add_membership
from wksbm_desktop.core.services.office import save_office
from wksbm_desktop.core.storage.db import Database, open_database

KELURAHAN = "36.71.05.1008"  # Poris Plawad, Cipondoh
LURAH, NIP = "Hj. Siti Aminah, S.Sos", "197001011990032001"
# Deliberately not in alphabetical order: the sheet sorts them.
NAMES = ("Yusuf Maulana", "Ani Rahayu", "Budi Santoso", "Ésa Putri", "Cahya Ningsih", "Dedi Kurnia")


def make_nik(serial: int, sex: str = "L") -> str:
    day = 17 + (40 if sex == "P" else 0)
    return f"367105{day:02d}0580{serial:04d}"


@dataclass(frozen=True)
class Office:
    database: Database
    group_uuid: str
    activity_uuid: str
    other_activity_uuid: str
    member_uuids: dict[str, str]  # name -> uuid
    niks: dict[str, str]  # name -> full NIK


def build_office(database: Database) -> Office:
    with database.session() as session:
        save_office(
            session,
            OfficeInput(
                kelurahan_code=KELURAHAN,
                lurah_name=LURAH,
                lurah_nip=NIP,
                address="Jl. Raya Poris No. 1, Kota Tangerang 15122",
            ),
        )
        group = create_group(
            session,
            GroupInput(
                name="KUBE Melati Sejahtera",
                type="KUBE",
                sector="Ekonomi Produktif",
                rt="003",
                rw="005",
                address="Jl. Melati No. 5",
                sk_number="12/SK/2024",
                sk_date=date(2024, 3, 1),
                founded_on=date(2024, 2, 1),
            ),
        )
        uuids, niks = {}, {}
        for serial, name in enumerate(NAMES, 1):
            nik = make_nik(serial)
            member = create_member(
                session,
                MemberInput(
                    nik=nik,
                    full_name=name,
                    sex="L",
                    birth_date=date(1980, 5, 17),
                    rt="003",
                    rw="005",
                ),
            )
            role = "ketua" if name == "Budi Santoso" else "anggota"
            add_membership(session, member.uuid, group.uuid, role, date(2024, 3, 1))
            uuids[name], niks[name] = member.uuid, nik
        add_assessment(session, group.uuid, date(2024, 6, 1), "tumbuh", "")
        add_assessment(session, group.uuid, date(2025, 6, 1), "berkembang", "Naik kelas")
        attended = (uuids["Ani Rahayu"], uuids["Dedi Kurnia"])
        activity = create_activity(
            session,
            ActivityInput(
                group_uuid=group.uuid,
                held_on=date(2025, 11, 12),
                title="Pelatihan pembukuan usaha",
                type="Pelatihan",
                sector="Ekonomi Produktif",
                funding="APBD Kota",
                location="Aula Kelurahan",
                facilitator="Rina Pendamping",
                amount=2_500_000,
                participants_count=4,
                attendee_uuids=attended,
            ),
        )
        other = create_activity(
            session,
            ActivityInput(
                group_uuid=group.uuid,
                held_on=date(2025, 12, 3),
                title="Rapat anggota",
                type="Rapat",
                sector="Ekonomi Produktif",
                funding="Swadaya/Iuran",
                amount=150_000,
            ),
        )
        return Office(database, group.uuid, activity.uuid, other.uuid, uuids, niks)


@pytest.fixture
def office(new_target: Callable[..., str]) -> Iterator[Office]:
    database = open_database(new_target("kantor.db", at_head=True), operator="Penguji")
    yield build_office(database)
    database.dispose()


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page as pypdf extracts it, runs of spaces (justified lines) made one."""
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]
    return [re.sub(r" {2,}", " ", text) for text in pages]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def embedded_fonts(data: bytes) -> dict[str, bool]:
    """Each font the pages use, and whether its font program is inside the file."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return fonts
