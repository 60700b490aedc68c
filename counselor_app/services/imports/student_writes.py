"""Students in bulk: stored students looked up by ID a chunk at a time, new ones added
with one INSERT per chunk and changed ones updated with one UPDATE per chunk (and per
set of columns), each run as a single executemany.

The update checks and bumps ``row_version`` like an ORM update does, so a form that
showed the student before the import saves as a conflict, not over the import. While
applying, SQLite's write lock (taken first) keeps other writers out; on PostgreSQL the
looked-up rows are locked (``FOR UPDATE``) until the import commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from counselor_app.domain import Student
from counselor_app.services.imports.bulk import rows_by_keys
from counselor_app.text import student_folded_columns

FIELDS = ("last_name", "first_name", "preferred_name", "grade", "graduation_year", "school",
          "counselor", "family_language")
"""The stored fields an import may change."""
_TABLE = cast(Table, Student.__table__)
_SELECT = ("SELECT id, student_id, row_version, " + ", ".join(FIELDS)
           + " FROM student WHERE {match}")


class StudentsChanged(Exception):
    """Another program changed a student between the check and the write."""


class StoredStudents:
    """The stored students a chunk of the file names, read with one statement."""

    def __init__(self, session: Session, *, lock: bool = False) -> None:
        self.session = session
        self.postgres = session.get_bind().dialect.name == "postgresql"
        self.lock = lock and self.postgres
        # the lengths stored IDs have: a new numeric ID is compared with the same
        # number written with the leading zeros of those lengths only
        self.lengths = sorted(n for n in session.scalars(
            select(func.length(Student.student_id)).distinct()) if n)

    def existing(self, ids: Sequence[str]) -> dict[str, Any]:
        """Student ID -> stored row (id, student_id, row_version and ``FIELDS``)."""
        sql = _SELECT + (" FOR UPDATE" if self.lock else "")
        return {row.student_id: row for row in rows_by_keys(self.session, sql, ids,
                                                            column="student_id")}

    def zero_twins(self, ids: Sequence[str]) -> dict[str, str]:
        """For numeric IDs not stored: the number without leading zeros -> a stored ID
        that is the same number with other leading zeros (123 and 000123)."""
        variants = sorted({v for sid in ids if sid.isdigit()
                           for v in zero_forms(sid, self.lengths)})
        found: dict[str, str] = {}
        for row in rows_by_keys(self.session, "SELECT student_id FROM student WHERE {match}",
                                variants, column="student_id"):
            found.setdefault(row.student_id.lstrip("0"), row.student_id)
        return found


def zero_forms(sid: str, lengths: Sequence[int]) -> list[str]:
    """The same number written with other leading zeros, in the ``lengths`` given."""
    bare = sid.lstrip("0") or "0"
    return [form for n in lengths if n >= len(bare)
            if (form := "0" * (n - len(bare)) + bare) != sid]


DERIVED = ("name_folded", "sort_name", "sort_id")
"""The columns a student row derives from its names and ID (kept by every writer)."""
_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
"""Positional parameter markers by DB-API paramstyle (sqlite3: qmark; psycopg: pyformat)."""
_INSERTED = ("student_id", "first_name", "last_name", "preferred_name", "grade",
             "graduation_year", "school", "counselor", "family_language", "career_interests",
             "notes", "archived", "name_folded", "sort_name", "sort_id", "created_at",
             "updated_at", "row_version", "updated_by")


def insert_students(session: Session, adds: list[tuple[str, dict[str, Any]]],
                    when: dt.datetime) -> None:
    """Add new students (ID, field values) with one executemany of plain tuples: the
    driver's own executemany, without per-row work by SQLAlchemy."""
    if not adds:
        return
    conn = session.connection()
    mark = _MARKS.get(conn.dialect.paramstyle)
    stamp = _TABLE.c.created_at.type.bind_processor(conn.dialect) if mark else None
    at = stamp(when) if stamp is not None else when  # SQLite stores text: convert once
    rows = []
    for sid, v in adds:
        first, last, preferred = v["first_name"], v["last_name"], v.get("preferred_name", "")
        derived = student_folded_columns(first, last, preferred, sid)
        rows.append((sid, first, last, preferred, v["grade"], v["graduation_year"],
                     v.get("school", ""), v.get("counselor", ""), v.get("family_language", ""),
                     "", "", False, *(derived[c] for c in DERIVED), at, at, 1, ""))
    if mark is None:  # a driver with named parameters: through SQLAlchemy
        session.execute(insert(_TABLE), [dict(zip(_INSERTED, r, strict=True)) for r in rows])
        return
    sql = (f"INSERT INTO student ({', '.join(_INSERTED)}) "
           f"VALUES ({', '.join([mark] * len(_INSERTED))})")
    conn.exec_driver_sql(sql, rows)


def update_students(session: Session, updates: list[tuple[Any, dict[str, Any]]],
                    when: dt.datetime) -> None:
    """Write changed fields of stored students (stored row, new values): one executemany
    per set of columns. Raises StudentsChanged when a row's version moved meanwhile."""
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for old, values in updates:
        columns = tuple(values)
        derived = student_folded_columns(values.get("first_name", old.first_name),
                                         values.get("last_name", old.last_name),
                                         values.get("preferred_name", old.preferred_name),
                                         old.student_id)
        groups.setdefault(columns, []).append(
            (*values.values(), *(derived[c] for c in DERIVED), old.id, old.row_version))
    conn = session.connection()
    mark = _MARKS.get(conn.dialect.paramstyle)
    stamp = _TABLE.c.updated_at.type.bind_processor(conn.dialect) if mark else None
    at = stamp(when) if stamp is not None else when
    sane = conn.dialect.supports_sane_multi_rowcount
    for columns, rows in groups.items():
        if mark is None:  # a driver with named parameters: through SQLAlchemy
            count = _update_named(session, columns, rows, when)
        else:
            sets = ", ".join(f"{c} = {mark}" for c in (*columns, *DERIVED))
            sql = (f"UPDATE student SET {sets}, updated_at = {mark}, "
                   f"row_version = row_version + 1 WHERE id = {mark} AND row_version = {mark}")
            count = conn.exec_driver_sql(sql, [(*r[:-2], at, *r[-2:]) for r in rows]).rowcount
        if sane and count != len(rows):
            raise StudentsChanged()


def _update_named(session: Session, columns: tuple[str, ...], rows: list[tuple[Any, ...]],
                  when: dt.datetime) -> int:
    stmt = (update(_TABLE)
            .where(_TABLE.c.id == bindparam("b_pk"),
                   _TABLE.c.row_version == bindparam("b_version"))
            .values(row_version=_TABLE.c.row_version + 1, updated_at=when,
                    **{c: bindparam(f"v_{c}") for c in (*columns, *DERIVED)}))
    names = [f"v_{c}" for c in (*columns, *DERIVED)] + ["b_pk", "b_version"]
    result = session.execute(stmt, [dict(zip(names, r, strict=True)) for r in rows])
    return int(result.rowcount)  # type: ignore[attr-defined]
