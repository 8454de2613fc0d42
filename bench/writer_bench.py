"""Issue 14's writer question: the report's data-sheet cells written three ways, same input.

- ``app``: the application's own writer (``excel.data_sheet.DataSheet`` on XlsxWriter in
  constant-memory mode), fed the rows exactly as ``export_report`` hands them over;
- ``xlsxwriter``: bare XlsxWriter constant-memory writing the finished cells (text, numbers,
  dates as serial numbers) with the same formats, one call per cell and nothing else;
- ``native``: rustpy-xlsxwriter (Python over the Rust rust_xlsxwriter) writing the same finished
  cells, one dict per row as its API wants, with the same per-column formats.

The finished cells come from the application's own cell writers (``data_sheet.column_writer``)
run against a recorder, so all three write the same values with the same formats; the time that
conversion takes (labels for codes, Ya/Tidak, text clean-up, date serials) is measured apart as
``prepare``. SQL is read once, before any timing. Only the data sheets are written (no Rekap, no
``_meta``): the issue compares the writers on those cells.
"""

from __future__ import annotations

import importlib.util
import pickle
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wksbm_desktop.excel.report.schema import DATA_SHEETS, Column, SheetSpec
from wksbm_desktop.excel.writing.xlsx_out import Props, Styled, style

NATIVE_MODULE = "rustpy_xlsxwriter"
NATIVE_PACKAGE = "rustpy-xlsxwriter"
SIDES = ("app", "xlsxwriter", "native")


def native_available() -> bool:
    return importlib.util.find_spec(NATIVE_MODULE) is not None


def native_version() -> str:
    from importlib.metadata import version

    return version(NATIVE_PACKAGE)


@dataclass
class SheetRows:
    """One data sheet's rows, each a list of values in column order, as the export appends them."""

    key: str
    rows: list[list[Any]]


@dataclass
class Prepared:
    """One data sheet's finished cells: a value (str, int, float) where the cell has its column's
    usual format, a :class:`Styled` where it has another (a guarded formula-like text, a number
    column's stray text), None where the cell stays empty."""

    key: str
    formats: list[Props]  # each column's usual format
    rows: list[list[Any]]
    widths: list[float] = field(default_factory=list)

    @property
    def spec(self) -> SheetSpec:
        return _spec(self.key)


def _spec(key: str) -> SheetSpec:
    return next(s for s in DATA_SHEETS if s.key == key)


# ---------------------------------------------------------------------------------------------
# Input: SQL rows as the export sees them, and the finished cells
# ---------------------------------------------------------------------------------------------


def read_rows(database: Any, masked: bool = True) -> list[SheetRows]:
    """Every data sheet's rows from ``rows.stream``, through the export's own column getters."""
    from wksbm_desktop.excel.report import rows
    from wksbm_desktop.excel.report.export import _getter  # the export's masking and state column
    from wksbm_desktop.excel.report.rows import Period

    sheets = []
    with database.read_session() as session:
        for spec in DATA_SHEETS:
            getters = [_getter(c.key, masked) for c in spec.columns]
            source = rows.stream(session, spec.key, Period())
            sheets.append(SheetRows(spec.key, [[get(row) for get in getters] for row in source]))
    return sheets


class _Recorder:
    """Stands in for an xlsx_out.Sheet: the app's cell writers write into ``cells`` instead."""

    def __init__(self) -> None:
        self.book = self
        self.ws = self
        self.cells: dict[int, tuple[Any, Props]] = {}

    def kind(self, kind: str, **extra: Any) -> Props:
        return style(kind, **extra)

    def write_string(self, row: int, column: int, value: str, props: Props | None = None) -> None:
        self.cells[column] = (value, props or ())

    def write_number(self, row: int, column: int, value: float, props: Props | None = None) -> None:
        self.cells[column] = (value, props or ())


def usual_format(column: Column) -> Props:
    """The format most cells of a column get from the app's writers (data_sheet.column_writer)."""
    if column.kind in ("date", "datetime", "money", "int", "id", "uuid"):
        return style(column.kind)
    return ()  # text, code labels, Ya/Tidak


