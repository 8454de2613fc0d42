"""One row of the Anggota list, in a module of its own: the start-up page
(core/storage/quick_read.py)
builds these before SQLAlchemy is imported, and the list queries build the rest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date


@dataclass(frozen=True)
class MemberRow:
    uuid: str
    full_name: str
    nik: str
    kk: str
    sex: str
    birth_date: date | None
    rt: str
    rw: str
    phone: str
    version: int
    # Current groups, "Bank Sampah Melati, KUBE Mawar"; by keyword, after the selected columns.
    groups: str = field(default="", kw_only=True)
    # The owning kelurahan's names: filled on a city installation, blank otherwise.
    kecamatan: str = field(default="", kw_only=True)
    kelurahan: str = field(default="", kw_only=True)

    def with_ids(self, shown: Callable[[str], str]) -> MemberRow:
        """The row with NIK and No. KK as the reader may see them (``roles.id_on_screen``)."""
        return replace(self, nik=shown(self.nik), kk=shown(self.kk))
