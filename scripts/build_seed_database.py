"""Rebuild the prebuilt reference database (``resources/seed``) the first start copies.

    python scripts/build_seed_database.py [--check]

Creates, migrates and seeds a new database the long way (no prebuilt copy), stamps its
requirement sets with a fixed load time, compacts it (``VACUUM INTO``, rollback
journal) and writes ``reference.db.gz`` (gzip without a timestamp) and
``reference.json`` (SHA-256, schema head, data fingerprints). The same sources give the
same bytes. ``--check`` writes nothing and exits 1 when the files are out of date.
Run it after changing ``resources/data``, ``resources/requirements`` or a migration;
``tests/unit/test_prebuilt_seed.py`` fails until then.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")

from counselor_app.store.bootstrap import open_database  # noqa: E402
from counselor_app.store.prebuilt import (  # noqa: E402
    BUILT_AT,
    MANIFEST_FILE,
    SEED_FILE,
    current_manifest,
    seed_dir,
)


def build_seed_bytes() -> bytes:
    """A freshly created, migrated and seeded database, normalized, as bytes."""
    with tempfile.TemporaryDirectory(prefix="seed-build-") as tmp:
        fresh, compact = Path(tmp) / "fresh.db", Path(tmp) / "compact.db"
        open_database(str(fresh), prebuilt=False).dispose()
        con = sqlite3.connect(fresh)
        try:
            with con:
                con.execute("UPDATE requirement_set SET updated_at = ?", (BUILT_AT,))
            con.execute("PRAGMA journal_mode=DELETE")
            con.execute("VACUUM INTO ?", (str(compact),))
        finally:
            con.close()
        return compact.read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    data = build_seed_bytes()
    manifest = current_manifest(hashlib.sha256(data).hexdigest())
    packed = gzip.compress(data, compresslevel=9, mtime=0)
    text = json.dumps(manifest.__dict__, indent=2) + "\n"
    folder = seed_dir()
    seed, info = folder / SEED_FILE, folder / MANIFEST_FILE
    current = (seed.is_file() and seed.read_bytes() == packed and info.is_file()
               and info.read_text(encoding="utf-8") == text)
    if args.check:
        print(f"{seed}: {'current' if current else 'OUT OF DATE: run ' + __file__}")
        return 0 if current else 1
    folder.mkdir(parents=True, exist_ok=True)
    seed.write_bytes(packed)
    info.write_text(text, encoding="utf-8")
    print(f"wrote {seed} ({len(packed) / 1024:.0f} KiB, {len(data) / 1024:.0f} KiB unpacked) "
          f"and {info.name}: {'unchanged' if current else 'updated'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
