"""Run Alembic migrations from inside the app, with a backup first.

The whole upgrade (every pending script and the new ``alembic_version``) is one
database transaction, so a crash at any moment leaves the file either untouched at
the old schema or complete at the new one, whatever the scripts do:

* On SQLite, pysqlite is put in autocommit mode and the runner itself issues
  ``BEGIN IMMEDIATE``; without that, pysqlite runs DDL outside any transaction and a
  kill leaves new tables beside the old version number. Statements that would end
  or escape the transaction (``COMMIT``, ``VACUUM``, ...) are refused, foreign keys
  are off while tables are rebuilt (a rebuilt parent would cascade-delete its
  children) and are checked before the commit.
* PostgreSQL has transactional DDL; the same single transaction is used.

The backup taken before the upgrade is deleted again when the upgrade fails, so a
database that cannot be upgraded does not gain a backup at every start. A file an older
app left half upgraded is repaired when its schema can be verified (``schema_repair``);
otherwise it is refused with ``DatabaseHalfUpgradedError``, which offers its backups.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counselor_app.config import migrations_dir
from counselor_app.messages import msg
from counselor_app.store.engine import BUSY_TIMEOUT_MS, Database, driver_error
from counselor_app.store.errors import (
    DatabaseForeignError,
    DatabaseHalfUpgradedError,
    DatabaseOpenError,
    DatabaseTooNewError,
    DatabaseUpgradeError,
    is_busy,
    is_disk_full,
)

# backup and schema_repair are imported by the functions that use them: a database that
# is up to date needs only SCHEMA_HEAD from here (issue 15)
if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

    from counselor_app.store.schema_repair import Schema

log = logging.getLogger(__name__)

SCHEMA_HEAD = "0011"
"""The newest migration. A database already there is opened without loading Alembic
(a fifth of the start-up time); tests check that this matches the scripts' head."""

_ESCAPES = re.compile(r"^\s*(BEGIN|COMMIT|END|ROLLBACK|VACUUM|ATTACH|DETACH|"
                      r"PRAGMA\s+(\w+\.)?(journal_mode|locking_mode|foreign_keys))\b",
                      re.IGNORECASE)


class MigrationEscapeError(RuntimeError):
    """A migration script tried to leave the upgrade's single transaction."""


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
    from sqlalchemy.exc import DBAPIError

    try:
        rows = db.rows("SELECT version_num FROM alembic_version")
    except (DBAPIError, sqlite3.Error):
        return None
    return str(rows[0][0]) if rows else None


