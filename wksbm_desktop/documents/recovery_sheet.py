"""The printed recovery code of an administrator: one A4 page to keep locked away."""

from __future__ import annotations

from datetime import date

from fpdf.enums import XPos, YPos
from sqlalchemy.orm import Session

from wksbm_desktop.documents.letterhead import letterhead_of
from wksbm_desktop.documents.page import FONT, Page, long_date
from wksbm_desktop.i18n import DEFAULT_LANGUAGE, t, written_in


@written_in(DEFAULT_LANGUAGE)  # kept with the office's papers: always Indonesian
def recovery_sheet(
    session: Session, user_name: str, full_name: str, code: str, today: date | None = None
) -> bytes:
    """The page: who it is for, the code in large type, and what to do with it."""
    page = Page(letterhead_of(session), t("accounts.sheet.title"))
    page.add_page()
    page.draw_letterhead()
    page.heading(t("accounts.sheet.title"), long_date(today or date.today()))
    page.set_font(FONT, size=11)
    for key, value in (("accounts.sheet.name", full_name), ("accounts.sheet.user", user_name)):
        page.cell(45, 7, t(key))
        page.cell(0, 7, f": {value}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    page.ln(6)
    page.set_font(FONT, "B", 22)
    page.cell(0, 16, code, border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    page.ln(6)
    page.set_font(FONT, size=10.5)
    page.multi_cell(0, 5.5, t("accounts.sheet.how"), new_x=XPos.LMARGIN)
    return page.to_bytes()
