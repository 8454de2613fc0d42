"""First pass of the city consolidation: who sent which report, which file counts, what is wrong."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wksbm_desktop.core.domain.wilayah import Kelurahan, canonical_kelurahan_code, kota_tangerang
from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.excel.reading.reader import WorkbookProblem, iter_values, open_workbook
from wksbm_desktop.excel.reading.report_reader import ReportReader
from wksbm_desktop.excel.reading.report_sources import require_report_area
from wksbm_desktop.excel.report.export import period_text
from wksbm_desktop.excel.report.meta import read_meta, row_count_key
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.excel.report.schema import DATA_SHEETS, META_SHEET, SHEETS_BY_KEY
from wksbm_desktop.excel.report.sealed_nik import META_KEY_ID, META_SEALED, YES
from wksbm_desktop.i18n import t

if TYPE_CHECKING:
    from wksbm_desktop.excel.consolidate.unsealing import CityKey

_log = logging.getLogger(__name__)

CITY_FORMAT_NAME = "wksbm-rekap-kota"
CITY_FORMAT_VERSION = 1

USED, OLDER, UNREADABLE, OUTSIDE, MISSING = "used", "older", "unreadable", "outside", "missing"
# The remarks that say a report's NIKs stay masked here, so NIK ganda skips it.
MASKED_ISSUES = frozenset(
    {
        "consolidate.issue.masked",
        "consolidate.issue.sealed_no_key",
        "consolidate.issue.sealed_other_key",
        "consolidate.issue.seal_refused",
    }
)
COUNT_SHEETS = ("groups", "members", "memberships", "activities")

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class Issue:
    """A problem or remark about one file; ``message`` is the Indonesian sentence."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return t(self.key, **dict(self.params))


@dataclass(frozen=True)
class ReportFile:
    """One input file as the consolidation sees it (``meta`` is empty when it was unreadable)."""

    path: Path
    state: str
    meta: Mapping[str, str] = field(default_factory=dict)
    kelurahan: Kelurahan | None = None
    generated_at: datetime | None = None
    issues: tuple[Issue, ...] = ()
    # A report received into the city database (from_database.py) is no file on this PC:
    # its checksum and where it came from are those the city recorded when receiving it.
    checksum: str = ""
    folder: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def period(self) -> Period:
        return Period(
            _iso_date(self.meta.get("period_from")), _iso_date(self.meta.get("period_to"))
        )

    @property
    def figure_date(self) -> date | None:
        """The day the report's state figures describe (core/domain/period.py): the ``as_of`` it
        states, else its period's end, else the day it was made; None when unknown."""
        stated = _iso_date(self.meta.get("as_of")) or self.period.end
        if stated is None and self.generated_at is not None:
            return self.generated_at.date()
        return stated

    @property
    def period_text(self) -> str:
        return period_text(self.period) if self.meta else ""

    @property
    def nik_masked(self) -> bool:
        return self.meta.get("nik_masked", "ya") != "tidak"

    def count(self, key: str) -> int:
        """Rows of a data sheet as the file's ``_meta`` declares them (0 when unknown)."""
        raw = self.meta.get(row_count_key(SHEETS_BY_KEY[key].name), "")
        return int(raw) if raw.isdigit() else 0

    def with_issues(self, *issues: Issue, state: str | None = None) -> ReportFile:
        return replace(self, issues=self.issues + issues, state=state or self.state)


@dataclass(frozen=True)
class KelurahanStatus:
    """One of the 104 kelurahan on the Dinas Sosial board: its report (if any) and older copies."""

    kelurahan: Kelurahan
    report: ReportFile | None = None
    older: tuple[ReportFile, ...] = ()

    @property
    def reported(self) -> bool:
        return self.report is not None

    @property
    def generated_at(self) -> datetime | None:
        return self.report.generated_at if self.report else None

    @property
    def period_text(self) -> str:
        return self.report.period_text if self.report else ""

    @property
    def counts(self) -> dict[str, int]:
        return {key: self.report.count(key) if self.report else 0 for key in COUNT_SHEETS}

    @property
    def problems(self) -> list[str]:
        """Sentences for the board: the used report's issues, then one per older copy ignored."""
        own = [issue.message for issue in self.report.issues] if self.report else []
        return own + [f"{old.name}: {issue.message}" for old in self.older for issue in old.issues]


@dataclass(frozen=True)
class ReportScan:
    """Every kelurahan of the city in code order, and the files that belong to none of them."""

    board: list[KelurahanStatus]
    rejected: list[ReportFile]
    files: int

    @property
    def used(self) -> list[ReportFile]:
        return [status.report for status in self.board if status.report is not None]

    @property
    def older_count(self) -> int:
        return sum(len(status.older) for status in self.board)

    def common_period(self) -> Period | None:
        """The period shared by every used report, or None when they differ."""
        periods = {report.period for report in self.used}
        return periods.pop() if len(periods) == 1 else None


def report_board(files: Iterable[str | Path]) -> list[KelurahanStatus]:
    """Who has reported, when, for which period, with how many records and problems (all 104)."""
    return scan_reports(files).board


def scan_reports(
    files: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    city_key: CityKey | None = None,
) -> ReportScan:
    """Read the ``_meta`` and headings of every file and pick the newest report per kelurahan.

    With the city's key, a masked report whose NIKs are sealed for it is not called masked:
    the consolidation opens its seal (unsealing.py)."""
    paths = _unique_paths(files)
    inspected: list[ReportFile] = []
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            raise WksbmError("consolidate.cancelled")
        inspected.append(inspect_file(path, city_key))
        if progress is not None:
            progress(done + 1, len(paths))
    rejected = [f for f in inspected if f.kelurahan is None]
    board = _board(f for f in inspected if f.kelurahan is not None)
    return ReportScan(mark_other_periods(board), rejected, len(paths))


