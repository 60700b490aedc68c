"""Column mappings remembered per source: the same layout (header signature) of the
same kind gets the mapping the user chose last time, offered again.

Stored as school-wide settings rows (``import-mapping:<kind>:<signature>``), so they
travel with the database and need no table of their own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from counselor_app.domain import Setting
from counselor_app.messages import msg
from counselor_app.services.imports.mapping import header_signature
from counselor_app.services.imports.reading import Table
from counselor_app.store.engine import Database

_PREFIX = "import-mapping"


def _key(kind: str, headers: Sequence[str]) -> str:
    return f"{_PREFIX}:{kind}:{header_signature(headers)}"


def recall_mapping(db: Database, kind: str, headers: Sequence[str]) -> dict[str, str] | None:
    """The mapping chosen last time for this layout, or None."""
    with db.read() as s:
        row = s.scalar(select(Setting).where(Setting.key == _key(kind, headers)))
        if row is None:
            return None
        try:
            data = json.loads(row.value)
        except ValueError:
            return None
    mapping = data.get("mapping") if isinstance(data, dict) else None
    if not isinstance(mapping, dict):
        return None
    return {str(k): str(v) for k, v in mapping.items()}


def save_mapping(db: Database, kind: str, headers: Sequence[str],
                 mapping: dict[str, str]) -> None:
    value = json.dumps({"mapping": mapping, "headers": list(headers),
                        "saved": dt.datetime.now().isoformat(timespec="seconds")})
    key = _key(kind, headers)
    with db.transaction() as s:
        row = s.scalar(select(Setting).where(Setting.key == key))
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def remember_mapping(db: Database, kind: str, tables: list[Table],
                     mapping: dict[str, str] | None) -> None:
    """After an import: keep a user's mapping for the layout of each file."""
    if not mapping:
        return
    for table in tables:
        save_mapping(db, str(kind), table.headers, mapping)


def read_mapping_file(path: Path) -> dict[str, str]:
    """A mapping file: JSON ``{"column": "field"}`` or CSV lines ``column,field``."""
    from counselor_app.services.imports.mapping import MappingError

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError(msg("{name} cannot be read: {exc}", name=path.name, exc=exc)) from None
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise MappingError(msg("{name} is not valid JSON: {reason}", name=path.name,
                                   reason=exc)) from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise MappingError(msg('{name}: expected {{"column": "field", ...}}', name=path.name))
        return {str(k): v for k, v in data.items()}
    out: dict[str, str] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) != 2:
            raise MappingError(msg("{name}, row {number}: expected column,field",
                                   name=path.name, number=number))
        if number == 1 and [c.strip().casefold() for c in row] == ["column", "field"]:
            continue
        out[row[0].strip()] = row[1].strip()
    return out
