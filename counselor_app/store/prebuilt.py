"""The first start copies a prebuilt, seeded database instead of building one.

``resources/seed/reference.db.gz`` is an empty database at the newest schema holding the
built-in reference data, search index and requirement sets, exactly as creating,
migrating and seeding a new file leaves it. ``reference.json`` beside it records the
SHA-256 of the database and the schema and data fingerprints it was built from. A new
database file is a copy of it when the checksum holds and every fingerprint matches
this release; otherwise (a damaged or stale copy) the app builds the database the long
way, so the copy is only ever a shortcut. ``scripts/build_seed_database.py`` rebuilds it
byte for byte; a test proves it equals a freshly seeded database.

Measured (issue 15): the copy takes ~0.03 s and needs neither SQLAlchemy nor Alembic;
creating, migrating and seeding takes 1.7 s on a quiet 2-core machine.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from counselor_app.config import resources_dir
from counselor_app.store.files import FILE_MODE, fsync_dir, make_private_dir
from counselor_app.store.fingerprints import builtin_sets_version, data_version

log = logging.getLogger(__name__)

SEED_FILE = "reference.db.gz"
MANIFEST_FILE = "reference.json"
BUILT_AT = "2000-01-01 00:00:00.000000"
"""The load time stored in the prebuilt file's requirement sets (a copy gets its own)."""


@dataclass(frozen=True)
class Manifest:
    sha256: str
    schema: str
    data_version: str
    sets_version: str


def seed_dir() -> Path:
    return resources_dir() / "seed"


def read_manifest(folder: Path | None = None) -> Manifest | None:
    try:
        raw = json.loads(((folder or seed_dir()) / MANIFEST_FILE).read_text(encoding="utf-8"))
        return Manifest(str(raw["sha256"]), str(raw["schema"]), str(raw["data_version"]),
                        str(raw["sets_version"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current_manifest(sha256: str) -> Manifest:
    """The manifest a database with this checksum, built by this release, would have."""
    from counselor_app.store.migrate import SCHEMA_HEAD

    return Manifest(sha256, SCHEMA_HEAD, data_version(), builtin_sets_version())


def usable_seed(folder: Path | None = None) -> bytes | None:
    """The prebuilt database's bytes, when it is intact and built from this release."""
    folder = folder or seed_dir()
    manifest = read_manifest(folder)
    if manifest is None:
        return None
    try:
        data = gzip.decompress((folder / SEED_FILE).read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        log.warning("prebuilt database unreadable (%s); building one", exc.__class__.__name__)
        return None
    expected = current_manifest(hashlib.sha256(data).hexdigest())
    if manifest != expected:
        why = "checksum" if manifest.sha256 != expected.sha256 else "built from other data"
        log.warning("prebuilt database not used (%s); building one", why)
        return None
    return data


def install_seed(target: Path, folder: Path | None = None) -> bool:
    """Write the prebuilt database to ``target`` (which must not hold data); False when
    there is no usable one (the caller then creates, migrates and seeds)."""
    data = usable_seed(folder)
    if data is None:
        return False
    part = target.with_name(f".{target.name}.{os.getpid()}.part")  # one per process
    try:
        make_private_dir(target.parent)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        con = sqlite3.connect(part)
        try:  # loaded now, as seeding this file would have stamped them
            with con:
                con.execute("UPDATE requirement_set SET updated_at = ?",
                            (dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S.000000"),))
        finally:
            con.close()
        if target.exists():  # an empty file: a new database the user created
            part.replace(target)
        else:
            try:  # never over a database another copy of the app has just made
                os.link(part, target)
            except FileExistsError:
                log.info("another process created the database first")
            except OSError:  # no hard links on this drive (FAT, some network shares)
                if not target.exists():
                    part.replace(target)
            part.unlink(missing_ok=True)
    except OSError as exc:  # a read-only folder, a full disk: the long way says why
        part.unlink(missing_ok=True)
        log.info("prebuilt database not copied: %s", exc.strerror or exc.__class__.__name__)
        return False
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    log.info("new database made from the prebuilt reference database")
    return True
