"""Qt table models over frozen rows from wksbm_desktop.core.queries."""
