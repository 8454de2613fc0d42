"""The city workbook from the city database: per kelurahan its latest received report, the rows
read from the records the city holds instead of from the file (docs/city-workbook.md)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.local_time import local_offset, offset_text
from wksbm_desktop.core.domain.roles import Permission
from wksbm_desktop.core.domain.wilayah import Kelurahan, kota_tangerang
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.core.models import Activity, Group, Member, ReceivedReport
from wksbm_desktop.core.queries.programme_progress import progress_by_kecamatan
from wksbm_desktop.core.services.access import check, requires
from wksbm_desktop.core.services.city import is_city
from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.consolidate.city import (
    CityOptions,
    ConsolidationResult,
    RowSource,
    checked_target,
    write_city,
)
from wksbm_desktop.excel.consolidate.scan import (
    USED,
    CancelCheck,
    Issue,
    KelurahanStatus,
    Progress,
    ReportFile,
    ReportScan,
    mark_other_periods,
)
from wksbm_desktop.excel.reading import values as cell_values
from wksbm_desktop.excel.reading.reader import CellProblem
from wksbm_desktop.excel.reading.report_reader import ReportRow, convert
from wksbm_desktop.excel.report import rows
from wksbm_desktop.excel.report.export import membership_state
from wksbm_desktop.excel.report.meta import row_count_key
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.excel.report.schema import DATA_SHEETS, Column, SheetSpec
from wksbm_desktop.excel.writing.protect import check_password
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in

__all__ = ["consolidate_database", "database_scan"]


@requires(Permission.CONSOLIDATE)
@written_in(DEFAULT_LANGUAGE)  # a document of the programme: always Indonesian
def consolidate_database(
    database: Database,
    out: str | Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    today: date | None = None,
    options: CityOptions | None = None,
) -> ConsolidationResult:
    """Write the city workbook of everything the city database received to ``out``.

    The same sheets and figures as consolidating the received files themselves: each
    kelurahan's latest received report decides the period and figure date, and its rows are
    those the city holds for that kelurahan. Audited in ``database`` like every consolidation.
    Raises WksbmError on a kelurahan database, or when nothing was received yet.
    """
    options = options or CityOptions()
    if options.full_nik:
        check(database, Permission.EXPORT_FULL)
    target = checked_target(Path(out), [])
    if options.password is not None:  # an empty password is too short, not "none"
        check_password(options.password)
    today = today or date.today()
    scan = database_scan(database, today)
    if not scan.used:
        raise WksbmError("city_output.consolidate.nothing")
    sources = _DatabaseRows(database)
    with database.read_session() as session:
        programme = progress_by_kecamatan(session, today)
    return write_city(
        scan, target, sources, options, today, progress, cancelled, database, programme
    )


def database_scan(database: Database, today: date | None = None) -> ReportScan:
    """Every kelurahan of the city with the report whose data the city database holds."""
    today = today or date.today()
    with database.read_session() as session:
        if not is_city(session):
            raise WksbmError("city_output.consolidate.not_city")
        latest = _latest_received(session)
        holding = _codes_with_data(session)
        reports: dict[str, ReportFile] = {}
        for kelurahan in kota_tangerang().kelurahan_list():
            received = latest.get(kelurahan.code)
            if received is not None:
                reports[kelurahan.code] = _received(session, kelurahan, received)
            elif kelurahan.code in holding:
                reports[kelurahan.code] = _without_receipt(session, kelurahan, today)
    board = [KelurahanStatus(k, reports.get(k.code)) for k in kota_tangerang().kelurahan_list()]
    return ReportScan(mark_other_periods(board), [], len(reports))


def _latest_received(session: Session) -> dict[str, ReceivedReport]:
    """Per kelurahan the received report with the latest generated-at (the newest wins, as
    for files; an older one arriving later is refused by receive and is not ``received``)."""
    latest: dict[str, ReceivedReport] = {}
    query = select(ReceivedReport).where(ReceivedReport.status == "received")
    for report in session.scalars(query):
        known = latest.get(report.kelurahan_code)
        if known is None or _rank(report) > _rank(known):
            latest[report.kelurahan_code] = report
    return latest


def _rank(report: ReceivedReport) -> tuple[datetime, datetime, int]:
    return (report.generated_at or datetime.min, report.received_at, report.id)


def _codes_with_data(session: Session) -> set[str]:
    owners = union(
        *(
            select(model.kelurahan_code).where(model.archived_at.is_(None))
            for model in (Group, Member, Activity)
        )
    )
    return {code for code in session.scalars(select(owners.subquery().c[0])) if code}


def _received(session: Session, kelurahan: Kelurahan, received: ReceivedReport) -> ReportFile:
    period = Period(received.period_from, received.period_to)
    generated = _local(received.generated_at)
    as_of = period.figure_date(generated.date() if generated else received.received_at.date())
    meta = _meta(session, kelurahan, period, as_of)
    meta["generated_at"] = generated.isoformat() if generated else ""
    stamp = _local(received.received_at) or received.received_at
    folder = t(
        "city_output.status.folder",
        at=stamp.strftime("%d-%m-%Y %H:%M"),
        by=received.received_by or "-",
    )
    report = ReportFile(
        Path(received.file_name), USED, meta, kelurahan, generated,
        checksum=received.checksum, folder=folder,
    )  # fmt: skip
    return report if generated else report.with_issues(Issue("consolidate.issue.no_date"))


def _without_receipt(session: Session, kelurahan: Kelurahan, today: date) -> ReportFile:
    """Records of a kelurahan the city holds without any received report (brought in another
    way): merged as a whole-data report of today, and said so."""
    meta = _meta(session, kelurahan, Period(), today)
    folder = t("city_output.status.database")
    report = ReportFile(Path(""), USED, meta, kelurahan, None, folder=folder)
    return report.with_issues(Issue("city_output.issue.no_receipt"))


def _meta(session: Session, kelurahan: Kelurahan, period: Period, as_of: date) -> dict[str, str]:
    """What a report's ``_meta`` would say, for the sheets that read it (Status laporan...)."""
    meta = {
        "kelurahan_code": kelurahan.code,
        "kelurahan_name": kelurahan.name,
        "kecamatan_name": kelurahan.kecamatan_name,
        "period_from": period.start.isoformat() if period.start else "",
        "period_to": period.end.isoformat() if period.end else "",
        "as_of": as_of.isoformat(),
        "utc_offset": offset_text(local_offset()),  # stamps are shown on this PC's clock
        # NIKs are as the city holds them; a masked one met while merging is flagged then.
        "nik_masked": "tidak",
    }
    for spec in DATA_SHEETS:
        count = rows.count(session, spec.key, period, as_of, kelurahan.code)
        meta[row_count_key(spec.name)] = str(count)
    return meta


