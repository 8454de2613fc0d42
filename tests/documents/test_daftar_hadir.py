"""Daftar hadir: numbered members in the checklist's order, masked NIKs, guests, filled version."""

from __future__ import annotations

import re

import pytest

from tests.documents.conftest import LURAH, NAMES, Office, embedded_fonts, pdf_pages, pdf_text
from wksbm_desktop.core.domain.nik import mask_nik
from wksbm_desktop.core.errors import NotFoundError
from wksbm_desktop.core.queries.forms import current_members
from wksbm_desktop.documents.build import attendance_pdf
from wksbm_desktop.documents.daftar_hadir import GUEST_ROWS, attendance_sheet


def numbered_names(text: str) -> dict[int, str]:
    """ "3 Budi Santoso 003/005 ..." lines of the table: number -> name."""
    found = {}
    for line in text.splitlines():
        match = re.match(r"^(\d+)\s+(.+?)\s+\d{3}/\d{3}", line)
        if match:
            found[int(match.group(1))] = match.group(2)
    return found


def test_members_are_numbered_in_the_checklist_order(office: Office) -> None:
    with office.database.session() as session:
        data = attendance_pdf(session, office.activity_uuid)
        checklist = [c.uuid for c in current_members(session, office.group_uuid)]
    by_uuid = {uuid: name for name, uuid in office.member_uuids.items()}
    printed = numbered_names(pdf_text(data))
    assert printed == {n: by_uuid[uuid] for n, uuid in enumerate(checklist, 1)}
    assert len(printed) == len(NAMES)
    assert printed[1] == "Ani Rahayu"  # sorted by name, not by entry order


def test_sheet_shows_activity_group_date_place_and_masked_nik(office: Office) -> None:
    with office.database.session() as session:
        text = pdf_text(attendance_pdf(session, office.activity_uuid))
    assert "DAFTAR HADIR" in text
    assert "KUBE Melati Sejahtera" in text
    assert "Pelatihan pembukuan usaha" in text
    assert "Rabu, 12 November 2025" in text
    assert "Aula Kelurahan" in text
    assert "KELURAHAN PORIS PLAWAD" in text
    for nik in office.niks.values():
        assert nik not in text
        assert mask_nik(nik) in text
    assert "Tanda tangan" in text
    assert "Ésa Putri" in text  # the embedded font carries Indonesian and accented names


def test_blank_rows_for_guests_follow_the_members(office: Office) -> None:
    with office.database.session() as session:
        text = pdf_text(attendance_pdf(session, office.activity_uuid))
    first_guest, last_guest = len(NAMES) + 1, len(NAMES) + GUEST_ROWS
    assert re.search(rf"^{first_guest}\s+\(tamu\)", text, re.M)
    assert re.search(rf"^{last_guest}\s+\(tamu\)", text, re.M)
    assert not re.search(rf"^{last_guest + 1}\s", text, re.M)


def test_signature_blocks_and_page_numbers(office: Office) -> None:
    with office.database.session() as session:
        pages = pdf_pages(attendance_pdf(session, office.activity_uuid))
    assert "Ketua KUBE Melati Sejahtera" in pages[-1]
    assert "Budi Santoso" in pages[-1]  # the chair signs under the sheet
    assert "Rina Pendamping" in pages[-1]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert LURAH not in pages[-1]


def test_filled_sheet_marks_who_attended(office: Office) -> None:
    with office.database.session() as session:
        text = pdf_text(attendance_pdf(session, office.activity_uuid, filled=True))
    lines = {line.split(" 003/005")[0]: line for line in text.splitlines() if "003/005" in line}
    assert lines["1 Ani Rahayu"].endswith("Hadir")
    assert not lines["2 Budi Santoso"].endswith("Hadir")
    assert "Anggota hadir: 2 dari 6 orang." in text
    assert "Peserta lain (tamu): 2 orang. Jumlah peserta tercatat: 4 orang." in text
    assert not re.search(r"^\d+\s+\(tamu\)", text, re.M)  # no blank guest rows when filled


def test_member_who_left_stays_on_the_filled_sheet_after_the_others(office: Office) -> None:
    from wksbm_desktop.core.services.groups import get_group
    from wksbm_desktop.core.services.members import get_member
    from wksbm_desktop.core.services.memberships import current_membership, end_membership

    with office.database.session() as session:
        member = get_member(session, office.member_uuids["Ani Rahayu"])
        group = get_group(session, office.group_uuid)
        link = current_membership(session, member.id, group.id)
        assert link is not None
        end_membership(session, link.uuid, link.started_on.replace(year=2025, month=12))
    with office.database.session() as session:
        rows = attendance_sheet(session, office.activity_uuid, filled=True).rows
        blank = attendance_sheet(session, office.activity_uuid, filled=False).rows
    assert rows[-1].full_name == "Ani Rahayu" and rows[-1].attended
    assert "Ani Rahayu" not in [r.full_name for r in blank]


def test_font_is_embedded(office: Office) -> None:
    with office.database.session() as session:
        fonts = embedded_fonts(attendance_pdf(session, office.activity_uuid))
    assert fonts and all(fonts.values())
    assert all("DejaVuSans" in name for name in fonts)


def test_unknown_activity_is_a_plain_error(office: Office) -> None:
    with office.database.session() as session, pytest.raises(NotFoundError) as caught:
        attendance_pdf(session, "00000000-0000-0000-0000-000000000000")
    assert "tidak ditemukan" in caught.value.message
