"""The core fixtures (``database``, ``make``...) for the engine-comparison tests here."""

from tests.core.conftest import database, make  # noqa: F401