def _local(stamp: datetime | None) -> datetime | None:
    """A naive UTC stamp of the database on this computer's clock (naive, like the files')."""
    if stamp is None:
        return None
    return stamp.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class _DatabaseRows:
    """The rows of each kelurahan's report, one read session per kelurahan."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def open(self, report: ReportFile) -> AbstractContextManager[RowSource]:
        return self._open(report)

    @contextmanager
    def _open(self, report: ReportFile) -> Iterator[RowSource]:
        assert report.kelurahan is not None and report.figure_date is not None
        with self.database.read_session() as session:
            yield KelurahanRows(session, report.kelurahan.code, report.period, report.figure_date)


class KelurahanRows:
    """One kelurahan's records as the rows its report carries: each value as the report
    writes it and the reader reads it back, so the city sheets and figures are the same."""

    def __init__(self, session: Session, code: str, period: Period, as_of: date) -> None:
        self.session, self.code, self.period, self.as_of = session, code, period, as_of
        self.problems: list[CellProblem] = []

    def has_sheet(self, key: str) -> bool:
        return True

    def rows(self, key: str) -> Iterator[ReportRow]:
        spec = next(s for s in DATA_SHEETS if s.key == key)
        source = rows.stream(self.session, key, self.period, self.as_of, self.code)
        for number, row in enumerate(source, start=2):
            yield ReportRow(number, self._values(spec, number, row), spec.name)

    def _values(self, spec: SheetSpec, number: int, row: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for column in spec.columns:
            try:
                values[column.key] = convert(column, self._cell(column, row))
            except cell_values.CellValueError as error:
                values[column.key] = None
                problem = CellProblem(spec.name, number, "", column.header, error.key)
                problem.params.update(error.params)
                self.problems.append(problem)
        return values

    def _cell(self, column: Column, row: dict[str, Any]) -> Any:
        if column.key == "state":
            return membership_state(row.get("started_on"), row.get("ended_on"), self.as_of)
        value = row.get(column.key)
        # The report writes stamps to the second; the reader rounds to the second written.
        return value.replace(microsecond=0) if isinstance(value, datetime) else value
