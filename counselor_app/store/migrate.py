"""Run Alembic migrations from inside the app, with a backup first."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from counselor_app.config import migrations_dir
from counselor_app.store.backup import backup_file
from counselor_app.store.engine import Database
from counselor_app.store.errors import DatabaseOpenError, DatabaseTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SCHEMA_HEAD = "0007"
"""The newest migration. A database already there is opened without loading Alembic
(a fifth of the start-up time); tests check that this matches the scripts' head."""


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stamped_revision(db: Database) -> str | None:
    """The revision stored in the database, read without Alembic (None if unknown)."""
    try:
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def migrate(db: Database, *, backup: bool = True) -> bool:
    """Bring the schema to the newest version. Returns True when anything ran."""
    if _stamped_revision(db) == SCHEMA_HEAD:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    where = str(db.path or db.url)
    try:
        current = current_revision(db)
    except Exception as exc:  # a damaged or locked file surfaces here first
        raise DatabaseOpenError(where, f"cannot be read ({exc.__class__.__name__}: "
                                f"{str(exc).splitlines()[0]})") from exc
    head = script.get_current_head()
    if current == head:
        return False
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DatabaseTooNewError(where, "was made by a newer version of Career Pathway "
                                      "Planner; update the app to open it") from exc
    elif inspect(db.engine).get_table_names():
        raise DatabaseOpenError(where, "is a SQLite database of another program")
    if current is not None and backup and db.path is not None and db.path.exists():
        backup_file(db.path, reason=f"before-migration-{current}")
    log.info("migrating %s from %s to %s", where, current, head)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
