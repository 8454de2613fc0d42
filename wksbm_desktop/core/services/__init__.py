"""Service functions: the only write path. They take a session and never commit it."""

# Registers the ownership check on every session flush (records of another kelurahan are
# read-only on a city installation), whichever service module is imported first.
from wksbm_desktop.core.services import ownership as ownership
