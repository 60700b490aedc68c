"""Consistent copies of the SQLite file, made with SQLite's online backup API."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from counselor_app.store.engine import check_sqlite_file
from counselor_app.store.errors import DatabaseOpenError

log = logging.getLogger(__name__)
BACKUP_SUFFIX = ".backup.db"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


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
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(out)
    log.info("backup written: %s (%s)", out, reason)
    return out


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*{BACKUP_SUFFIX}"),
                  key=lambda p: p.stat().st_mtime, reverse=True)


def prune_backups(db_path: Path, keep: int) -> list[Path]:
    removed = []
    for old in list_backups(db_path)[max(keep, 1):]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def newest_backup_age_hours(db_path: Path) -> float | None:
    backups = list_backups(db_path)
    if not backups:
        return None
    return (datetime.now().timestamp() - backups[0].stat().st_mtime) / 3600


def restore_file(db_path: Path, source: Path) -> Path | None:
    """Replace ``db_path`` with ``source`` after checking it; keep the replaced file.

    Returns where the replaced file was kept (None when there was none).
    """
    if not source.is_file():
        raise DatabaseOpenError(str(source), "does not exist")
    check_sqlite_file(source)
    con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    if "student" not in tables or "alembic_version" not in tables:
        raise DatabaseOpenError(str(source), "is not a Career Pathway Planner database")
    kept = None
    if db_path.exists():
        kept = backup_file(db_path, reason="before-restore")
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        side.unlink(missing_ok=True)
    tmp.replace(db_path)
    log.info("database restored from %s", source)
    return kept
