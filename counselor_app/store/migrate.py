"""Run Alembic migrations from inside the app, with a backup first."""

from __future__ import annotations

import logging

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from counselor_app.config import migrations_dir
from counselor_app.store.backup import backup_file
from counselor_app.store.engine import Database
from counselor_app.store.errors import DatabaseOpenError, DatabaseTooNewError

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(db: Database, *, backup: bool = True) -> bool:
    """Bring the schema to the newest version. Returns True when anything ran."""
    from alembic import command

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
