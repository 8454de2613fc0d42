"""What every list query shares: the request (search, filters, sort, archive) and LIKE helpers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

DEFAULT_PAGE_SIZE = 200
_LONG_NUMBER = 4  # digits from here on are searched only in number columns (NIK, No. KK)


@dataclass(frozen=True)
class ListRequest:
    """One list as the operator sees it: typed search, chosen filters, sort column, archive."""

    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False
    archived: bool = False

    def filter(self, name: str) -> Any:
        value = self.filters.get(name)
        return None if value in ("", None) else value


def search_terms(text: str) -> list[str]:
    """Words of a search, lower-cased: every word must match some column ("siti 005")."""
    return [word for word in text.lower().split() if word]


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


PatternCondition = Callable[[str], ColumnElement[bool]]


def like(column: ColumnElement[Any], pattern: str) -> ColumnElement[bool]:
    """Case-insensitive LIKE that SQLite and PostgreSQL agree on."""
    return func.lower(column).like(pattern, escape="\\")


def search_condition(
    text: str,
    columns: Sequence[ColumnElement[Any]],
    extra: Sequence[PatternCondition] = (),
    caseless: Sequence[ColumnElement[Any]] = (),
) -> ColumnElement[bool] | None:
    """Each word must appear in some column (or satisfy an ``extra`` condition, e.g. IN).

    ``caseless`` columns hold only digits and punctuation (NIK, RT/RW): lower() is skipped there.
    """
    terms = search_terms(text)
    if not terms:
        return None
    if not columns and not extra and not caseless:
        return false()
    per_term = []
    for term in terms:
        pattern = f"%{_escape_like(term)}%"
        alternatives = []
        # A word with letters cannot occur in a NIK or RT/RW; a long number is no name.
        if any(char.isalpha() for char in term) or not caseless:
            alternatives += [like(column, pattern) for column in columns]
            alternatives += [condition(pattern) for condition in extra]
        else:
            alternatives += [column.like(pattern, escape="\\") for column in caseless]
            if len(term) < _LONG_NUMBER:
                alternatives += [like(column, pattern) for column in columns]
                alternatives += [condition(pattern) for condition in extra]
        per_term.append(or_(*alternatives))
    return and_(*per_term)


def count_rows(session: Session, query: Select[Any]) -> int:
    """Rows the query would return, counted in SQL without fetching them."""
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    return int(session.scalar(counted) or 0)


def page(query: Select[Any], offset: int, limit: int) -> Select[Any]:
    return query.offset(max(offset, 0)).limit(max(limit, 0))
