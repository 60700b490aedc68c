"""A database at schema 0001 holding many students and plans, for upgrade tests."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine


def upgrade_to(path: Path, revision: str) -> Path:
    """Create (or upgrade) the SQLite file ``path`` at schema ``revision``."""
    from alembic import command

    from counselor_app.store.migrate import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    return path


def make_schema_0001(path: Path, students: int) -> Path:
    """Create ``path`` at revision 0001 with ``students`` students, each with a plan."""
    upgrade_to(path, "0001")
    now = dt.datetime(2025, 9, 1, 8, 0).isoformat(" ")
    year = dt.date.today().year
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO student (id, student_id, first_name, last_name, preferred_name, grade,"
            " graduation_year, school, counselor, career_interests, notes, archived, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, '', 10, ?, 'School', 'Ms. C', '', 'note', 0, ?, ?)",
            [(i, f"U{i:06}", f"Zoë{i}", f"Núñez{i}", year + 2, now, now)
             for i in range(1, students + 1)])
        con.executemany(
            "INSERT INTO plan (id, student_pk, name, is_active, career_goal_text,"
            " postsecondary_type, postsecondary_institution, notes, status, status_by,"
            " created_at, updated_at) VALUES (?, ?, 'Main', 1, '', '', '', '', 'draft', '', ?, ?)",
            [(i, i, now, now) for i in range(1, students + 1)])
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return path
