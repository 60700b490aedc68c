"""Backups of the database file: automatic, before imports, on demand; restore.

Copies are made with SQLite's online backup API (``store/backup.py``), so a backup
taken while the app (or a second copy of it) is writing is still consistent. The
newest ``Settings.backups_kept`` backups OF EACH KIND (daily, manual, before an
import, before an update, before a restore) in the ``backups`` folder next to the
database are kept, so ten imports never delete the daily or before-update backups.

The GUI uses:

* ``auto_backup_if_due(db)`` once after opening the database;
* ``backup_now(db)`` for File > Back up now;
* ``list_backups(path)`` and ``restore(path, source)`` for File > Restore (dispose the
  engine first, reopen afterwards and emit ``bus.database_replaced``);
* ``newest_backup_for(path)`` when opening fails with ``DatabaseDamagedError`` (and
  only then: a busy, read-only or newer file is never offered a restore).
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from counselor_app.messages import msg
from counselor_app.store.backup import (
    BACKUP_SUFFIX,
    DAMAGED_SUFFIX,
    _stamp,
    backup_dir,
    backup_file,
    copy_database,
)
from counselor_app.store.engine import Database, check_sqlite_file
from counselor_app.store.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseForeignError,
    DatabaseOpenError,
    DatabaseTooNewError,
    is_busy,
    is_disk_full,
)
from counselor_app.store.files import fsync_dir, make_private_dir

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[^/\\]*?)"
                   r"(?P<suffix>" + re.escape(BACKUP_SUFFIX) + "|" + re.escape(DAMAGED_SUFFIX)
                   + ")$")

KINDS = ("auto", "manual", "before-import", "before-migration", "before-restore")
"""Backups are kept per kind: pruning one kind never deletes another."""


class BackupError(Exception):
    """A backup could not be made; the message is meant for the user."""


def kind_of(reason: str) -> str:
    if reason.startswith("before-migration"):
        return "before-migration"
    return reason if reason in KINDS else "manual"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str  # manual, auto, before-import, before-migration-0001, before-restore, ...
    size: int
    damaged: bool = False  # a damaged database kept when a restore replaced it

    @property
    def kind(self) -> str:
        return "damaged" if self.damaged else kind_of(self.reason)

    @property
    def label(self) -> str:
        reason: str = {"manual": msg("made by you"), "auto": msg("daily"),
                       "before-import": msg("before an import"),
                       "before-restore": msg("replaced by a restore")}.get(self.reason,
                                                                          self.reason)
        if self.reason.startswith("before-migration"):
            reason = msg("before an update")
        if self.damaged:
            reason = msg("damaged file replaced by a restore; kept for repair")
        return msg("{taken} ({why})", taken=f"{self.taken_at:%Y-%m-%d %H:%M}", why=reason)


def _db_file(db: Database) -> Path:
    path = db.path
    if path is None or not db.is_sqlite:
        raise BackupError(msg("backups are made only for a database file; this database is {value}",
                              value=db.url.split('://', 1)[0]))
    return path


def list_backups(db_path: str | Path, *, include_damaged: bool = False) -> list[BackupInfo]:
    """Backups of ``db_path`` in its backups folder, newest first.

    ``include_damaged`` adds the damaged files that restores replaced (for the
    Restore dialog; they cannot be restored)."""
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
        found.append(BackupInfo(p, taken, m["reason"], size,
                                m["suffix"] == DAMAGED_SUFFIX))
    if not include_damaged:
        found = [b for b in found if not b.damaged]
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def prune(db_path: str | Path, keep: int, kind: str | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` (at least 1) backups of each kind (or of
    ``kind`` only); returns what was removed, newest first."""
    removed = []
    by_kind: dict[str, list[BackupInfo]] = {}
    for info in list_backups(db_path):
        if kind is None or info.kind == kind:
            by_kind.setdefault(info.kind, []).append(info)
    surplus = [old for infos in by_kind.values() for old in infos[max(keep, 1):]]
    surplus.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    for old in surplus:
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
        raise BackupError(msg("{path}: there is no database file to back up", path=path))
    try:
        return backup_file(path, out, reason=reason)
    except sqlite3.Error as exc:
        if is_disk_full(exc):
            raise BackupError(msg("{value}: cannot write the backup: the disk is full",
                                  value=out or backup_dir(path))) from exc
        raise BackupError(msg("{path}: cannot be backed up ({exc})", path=path, exc=exc)) from exc
    except OSError as exc:
        target = out or backup_dir(path)
        raise BackupError(msg("{target}: cannot write the backup ({value})",
                              target=target, value=exc.strerror or exc)) from exc


def check_backup_target(out: Path, *, force: bool = False) -> None:
    """Refuse a ``--out`` that is a folder, lies in a missing folder, or exists (no force)."""
    if out.is_dir():
        raise BackupError(msg("{out}: is a folder; give a file name", out=out))
    if not out.parent.is_dir():
        raise BackupError(msg("{parent}: no such folder (create it first)", parent=out.parent))
    if out.exists() and not force:
        raise BackupError(msg("{out}: already exists; choose another name or use --force to replace"
                              " it", out=out))


