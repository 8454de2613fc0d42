"""Alembic migrations of the WKSBM schema, shipped inside the package."""
