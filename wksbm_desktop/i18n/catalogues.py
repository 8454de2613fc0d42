"""One loader for every language: a package of modules, each holding a ``MESSAGES`` dict."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def catalogue_modules(language: str) -> dict[str, ModuleType]:
    """The modules of one language's catalogue package, by module name."""
    package = importlib.import_module(f"{__package__}.{language}")
    names = sorted(info.name for info in pkgutil.iter_modules(package.__path__))
    return {name: importlib.import_module(f"{package.__name__}.{name}") for name in names}


def load_catalogue(language: str) -> dict[str, str]:
    """Merge the ``MESSAGES`` dicts of every module of one language; duplicate keys raise."""
    merged: dict[str, str] = {}
    for name, module in catalogue_modules(language).items():
        for key, text in getattr(module, "MESSAGES", {}).items():
            if key in merged:
                raise RuntimeError(f"duplicate translation key {key} in {language}/{name}")
            merged[key] = text
    return merged
