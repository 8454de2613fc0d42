"""What the city tells one kelurahan in a feedback file: NIK ganda involving its people and the
records refused in its latest receipts (docs/city.md, "Feedback to the kelurahan")."""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from wksbm_desktop.core.domain.incoming_report import ENTITIES
from wksbm_desktop.core.domain.nik import mask_id_for_file
from wksbm_desktop.core.domain.wilayah import kota_tangerang
from wksbm_desktop.core.models import Member, NikReview, ReceivedReport
from wksbm_desktop.i18n import t

# Item UUIDs are derived from what they say: writing the feedback again gives the same UUIDs,
# so a kelurahan that reads two feedback files gets each notice once.
_NAMESPACE = uuid_module.UUID("6f4f6c1e-5b1a-4d7e-9a53-0d1b2c3e4f50")
NIK_GANDA, REFUSED, NOTE = "nik_ganda", "refused", "note"
# The entities a receipt names (the report's, programme included: a refused aid row names
# its aid); receipts may name an entity in the singular.
_SINGULAR = {key.removesuffix("s"): key for key in ENTITIES}


@dataclass(frozen=True)
class FeedbackItem:
    """One line of a feedback file; becomes one notice at the kelurahan."""

    uuid: str
    kind: str  # NIK_GANDA, REFUSED or NOTE
    entity: str = ""  # a key of ENTITIES; "" for the whole kelurahan
    entity_uuid: str = ""
    name: str = ""  # the record's name, for the person reading the file
    nik: str = ""  # masked
    other: str = ""  # the other kelurahan of a NIK ganda
    decision: str = ""  # the officer's decision, in words
    message: str = ""  # the whole notice, in words


def item_uuid(*parts: object) -> str:
    return str(uuid_module.uuid5(_NAMESPACE, "|".join(str(p) for p in parts)))


def feedback_items(session: Session, kelurahan_code: str) -> list[FeedbackItem]:
    """NIK ganda first (by name), then the refused records of the latest receipts."""
    return nik_ganda_items(session, kelurahan_code) + refused_items(session, kelurahan_code)


def nik_ganda_items(session: Session, kelurahan_code: str) -> list[FeedbackItem]:
    """A live member of the kelurahan whose full NIK a live member of another kelurahan holds."""
    other = aliased(Member)
    query = (
        select(Member.uuid, Member.full_name, Member.nik, other.uuid, other.kelurahan_code)
        .join(
            other,
            and_(
                other.nik == Member.nik,
                other.kelurahan_code != Member.kelurahan_code,
                other.kelurahan_code != "",
                other.archived_at.is_(None),
            ),
        )
        .where(Member.kelurahan_code == kelurahan_code, Member.archived_at.is_(None))
        .where(Member.nik != "", ~Member.nik.contains("*"))
        .order_by(Member.full_name, Member.uuid, other.kelurahan_code)
    )
    found: dict[str, dict[str, Any]] = {}
    for member_uuid, name, nik, other_uuid, other_code in session.execute(query):
        entry = found.setdefault(member_uuid, {"name": name, "nik": nik, "others": {}})
        entry["others"][other_uuid] = other_code
    decisions = _decisions(session, {entry["nik"] for entry in found.values()})
    items = []
    for member_uuid, entry in found.items():
        uuids = ",".join(sorted([member_uuid, *entry["others"]]))
        decision = decisions.get((entry["nik"], uuids))
        items.append(_nik_item(member_uuid, entry, uuids, decision))
    return items


def _decisions(session: Session, niks: set[str]) -> dict[tuple[str, str], NikReview]:
    """The latest decision per NIK and set of members (a new record asks for a new one)."""
    if not niks:
        return {}
    query = select(NikReview).where(NikReview.nik.in_(niks)).order_by(NikReview.decided_at)
    return {(review.nik, review.member_uuids): review for review in session.scalars(query)}


