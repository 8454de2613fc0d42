"""What every list query shares: the request (search, filters, sort, archive) and LIKE helpers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    and_,
    bindparam,
    false,
    func,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.visitors import InternalTraversal

DEFAULT_PAGE_SIZE = 200
LONG_NUMBER = 4  # digits from here on are searched only in number columns (NIK, No. KK)


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


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


PatternCondition = Callable[[str], ColumnElement[bool]]
# A mapped attribute (Member.full_name) or any SQL expression (func.lower(...), a subquery).
Column: TypeAlias = SQLColumnExpression[Any]
# A SELECT of any columns: Select is generic over each column's type.
Query: TypeAlias = "Select[*tuple[Any, ...]]"


class CaselessLike(ColumnElement[bool]):
    """``column`` contains ``pattern`` (lower-case, LIKE-escaped with backslash), ignoring case.

    Compiled per engine: SQLite's LIKE already ignores ASCII case, exactly as its lower() does,
    so wrapping every row's value in lower() only costs time; PostgreSQL has ILIKE; any other
    engine gets the portable lower(column) LIKE pattern.
    """

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a predicate: no "= 1" appended on engines without booleans
    # SQLAlchemy declares this per instance; every CaselessLike shares the one list.
    _traverse_internals: list[tuple[str, InternalTraversal]] = [  # noqa: RUF012
        ("column", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: Column, pattern: str) -> None:
        self.column = column
        self.pattern = bindparam(None, pattern, type_=String())


def _operands(element: CaselessLike, compiler: Any, kw: dict[str, Any]) -> tuple[str, str]:
    return compiler.process(element.column, **kw), compiler.process(element.pattern, **kw)


@compiles(CaselessLike)
def _caseless_like_portable(element: CaselessLike, compiler: Any, **kw: Any) -> str:
    column, pattern = _operands(element, compiler, kw)
    return f"(lower({column}) LIKE {pattern} ESCAPE '\\')"


@compiles(CaselessLike, "sqlite")
def _caseless_like_sqlite(element: CaselessLike, compiler: Any, **kw: Any) -> str:
    column, pattern = _operands(element, compiler, kw)
    return f"({column} LIKE {pattern} ESCAPE '\\')"


@compiles(CaselessLike, "postgresql")
def _caseless_like_postgresql(element: CaselessLike, compiler: Any, **kw: Any) -> str:
    column, pattern = _operands(element, compiler, kw)
    return f"({column} ILIKE {pattern} ESCAPE '\\')"


def like(column: Column, pattern: str) -> ColumnElement[bool]:
    """Case-insensitive LIKE that SQLite and PostgreSQL agree on (``pattern`` lower-case)."""
    return CaselessLike(column, pattern)


def search_condition(
    text: str,
    columns: Sequence[Column],
    extra: Sequence[PatternCondition] = (),
    caseless: Sequence[Column] = (),
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
        pattern = f"%{escape_like(term)}%"
        alternatives = []
        # A word with letters cannot occur in a NIK or RT/RW; a long number is no name.
        if any(char.isalpha() for char in term) or not caseless:
            alternatives += [like(column, pattern) for column in columns]
            alternatives += [condition(pattern) for condition in extra]
        else:
            alternatives += [column.like(pattern, escape="\\") for column in caseless]
            if len(term) < LONG_NUMBER:
                alternatives += [like(column, pattern) for column in columns]
                alternatives += [condition(pattern) for condition in extra]
        per_term.append(or_(*alternatives))
    return and_(*per_term)


def sort_key(column: Column, descending: bool) -> ColumnElement[Any]:
    """Empty (NULL) values sort as the smallest on both engines: SQLite's rule, not PostgreSQL's."""
    return column.desc().nulls_last() if descending else column.asc().nulls_first()


def count_rows(session: Session, query: Query) -> int:
    """Rows the query would return, counted in SQL without fetching them."""
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    return int(session.scalar(counted) or 0)


def count_rows_upto(session: Session, query: Query, cap: int) -> int:
    """Like ``count_rows`` but stops at ``cap``: a broad search need not scan every row."""
    limited = query.order_by(None).limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(limited)) or 0)


def page(query: Query, offset: int, limit: int) -> Query:
    return query.offset(max(offset, 0)).limit(max(limit, 0))
