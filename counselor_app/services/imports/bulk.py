"""Bulk reads and writes for streamed imports: many keys in one statement, many rows in
one executemany, on SQLite and PostgreSQL alike.

A chunk of a large file is looked up with a single statement whose one parameter holds
every key of the chunk (SQLite: a JSON array read by ``json_each``; PostgreSQL: an
array with ``= ANY``), so the statement is compiled once and cached, however many keys
a chunk holds. Other databases get an expanding ``IN`` list.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session


@cache
def sqlite_has_json() -> bool:
    """Whether this process's SQLite library has ``json_each`` (built in since 3.38)."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute("SELECT value FROM json_each('[1]')").fetchall()
    except sqlite3.Error:
        return False
    finally:
        con.close()
    return True


def key_match(session: Session, column: str, name: str = "keys") -> tuple[str, str]:
    """SQL matching ``column`` against the list parameter ``name``, and how the list is
    passed: "sqlite" (JSON text), "postgresql" (an array) or "in" (expanding)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and sqlite_has_json():
        return f"{column} IN (SELECT value FROM json_each(:{name}))", dialect
    if dialect == "postgresql":
        return f"{column} = ANY(:{name})", dialect
    return f"{column} IN :{name}", "in"


def rows_by_keys(session: Session, sql: str, keys: Sequence[str], *,
                 column: str, extra: dict[str, Any] | None = None) -> list[Any]:
    """Run ``sql`` (holding ``{match}`` where the key condition goes) for ``keys``."""
    if not keys:
        return []
    match, dialect = key_match(session, column)
    stmt = text(sql.format(match=match))
    value: Any = list(keys)
    if dialect == "sqlite":
        value = json.dumps(value)
    elif dialect == "in":
        stmt = stmt.bindparams(bindparam("keys", expanding=True))
    return list(session.execute(stmt, {"keys": value, **(extra or {})}))