def _nik_item(
    member_uuid: str, entry: dict[str, Any], uuids: str, decision: NikReview | None
) -> FeedbackItem:
    places = [_place(code) for code in dict.fromkeys(entry["others"].values())]
    other = "; ".join(places)
    words = t(f"city_output.feedback.decision.{decision.decision}") if decision else ""
    if decision is not None and decision.note:
        words = f"{words} ({decision.note})"
    sentence = t("city_output.feedback.nik_ganda", other=other)
    sentence += " " + (
        t("city_output.feedback.decided", decision=words)
        if decision
        else t("city_output.feedback.undecided")
    )
    state = decision.decision if decision else ""
    return FeedbackItem(
        item_uuid(NIK_GANDA, uuids, state, decision.note if decision else ""),
        NIK_GANDA, "members", member_uuid, entry["name"], mask_id_for_file(entry["nik"]),
        other, words, sentence,
    )  # fmt: skip


def _place(code: str) -> str:
    kelurahan = kota_tangerang().kelurahan_by_code(code)
    if kelurahan is None:
        return code
    return t("city_output.feedback.place", name=kelurahan.name, kecamatan=kelurahan.kecamatan_name)


def refused_items(session: Session, kelurahan_code: str) -> list[FeedbackItem]:
    """What the latest receipts of the kelurahan refused: the latest received report and any
    receipt after it (a refused file included), or the latest receipt when none was received."""
    query = (
        select(ReceivedReport)
        .where(ReceivedReport.kelurahan_code == kelurahan_code)
        .order_by(ReceivedReport.received_at, ReceivedReport.id)
    )
    receipts = list(session.scalars(query))
    received = [i for i, r in enumerate(receipts) if r.status == "received"]
    latest = receipts[received[-1] :] if received else receipts[-1:]
    items: list[FeedbackItem] = []
    for receipt in latest:
        if receipt.status != "received":
            items.append(_refused_file(receipt))
        items += [_refused_line(receipt, line) for line in _refusal_lines(receipt.receipt)]
    return items


def _refused_file(receipt: ReceivedReport) -> FeedbackItem:
    reason = receipt.message or t("city_output.feedback.no_reason")
    message = t("city_output.feedback.file_refused", file=receipt.file_name, reason=reason)
    return FeedbackItem(item_uuid(REFUSED, receipt.uuid), REFUSED, message=message)


def _refusal_lines(text: str) -> Iterable[dict[str, Any]]:
    """The refusals among a receipt's lines, whatever their shape: objects with a reason (and
    ``kind`` "refused" when they say), or plain sentences. Unreadable JSON gives nothing."""
    try:
        lines = json.loads(text or "[]")
    except ValueError:
        return []
    if not isinstance(lines, list):
        return []
    found = []
    for line in lines:
        if isinstance(line, str) and line.strip():
            found.append({"reason": line.strip()})
        elif (
            isinstance(line, dict)
            and line.get("kind", REFUSED) == REFUSED
            and (line.get("reason") or line.get("uuid"))
        ):
            found.append(line)
    return found


def _refused_line(receipt: ReceivedReport, line: dict[str, Any]) -> FeedbackItem:
    entity = _entity(line.get("entity"))
    uuid = str(line.get("uuid") or "")
    reason = str(line.get("reason") or t("city_output.feedback.no_reason"))
    where = ""
    if line.get("sheet") and line.get("row"):
        where = t("city_output.feedback.where", sheet=line["sheet"], row=line["row"])
    message = t("city_output.feedback.row_refused", file=receipt.file_name, where=where,
                reason=reason)  # fmt: skip
    key = (REFUSED, receipt.uuid, entity, uuid, line.get("sheet"), line.get("row"), reason)
    name = str(line.get("name") or "")
    return FeedbackItem(
        item_uuid(*key), REFUSED, entity if uuid else "", uuid, name, message=message
    )


def _entity(value: object) -> str:
    word = str(value or "").strip().lower()
    if word in ENTITIES:
        return word
    return _SINGULAR.get(word, "")


def note_item(text: str) -> FeedbackItem:
    """A note from Dinas Sosial to the whole kelurahan (a new one each time it is written)."""
    return FeedbackItem(str(uuid_module.uuid4()), NOTE, message=text.strip())
