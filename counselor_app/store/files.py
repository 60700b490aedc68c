"""Files that hold student data: private to this account, durable when written.

The app sets a umask of 077 at start-up (``private_umask``), so everything it creates
(the database and its -wal/-shm, backups, partial copies, logs, exports) is 0600 in
0700 folders. Files made by older versions are tightened at start (``tighten``),
and each change is written to the log.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_umask() -> None:
    """New files 0600 and folders 0700 from now on (POSIX; no effect on Windows ACLs)."""
    os.umask(PRIVATE_UMASK)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) as 0700 folders."""
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    path.mkdir(parents=True, exist_ok=True)
    for folder in missing:
        with contextlib.suppress(OSError):
            folder.chmod(DIR_MODE)


def _tighten_one(path: Path, mode: int) -> bool:
    try:
        st = path.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
        return False  # never follow links or touch someone else's file
    current = stat.S_IMODE(st.st_mode)
    if current & 0o077 == 0:
        return False
    try:
        path.chmod(current & ~0o077 & 0o7777 | (mode & 0o700))
    except OSError as exc:
        log.warning("could not make %s private: %s", path, exc.strerror or exc)
        return False
    log.info("made %s private (mode %o -> %o)", path, current, current & ~0o077 | (mode & 0o700))
    return True


def tighten(folders: Iterable[Path] = (), files: Iterable[Path] = ()) -> int:
    """Remove group/other access from our folders, the files in them, and ``files``.

    Returns how many were changed (each one is logged)."""
    if os.name != "posix":
        return 0
    changed = 0
    for folder in folders:
        if not folder.is_dir():
            continue
        changed += _tighten_one(folder, DIR_MODE)
        for child in folder.iterdir():
            if child.is_dir() and not child.is_symlink():
                changed += tighten([child])
            elif child.is_file():
                changed += _tighten_one(child, FILE_MODE)
    for f in files:
        changed += _tighten_one(f, FILE_MODE)
    return changed


def database_files(db_path: Path) -> list[Path]:
    """The database file and its SQLite companions."""
    return [db_path] + [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm",
                                                                       "-journal")]


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