def prepare(sheet: SheetRows) -> Prepared:
    """The finished cells of a sheet, made by the application's own per-column cell writers."""
    from wksbm_desktop.excel.writing import styles
    from wksbm_desktop.excel.writing.data_sheet import WIDTH_SAMPLE, column_writer, sample_text

    spec = _spec(sheet.key)
    recorder = _Recorder()
    writers = [column_writer(recorder, c) for c in spec.columns]  # type: ignore[arg-type]
    formats = [usual_format(c) for c in spec.columns]
    width = len(spec.columns)
    prepared: list[list[Any]] = []
    for values in sheet.rows:
        recorder.cells.clear()
        for index, (writer, value) in enumerate(zip(writers, values, strict=False)):
            if value is not None:
                writer(0, index, value)
        cells: list[Any] = [None] * width
        for index, (value, props) in recorder.cells.items():
            cells[index] = value if props == formats[index] else Styled(value, props)
        prepared.append(cells)
    sample = sheet.rows[:WIDTH_SAMPLE]
    widths = [
        styles.fitted_width(c.header, c.kind, [sample_text(c, r[i]) for r in sample], c.width)
        for i, c in enumerate(spec.columns)
    ]
    return Prepared(sheet.key, formats, prepared, widths)


def dump(value: Any, path: Path) -> None:
    with path.open("wb") as out:
        pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)


def load(path: Path) -> Any:
    with path.open("rb") as source:
        return pickle.load(source)  # the bench's own file, from dump()


def cell_count(sheets: Sequence[Prepared]) -> int:
    return sum(1 for s in sheets for row in s.rows for cell in row if cell is not None)


def odd_cells(sheets: Sequence[Prepared]) -> int:
    """Cells whose format differs from their column's (the native writer cannot give them one)."""
    return sum(1 for s in sheets for row in s.rows for cell in row if isinstance(cell, Styled))


# ---------------------------------------------------------------------------------------------
# The three writers
# ---------------------------------------------------------------------------------------------


def write_app(sheets: Sequence[SheetRows], path: Path) -> None:
    """The export's data sheets through the application's DataSheet, as export._write_sheet."""
    from wksbm_desktop.excel.report.export import printed_columns
    from wksbm_desktop.excel.writing.data_sheet import DataSheet, parts_for
    from wksbm_desktop.excel.writing.xlsx_out import Book

    book = Book(path)
    for sheet in sheets:
        spec = _spec(sheet.key)
        out = DataSheet(
            book, spec.name, spec.columns, parts_for(len(sheet.rows)), printed_columns(spec)
        )
        append = out.append
        for values in sheet.rows:
            append(values)
        out.finish()
    book.close()


def write_xlsxwriter(sheets: Sequence[Prepared], path: Path) -> None:
    """Bare XlsxWriter constant-memory: one write_string/write_number per finished cell."""
    from wksbm_desktop.excel.report.export import printed_columns
    from wksbm_desktop.excel.writing.xlsx_out import Book

    book = Book(path)  # only for its workbook options and its cache of one Format per style
    for sheet in sheets:
        spec = sheet.spec
        out = book.add_sheet(spec.name)
        out.setup_data_sheet(len(spec.columns))
        header = book.kind("header")
        for index, heading in enumerate(c.header for c in spec.columns):
            out.ws.write_string(0, index, heading, header)
        ws = out.ws
        write_string, write_number, format_of = ws.write_string, ws.write_number, book.format
        formats = [book.format(props) for props in sheet.formats]
        for row, cells in enumerate(sheet.rows, start=1):
            for column, cell in enumerate(cells):
                if cell is None:
                    continue
                if cell.__class__ is Styled:
                    value, format_ = cell.value, format_of(cell.props)
                else:
                    value, format_ = cell, formats[column]
                if value.__class__ is str:
                    write_string(row, column, value, format_)
                else:
                    write_number(row, column, value, format_)
        out.row = len(sheet.rows) + 1
        out.set_widths(sheet.widths)
        out.finish_table(len(spec.columns), printed_columns(spec))
    book.close()


