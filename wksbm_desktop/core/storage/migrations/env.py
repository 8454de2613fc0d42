"""Alembic environment: migrations run on a connection handed over by the application."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from wksbm_desktop.core.models import Base

config = context.config


def _run(connection: Connection) -> None:
    # Batch mode lets ALTER TABLE work on SQLite; on PostgreSQL it is plain ALTER.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as new_connection:
        _run(new_connection)
