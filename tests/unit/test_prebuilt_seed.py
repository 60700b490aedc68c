"""The first start copies a prebuilt seeded database: current, equal to a fresh seed,
checked by checksum, upgradable by the migrations, and never used when damaged."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from counselor_app.store import prebuilt
from counselor_app.store.bootstrap import open_database
from counselor_app.store.prebuilt import MANIFEST_FILE, SEED_FILE, current_manifest, read_manifest

ROOT = Path(__file__).resolve().parents[2]
REBUILD = "run `python scripts/build_seed_database.py` and commit resources/seed"


def dump(path: Path) -> dict[str, object]:
    """Schema and every row of every table, in a stable order (the copy's own load time
    of the requirement sets left out)."""
    con = sqlite3.connect(path)
    try:
        schema = sorted(con.execute("SELECT type, name, sql FROM sqlite_master "
                                    "WHERE name NOT LIKE 'sqlite_%'").fetchall(), key=repr)
        out: dict[str, object] = {"schema": schema}
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'search_fts_%'")]
        for table in tables:
            cursor = con.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            rows = [tuple(v for n, v in zip(names, row, strict=True)
                          if not (table == "requirement_set" and n == "updated_at"))
                    for row in cursor]
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def test_the_prebuilt_database_is_intact_and_built_from_this_release() -> None:
    manifest = read_manifest()
    assert manifest is not None, REBUILD
    data = gzip.decompress((prebuilt.seed_dir() / SEED_FILE).read_bytes())
    assert manifest == current_manifest(hashlib.sha256(data).hexdigest()), REBUILD


@pytest.mark.slow
def test_the_prebuilt_database_equals_a_freshly_seeded_one(tmp_path: Path) -> None:
    open_database(str(tmp_path / "fresh.db"), prebuilt=False).dispose()
    assert prebuilt.install_seed(tmp_path / "copy.db"), REBUILD
    fresh, copy = dump(tmp_path / "fresh.db"), dump(tmp_path / "copy.db")
    assert fresh.keys() == copy.keys()
    for table in fresh:
        assert fresh[table] == copy[table], f"{table} differs: {REBUILD}"
    counts = {t: len(rows) for t, rows in copy.items() if isinstance(rows, list)}
    assert counts["course"] > 400 and counts["occupation"] > 1000 and counts["search_entry"]
    assert counts["requirement_set"] >= 10 and counts["student"] == 0


def test_a_new_database_is_the_copy_and_opening_it_loads_no_orm(tmp_path: Path) -> None:
    code = textwrap.dedent(f"""
        import sys
        from counselor_app.store.bootstrap import open_database
        from counselor_app.services.student_list import list_students
        db = open_database({str(tmp_path / "new.db")!r})
        assert list_students(db) == []
        print(db.rows("SELECT count(*) FROM course")[0][0],
              db.rows("SELECT count(*) FROM requirement_set")[0][0])
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
        print(loaded[:3])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
                                        "HOME": str(tmp_path),
                                        "COUNSELOR_APP_NO_LOG_FILE": "1"}, check=True)
    courses, sets = out.stdout.split("\n")[0].split()
    assert int(courses) > 400 and int(sets) >= 10  # the full built-in catalog
    assert out.stdout.split("\n")[1] == "[]"
    assert (tmp_path / "new.db").stat().st_mode & 0o077 == 0  # private, like any database


@pytest.mark.parametrize("damage", ["checksum", "stale", "missing"])
def test_a_damaged_or_stale_prebuilt_copy_is_never_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    folder = tmp_path / "seed"
    shutil.copytree(prebuilt.seed_dir(), folder)
    if damage == "checksum":
        data = bytearray(gzip.decompress((folder / SEED_FILE).read_bytes()))
        data[5000] ^= 0xFF
        (folder / SEED_FILE).write_bytes(gzip.compress(bytes(data)))
    elif damage == "stale":
        text = (folder / MANIFEST_FILE).read_text(encoding="utf-8")
        (folder / MANIFEST_FILE).write_text(text.replace('"data_version": "builtin-',
                                                         '"data_version": "builtin-0'))
    else:
        (folder / SEED_FILE).unlink()
    assert prebuilt.install_seed(tmp_path / "x.db", folder) is False
    assert not (tmp_path / "x.db").exists()
    monkeypatch.setattr(prebuilt, "seed_dir", lambda: folder)
    db = open_database(str(tmp_path / "new.db"))  # built the long way instead
    try:
        assert db.rows("SELECT count(*) FROM course")[0][0] > 400
    finally:
        db.dispose()


def test_the_migrations_apply_to_the_prebuilt_copy(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from counselor_app.store.migrate import SCHEMA_HEAD, alembic_config, head_revision

    path = tmp_path / "copy.db"
    assert prebuilt.install_seed(path)
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:  # back to the schema before the newest migration
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    engine.dispose()
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version"
                                         ).fetchone()[0] != SCHEMA_HEAD
    db = open_database(str(path))  # upgrades it again, with a backup first
    try:
        assert db.rows("SELECT version_num FROM alembic_version") == [(head_revision(),)]
        assert db.rows("SELECT count(*) FROM course")[0][0] > 400
    finally:
        db.dispose()
