"""The keys a file has shown so far, each with the row it first appeared on, in bounded
memory: a private scratch SQLite database (a temporary file that SQLite removes itself,
with a small page cache), so a repeated student ID is found however long the file is.

No Qt, no app database: the scratch database belongs to one import.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from counselor_app.services.imports.bulk import sqlite_has_json

CACHE_KIB = 8192
"""The scratch database's page cache; beyond it, pages go to its temporary file."""
_IN_LIST = 500  # keys per IN (...) list where SQLite has no json_each


class SeenKeys:
    """Key -> a row number (an int the caller chooses the meaning of, e.g. its sign)."""

    def __init__(self) -> None:
        self._con = sqlite3.connect("")  # "": a temporary on-disk database
        self._con.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self._con.execute("PRAGMA journal_mode=OFF")
        self._con.execute("PRAGMA synchronous=OFF")
        self._con.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, row INTEGER NOT NULL) "
                          "WITHOUT ROWID")
        self._json = sqlite_has_json()

    def rows(self, keys: Sequence[str]) -> dict[str, int]:
        """The rows stored for those of ``keys`` seen before."""
        if not keys:
            return {}
        if self._json:
            return dict(self._con.execute(
                "SELECT key, row FROM seen WHERE key IN (SELECT value FROM json_each(?))",
                (json.dumps(list(keys)),)))
        found: dict[str, int] = {}
        for start in range(0, len(keys), _IN_LIST):
            part = list(keys[start:start + _IN_LIST])
            found.update(self._con.execute(
                f"SELECT key, row FROM seen WHERE key IN ({', '.join('?' * len(part))})",
                part))
        return found

    def add(self, pairs: Iterable[tuple[str, int]]) -> None:
        """Remember keys (a key already there keeps its first row)."""
        self._con.executemany("INSERT OR IGNORE INTO seen (key, row) VALUES (?, ?)", pairs)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> SeenKeys:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
