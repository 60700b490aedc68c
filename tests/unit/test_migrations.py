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


def test_0006_converts_old_requirement_sets_and_keeps_the_setting(tmp_path: Path) -> None:
    import json

    from alembic import command
    from sqlalchemy import text

    db = open_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO grad_requirement_set (code, name, is_example) VALUES "
                          "('ours', 'Our district', 0), ('example-24', 'Example', 1)"))
        conn.execute(text("INSERT INTO grad_requirement (set_code, subject_area, credits, "
                          "sort_order) VALUES ('ours', 'English', 4, 0), ('ours', '*', 22, 1),"
                          " ('example-24', '*', 24, 0)"))
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('requirement_set', :v)"),
                      {"v": json.dumps("ours")})
        conn.execute(text("INSERT INTO course (code, title, credits, subject_area, grade_low, "
                          "grade_high, cte, dual_credit, repeatable, description) VALUES "
                          "('03051', 'Biology', 1, 'Science', 9, 12, 0, 0, 0, '')"))
    migrate(db, backup=False)
    with db.engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT code, builtin FROM requirement_set")).all())
        body = json.loads(conn.execute(text("SELECT body FROM requirement_set WHERE code = "
                                            "'ours'")).scalar())
        tags = conn.execute(text("SELECT tags FROM course WHERE code = '03051'")).scalar()
        setting = conn.execute(text("SELECT value FROM setting WHERE key = "
                                    "'requirement_set'")).scalar()
    assert rows == {"ours": 0, "example-24": 1}
    assert [r["kind"] for r in body["requirements"]] == ["credits", "total"]
    assert "lab-science" in tags
    assert json.loads(setting) == "ours"
    db.dispose()

    from counselor_app.audit import parse_set

    assert parse_set(body, "ours").find("total") is not None
