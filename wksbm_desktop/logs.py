"""Logging to a rotating file in the data folder, with every NIK-like number masked."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from wksbm_desktop.paths import data_dir, ensure_private_dir, log_dir, open_private

LOG_FILE_NAME = "wksbm.log"
# What the import strips from a typed NIK (core.nik.normalise_id_number): whitespace of every
# kind (NBSP, thin space...), dots and dashes with their look-alikes; commas for "3,67…e+15".
_SEPARATOR = r"[\s.,\-\u2010-\u2015\u2212]"
_DIGIT_RUN = re.compile(rf"\d(?:{_SEPARATOR}*\d)+")
_NIK_DIGITS = 16
_KEPT_DIGITS = 4  # province + kab/kota, as in masked exports (core.nik.mask_id_for_file)
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def mask_digits(text: str) -> str:
    """Mask every NIK or KK however it is spelled, as ``3671************``.

    A run of digits joined by separators counts when it holds 16 digits or more, so spaced,
    dotted, dashed and NBSP-split numbers, float forms (``3671011234560001.0``,
    ``3.671011234560001e+15``) and longer runs that contain a NIK are all masked. Long
    numbers that are not NIKs are masked too: a log loses nothing it needs by that.
    """
    return _DIGIT_RUN.sub(_mask_run, text)


def _mask_run(match: re.Match[str]) -> str:
    run = match.group(0)
    digits = [c for c in run if c.isdigit()]
    if len(digits) < _NIK_DIGITS:
        return run
    return "".join(digits[:_KEPT_DIGITS]) + "*" * (len(digits) - _KEPT_DIGITS)


class NikMaskingFormatter(logging.Formatter):
    """Masks NIK-like numbers in the final text, tracebacks included."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_digits(super().format(record))


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files (and their rotated copies) readable by their owner only, from creation."""

    def _open(self) -> Any:
        return open_private(Path(self.baseFilename), self.mode, encoding=self.encoding)


def log_file_path() -> Path:
    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send logs to the rotating file; returns its path, or None if the folder is unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    path = log_file_path()
    if any(getattr(h, "_wksbm", False) for h in root.handlers):
        return path
    try:
        ensure_private_dir(data_dir())
        ensure_private_dir(path.parent)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(NikMaskingFormatter(_FORMAT))
    handler._wksbm = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
