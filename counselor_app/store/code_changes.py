"""Old -> new reference codes, and rewriting user data that refers to them.

The map is data (``resources/data/code_changes.csv``): each row names the kind of code
(pathway, course, program), the old and new code and the migration that applies it.
A migration calls :func:`apply_code_changes` with its own revision, so a later release
adding rows never replays them. All changes of one revision apply at once, so swaps
(A -> B and B -> A) come out right.
"""

from __future__ import annotations

import csv
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from counselor_app.config import resources_dir

KINDS = ("pathway", "course", "program")
# reference tables keep their own codes; the built-in data reload replaces them
_REFERENCE_TABLES = {"course", "course_prerequisite", "program_course"}


def code_changes(revision: str | None) -> dict[str, dict[str, str]]:
    """{kind: {old: new}} of one migration (None: of every migration)."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    path = resources_dir() / "data" / "code_changes.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            if revision is not None and row["migration"].strip() != revision:
                continue
            kind = row["kind"].strip()
            if kind not in KINDS:
                raise ValueError(f"{path.name}, row {line}, field 'kind': {kind!r} is not "
                                 f"one of {', '.join(KINDS)}")
            out[kind][row["old"].strip()] = row["new"].strip()
    return dict(out)


def _rewrite_column(conn: Connection, table: str, key: str, column: str,
                    mapping: dict[str, str]) -> int:
    t = sa.table(table, sa.column(key), sa.column(column))
    rows = conn.execute(sa.select(t.c[key], t.c[column])
                        .where(t.c[column].in_(list(mapping)))).all()
    for k, old in rows:
        conn.execute(t.update().where(t.c[key] == k).values({column: mapping[old]}))
    return len(rows)


def _rewrite_lists(conn: Connection, table: str, key: str, column: str,
                   mapping: dict[str, str]) -> int:
    """Rewrite codes inside a ';'-separated list column."""
    t = sa.table(table, sa.column(key), sa.column(column))
    changed = 0
    for k, value in conn.execute(sa.select(t.c[key], t.c[column])).all():
        parts = [p for p in (value or "").split(";") if p]
        new = [mapping.get(p, p) for p in parts]
        if new != parts:
            conn.execute(t.update().where(t.c[key] == k).values({column: ";".join(new)}))
            changed += 1
    return changed


def apply_code_changes(conn: Connection, revision: str) -> dict[str, int]:
    """Rewrite user data (students, plans, planned and recorded courses) to the new codes.

    Returns how many rows changed per table and column, for the log.
    """
    changes = code_changes(revision)
    tables = set(sa.inspect(conn).get_table_names())
    done: dict[str, int] = {}
    if "student" in tables and (changes.get("pathway")):
        done["student.career_interests"] = _rewrite_lists(
            conn, "student", "id", "career_interests", changes["pathway"])
    if "plan" in tables and changes.get("program"):
        done["plan.program_code"] = _rewrite_column(conn, "plan", "id", "program_code",
                                                    changes["program"])
    if changes.get("course"):
        for table in sorted(tables - _REFERENCE_TABLES):
            columns = {c["name"] for c in sa.inspect(conn).get_columns(table)}
            if "course_code" in columns and "id" in columns:
                done[f"{table}.course_code"] = _rewrite_column(
                    conn, table, "id", "course_code", changes["course"])
    return done
