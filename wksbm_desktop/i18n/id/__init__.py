"""Indonesian catalogue, split by area so each part of the program owns its sentences."""

from __future__ import annotations

import importlib
import pkgutil


def load_catalogue() -> dict[str, str]:
    """Merge the ``MESSAGES`` dicts of every module in this package."""
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, text in getattr(module, "MESSAGES", {}).items():
            if key in merged:
                raise RuntimeError(f"duplicate translation key {key} in {info.name}")
            merged[key] = text
    return merged
