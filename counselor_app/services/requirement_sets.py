"""Requirement sets in the database: list, read, check, save, import, export, delete.

Each function is one user action in one transaction. A set is checked in full (schema,
course codes against this database's catalog, references to other sets, cycles) before
anything is written; a refused set leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import EllipsisType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.audit import RequirementSet, SetFileError, check_set_references, parse_set
from counselor_app.audit.loader import read_set_data
from counselor_app.audit.toml_writer import dump_toml, to_json_text
from counselor_app.domain import Course, DataInfo, Plan, RequirementSetRecord
from counselor_app.messages import msg
from counselor_app.services.concurrency import Change, ConflictError, current_user, retry_stale
from counselor_app.store.engine import Database
from counselor_app.store.requirement_sets import REVISION_KEY, bump_revision

KIND_ORDER = {"diploma": 0, "endorsement": 1, "seal": 2, "supplemental": 3}


@dataclass(frozen=True)
class SetSummary:
    code: str
    name: str
    state: str
    kind: str
    source: str
    checked: dt.date
    builtin: bool
    description: str = ""


class SetInUse(ValueError):
    """A set cannot be deleted while plans, Settings or other sets name it."""


# ---------------------------------------------------------------- reading


def list_sets(db: Database) -> list[SetSummary]:
    """Every set: by state, then diplomas before endorsements, seals and supplements."""
    with db.read() as s:
        rows = s.scalars(select(RequirementSetRecord)).all()
        parsed = library(s)
        out = [SetSummary(r.code, r.name, r.state, r.kind, r.source, r.checked, r.builtin,
                          parsed[r.code].description if r.code in parsed else "")
               for r in rows]
    return sorted(out, key=lambda x: (x.state == "district", x.state, KIND_ORDER.get(
        x.kind, 9), x.name))


def _raw(row: RequirementSetRecord) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row.body)
    return data


_CACHE: dict[tuple[str, str], dict[str, RequirementSet]] = {}


def library(s: Session) -> dict[str, RequirementSet]:
    """All sets of the database, parsed (cached until a set changes)."""
    revision = s.get(DataInfo, REVISION_KEY)
    key = (str(s.get_bind().engine.url), revision.value if revision else "0")
    cached = _CACHE.get(key)
    if cached is None:
        cached = {}
        for row in s.scalars(select(RequirementSetRecord)):
            try:
                cached[row.code] = parse_set(_raw(row), f"{row.code} (database)")
            except SetFileError:
                continue  # stored sets were valid when saved; a damaged row is skipped
        _CACHE.clear()
        _CACHE[key] = cached
    return cached


def get_set_data(db: Database, code: str) -> dict[str, Any]:
    """The set's table as written in its file (for the editor and for export)."""
    with db.read() as s:
        row = s.get(RequirementSetRecord, code)
        if row is None:
            raise LookupError(msg("requirement set {code!r} not found", code=code))
        return _raw(row)


def get_requirement_set(db: Database, code: str) -> RequirementSet:
    """The set as the engine's tree."""
    with db.read() as s:
        rs = library(s).get(code)
    if rs is None:
        raise LookupError(msg("requirement set {code!r} not found", code=code))
    return rs


# ---------------------------------------------------------------- checking and saving


def _catalog_codes(s: Session) -> set[str]:
    return set(s.scalars(select(Course.code)))


def _check(s: Session, data: Mapping[str, Any], file: str) -> RequirementSet:
    rs = parse_set(data, file, _catalog_codes(s))
    sets = dict(library(s))
    sets[rs.code] = rs
    check_set_references(sets)
    return rs


def check_set_data(db: Database, data: Mapping[str, Any], file: str) -> RequirementSet:
    """Validate without saving; ``SetFileError`` (file, place, reason) when refused."""
    with db.read() as s:
        return _check(s, data, file)


def check_set_file(db: Database, path: Path) -> RequirementSet:
    return check_set_data(db, read_set_data(path), path.name)


def set_version(db: Database, code: str) -> int | None:
    """The stored set's row version (None: no set has that code)."""
    with db.read() as s:
        row = s.get(RequirementSetRecord, code)
        return row.row_version if row is not None else None


@retry_stale
def save_set(db: Database, data: Mapping[str, Any], file: str = "requirement set", *,
             expect_version: int | None | EllipsisType = ...) -> str:
    """Save a district set (new or changed); returns its code. A built-in set's code is
    refused: a copy gets its own code. With ``expect_version`` (``set_version`` when
    the editor opened the set; None for a new set), a set someone else saved or created
    under that code meanwhile is not replaced: ConflictError says who and when."""
    by = current_user(db)
    with db.transaction() as s:
        rs = _check(s, data, file)
        row = s.get(RequirementSetRecord, rs.code)
        if row is not None and row.builtin:
            raise SetFileError(file, "code", msg("{code!r} is a built-in set; give your copy a code"
                                                 " of its own", code=rs.code))
        if expect_version is not ... and row is not None and row.row_version != expect_version:
            raise ConflictError("requirement set", Change(
                row.updated_by, row.updated_at, ("the requirements",),
                row.row_version))
        row = row or RequirementSetRecord(code=rs.code)
        row.updated_by = by
        row.name, row.state, row.kind, row.source = rs.name, rs.state, rs.kind, rs.source
        row.checked, row.builtin = rs.checked, False
        row.body = to_json_text(data)
        row.updated_at = dt.datetime.now().replace(microsecond=0)
        s.merge(row)
        bump_revision(s)
        return rs.code


def import_set_file(db: Database, path: Path) -> str:
    return save_set(db, read_set_data(path), path.name)


def export_set(db: Database, code: str, path: Path) -> None:
    """Write the set as TOML (or JSON when the file name ends in .json)."""
    data = get_set_data(db, code)
    if path.suffix.lower() == ".json":
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    else:
        if isinstance(data.get("checked"), str):
            data["checked"] = dt.date.fromisoformat(data["checked"])
        text = dump_toml(data)
    path.write_text(text, encoding="utf-8")


def delete_set(db: Database, code: str) -> None:
    """Delete a district set that no plan, setting or other set uses."""
    from counselor_app.services.settings import load_settings

    settings = load_settings(db)
    with db.transaction() as s:
        row = s.get(RequirementSetRecord, code)
        if row is None:
            return
        if row.builtin:
            raise SetInUse(msg("{code!r} is a built-in set and cannot be deleted", code=code))
        if code == settings.requirement_set or code in settings.supplemental_sets:
            raise SetInUse(msg("{code!r} is chosen in Settings; choose another set first",
                               code=code))
        used = sum(1 for diploma, extra in s.execute(select(Plan.diploma_set,
                                                            Plan.supplemental_sets))
                   if diploma == code or code in extra.split(";"))
        if used:
            raise SetInUse(msg("{code!r} is used by {used} plan(s); choose another set there first",
                               code=code, used=used))
        users = [other for other, rs in library(s).items()
                 if other != code and code in rs.set_references]
        if users:
            raise SetInUse(msg("{code!r} is needed by {value}",
                               code=code, value=', '.join(sorted(users))))
        s.delete(row)
        bump_revision(s)
