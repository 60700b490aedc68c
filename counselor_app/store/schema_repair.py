"""Files an older app left half upgraded, and whether they can be repaired safely.

Before upgrades ran in one transaction (issue 14), a kill during one could leave the new
tables of a later schema beside an ``alembic_version`` still at the old revision; every
later upgrade then stops at "table search_entry already exists". Such a file is compared
with the schema its revision really has (built from the migrations in a scratch file):

* every table of that schema is there with exactly its columns, and the only differences
  are extra tables, indexes, triggers or views: those are leftovers of the interrupted
  upgrade, holding nothing the counselor typed (the upgrade that made them never
  finished, so the app never used them). They are dropped in the same transaction as the
  upgrade that then runs, after the usual backup;
* anything else (a table missing or with other columns) cannot be verified: the file is
  left alone and its backups are offered instead.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

_KINDS_ORDER = ("virtual", "trigger", "view", "index", "table")
"""Drop order: a virtual table first (it drops its shadow tables), tables last."""


@dataclass(frozen=True)
class Schema:
    objects: frozenset[tuple[str, str]]  # (type, name) of sqlite_master, internals left out
    columns: dict[str, tuple[str, ...]]  # table -> column names in order
    virtual: frozenset[str]  # virtual tables (FTS5)


def schema_of(con: sqlite3.Connection | Any) -> Schema:
    """The schema of an open SQLite connection (sqlite3 or a SQLAlchemy connection's
    driver connection)."""
    rows = con.execute("SELECT type, name, sql FROM sqlite_master "
                       "WHERE name NOT LIKE 'sqlite_%'").fetchall()
    objects = frozenset((str(t), str(n)) for t, n, _sql in rows)
    virtual = frozenset(str(n) for t, n, sql in rows
                        if t == "table" and str(sql or "").upper().startswith("CREATE VIRTUAL"))
    columns = {}
    for kind, name, _sql in rows:
        if kind == "table":
            quoted = '"' + str(name).replace('"', '""') + '"'
            columns[str(name)] = tuple(str(r[1]) for r in
                                       con.execute(f"PRAGMA table_info({quoted})").fetchall())
    return Schema(objects, columns, virtual)


def leftovers(actual: Schema, reference: Schema) -> list[tuple[str, str]] | None:
    """The objects ``actual`` has beyond ``reference`` when that is the only difference
    (in drop order); None when the file differs in a way that cannot be verified."""
    for table, cols in reference.columns.items():
        if actual.columns.get(table) != cols:
            return None
    if not reference.objects <= actual.objects:
        return None
    extra = actual.objects - reference.objects

    def order(obj: tuple[str, str]) -> tuple[int, str]:
        kind = "virtual" if obj[0] == "table" and obj[1] in actual.virtual else obj[0]
        return (_KINDS_ORDER.index(kind) if kind in _KINDS_ORDER else 0, obj[1])

    return sorted(extra, key=order)


def drop_statements(extra: list[tuple[str, str]]) -> list[str]:
    """DROP ... IF EXISTS for each leftover (shadow tables go with their virtual table)."""
    out = []
    for kind, name in extra:
        quoted = '"' + name.replace('"', '""') + '"'
        out.append(f"DROP {kind.upper()} IF EXISTS {quoted}")
    return out
