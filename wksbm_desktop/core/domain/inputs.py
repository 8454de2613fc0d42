"""What a form, an import row or the command line hands to a service: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class OfficeInput:
    kelurahan_code: str | None
    lurah_name: str = ""
    lurah_nip: str = ""
    operator_names: str = ""
    address: str = ""


@dataclass(frozen=True)
class GroupInput:
    name: str
    type: str  # a label of the "group_type" reference list
    sector: str  # a label of the "sector" reference list
    parent_uuid: str | None = None
    rw: str = ""
    rt: str = ""
    address: str = ""
    founded_on: date | None = None
    sk_number: str = ""
    sk_date: date | None = None
    sk_issuer: str = ""
    status: str = "aktif"
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MemberInput:
    nik: str
    full_name: str
    sex: str | None = None  # "L" / "P"; taken from the NIK when empty
    birth_date: date | None = None
    birth_place: str = ""
    kk: str = ""
    address: str = ""
    rt: str = ""
    rw: str = ""
    phone: str = ""
    education: str = ""
    occupation: str = ""
    dtsen_registered: bool = False
    dtsen_decile: int | None = None
    dtsen_as_of: date | None = None
    disability: bool = False
    notes: str = ""


@dataclass(frozen=True)
class ActivityInput:
    group_uuid: str
    held_on: date | None
    title: str
    type: str  # "activity_type" label
    sector: str  # "sector" label
    funding: str  # "funding_source" label
    location: str = ""
    facilitator: str = ""
    amount: int = 0
    participants_count: int = 0
    beneficiaries_count: int = 0
    outcome: str = ""
    attendee_uuids: tuple[str, ...] = ()
