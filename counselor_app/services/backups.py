"""Backups of the database file: automatic, before imports, on demand; restore.

Copies are made with SQLite's online backup API (``store/backup.py``), so a backup
taken while the app (or a second copy of it) is writing is still consistent. The
newest ``Settings.backups_kept`` backups in the ``backups`` folder next to the
database are kept.

The GUI uses:

* ``auto_backup_if_due(db)`` once after opening the database;
* ``backup_now(db)`` for File > Back up now;
* ``list_backups(path)`` and ``restore(path, source)`` for File > Restore (dispose the
  engine first, reopen afterwards and emit ``bus.database_replaced``);
* ``newest_backup_for(path)`` when opening fails with ``DatabaseOpenError``, to offer
  the newest usable backup.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from counselor_app.store.backup import BACKUP_SUFFIX, backup_dir, backup_file, copy_database
from counselor_app.store.engine import Database, check_sqlite_file
from counselor_app.store.errors import DatabaseOpenError, DatabaseTooNewError

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[^/\\]*)"
                   + re.escape(BACKUP_SUFFIX) + "$")


class BackupError(Exception):
    """A backup could not be made; the message is meant for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str  # manual, auto, before-import, before-migration-0001, before-restore, ...
    size: int

    @property
    def label(self) -> str:
        reason = {"manual": "made by you", "auto": "daily",
                  "before-import": "before an import",
                  "before-restore": "before a restore"}.get(self.reason, self.reason)
        if self.reason.startswith("before-migration"):
            reason = "before an update"
        return f"{self.taken_at:%Y-%m-%d %H:%M} ({reason})"


def _db_file(db: Database) -> Path:
    path = db.path
    if path is None or not db.is_sqlite:
        raise BackupError("backups are made only for a database file; this database is "
                          f"{db.url.split('://', 1)[0]}")
    return path


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """Backups of ``db_path`` in its backups folder, newest first."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if not m or m["stem"] != db_path.stem or not p.is_file():
            continue
        try:
            taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f")
            size = p.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(p, taken, m["reason"], size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def prune(db_path: str | Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` (at least 1) backups; returns what was removed."""
    removed = []
    for old in list_backups(db_path)[max(keep, 1):]:
        try:
            old.path.unlink()
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", old.path, exc)
            continue
        removed.append(old.path)
    return removed


def _keep(db: Database) -> int:
    try:
        from counselor_app.services.settings import load_settings

        return load_settings(db).backups_kept
    except Exception:  # settings unreadable: keep the default number
        return 10


def _copy(path: Path, out: Path | None, reason: str) -> Path:
    if not path.exists():
        raise BackupError(f"{path}: there is no database file to back up")
    try:
        return backup_file(path, out, reason=reason)
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: cannot be backed up ({exc})") from exc
    except OSError as exc:
        target = out or backup_dir(path)
        raise BackupError(f"{target}: cannot write the backup ({exc.strerror or exc})") from exc


def backup_now(db: Database, out: str | Path | None = None, reason: str = "manual") -> Path:
    """A backup now. Without ``out`` it goes to the backups folder, which is then pruned."""
    path = _db_file(db)
    copy = _copy(path, Path(out) if out is not None else None, reason)
    if out is None:
        prune(path, _keep(db))
    return copy


def backup_before(db: Database, reason: str) -> Path | None:
    """The backup taken before an import (None for a non-file database)."""
    if db.path is None or not db.is_sqlite:
        return None
    return backup_now(db, reason=reason)


def auto_backup_if_due(db: Database, max_age_hours: float = 24) -> Path | None:
    """Back up when the newest backup is older than ``max_age_hours`` (or there is none)."""
    if db.path is None or not db.is_sqlite or not db.path.exists():
        return None
    backups = list_backups(db.path)
    if backups:
        age = (datetime.now() - backups[0].taken_at).total_seconds() / 3600
        if 0 <= age < max_age_hours:
            return None
    return backup_now(db, reason="auto")


def check_backup(source: str | Path) -> None:
    """Raise DatabaseOpenError unless ``source`` is an intact database of this app."""
    from alembic.script import ScriptDirectory

    from counselor_app.store.migrate import alembic_config

    source = Path(source)
    if not source.is_file():
        raise DatabaseOpenError(str(source), "does not exist")
    if source.stat().st_size == 0:
        raise DatabaseOpenError(str(source), "is empty")
    check_sqlite_file(source)
    try:
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if "student" not in tables or "alembic_version" not in tables:
                raise DatabaseOpenError(str(source), "is not a Career Pathway Planner database")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            check = con.execute("PRAGMA integrity_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(str(source), f"is damaged ({exc})") from exc
    if not check or check[0] != "ok":
        raise DatabaseOpenError(str(source), f"is damaged ({check[0] if check else '?'})")
    if row is None:
        raise DatabaseOpenError(str(source), "has no schema version")
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(row[0])
    except Exception:
        raise DatabaseTooNewError(str(source), "was made by a newer version of Career "
                                  "Pathway Planner; update the app to restore it") from None


def newest_backup_for(path: str | Path) -> Path | None:
    """The newest backup of ``path`` that passes ``check_backup`` (None when there is none)."""
    for info in list_backups(path):
        try:
            check_backup(info.path)
        except DatabaseOpenError:
            continue
        return info.path
    return None


def _keep_replaced(db_path: Path) -> Path | None:
    """Keep the file about to be replaced: a backup, or a raw copy when it is damaged."""
    if not db_path.exists():
        return None
    try:
        check_sqlite_file(db_path)
        return backup_file(db_path, reason="before-restore")
    except (DatabaseOpenError, sqlite3.Error):
        folder = backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = folder / f"{db_path.stem}-{stamp}-replaced.damaged"
        shutil.copy2(db_path, kept)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
        return kept


def restore(db_path: str | Path, source: str | Path) -> Path | None:
    """Replace the database at ``db_path`` with the backup ``source``.

    ``source`` is checked first (intact, this app's, not from a newer version);
    nothing is touched when it fails. The replaced file is kept in the backups
    folder; its path is returned. Close every connection to ``db_path`` first.
    """
    db_path, source = Path(db_path), Path(source)
    check_backup(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise DatabaseOpenError(str(source), "is the database itself; choose a backup")
    kept = _keep_replaced(db_path)
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    try:
        copy_database(source, tmp)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseOpenError(str(source), f"cannot be copied ({exc})") from exc
    for side in (db_path.with_name(db_path.name + "-wal"),
                 db_path.with_name(db_path.name + "-shm")):
        side.unlink(missing_ok=True)
    tmp.replace(db_path)
    log.info("database %s restored from %s", db_path, source)
    return kept