def native_format(props: Props) -> Any:
    """A rustpy_xlsxwriter Format with the same look as an XlsxWriter style (styles.KIND_PROPS)."""
    from rustpy_xlsxwriter import Format

    format_ = Format()
    for name, value in props:
        if name == "num_format":
            format_.set_num_format(value)
        elif name == "font_color":
            format_.set_font_color(value)
        elif name == "font_size":
            format_.set_font_size(value)
        elif name == "quote_prefix" and value:
            format_.set_quote_prefix()
        elif name == "bold" and value:
            format_.set_bold()
        elif name == "bg_color":
            format_.set_background_color(value)
        elif name == "pattern" and value == 1:
            format_.set_pattern("solid")
        elif name == "valign":
            format_.set_align(value)
        elif name == "text_wrap" and value:
            format_.set_text_wrap()
        elif name == "border" and value == 1:
            format_.set_border("thin")
        elif name == "border_color":
            format_.set_border_color(value)
        else:
            raise ValueError(f"no rustpy_xlsxwriter equivalent for {name}={value!r}")
    return format_


def native_records(sheet: Prepared) -> Iterator[dict[str, Any]]:
    """One dict per row, keyed by the headers (the API's shape); a cell's own format is lost."""
    headers = [c.header for c in sheet.spec.columns]
    for cells in sheet.rows:
        values = [c.value if c.__class__ is Styled else c for c in cells]
        yield dict(zip(headers, values, strict=True))


def write_native(sheets: Sequence[Prepared], path: Path) -> None:
    """rustpy-xlsxwriter: every data sheet in one write_worksheets call, rows from generators."""
    from rustpy_xlsxwriter import write_worksheets

    from wksbm_desktop.excel.report.export import printed_columns
    from wksbm_desktop.excel.writing.xlsx_out import style as xlsx_style

    header = native_format(xlsx_style("header"))
    entries, options = [], _NativeOptions()
    for sheet in sheets:
        spec = sheet.spec
        name, last_row = spec.name, len(sheet.rows)
        entries.append((name, native_records(sheet)))
        options.column_formats[name] = [native_format(p) for p in sheet.formats]
        options.column_widths[name] = list(sheet.widths)
        options.header_format[name] = header
        options.autofilter[name] = True
        options.freeze_panes[name] = {"row": 1, "col": 0}
        options.page_setup[name] = {
            "landscape": True,
            "paper_size": 9,  # A4
            "fit_to_pages": (1, 0),
            "center_horizontally": True,
            "margins": {"left": 0.4, "right": 0.4, "top": 1.0, "bottom": 1.0},
            "repeat_rows": 0,
            "print_area": (0, 0, last_row, printed_columns(spec) - 1),
        }
    write_worksheets(entries, str(path), **options.__dict__)


@dataclass
class _NativeOptions:
    """write_worksheets' per-sheet options, each a {sheet name: value} mapping."""

    column_formats: dict[str, list[Any]] = field(default_factory=dict)
    column_widths: dict[str, list[float]] = field(default_factory=dict)
    header_format: dict[str, Any] = field(default_factory=dict)
    autofilter: dict[str, bool] = field(default_factory=dict)
    freeze_panes: dict[str, dict[str, int]] = field(default_factory=dict)
    page_setup: dict[str, dict[str, Any]] = field(default_factory=dict)


def dict_building_ms(sheets: Sequence[Prepared]) -> float:
    """How long building the native writer's row dicts alone takes (part of its time)."""
    started = time.perf_counter()
    for sheet in sheets:
        for _ in native_records(sheet):
            pass
    return (time.perf_counter() - started) * 1000


def differences(first: Path, second: Path, limit: int = 5) -> tuple[int, int, list[str]]:
    """Cells compared and cells that differ between two workbooks' data sheets (by value and
    type as python-calamine reads them: a date-formatted number comes back as a date)."""
    from python_calamine import CalamineWorkbook

    compared, differing, examples = 0, 0, list[str]()
    left, right = CalamineWorkbook.from_path(str(first)), CalamineWorkbook.from_path(str(second))
    for spec in DATA_SHEETS:
        a = left.get_sheet_by_name(spec.name).to_python(skip_empty_area=False)
        b = right.get_sheet_by_name(spec.name).to_python(skip_empty_area=False)
        for number in range(max(len(a), len(b))):
            row_a = a[number] if number < len(a) else []
            row_b = b[number] if number < len(b) else []
            for column in range(max(len(row_a), len(row_b))):
                x = row_a[column] if column < len(row_a) else ""
                y = row_b[column] if column < len(row_b) else ""
                compared += 1
                if x != y or type(x) is not type(y):
                    differing += 1
                    if len(examples) < limit:
                        examples.append(f"{spec.name}!R{number + 1}C{column + 1}: {x!r} / {y!r}")
    return compared, differing, examples
