"""Consistent copies of the SQLite file, made with SQLite's online backup API.

Copies are written to a ``.part`` file (0600), flushed to disk and renamed into
place, so a backup is either complete or absent; a ``.part`` left by a kill is
removed at the next start (``bootstrap.clean_partial_files``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from counselor_app.store.files import FILE_MODE, fsync_dir, fsync_file, make_private_dir

log = logging.getLogger(__name__)
BACKUP_SUFFIX = ".backup.db"
DAMAGED_SUFFIX = ".damaged"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Write a consistent, self-contained copy of ``source`` (a file, or an open
    connection) to ``target`` with the online backup API.

    ``target`` is created private (0600) and flushed to disk before this returns."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.close(fd)
    own = not isinstance(source, sqlite3.Connection)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True) if own else source
    assert isinstance(src, sqlite3.Connection)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        if own:
            src.close()
    fsync_file(target)


def backup_file(db_path: Path, out: Path | None = None, reason: str = "manual") -> Path:
    """Copy ``db_path`` to ``out`` (default: the backups folder) and return the copy's path.

    The online backup API gives a consistent snapshot even while another
    connection is writing. An existing ``out`` is replaced (callers ask first).
    """
    if out is None:
        folder = backup_dir(db_path)
        make_private_dir(folder)
        out = folder / f"{db_path.stem}-{_stamp()}-{reason}{BACKUP_SUFFIX}"
    tmp = out.with_name(out.name + ".part")
    try:
        copy_database(db_path, tmp)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(out.parent)
    log.info("backup written: %s (%s)", out.name, reason)
    return out
