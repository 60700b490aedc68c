"""Engine and session factory.

SQLite runs in WAL mode with foreign keys on and a busy timeout, so a second copy
of the app on the same file waits for a lock instead of failing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from counselor_app.config import sqlite_path
from counselor_app.store.errors import DatabaseOpenError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15000


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    with contextlib.suppress(sqlite3.OperationalError):
        cur.execute("PRAGMA journal_mode=WAL")  # a read-only file keeps its journal mode
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def check_sqlite_file(path: Path) -> None:
    """Refuse files that are not SQLite databases before SQLAlchemy touches them."""
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseOpenError(str(path), f"cannot create folder {parent}: "
                                        f"{exc.strerror or exc}") from exc
        return
    if path.is_dir():
        raise DatabaseOpenError(str(path), "is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise DatabaseOpenError(str(path), f"cannot be read: {exc.strerror or exc}") from exc
    if len(head) == 0:
        return  # an empty file is a new database
    if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
        raise DatabaseOpenError(str(path), "cannot be changed: its folder or the file is "
                                "read-only for this account; copy it to a writable folder")
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise DatabaseOpenError(str(path), "is not a Career Pathway Planner database "
                                "(not a SQLite file, or damaged)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(str(path), f"is damaged ({exc})") from exc
    if not row or row[0] != "ok":
        raise DatabaseOpenError(str(path), f"is damaged ({row[0] if row else 'no answer'})")
    if tables and "alembic_version" not in tables:
        # checked before the first real connection, which would switch it to WAL mode
        raise DatabaseOpenError(str(path), "is a SQLite database of another program")


def make_engine(url: str, *, check: bool = True) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        if check:
            check_sqlite_file(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """An open database: the engine, its session factory and where it lives."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """Where the data lives, for people: a file path, or a URL without its password."""
        return str(self.path) if self.path else self.engine.url.render_as_string(
            hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_engine(url: str) -> Database:
    engine = make_engine(url)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
