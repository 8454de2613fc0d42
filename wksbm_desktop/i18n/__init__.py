"""The one translation route: every user-visible sentence is looked up here by key."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from wksbm_desktop.i18n.id import load_catalogue

_log = logging.getLogger(__name__)
_catalogues: dict[str, dict[str, str]] = {"id": load_catalogue()}
_language = "id"


def set_language(language: str) -> None:
    """Switch the active language; unknown languages fall back to Indonesian."""
    global _language
    _language = language if language in _catalogues else "id"


def t(key: str, /, **params: object) -> str:
    """Return the sentence for ``key`` in the active language, filled with ``params``."""
    template = _catalogues[_language].get(key) or _catalogues["id"].get(key)
    if template is None:
        _log.warning("missing translation key %s", key)
        return key
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        _log.warning("bad parameters for translation key %s", key)
        return template


def has_key(key: str) -> bool:
    return key in _catalogues["id"]


def catalogue(language: str = "id") -> Mapping[str, str]:
    return _catalogues[language]
