"""Open a database for use: check, migrate (backup first), seed on first start.

A SQLite file that needs none of that (the usual start) is checked with the ``sqlite3``
module alone and handed out with its engine still unmade: SQLAlchemy and Alembic are
loaded only when something needs them, after the first screen is up.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from counselor_app import APP_ID
from counselor_app.config import data_dir, resolve_db_url, sqlite_path
from counselor_app.store.backup import backup_dir
from counselor_app.store.engine import Database, open_checked
from counselor_app.store.files import database_files, tighten
from counselor_app.store.migrate import SCHEMA_HEAD

log = logging.getLogger(__name__)

PARTIAL_AGE_S = 600
"""A partial copy this old was left by an interrupted backup or restore (a running
one rewrites its file every few milliseconds)."""


def clean_partial_files(db_path: Path, min_age_s: float = PARTIAL_AGE_S) -> list[Path]:
    """Remove ``.part`` and ``.restoring`` files left by interrupted backups/restores."""
    candidates = [db_path.with_name(db_path.name + ".restoring"),
                  *db_path.parent.glob(f".{db_path.name}.*.part")]  # prebuilt copies
    folder = backup_dir(db_path)
    if folder.is_dir():
        candidates += [p for p in folder.iterdir() if p.name.endswith(".part")]
    removed = []
    now = time.time()
    for p in candidates:
        try:
            if p.is_file() and now - p.stat().st_mtime >= min_age_s:
                p.unlink()
                removed.append(p)
                log.info("removed the partial file %s left by an interrupted copy", p.name)
        except OSError as exc:
            log.warning("could not remove the partial file %s: %s", p, exc.strerror or exc)
    return removed


def _make_private(db_path: Path) -> None:
    """Tighten files older versions made readable by others (logged one by one)."""
    folders = [backup_dir(db_path)]
    # the name first: a file elsewhere needs no look-up of the per-user folder
    if db_path.parent.name == APP_ID and db_path.parent == data_dir():
        folders.append(db_path.parent)
    tighten(folders, database_files(db_path))


def is_new_file(path: Path) -> bool:
    """No database there yet: no file, or an empty one (``check_sqlite_file`` has already
    refused an empty file that has backups)."""
    return not path.exists() or (path.is_file() and path.stat().st_size == 0
                                 and not path.with_name(path.name + "-wal").exists())


def is_ready(database: Database, *, seed: bool = True, data: bool = True) -> bool:
    """Whether an existing SQLite file needs nothing done before use: at the newest
    schema and, when ``seed``, holding the built-in reference data, search index and
    requirement sets, the current ones unless ``data`` is False (their fingerprints are
    not compared with the shipped files'). Read with ``sqlite3`` only; False when
    unsure."""
    path = database.path
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        if not seed or database.read_only:
            return database.rows("SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
        version, info_rows, cluster, search = database.rows_of([
            "SELECT version_num FROM alembic_version", "SELECT key, value FROM data_info",
            "SELECT 1 FROM cluster LIMIT 1", "SELECT 1 FROM search_entry LIMIT 1"])
        if version != [(SCHEMA_HEAD,)] or not cluster or not search:
            return False
        if not data:
            return True
        # hashes the shipped files (hashlib loads OpenSSL): not before the first paint
        from counselor_app.store.fingerprints import (
            REFERENCE_VERSION_KEY,
            SETS_VERSION_KEY,
            builtin_sets_version,
            data_version,
        )

        info = dict(info_rows)
        reference = info.get(REFERENCE_VERSION_KEY)
        return ((reference is None or not reference.startswith("builtin-")
                 or reference == data_version())
                and info.get(SETS_VERSION_KEY) == builtin_sets_version())
    except sqlite3.Error:
        return False  # the full path below says what is wrong


def open_database(db: str | None = None, *, seed: bool = True, read_only: bool = False,
                  prebuilt: bool = True, finish_later: bool = False) -> Database:
    """Open (creating if needed) the database named by ``db``/environment/default.

    Raises DatabaseOpenError (a subclass saying why) with a user-facing reason when
    the file cannot be used; the file is never overwritten in that case. A read-only
    database is neither migrated nor seeded. A new file starts as a copy of the
    prebuilt reference database when there is a usable one (``prebuilt``, see
    ``store/prebuilt.py``). ``finish_later``: a file at the newest schema and seeded is
    handed out before its pages are checked and its built-in data compared with the
    shipped files; the caller runs ``finish_opening`` before reading from it more than
    the settings (the GUI: after its first paint).
    """
    url = resolve_db_url(db)
    database = open_checked(url, read_only=read_only, pages=not finish_later)
    path = sqlite_path(url)
    try:
        if prebuilt and seed and not read_only and path is not None and is_new_file(path):
            from counselor_app.store.prebuilt import install_seed

            install_seed(path)
        if path is not None and not read_only:
            _make_private(path)
            clean_partial_files(path)
        if not is_ready(database, seed=seed, data=not finish_later):
            database.check_pages()  # a file is checked before it is migrated or seeded
            _prepare(database, seed=seed and not read_only)
    except Exception:
        database.dispose()
        raise
    return database


def finish_opening(database: Database, *, seed: bool = True) -> None:
    """What ``open_database(finish_later=True)`` left: the page check, then the refresh
    of built-in data older than the shipped files (nothing for a database opened in
    full). Raises as ``open_database`` does; the file is never overwritten then."""
    database.check_pages()
    if not is_ready(database, seed=seed):
        _prepare(database, seed=seed and not database.read_only)


def _prepare(database: Database, *, seed: bool) -> None:
    """Migrate, then seed, refresh or re-index the reference data as needed."""
    from sqlalchemy import func, select

    from counselor_app.domain import SearchEntry
    from counselor_app.services.search import rebuild_index
    from counselor_app.store.migrate import migrate
    from counselor_app.store.refresh import needs_refresh, refresh_reference_data
    from counselor_app.store.requirement_sets import sync_builtin_sets
    from counselor_app.store.seed import has_reference_data, load_reference_data

    migrate(database)
    if not seed:
        return
    with database.transaction() as session:
        if not has_reference_data(session):
            load_reference_data(session)
            rebuild_index(session)
        elif needs_refresh(session):
            refresh_reference_data(session)
            rebuild_index(session)
        elif not session.scalar(select(func.count()).select_from(SearchEntry)):
            rebuild_index(session)
        sync_builtin_sets(session)
