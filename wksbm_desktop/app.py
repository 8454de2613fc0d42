"""The graphical application entry point (being built under issue 3)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from wksbm_desktop.core.db import open_database
    from wksbm_desktop.paths import resolve_db_target

    app = QApplication(sys.argv if argv is None else argv)
    database = open_database(resolve_db_target(None))
    label = QLabel(f"WKSBM Desktop — {database.target}")
    label.show()
    return app.exec()