def _unique_paths(files: Iterable[str | Path]) -> list[Path]:
    """The same file named twice (e.g. by a shell pattern and by name) is read once."""
    seen: set[Path] = set()
    result = []
    for item in files:
        path = Path(item)
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            result.append(path)
    return result


def _masked_issue(meta: Mapping[str, str], city_key: CityKey | None) -> Issue | None:
    """Why a masked report's NIK ganda cannot be checked here, and what to do; None when the
    city's key opens its sealed NIKs (unsealing.py)."""
    if city_key is not None and city_key.opens(meta):
        return None
    if meta.get(META_SEALED, "").strip().lower() != YES:
        return Issue("consolidate.issue.masked")
    if city_key is None:  # sealed for Dinas Sosial: its own database opens it
        return Issue("consolidate.issue.sealed_no_key")
    return Issue(
        "consolidate.issue.sealed_other_key",
        {"theirs": meta.get(META_KEY_ID, "") or "-", "ours": city_key.key_id},
    )


def inspect_file(path: Path, city_key: CityKey | None = None) -> ReportFile:
    """What one file is: a usable report of a kelurahan of the city, or why not."""
    try:
        meta = _read_checked_meta(path)
    except WorkbookProblem as problem:
        return ReportFile(path, UNREADABLE, issues=(Issue(problem.key, problem.params),))
    except Exception:  # one hostile or damaged file must not stop the other 103
        _log.warning("unreadable report %s", path, exc_info=True)
        return ReportFile(
            path, UNREADABLE, issues=(Issue("excel.read.damaged", {"name": path.name}),)
        )
    generated = _iso_datetime(meta.get("generated_at"))
    code = canonical_kelurahan_code(meta.get("kelurahan_code", "")) or ""
    kelurahan = kota_tangerang().kelurahan_by_code(code) if code else None
    report = ReportFile(path, USED, meta, kelurahan, generated)
    if kelurahan is None:
        name = meta.get("kelurahan_name") or "-"
        issue = Issue(
            "consolidate.issue.outside", {"code": meta.get("kelurahan_code") or "-", "name": name}
        )
        return report.with_issues(issue, state=OUTSIDE)
    issues = []
    if generated is None:
        issues.append(Issue("consolidate.issue.no_date"))
    masked = _masked_issue(meta, city_key) if report.nik_masked else None
    if masked is not None:
        issues.append(masked)
    return report.with_issues(*issues)


def _read_checked_meta(path: Path) -> dict[str, str]:
    """The report's ``_meta`` after the reader's own checks, and every data sheet's headings."""
    with open_workbook(path) as workbook:
        try:
            reader = ReportReader(path, workbook)
        except WorkbookProblem as problem:
            if _is_city_workbook(workbook):
                raise WorkbookProblem(
                    "consolidate.issue.city_workbook", name=path.name
                ) from problem
            raise
        for spec in DATA_SHEETS:
            # Reading the first row checks the headings, so a bad file is refused before any merge.
            next(reader.rows(spec.key), None)
        # A cell far outside the tables (XFD499999) would make the merge's calamine reader
        # allocate hundreds of GB: such a report is unusable, the other reports are merged.
        require_report_area(path)
        return dict(reader.meta)


def _is_city_workbook(workbook: Any) -> bool:
    if META_SHEET not in workbook.sheetnames:
        return False
    meta = read_meta(row for _, row in iter_values(workbook[META_SHEET], META_SHEET))
    return meta.get("format") == CITY_FORMAT_NAME


def _board(reports: Iterable[ReportFile]) -> list[KelurahanStatus]:
    by_code: dict[str, list[tuple[int, ReportFile]]] = {}
    for order, report in enumerate(reports):
        assert report.kelurahan is not None
        by_code.setdefault(report.kelurahan.code, []).append((order, report))
    board = []
    for kelurahan in kota_tangerang().kelurahan_list():
        candidates = by_code.get(kelurahan.code, [])
        board.append(_newest_wins(kelurahan, candidates))
    return board


def _newest_wins(kelurahan: Kelurahan, candidates: list[tuple[int, ReportFile]]) -> KelurahanStatus:
    """The newest report by generated-at counts; on a tie the file named last on the list."""
    if not candidates:
        return KelurahanStatus(kelurahan)
    ranked = sorted(candidates, key=lambda pair: (pair[1].generated_at or datetime.min, pair[0]))
    newest = ranked[-1][1]
    at = newest.generated_at.strftime("%d-%m-%Y %H:%M") if newest.generated_at else "-"
    issue = Issue("consolidate.issue.older", {"newer": newest.name, "at": at})
    older = tuple(r.with_issues(issue, state=OLDER) for _, r in reversed(ranked[:-1]))
    return KelurahanStatus(kelurahan, newest, older)


def mark_other_periods(board: list[KelurahanStatus]) -> list[KelurahanStatus]:
    """Flag reports whose period differs from the one most reports share."""
    periods = Counter(s.report.period for s in board if s.report is not None)
    if len(periods) < 2:
        return board
    common = periods.most_common(1)[0][0]
    issue = Issue("consolidate.issue.other_period", {"period": period_text(common)})
    return [
        replace(s, report=s.report.with_issues(issue))
        if s.report is not None and s.report.period != common
        else s
        for s in board
    ]


def _iso_datetime(text: str | None) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(text.strip()) if text else None
    except ValueError:
        return None
    if stamp is not None and stamp.tzinfo is not None:
        # Naive local time, so stamps with and without a zone can be compared.
        stamp = stamp.astimezone().replace(tzinfo=None)
    return stamp


def _iso_date(text: str | None) -> date | None:
    stamp = _iso_datetime(text)
    return stamp.date() if stamp else None
