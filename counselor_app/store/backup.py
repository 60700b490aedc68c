"""Consistent copies of the SQLite file, made with SQLite's online backup API."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)
BACKUP_SUFFIX = ".backup.db"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def copy_database(source: Path, target: Path) -> None:
    """Write a consistent, self-contained copy of ``source`` to ``target`` (online API)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def backup_file(db_path: Path, out: Path | None = None, reason: str = "manual") -> Path:
    """Copy ``db_path`` to ``out`` (default: the backups folder) and return the copy's path.

    The online backup API gives a consistent snapshot even while another
    connection is writing.
    """
    if out is None:
        folder = backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"{db_path.stem}-{_stamp()}-{reason}{BACKUP_SUFFIX}"
    tmp = out.with_name(out.name + ".part")
    copy_database(db_path, tmp)
    tmp.replace(out)
    log.info("backup written: %s (%s)", out, reason)
    return out

