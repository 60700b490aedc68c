"""OneRoster 1.1 CSV: students from a zip, a folder or a bare ``users.csv``.

Recognised by ``manifest.csv`` (``oneroster.version``, ``file.users`` bulk or delta),
or, when the manifest is missing, by the header of ``users.csv`` (said in a note, and
read as bulk). Only enabled users with role ``student`` become students: ``identifier``
is the student ID, ``givenName``/``familyName`` the names, ``grades`` the grade, and
the school is the name of the user's first school in ``orgs.csv``. Teachers, parents,
guardians, aides and administrators are counted as left out, never imported. In a
delta file a user with status ``tobedeleted`` is archived (never deleted: plans stay).
``demographics.csv`` is not read: the planner keeps no demographic data.

Errors name ``users.csv`` (inside the zip: ``roster.zip: users.csv``) and its rows and
columns as written.
"""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import Student
from counselor_app.messages import msg
from counselor_app.services.imports.mapping import normalize_header
from counselor_app.services.imports.model import ImportPreview, PreviewItem
from counselor_app.services.imports.reading import (
    MAX_FILE_BYTES,
    RawRow,
    Table,
    TabularError,
    read_table,
)
from counselor_app.services.imports.staging import Op, Stage, now

_USER_HEADER = {"sourcedid", "role", "familyname", "givenname"}
_FILES = ("manifest.csv", "users.csv", "orgs.csv", "demographics.csv")


@dataclass
class RosterTable(Table):
    """users.csv, streamed with the rows that are not enabled students left out."""

    mode: str = "bulk"  # the manifest's file.users: bulk or delta
    left_out: Counter[str] = field(default_factory=Counter)
    deletions: list[tuple[int, str]] = field(default_factory=list)  # delta tobedeleted
    unknown_orgs: set[str] = field(default_factory=set)
    keep: Any = None  # the temporary folder a zip was unpacked into


def is_oneroster(path: Path) -> bool:
    """A OneRoster zip or folder, or a CSV whose header is OneRoster's users.csv."""
    try:
        if path.is_dir():
            return (path / "users.csv").is_file() or (path / "manifest.csv").is_file()
        if not path.is_file():
            return False
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if head.startswith(b"PK\x03\x04"):
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return False
        try:
            with zipfile.ZipFile(path) as zf:
                return any(_base(n) in ("users.csv", "manifest.csv") for n in zf.namelist())
        except (zipfile.BadZipFile, OSError):
            return False
    first = head.decode("utf-8", "replace").lstrip("\ufeff").splitlines()[:1]
    if not first:
        return False
    names = {normalize_header(h) for h in next(csv.reader(first))}
    return names >= _USER_HEADER


def _starts_zip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"PK\x03\x04"


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower()


