"""Schema migrations with Alembic; imported only when a database must be created or upgraded."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from wksbm_desktop.core.models import utcnow
from wksbm_desktop.core.storage.backup import backup_path_for, verified_copy

_log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def upgrade_to(engine: Engine, revision: str) -> None:
    """Run migrations up to ``revision`` in one transaction."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def upgrade_to_head(engine: Engine) -> None:
    upgrade_to(engine, "head")


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Copy the database aside, verified, before a migration touches it."""
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    target = backup_path_for(path, f"sebelum-upgrade-{revision}-{stamp}")
    verified_copy(path, target)
    _log.info("pre-upgrade backup written to %s", target)
    return target