def backup_now(db: Database, out: str | Path | None = None, reason: str = "manual", *,
               force: bool = False) -> Path:
    """A backup now. Without ``out`` it goes to the backups folder, whose backups of
    the same kind are then pruned. An existing ``out`` is replaced only with ``force``."""
    path = _db_file(db)
    if out is not None:
        check_backup_target(Path(out), force=force)
    copy = _copy(path, Path(out) if out is not None else None, reason)
    if out is None:
        prune(path, _keep(db), kind_of(reason))
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
    backups = [b for b in list_backups(db.path) if b.kind == "auto"]
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
        raise DatabaseOpenError(str(source), msg("does not exist"))
    if source.stat().st_size == 0:
        raise DatabaseOpenError(str(source), msg("is empty"))
    check_sqlite_file(source)
    try:
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if "student" not in tables or "alembic_version" not in tables:
                raise DatabaseOpenError(str(source),
                                        msg("is not a Career Pathway Planner database"))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            check = con.execute("PRAGMA integrity_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(str(source), msg("is damaged ({exc})", exc=exc)) from exc
    if not check or check[0] != "ok":
        raise DatabaseOpenError(str(source), msg("is damaged ({value})",
                                                 value=check[0] if check else '?'))
    if row is None:
        raise DatabaseOpenError(str(source), msg("has no schema version"))
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(row[0])
    except Exception:
        raise DatabaseTooNewError(str(source), msg(
            "was made by a newer version of Career Pathway Planner; update the app to restore "
            "it")) from None


def newest_backup_for(path: str | Path) -> Path | None:
    """The newest backup of ``path`` that passes ``check_backup`` (None when there is none)."""
    for info in list_backups(path):
        try:
            check_backup(info.path)
        except DatabaseOpenError:
            continue
        return info.path
    return None


def _keep_damaged(db_path: Path) -> Path | None:
    """Keep a raw copy (with its -wal) of a damaged file about to be replaced."""
    folder = backup_dir(db_path)
    make_private_dir(folder)
    kept = folder / f"{db_path.stem}-{_stamp()}-replaced{DAMAGED_SUFFIX}"
    try:
        shutil.copy2(db_path, kept)
    except OSError as exc:
        log.warning("could not keep a copy of the damaged database: %s", exc.strerror or exc)
        kept.unlink(missing_ok=True)
        return None
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        with contextlib.suppress(OSError):
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
    return kept


def _lock_exclusively(db_path: Path) -> sqlite3.Connection:
    """A connection holding an exclusive lock on ``db_path`` until it is closed.

    Fails with DatabaseBusyError when any other connection (another window, another
    copy of the app, the command line) has the file open."""
    con = sqlite3.connect(str(db_path), timeout=1.0, isolation_level=None)
    try:
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("COMMIT")  # in exclusive locking mode the lock stays after the commit
    except sqlite3.Error as exc:
        con.close()
        if is_busy(exc):
            raise DatabaseBusyError(str(db_path), msg("is open in another window or program; close "
                                                      "it there, then restore")) from exc
        raise
    return con


def restore(db_path: str | Path, source: str | Path) -> Path | None:
    """Replace the database at ``db_path`` with the backup ``source``.

    ``source`` is checked first (intact, this app's, not from a newer version);
    nothing is touched when it fails, or when another connection has ``db_path``
    open. An intact database is overwritten in place through the online backup API
    while this holds an exclusive lock (one SQLite transaction: a kill leaves the old
    or the new content). A damaged one is replaced by renaming a flushed copy over
    it. The replaced file is kept in the backups folder; its path is returned.
    """
    db_path, source = Path(db_path), Path(source)
    check_backup(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise DatabaseOpenError(str(source), msg("is the database itself; choose a backup"))
    damaged = False
    if db_path.exists():
        try:
            check_sqlite_file(db_path)
        except (DatabaseDamagedError, DatabaseForeignError):
            damaged = True
        except DatabaseBusyError:
            raise DatabaseBusyError(str(db_path), msg("is open in another window or program; close "
                                                      "it there, then restore")) from None
    if db_path.exists() and not damaged:
        return _restore_in_place(db_path, source)
    kept = _keep_damaged(db_path) if db_path.exists() else None
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    try:
        copy_database(source, tmp)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseOpenError(str(source), msg("cannot be copied ({exc})", exc=exc)) from exc
    for side in (db_path.with_name(db_path.name + "-wal"),
                 db_path.with_name(db_path.name + "-shm")):
        side.unlink(missing_ok=True)
    tmp.replace(db_path)
    fsync_dir(db_path.parent)
    log.info("database %s restored from %s", db_path.name, source.name)
    return kept


def _restore_in_place(db_path: Path, source: Path) -> Path:
    live = _lock_exclusively(db_path)
    try:
        folder = backup_dir(db_path)
        make_private_dir(folder)
        kept = folder / f"{db_path.stem}-{_stamp()}-before-restore{BACKUP_SUFFIX}"
        try:
            copy_database(live, kept.with_name(kept.name + ".part"))
            kept.with_name(kept.name + ".part").replace(kept)
        except (sqlite3.Error, OSError) as exc:
            kept.with_name(kept.name + ".part").unlink(missing_ok=True)
            raise DatabaseOpenError(str(db_path), msg("was not replaced: a copy of it could not be "
                                                      "kept first ({exc})", exc=exc)) from exc
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            src.backup(live)
        except sqlite3.Error as exc:
            raise DatabaseOpenError(str(db_path), msg("was not replaced ({exc})", exc=exc)) from exc
        finally:
            src.close()
    finally:
        live.close()
    log.info("database %s restored from %s", db_path.name, source.name)
    return kept
