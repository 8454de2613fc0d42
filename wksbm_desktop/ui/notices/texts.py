"""How a notice reads on screen: its kind, its record and its dates, in the interface language."""

from __future__ import annotations

from datetime import UTC, datetime

from wksbm_desktop.core.queries.notices import NoticeRow
from wksbm_desktop.i18n import t


def local_text(stamp: datetime | None) -> str:
    """A stored UTC stamp on this computer's clock."""
    if stamp is None:
        return ""
    return stamp.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H.%M")


def kind_text(row: NoticeRow) -> str:
    return t(f"city_output.notice.kind.{row.kind}") if row.kind else ""


def record_text(row: NoticeRow) -> str:
    if not row.entity_uuid:
        return t("city_output.notice.office")
    entity = t(f"city_output.notice.entity.{row.entity}") if row.entity else ""
    name = row.record_name or t("city_output.notice.record_gone")
    return f"{entity}: {name}" if entity else name


def state_text(row: NoticeRow) -> str:
    return t("city_output.notice.unread") if row.unread else t("city_output.notice.read")
