"""Engine and session factory.

SQLite runs in WAL mode with foreign keys on and a busy timeout, so a second copy
of the app on the same file waits for a lock instead of failing.

Importing this module does not import SQLAlchemy: a ``Database`` makes its engine on
first use, and ``Database.rows`` reads a SQLite file through the ``sqlite3`` module, so
the first screen of the GUI is filled before the ORM is loaded (issue 15).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from counselor_app.config import redact, sqlite_path
from counselor_app.messages import msg
from counselor_app.store.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseForeignError,
    DatabaseOpenError,
    DatabaseReadOnlyError,
    is_busy,
)
from counselor_app.store.files import make_private_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = int(os.environ.get("COUNSELOR_APP_BUSY_TIMEOUT_MS") or 15000)
"""How long a write waits for another program's lock before it gives up with a message
(the variable is for support and tests)."""


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    with contextlib.suppress(sqlite3.OperationalError):
        cur.execute("PRAGMA journal_mode=WAL")  # a read-only file keeps its journal mode
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def driver_error(where: str, exc: BaseException, reason: str,
                 default: type[DatabaseOpenError] = DatabaseOpenError) -> DatabaseOpenError:
    """The user-facing error for a driver failure: busy, read-only and damaged differ."""
    first = (str(getattr(exc, "orig", None) or exc).splitlines() or [""])[0]
    if is_busy(exc):
        return DatabaseBusyError(where, msg("is in use by another program (it holds a lock on the "
                                            "file); try again when it has finished, or open it "
                                            "read-only"))
    if "readonly" in first.lower() or "read-only" in first.lower():
        return DatabaseReadOnlyError(where, msg("cannot be changed by this account (read-only)"))
    if "malformed" in first or "not a database" in first:
        return DatabaseDamagedError(where, msg("is damaged ({first})", first=first))
    return default(where, reason if "(" in reason else f"{reason} ({first})")


def has_backups_beside(path: Path) -> bool:
    folder = path.parent / "backups"
    try:
        return folder.is_dir() and any(p.name.startswith(path.stem + "-")
                                       for p in folder.iterdir())
    except OSError:
        return False


def check_sqlite_file(path: Path, *, read_only: bool = False, pages: bool = True) -> None:
    """Refuse files that are not usable databases before SQLAlchemy touches them.

    Each reason has its own error class (see ``store.errors``): a busy file is never
    called damaged, and only a damaged one is offered a restore. ``pages=False`` leaves
    out ``PRAGMA quick_check`` (it reads the whole file: 12 ms for 400 students), for
    ``check_pages`` to do later.
    """
    if not path.exists():
        if read_only:
            raise DatabaseOpenError(str(path), msg("does not exist"))
        parent = path.parent
        if not parent.exists():
            try:
                make_private_dir(parent)
            except OSError as exc:
                raise DatabaseOpenError(str(path), msg("cannot create folder {parent}: {reason}",
                                                       parent=parent,
                                                       reason=exc.strerror or exc)) from exc
        return
    if path.is_dir():
        raise DatabaseOpenError(str(path), msg("is a folder, not a database file"))
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        kind = DatabaseDamagedError if has_backups_beside(path) else DatabaseOpenError
        raise kind(str(path), f"cannot be read: {exc.strerror or exc}") from exc
    if len(head) == 0:
        if has_backups_beside(path):
            raise DatabaseDamagedError(str(path), msg("is empty (0 bytes) although backups of it "
                                                      "exist; it was probably cut short"))
        return  # an empty file with no history is a new database
    if not read_only and (not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK)):
        raise DatabaseReadOnlyError(str(path), msg("cannot be changed: its folder or the file is "
                                                   "read-only for this account; open it read-only, "
                                                   "or copy it to a writable folder"))
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise DatabaseDamagedError(str(path), msg("is not a Career Pathway Planner database (not a "
                                                  "SQLite file, or damaged)"))
    tables = _tables_checked(path, pages=pages)
    if tables and "alembic_version" not in tables:
        # checked before the first real connection, which would switch it to WAL mode
        raise DatabaseForeignError(str(path), msg("is a SQLite database of another program"))


def _tables_checked(path: Path, *, pages: bool) -> set[str]:
    """The file's table names, read after ``PRAGMA quick_check`` when ``pages``; a damaged
    file raises DatabaseDamagedError. Read-only: the file is not changed."""
    try:
        con = sqlite3.connect(_ro_uri(path), uri=True, timeout=2)
        try:
            row = con.execute("PRAGMA quick_check").fetchone() if pages else ("ok",)
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise driver_error(str(path), exc, msg("cannot be read"), DatabaseDamagedError) from exc
    if not row or row[0] != "ok":
        raise DatabaseDamagedError(str(path), msg("is damaged ({value})",
                                                  value=row[0] if row else 'no answer'))
    return tables


def _ro_uri(path: Path) -> str:
    """A read-only URI; immutable when nobody can write beside it (no -shm can be made)."""
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    return f"file:{quote(str(path))}?mode=ro{immutable}"


def make_engine(url: str, *, check: bool = True, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError

    path = sqlite_path(url)
    if path is not None:
        if check:
            check_sqlite_file(path, read_only=read_only)
        if read_only:
            uri = _ro_uri(path)
            engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False))
        else:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:  # NoSuchModuleError is an ArgumentError
        scheme = url.split("://", 1)[0]
        raise DatabaseOpenError(redact(url), msg(
            "uses a database type this app does not support ({scheme!r}); give a file path, a "
            "sqlite:/// URL or a postgresql+psycopg:// URL", scheme=scheme)) from exc


class Database:
    """An open database: where it lives, its engine (made on first use) and sessions."""

    def __init__(self, url: str, engine: Engine | None = None, *,
                 read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._lock = threading.Lock()  # the ORM may be warmed up on another thread
        self.pages_checked = True
        """False while ``PRAGMA quick_check`` waits for ``check_pages`` (see
        ``open_checked``)."""

    def check_pages(self) -> None:
        """The page check the opening left for later, now (nothing when it was done):
        DatabaseDamagedError when the file is damaged."""
        path = self.path
        if not self.pages_checked and path is not None:
            _tables_checked(path, pages=True)
        self.pages_checked = True

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._lock:
                if self._engine is None:  # the file was checked when it was opened
                    self._engine = make_engine(self.url, check=False, read_only=self.read_only)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            with self._lock:
                if self._sessions is None:
                    self._sessions = sessionmaker(engine, expire_on_commit=False)
        return self._sessions

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """Where the data lives, for people: a file path, or a URL without its password."""
        return str(self.path) if self.path else redact(self.engine.url.render_as_string(
            hide_password=True))

    @property
    def is_sqlite(self) -> bool:
        if self._engine is None:
            return self.url.startswith("sqlite")
        return self._engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """The rows of one read-only query with ``:name`` parameters.

        A SQLite file is read through the ``sqlite3`` module while there is no engine yet
        (no SQLAlchemy needed, for the first screen); once the engine exists, and for other
        databases, through the engine's pooled connections (a new ``sqlite3`` connection
        costs more than the query). Write the SQL so it runs on both SQLite and PostgreSQL.
        """
        return self.rows_of([sql], params)[0]

    def rows_of(self, queries: Sequence[str], params: Mapping[str, Any] | None = None
                ) -> list[list[tuple[Any, ...]]]:
        """The rows of each of several read-only queries (as ``rows``), read through one
        connection: a new ``sqlite3`` connection costs about 1 ms, more than such a query."""
        path = self.path
        if path is None or self._engine is not None:
            from sqlalchemy import text

            with self.engine.connect() as conn:
                return [[tuple(r) for r in conn.execute(text(sql), dict(params or {}))]
                        for sql in queries]
        con = (sqlite3.connect(_ro_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
               if self.read_only else
               sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000))
        try:
            con.execute("PRAGMA query_only=ON")
            return [con.execute(sql, dict(params or {})).fetchall() for sql in queries]
        finally:
            con.close()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def open_engine(url: str, *, read_only: bool = False) -> Database:
    return Database(url, make_engine(url, read_only=read_only), read_only=read_only)


def open_checked(url: str, *, read_only: bool = False, pages: bool = True) -> Database:
    """A database whose file is checked now and whose engine is made on first use;
    ``pages=False`` leaves its page check to ``Database.check_pages``."""
    path = sqlite_path(url)
    if path is None:
        return open_engine(url, read_only=read_only)
    check_sqlite_file(path, read_only=read_only, pages=pages)
    database = Database(url, read_only=read_only)
    database.pages_checked = pages or not path.is_file() or path.stat().st_size == 0
    return database
