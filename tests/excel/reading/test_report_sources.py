from pathlib import Path

from openpyxl import Workbook

from wksbm_desktop.excel.reading.report_sources import CalamineBook


def test_rows_of_a_sheet_not_starting_at_a1_keep_their_numbers(tmp_path: Path):
    # calamine starts its rows at row 1 but at the first used column: the sheet must read
    # from A1 like openpyxl, or row numbers in consolidation problems would shift.
    workbook = Workbook()
    sheet = workbook.active
    sheet["C3"] = "x"
    sheet["D5"] = 2
    path = tmp_path / "offset.xlsx"
    workbook.save(path)

    book = CalamineBook(path)
    try:
        calamine_sheet = book["Sheet"]
        rows = list(calamine_sheet.iter_rows())
        later = list(calamine_sheet.iter_rows(min_row=3))
    finally:
        book.close()

    assert (calamine_sheet.max_row, calamine_sheet.max_column) == (5, 4)
    assert len(rows) == 5
    assert rows[2][2] == "x"
    assert rows[4][3] == 2
    assert later[0] == rows[2]
