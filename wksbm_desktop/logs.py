"""Logging to a rotating file in the data folder, with every NIK-like number masked."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from wksbm_desktop.paths import data_dir, ensure_private_dir, log_dir, open_private

LOG_FILE_NAME = "wksbm.log"
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def mask_digits(text: str) -> str:
    """Mask every 16-digit run (a NIK or KK) as ``3671********0001``."""
    return _SIXTEEN_DIGITS.sub(r"\1********\2", text)


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
