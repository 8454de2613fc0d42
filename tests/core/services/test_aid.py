"""Aid, its disbursements and its LPJ: the rules of each, the history, archive and restore."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.programme_inputs import (
    AidInput,
    AidReportInput,
    DisbursementInput,
)
from wksbm_desktop.core.errors import ConflictError, NotFoundError, ValidationFailed
from wksbm_desktop.core.models import Aid, AuditEntry, Group
from wksbm_desktop.core.services import aid_reports, disbursements
from wksbm_desktop.core.services.aid import (
    archive_aid,
    create_aid,
    disbursed_total,
    get_aid,
    restore_aid,
    update_aid,
)
from wksbm_desktop.core.services.groups import archive_group, create_group
from wksbm_desktop.core.storage.db import Database

APPROVED = 20_000_000


def aid_input(group: Group, **changes: Any) -> AidInput:
    values: dict[str, Any] = {
        "group_uuid": group.uuid, "proposed_on": date(2025, 1, 10),
        "purpose": "Modal usaha keripik singkong", "amount_requested": 25_000_000,
        "decision": "disetujui", "decided_on": date(2025, 2, 3),
        "amount_approved": APPROVED, "source": "Kemensos/APBN",
    }  # fmt: skip
    values.update(changes)
    return AidInput(**values)


def pending(group: Group, **changes: Any) -> AidInput:
    values: dict[str, Any] = {"decision": "menunggu", "decided_on": None, "amount_approved": 0,
                              "source": ""}  # fmt: skip
    return aid_input(group, **(values | changes))


def money(aid: Aid, amount: int, **changes: Any) -> DisbursementInput:
    values: dict[str, Any] = {"aid_uuid": aid.uuid, "disbursed_on": date(2025, 3, 1),
                              "amount": amount}  # fmt: skip
    return DisbursementInput(**(values | changes))


def lpj(aid: Aid, **changes: Any) -> AidReportInput:
    values: dict[str, Any] = {"aid_uuid": aid.uuid, "due_on": date(2025, 9, 30)}
    return AidReportInput(**(values | changes))


def errors_of(call: Any) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.by_field()


def history(session: Session, uuid: str) -> list[tuple[str, dict[str, Any]]]:
    query = select(AuditEntry).where(AuditEntry.entity_uuid == uuid).order_by(AuditEntry.id)
    return [(entry.action, json.loads(entry.changes)) for entry in session.scalars(query)]


@pytest.fixture
def approved(session: Session, group: Group) -> Aid:
    return create_aid(session, aid_input(group))


# --- the aid itself ---------------------------------------------------------------------------


def test_an_approved_aid_is_recorded_with_its_source_and_history(
    session: Session, approved: Aid
) -> None:
    assert approved.source is not None and approved.source.label == "Kemensos/APBN"
    assert approved.kelurahan_code == "36.71.05.1008"
    [(action, changes)] = history(session, approved.uuid)
    assert action == "create"
    assert changes["amount_approved"] == [None, APPROVED]
    assert changes["decided_on"] == [None, "2025-02-03"]


def test_a_pending_proposal_has_no_decision_yet(session: Session, group: Group) -> None:
    aid = create_aid(session, pending(group))
    assert (aid.decision, aid.decided_on, aid.source_id) == ("menunggu", None, None)
    errors = errors_of(lambda: create_aid(session, pending(group, decided_on=date(2025, 2, 1),
                                                          amount_approved=5)))  # fmt: skip
    assert set(errors) == {"decided_on", "amount_approved"}
    assert "hanya diisi bila bantuan sudah diputuskan" in errors["decided_on"]


def test_a_pending_proposal_may_name_the_source_it_went_to(session: Session, group: Group) -> None:
    aid = create_aid(session, pending(group, source="baznas"))
    assert aid.source is not None and aid.source.label == "Baznas"


def test_required_fields_and_plain_messages(session: Session) -> None:
    data = AidInput(group_uuid="", proposed_on=None, purpose=" ", amount_requested=-1,
                    decision="disetujui", amount_approved=0)  # fmt: skip
    errors = errors_of(lambda: create_aid(session, data))
    assert set(errors) == {
        "group_uuid", "proposed_on", "purpose", "amount_requested", "decided_on",
        "amount_approved", "source",
    }  # fmt: skip
    assert errors["amount_requested"] == "Jumlah yang diusulkan tidak boleh kurang dari nol."
    assert errors["source"] == "Sumber bantuan wajib diisi."
    assert "lebih dari nol" in errors["amount_approved"]


def test_amounts_are_whole_rupiah_and_not_absurd(session: Session, group: Group) -> None:
    data = aid_input(group, amount_requested=1.5, amount_approved=10**13)
    errors = errors_of(lambda: create_aid(session, data))
    assert "tanpa sen" in errors["amount_requested"]
    assert "terlalu besar" in errors["amount_approved"]


def test_decision_dates_are_sane(session: Session, group: Group) -> None:
    future = date.today() + timedelta(days=3)
    errors = errors_of(lambda: create_aid(session, aid_input(group, decided_on=date(2025, 1, 2))))
    assert errors == {"decided_on": "Tanggal keputusan tidak boleh sebelum tanggal usulan."}
    errors = errors_of(lambda: create_aid(session, aid_input(group, proposed_on=future)))
    assert "masa depan" in errors["proposed_on"]


def test_a_refusal_has_no_amount(session: Session, group: Group) -> None:
    refused = create_aid(session, aid_input(group, decision="ditolak", amount_approved=0))
    assert refused.decision == "ditolak"
    errors = errors_of(lambda: create_aid(session, aid_input(group, decision="ditolak")))
    assert set(errors) == {"amount_approved"}
    errors = errors_of(lambda: create_aid(session, aid_input(group, decision="mungkin")))
    assert "decision" in errors


def test_an_unknown_source_lists_the_choices(session: Session, group: Group) -> None:
    errors = errors_of(lambda: create_aid(session, aid_input(group, source="Bank Dunia")))
    assert "APBD Kota" in errors["source"] and "Baznas" in errors["source"]


def test_an_archived_group_takes_no_new_aid(session: Session, group: Group) -> None:
    archive_group(session, group.uuid)
    errors = errors_of(lambda: create_aid(session, aid_input(group)))
    assert errors == {"group_uuid": "Pilih kelompok yang masih aktif (tidak diarsipkan)."}


def test_update_records_what_changed(session: Session, group: Group, approved: Aid) -> None:
    update_aid(session, approved.uuid, aid_input(group, amount_approved=18_000_000, notes="Revisi"))
    action, changes = history(session, approved.uuid)[-1]
    assert action == "update"
    assert changes == {"amount_approved": [APPROVED, 18_000_000], "notes": ["", "Revisi"]}
    assert approved.version == 2


def test_update_refuses_a_stale_version(database: Database, make: Any) -> None:
    with database.session() as session:
        group = create_group(session, make.group())
        uuid = create_aid(session, aid_input(group)).uuid
    with database.session(operator="Rina") as session:
        update_aid(session, uuid, aid_input(group, purpose="Modal usaha"), expected_version=1)
    with pytest.raises(ConflictError) as caught, database.session() as session:
        update_aid(session, uuid, aid_input(group, notes="x"), expected_version=1)
    assert "Rina" in caught.value.message


def test_archive_and_restore_are_recorded(session: Session, approved: Aid) -> None:
    archive_aid(session, approved.uuid)
    assert get_aid(session, approved.uuid).archived_at is not None
    restore_aid(session, approved.uuid)
    assert [action for action, _ in history(session, approved.uuid)] == [
        "create", "archive", "restore",
    ]  # fmt: skip


def test_an_unknown_aid_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError) as caught:
        get_aid(session, "00000000-0000-4000-8000-000000000000")
    assert "bantuan" in caught.value.message


# --- disbursements ----------------------------------------------------------------------------


def test_disbursements_add_up_to_at_most_the_approval(session: Session, approved: Aid) -> None:
    first = disbursements.add_disbursement(session, money(approved, 12_000_000))
    disbursements.add_disbursement(
        session, money(approved, 5_000_000, form="barang", goods="Mesin penggiling",
                       disbursed_on=date(2025, 4, 2))
    )  # fmt: skip
    assert disbursed_total(session, approved.id) == 17_000_000
    errors = errors_of(lambda: disbursements.add_disbursement(session, money(approved, 4_000_000)))
    assert errors["amount"] == (
        "Jumlah penyaluran melebihi bantuan yang disetujui: disetujui Rp 20.000.000, sudah "
        "disalurkan Rp 17.000.000, sisa yang masih bisa disalurkan Rp 3.000.000."
    )
    disbursements.update_disbursement(session, first.uuid, money(approved, 15_000_000))
    assert disbursed_total(session, approved.id) == 20_000_000
    assert history(session, first.uuid)[-1][1] == {"amount": [12_000_000, 15_000_000]}


def test_a_disbursement_needs_its_form_date_and_an_amount(session: Session, approved: Aid) -> None:
    data = money(approved, 0, form="barang", disbursed_on=date(2025, 1, 5))
    errors = errors_of(lambda: disbursements.add_disbursement(session, data))
    assert set(errors) == {"amount", "goods", "disbursed_on"}
    assert "sebelum tanggal keputusan bantuan (03-02-2025)" in errors["disbursed_on"]
    errors = errors_of(lambda: disbursements.add_disbursement(session, money(approved, -1)))
    assert errors == {"amount": "Jumlah/nilai penyaluran tidak boleh kurang dari nol."}


def test_only_approved_aid_is_disbursed(session: Session, group: Group) -> None:
    proposal = create_aid(session, pending(group))
    errors = errors_of(lambda: disbursements.add_disbursement(session, money(proposal, 1_000)))
    assert "hanya bisa dicatat untuk bantuan yang disetujui" in errors["aid_uuid"]


def test_an_archived_disbursement_leaves_the_total_and_comes_back_only_if_it_fits(
    session: Session, approved: Aid
) -> None:
    first = disbursements.add_disbursement(session, money(approved, 15_000_000))
    disbursements.archive_disbursement(session, first.uuid)
    assert disbursed_total(session, approved.id) == 0
    disbursements.add_disbursement(session, money(approved, 10_000_000))
    errors = errors_of(lambda: disbursements.restore_disbursement(session, first.uuid))
    assert "sisa yang masih bisa disalurkan Rp 10.000.000" in errors["amount"]
    disbursements.update_disbursement(
        session, first.uuid, money(approved, 10_000_000, notes="Tahap 2")
    )
    disbursements.restore_disbursement(session, first.uuid)
    assert disbursed_total(session, approved.id) == 20_000_000


def test_the_decision_cannot_strand_its_disbursements(
    session: Session, group: Group, approved: Aid
) -> None:
    disbursements.add_disbursement(session, money(approved, 15_000_000))
    below = aid_input(group, amount_approved=10_000_000)
    errors = errors_of(lambda: update_aid(session, approved.uuid, below))
    assert errors == {
        "amount_approved": (
            "Jumlah yang disetujui tidak boleh kurang dari yang sudah disalurkan (Rp 15.000.000)."
        )
    }
    undecided = pending(group)
    errors = errors_of(lambda: update_aid(session, approved.uuid, undecided))
    assert "harus tetap Disetujui" in errors["decision"]
    later = aid_input(group, decided_on=date(2025, 3, 15))
    errors = errors_of(lambda: update_aid(session, approved.uuid, later))
    assert errors["decided_on"].endswith("(01-03-2025).")
    assert get_aid(session, approved.uuid).amount_approved == APPROVED


# --- LPJ --------------------------------------------------------------------------------------


def test_an_lpj_is_owed_then_handed_in_then_accepted(session: Session, approved: Aid) -> None:
    report = aid_reports.add_report(session, lpj(approved))
    assert (report.status, report.submitted_on) == ("belum", None)
    aid_reports.update_report(
        session, report.uuid, lpj(approved, status="diserahkan", submitted_on=date(2025, 9, 1))
    )
    aid_reports.update_report(
        session, report.uuid,
        lpj(approved, status="diterima", submitted_on=date(2025, 9, 1), remarks="Lengkap"),
    )  # fmt: skip
    assert [changes for _, changes in history(session, report.uuid)][1:] == [
        {"status": ["belum", "diserahkan"], "submitted_on": [None, "2025-09-01"]},
        {"status": ["diserahkan", "diterima"], "remarks": ["", "Lengkap"]},
    ]


def test_lpj_dates_follow_the_decision(session: Session, approved: Aid) -> None:
    data = lpj(approved, due_on=date(2025, 1, 31), status="diserahkan",
               submitted_on=date(2025, 1, 20))  # fmt: skip
    errors = errors_of(lambda: aid_reports.add_report(session, data))
    assert errors == {
        "due_on": "Batas waktu LPJ tidak boleh sebelum tanggal keputusan bantuan (03-02-2025).",
        "submitted_on": (
            "Tanggal LPJ diserahkan tidak boleh sebelum tanggal keputusan bantuan (03-02-2025)."
        ),
    }


def test_lpj_status_and_submitted_date_agree(session: Session, approved: Aid) -> None:
    errors = errors_of(
        lambda: aid_reports.add_report(session, lpj(approved, submitted_on=date(2025, 5, 1)))
    )
    assert "ubah statusnya menjadi Diserahkan" in errors["submitted_on"]
    errors = errors_of(lambda: aid_reports.add_report(session, lpj(approved, status="diterima")))
    assert errors == {"submitted_on": "Tanggal LPJ diserahkan wajib diisi."}
    errors = errors_of(lambda: aid_reports.add_report(session, lpj(approved, due_on=None)))
    assert errors == {"due_on": "Batas waktu LPJ wajib diisi."}


def test_an_lpj_belongs_to_approved_aid(session: Session, group: Group) -> None:
    proposal = create_aid(session, pending(group))
    errors = errors_of(lambda: aid_reports.add_report(session, lpj(proposal)))
    assert set(errors) == {"aid_uuid"}


def test_an_lpj_is_archived_and_restored(session: Session, approved: Aid) -> None:
    report = aid_reports.add_report(session, lpj(approved))
    aid_reports.archive_report(session, report.uuid)
    assert report.archived_at is not None
    aid_reports.restore_report(session, report.uuid)
    assert report.archived_at is None


def test_the_decision_cannot_come_after_an_lpj_was_handed_in(
    session: Session, group: Group, approved: Aid
) -> None:
    aid_reports.add_report(
        session, lpj(approved, status="diserahkan", submitted_on=date(2025, 2, 10))
    )
    errors = errors_of(
        lambda: update_aid(session, approved.uuid, aid_input(group, decided_on=date(2025, 2, 20)))
    )
    assert errors["decided_on"].endswith("(10-02-2025).")