def _unpack(path: Path) -> tuple[Path, Any]:
    """Unpack the OneRoster files of a zip into a temporary folder (size-checked)."""
    tmp = tempfile.TemporaryDirectory(prefix="oneroster-")
    folder = Path(tmp.name)
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                base = _base(info.filename)
                if base not in _FILES or info.is_dir():
                    continue
                if info.file_size > MAX_FILE_BYTES:
                    raise TabularError(f"{path.name}: {base}", msg(
                        "is too large to import ({size} MB)",
                        size=info.file_size // (1024 * 1024)))
                with zf.open(info) as src, (folder / base).open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
    except zipfile.BadZipFile:
        tmp.cleanup()
        raise TabularError(path.name, msg("is not a readable zip file")) from None
    except BaseException:
        tmp.cleanup()
        raise
    return folder, tmp


def _read_small(path: Path, label: str) -> list[dict[str, str]]:
    """A small OneRoster file (manifest, orgs) as rows keyed by normalized header."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    except OSError as exc:
        raise TabularError(label, msg("cannot be read: {reason}",
                                      reason=exc.strerror or exc)) from None
    reader = csv.reader(io.StringIO(text))
    header = [normalize_header(h) for h in next(reader, [])]
    return [dict(zip(header, row, strict=False)) for row in reader]


def open_users(path: Path, encoding: str | None, preview: ImportPreview) -> RosterTable:
    keep = None
    if path.is_dir():
        folder, prefix = path, f"{path.name}/"
    elif path.suffix.lower() == ".zip" or _starts_zip(path):
        folder, keep = _unpack(path)
        prefix = f"{path.name}: "
    else:
        folder, prefix = path.parent, ""
    users = folder / "users.csv" if prefix else path
    manifest = folder / "manifest.csv"
    mode = "bulk"
    if prefix and manifest.is_file():
        values = {r.get("propertyname", ""): r.get("value", "").strip().lower()
                  for r in _read_small(manifest, prefix + "manifest.csv")}
        version = values.get("oneroster.version", "")
        mode = values.get("file.users", "bulk") or "bulk"
        if mode == "absent" or not users.is_file():
            raise TabularError(prefix + "manifest.csv", msg("lists no users file (file.users is "
                                                            "{value}); there are no students to "
                                                            "import", value=mode or 'missing'))
        preview.notes.append(msg("{prefix}manifest.csv: OneRoster {version}, users file {mode}",
                                 prefix=prefix, version=version or "1.x", mode=mode))
    else:
        if prefix and not users.is_file():
            raise TabularError(prefix.rstrip(": /"), msg("holds no users.csv"))
        preview.notes.append(msg("{prefix}users.csv: no manifest.csv; recognised as OneRoster "
                                 "by the users.csv header and read as a bulk file",
                                 prefix=prefix))
    if (folder / "demographics.csv").is_file():
        preview.notes.append(msg("{prefix}demographics.csv is not read: the planner keeps no "
                                 "demographic data", prefix=prefix))
    orgs: dict[str, str] = {}
    if (folder / "orgs.csv").is_file():
        rows = _read_small(folder / "orgs.csv", prefix + "orgs.csv")
        schools = {r.get("sourcedid", ""): r.get("name", "") for r in rows
                   if r.get("type", "").strip().lower() == "school"}
        orgs = schools or {r.get("sourcedid", ""): r.get("name", "") for r in rows}
    base = read_table(users, encoding)
    table = RosterTable(base.path, base.format, base.encoding, base.headers, base.header_row,
                        base.open_rows, base.leading, notes=base.notes,
                        label=prefix + "users.csv", delimiter=base.delimiter, mode=mode,
                        keep=keep, used_columns={"role", "enableduser", "status"})
    table.open_rows = lambda t: _student_rows(table, base, orgs)
    return table


def _student_rows(table: RosterTable, base: Table, orgs: dict[str, str]) -> Iterator[RawRow]:
    index = {normalize_header(h): i for i, h in enumerate(table.headers)}
    table.left_out.clear()
    table.deletions.clear()
    table.unknown_orgs.clear()

    def cell(raw: RawRow, name: str) -> str:
        i = index.get(name)
        return raw.values[i].strip() if i is not None and i < len(raw.values) else ""

    for raw in base.open_rows(base):
        if raw.number <= table.header_row or not any(v.strip() for v in raw.values):
            yield raw
            continue
        role = cell(raw, "role").lower()
        status = cell(raw, "status").lower()
        if table.mode == "delta" and status == "tobedeleted":
            if role in ("student", ""):
                table.deletions.append((raw.number, cell(raw, "identifier")))
            continue
        if role != "student":
            table.left_out[msg("role {role}, not a student", role=role) if role
                           else msg("role (none), not a student")] += 1
            continue
        if cell(raw, "enableduser").lower() in ("false", "0", "no", "n"):
            table.left_out[msg("account not enabled (enabledUser false)")] += 1
            continue
        i = index.get("orgsourcedids")
        if i is not None and i < len(raw.values) and orgs:
            ids = [o.strip() for o in raw.values[i].split(",") if o.strip()]
            name = next((orgs[o] for o in ids if o in orgs), "")
            if ids and not name:
                table.unknown_orgs.update(ids)
            values = list(raw.values)
            values[i] = name
            raw = RawRow(raw.number, values, raw.problems, raw.numbers)
        yield raw
    table.error = base.error


def stage_archive(session: Session, table: RosterTable, stage: Stage) -> None:
    """After the students: archive delta ``tobedeleted`` students; count what was left
    out."""
    preview = stage.preview
    for reason, count in table.left_out.items():
        preview.left_out[reason] = preview.left_out.get(reason, 0) + count
    if table.unknown_orgs:
        preview.notes.append(msg("{file}: orgSourcedIds not found among the schools of "
                                 "orgs.csv (school left empty): {ids}", file=table.file,
                                 ids=", ".join(sorted(table.unknown_orgs)[:5])))
    missing = 0
    for number, identifier in table.deletions:
        student = session.scalar(select(Student).where(Student.student_id == identifier)) \
            if identifier else None
        if student is None:
            missing += 1
            continue
        if student.archived:
            continue
        label = msg("{name} (tobedeleted in the delta file)",
                    name=f"{student.last_name}, {student.first_name}")
        preview.to_archive.append(PreviewItem(table.file, number, identifier, label))
        stage.ops.append(_archive(student.id))
    if missing:
        preview.notes.append(msg("{file}: {n} tobedeleted user(s) are not in the planner; "
                                 "nothing to archive for them", file=table.file, n=missing))


def _archive(pk: int) -> Op:
    def op(s: Session) -> None:
        student = s.get(Student, pk)
        if student is not None:
            student.archived = True
            student.updated_at = now()
    return op
