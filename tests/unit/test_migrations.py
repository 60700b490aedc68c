"""Alembic migrations: from empty, re-run is a no-op, one head, schema matches the models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from counselor_app.domain import Base
from counselor_app.store.engine import open_engine
from counselor_app.store.migrate import alembic_config, current_revision, head_revision, migrate


def test_single_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1


def test_upgrade_from_empty_then_rerun_is_a_no_op(tmp_path: Path) -> None:
    db = open_engine(f"sqlite:///{tmp_path / 'm.db'}")
    assert migrate(db) is True
    assert current_revision(db) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert {"student", "plan", "plan_course", "course", "search_entry", "search_fts"} <= tables
    assert migrate(db) is False
    assert not list((tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else True
    db.dispose()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = open_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # the FTS5 shadow tables are SQLite's own, not the models'
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("search_fts"))]
    assert diff == []
    db.dispose()


def test_wal_mode_and_foreign_keys_are_on(tmp_path: Path) -> None:
    db = open_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_the_fast_path_head_matches_the_migration_scripts() -> None:
    from counselor_app.store.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
