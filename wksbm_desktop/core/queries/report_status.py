"""Status laporan: for one month, which kelurahan of the city have reported and since when not.

Read from the city database (``received_reports`` and ``city_kelurahan``), never from files.
A kelurahan has reported for a month when a received report's period covers the whole month,
or when it sent all its data (whole-data report) after the month ended.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wksbm_desktop.core.models import CityKelurahan, ReceivedReport

WIB = timedelta(hours=7)  # the city's clock: Kota Tangerang keeps Western Indonesia Time


@dataclass(frozen=True)
class LatestReport:
    file_name: str
    period_from: date | None
    period_to: date | None
    whole_data: bool
    generated_at: datetime | None  # UTC
    received_at: datetime  # UTC
    received_by: str


@dataclass(frozen=True)
class KelurahanStatus:
    code: str
    name: str
    kecamatan_code: str
    kecamatan_name: str
    reported: bool
    latest: LatestReport | None
    # The first day of the last month covered before the chosen one (None: none ever).
    last_covered: date | None
    # When a file of this kelurahan was last refused, if after its latest received one (UTC):
    # a file came but did not count, the officer should know why (its receipt says).
    refused_at: datetime | None = None


@dataclass(frozen=True)
class ReportStatus:
    month: date  # the first day of the chosen month
    rows: list[KelurahanStatus]

    @property
    def reported(self) -> int:
        return sum(row.reported for row in self.rows)

    @property
    def total(self) -> int:
        return len(self.rows)


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def previous_month(month: date) -> date:
    return (month.replace(day=1) - timedelta(days=1)).replace(day=1)


def covered_months(report: LatestReport, offset: timedelta = WIB) -> tuple[date, date] | None:
    """The first and last whole month a received report speaks for; None for no month.

    A period report covers each month it spans from first to last day; a whole-data report
    covers every month that had ended when it was generated (at the city's local time).
    """
    if report.whole_data:
        if report.generated_at is None:
            return None
        return date.min, previous_month((report.generated_at + offset).date())
    first = report.period_from or date.min
    last = report.period_to
    if last is None:
        return None
    start = first if first.day == 1 else next_month(first)
    end = month_start(last) if next_month(last) == last + timedelta(days=1) else None
    end = end or previous_month(last)
    return (start, end) if start <= end else None


def report_status(session: Session, month: date, offset: timedelta = WIB) -> ReportStatus:
    """Every kelurahan of the city for ``month`` (any day of it), by kecamatan and name."""
    month = month_start(month)
    reports = _received_by_kelurahan(session)
    refused = _last_refused(session)
    rows = []
    for code, name, kecamatan_code, kecamatan_name in session.execute(
        select(
            CityKelurahan.code,
            CityKelurahan.name,
            CityKelurahan.kecamatan_code,
            CityKelurahan.kecamatan_name,
        ).order_by(func.lower(CityKelurahan.kecamatan_name), func.lower(CityKelurahan.name))
    ):
        received = reports.get(code, [])
        spans = [span for r in received if (span := covered_months(r, offset)) is not None]
        covered = any(start <= month <= end for start, end in spans)
        before = [min(end, previous_month(month)) for start, end in spans if start < month]
        rows.append(
            KelurahanStatus(
                code=code,
                name=name,
                kecamatan_code=kecamatan_code,
                kecamatan_name=kecamatan_name,
                reported=covered,
                latest=received[-1] if received else None,
                last_covered=max(before) if before else None,
                refused_at=_refused_since(refused.get(code), received),
            )
        )
    return ReportStatus(month, rows)


def _received_by_kelurahan(session: Session) -> dict[str, list[LatestReport]]:
    """Received reports per kelurahan, oldest generated first (refused ones say nothing)."""
    query = (
        select(
            ReceivedReport.kelurahan_code,
            ReceivedReport.file_name,
            ReceivedReport.period_from,
            ReceivedReport.period_to,
            ReceivedReport.whole_data,
            ReceivedReport.generated_at,
            ReceivedReport.received_at,
            ReceivedReport.received_by,
        )
        .where(ReceivedReport.status == "received")
        .order_by(ReceivedReport.generated_at, ReceivedReport.received_at, ReceivedReport.id)
    )
    found: dict[str, list[LatestReport]] = defaultdict(list)
    for code, name, start, end, whole, generated, received, by in session.execute(query):
        found[code].append(LatestReport(name, start, end, whole, generated, received, by))
    return found


def _last_refused(session: Session) -> dict[str, datetime]:
    query = (
        select(ReceivedReport.kelurahan_code, func.max(ReceivedReport.received_at))
        .where(ReceivedReport.status == "refused")
        .group_by(ReceivedReport.kelurahan_code)
    )
    return {code: at for code, at in session.execute(query) if at is not None}


def _refused_since(refused_at: datetime | None, received: list[LatestReport]) -> datetime | None:
    if refused_at is None or (received and received[-1].received_at >= refused_at):
        return None
    return refused_at
