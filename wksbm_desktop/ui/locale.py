"""Indonesian everywhere: the default locale, Qt's own texts through the i18n catalogue, dates."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from wksbm_desktop.i18n import catalogue

_log = logging.getLogger(__name__)

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
# Keys of Qt's own texts in the catalogue: "qt.<Qt context>.<Qt source text>", for example
# "qt.QLineEdit.&Undo" (i18n/id/qt_widgets.py). Qt asks with the text as written in its source.
QT_KEY_PREFIX = "qt."


def long_date(value: date) -> str:
    """1 Oktober 2026: a date in words, as Indonesian letters write it."""
    return INDONESIAN.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def month_year(value: date) -> str:
    """Oktober 2026."""
    return INDONESIAN.toString(QDate(value.year, value.month, value.day), "MMMM yyyy")


class CatalogueTranslator(QTranslator):
    """Qt's own texts (context menus, standard buttons, wizard and file dialog) from i18n.

    The project keeps one translation route: Qt's sentences live in the same catalogue as the
    program's, so the English interface the style guide keeps possible covers them too.
    """

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._texts = {
            key.removeprefix(QT_KEY_PREFIX): text
            for key, text in catalogue().items()
            if key.startswith(QT_KEY_PREFIX)
        }

    def isEmpty(self) -> bool:
        return not self._texts

    def translate(
        self,
        context: str,
        source_text: str,
        _disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None (a null QString) makes Qt ask the next translator, then show the source text;
        # "" would be taken as the translation and blank out every text not in the catalogue.
        return self._texts.get(f"{context}.{source_text}")


def install_indonesian(app: QCoreApplication) -> list[QTranslator]:
    """Make Indonesian the default locale (calendars, numbers) and translate Qt's own texts.

    Qt's own ``qtbase_id.qm`` is loaded too when the Qt installation has one (PySide6 ships
    none today); the catalogue is installed last, so it is asked first and always wins.
    """
    QLocale.setDefault(INDONESIAN)
    installed: list[QTranslator] = []
    shipped = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if shipped.load(INDONESIAN, "qtbase", "_", folder):
        app.installTranslator(shipped)
        installed.append(shipped)
    ours = CatalogueTranslator(app)
    app.installTranslator(ours)
    installed.append(ours)
    _log.debug("Indonesian locale installed (%d translators)", len(installed))
    return installed
