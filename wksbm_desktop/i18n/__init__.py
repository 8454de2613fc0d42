"""The one translation route: every user-visible sentence is looked up here by key."""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from wksbm_desktop.i18n.catalogues import DEFAULT_LANGUAGE, LANGUAGES, load_catalogue

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENV_LANG",
    "LANGUAGES",
    "choose_language",
    "fixed_language",
    "set_language",
    "t",
    "written_in",
]

ENV_LANG = "WKSBM_LANG"

_log = logging.getLogger(__name__)
_catalogues: dict[str, dict[str, str]] = {code: load_catalogue(code) for code in LANGUAGES}
_language = DEFAULT_LANGUAGE
# A document being written in a worker thread keeps its own language (see fixed_language).
_thread = threading.local()

_P = ParamSpec("_P")
_R = TypeVar("_R")


def normalise_language(value: str | None) -> str | None:
    """``"en"``, ``"EN"``, ``"en_US.UTF-8"`` → ``"en"``; anything unknown → None."""
    code = (value or "").strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return code if code in _catalogues else None


def set_language(language: str | None) -> str:
    """Switch the active language; unknown languages fall back to Indonesian. Returns it."""
    global _language
    _language = normalise_language(language) or DEFAULT_LANGUAGE
    return _language


def language() -> str:
    """The active language's code: this thread's fixed one, else the interface's."""
    return _active()


def _active() -> str:
    return getattr(_thread, "language", None) or _language


@contextmanager
def fixed_language(code: str) -> Iterator[None]:
    """Texts looked up in this thread read in ``code``, whatever the interface speaks.

    The report workbook and the city workbook are documents of the programme, read by Dinas
    Sosial in Indonesian; an operator who chose English still sends them in Indonesian. The
    choice is per thread, so the window keeps its own language while a worker writes.
    """
    previous = getattr(_thread, "language", None)
    _thread.language = normalise_language(code) or DEFAULT_LANGUAGE
    try:
        yield
    finally:
        _thread.language = previous


def written_in(code: str) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Decorate a document writer so everything it looks up reads in ``code``."""

    def decorate(writer: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(writer)
        def write(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            with fixed_language(code):
                return writer(*args, **kwargs)

        return write

    return decorate


def language_from_env() -> str | None:
    """The language ``WKSBM_LANG`` asks for, or None when unset or unknown."""
    return normalise_language(os.environ.get(ENV_LANG))


def language_from_argv(argv: Sequence[str]) -> str | None:
    """The value of ``--lang X`` / ``--lang=X`` in ``argv`` (before a ``--``), unvalidated.

    Read before the real parser is built, because that parser's help is already translated.
    """
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
    return None


def choose_language(argv: Sequence[str], saved: str | None = None) -> str:
    """Set and return: ``--lang``, else ``WKSBM_LANG``, else the saved choice, else Indonesian."""
    requested = normalise_language(language_from_argv(argv))
    return set_language(requested or language_from_env() or normalise_language(saved))


def t(key: str, /, **params: object) -> str:
    """Return the sentence for ``key`` in the active language, filled with ``params``."""
    # A key not yet translated shows in Indonesian rather than as a bare key.
    template = _catalogues[_active()].get(key) or _catalogues[DEFAULT_LANGUAGE].get(key)
    if template is None:
        _log.warning("missing translation key %s", key)
        return key
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        _log.warning("bad parameters for translation key %s", key)
        return template


def has_key(key: str) -> bool:
    return key in _catalogues[DEFAULT_LANGUAGE]


def catalogue(language: str | None = None) -> Mapping[str, str]:
    """One language's texts by key; the active language's unless one is named."""
    return _catalogues[language or _active()]