def _sqlite_upgrade_engine(url: str) -> Engine:
    """An engine whose transactions cover DDL: pysqlite in autocommit, BEGIN by us."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                         "isolation_level": None})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA foreign_keys=OFF")  # cannot change inside a transaction
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dbapi_conn.execute("PRAGMA journal_mode=WAL")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.info["own_statement"] = True
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            conn.info["own_statement"] = False

    @event.listens_for(engine, "before_cursor_execute")
    def _guard(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not conn.info.get("own_statement") and _ESCAPES.match(statement):
            raise MigrationEscapeError("a migration may not end or leave the upgrade's "
                                       f"transaction: {statement.strip()[:60]!r}")

    return engine


def _check_foreign_keys(conn: Any) -> None:
    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if bad:
        tables = sorted({str(row[0]) for row in bad})
        raise RuntimeError(f"the upgrade would leave {len(bad)} rows pointing at missing "
                           f"records (in {', '.join(tables)})")


def _upgrade(db: Database, cfg: Config, prepare: list[str] | None = None) -> None:
    """Upgrade to the head in one transaction; ``prepare``: SQL run first, inside it."""
    from alembic import command

    if db.is_sqlite:
        engine = _sqlite_upgrade_engine(db.url)
        try:
            with engine.begin() as conn:
                for statement in prepare or ():
                    conn.exec_driver_sql(statement)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                _check_foreign_keys(conn)
        finally:
            engine.dispose()
        db.engine.dispose()  # pooled connections cached the old schema
        return
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def migrate(db: Database, *, backup: bool = True) -> bool:
    """Bring the schema to the newest version. Returns True when anything ran."""
    if _stamped_revision(db) == SCHEMA_HEAD:
        return False
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    where = db.display_name
    try:
        current = current_revision(db)
    except Exception as exc:  # a damaged or locked file surfaces here first
        raise driver_error(where, exc, msg("cannot be read")) from exc
    head = script.get_current_head()
    if current == head:
        return False
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DatabaseTooNewError(where, msg("was made by a newer version of Career Pathway "
                                                 "Planner; update the app to open it")) from exc
    elif inspect(db.engine).get_table_names():
        raise DatabaseForeignError(where, msg("is a SQLite database of another program"))
    if db.read_only:
        raise DatabaseOpenError(where, msg("needs an update to this version of the app, which "
                                           "cannot be made while it is opened read-only"))
    copy: Path | None = None
    if current is not None and backup and db.path is not None and db.path.exists():
        from counselor_app.store.backup import backup_file

        try:
            copy = backup_file(db.path, reason=f"before-migration-{current}")
        except OSError as exc:
            raise DatabaseUpgradeError(where, msg("cannot be updated: the backup taken first could "
                                                  "not be written ({value})",
                                                  value=exc.strerror or exc)) from exc
    log.info("migrating %s from %s to %s", where, current, head)
    try:
        _upgrade(db, cfg)
    except Exception as exc:
        repair = _repair(db, current) if current is not None and not is_busy(exc) \
            and not is_disk_full(exc) else NO_LEFTOVERS
        if repair == REPAIRED:
            return True  # the backup stays: the file changed
        if copy is not None:  # the file is unchanged: this backup would only pile up
            copy.unlink(missing_ok=True)
        log.warning("upgrade of %s failed: %s", where, exc.__class__.__name__)
        first = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else ""
        if repair == UNVERIFIABLE:
            raise DatabaseHalfUpgradedError(where, msg("was left half updated by an earlier version"
                                                       " of the app ({first}) and cannot be "
                                                       "repaired safely; the file was left "
                                                       "unchanged", first=first)) \
                from exc
        raise driver_error(where, exc, msg("could not be updated to this version ({first}); the "
                                           "file was left unchanged", first=first),
                           DatabaseUpgradeError) from exc
    return True


REPAIRED, UNVERIFIABLE, NO_LEFTOVERS = "repaired", "unverifiable", "no leftovers"


def _reference_schema(revision: str) -> Schema:
    """The schema a database at ``revision`` really has: the migrations up to it, run in
    a scratch file."""
    from alembic import command

    from counselor_app.store.schema_repair import schema_of

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reference.db"
        engine = _sqlite_upgrade_engine(f"sqlite:///{path}")
        try:
            cfg = alembic_config()
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        finally:
            engine.dispose()
        con = sqlite3.connect(path)
        try:
            return schema_of(con)
        finally:
            con.close()


def _repair(db: Database, current: str) -> str:
    """A file an older app left half upgraded (see ``schema_repair``): drop the leftovers
    and upgrade, in one transaction. REPAIRED, UNVERIFIABLE or NO_LEFTOVERS."""
    if not db.is_sqlite or db.path is None:
        return NO_LEFTOVERS
    from counselor_app.store.schema_repair import drop_statements, leftovers, schema_of

    try:
        con = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
        try:
            actual = schema_of(con)
        finally:
            con.close()
        reference = _reference_schema(current)
    except Exception as exc:  # cannot even compare: leave the file alone
        log.warning("schema check of %s failed: %s", db.display_name, exc.__class__.__name__)
        return UNVERIFIABLE
    extra = leftovers(actual, reference)
    if extra is None:
        return UNVERIFIABLE
    if not extra:
        return NO_LEFTOVERS
    try:
        _upgrade(db, alembic_config(), prepare=drop_statements(extra))
    except Exception as exc:
        log.warning("repair of %s failed: %s", db.display_name, exc.__class__.__name__)
        return UNVERIFIABLE
    log.info("repaired %s: dropped %d leftover(s) of an interrupted upgrade, then upgraded",
             db.display_name, len(extra))
    return REPAIRED
