"""The import use cases: preview (check without writing) and apply (one transaction).

Every import runs in two steps:

* ``preview_import`` reads the file and checks every row against the database without
  writing: rows to add, to update and unchanged (skipped), and every error by file,
  row, column and reason;
* ``apply_import`` refuses a file with errors, backs the database up, then writes all
  rows in one transaction (all or nothing). Rows are matched by their stable code or
  student ID, so importing the same file twice changes nothing.

Columns are matched by header name, ignoring case, spaces and punctuation, with the
aliases of ``COLUMNS``; other columns are ignored and reported. Only the columns a
file has are written: an optional column that is absent keeps the stored values.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from counselor_app.services.backups import backup_before
from counselor_app.services.imports import courses, occupations, onet, programs, students
from counselor_app.services.imports.mapping import ColumnSpec
from counselor_app.services.imports.model import (
    REFERENCE_KINDS,
    ImportKind,
    ImportPreview,
    ImportRefused,
    ImportResult,
    ProgressFn,
    RowError,
)
from counselor_app.services.imports.reading import Table, TabularError, read_table
from counselor_app.services.imports.staging import Stage, lock_for_write
from counselor_app.store.engine import Database

log = logging.getLogger(__name__)


_STAGERS: dict[ImportKind, Callable[[Session, Table, Stage], None]] = {
    ImportKind.STUDENTS: students.stage,
    ImportKind.COURSES: courses.stage,
    ImportKind.PROGRAMS: programs.stage,
    ImportKind.OCCUPATIONS: occupations.stage,
}
COLUMNS: dict[ImportKind, tuple[ColumnSpec, ...]] = {
    ImportKind.STUDENTS: students.COLUMNS,
    ImportKind.COURSES: courses.COLUMNS,
    ImportKind.PROGRAMS: programs.COLUMNS,
    ImportKind.OCCUPATIONS: occupations.COLUMNS,
}
"""The columns each spreadsheet kind understands (O*NET files have their own)."""


def _paths(path: str | Path | Sequence[str | Path]) -> list[Path]:
    if isinstance(path, str | Path):
        return [Path(path)]
    return [Path(p) for p in path]


def _read(kind: ImportKind, paths: list[Path], encoding: str | None,
          preview: ImportPreview) -> list[Table]:
    tables = []
    for p in paths:
        try:
            table = read_table(p, encoding, quoting=not (kind == ImportKind.ONET
                                                         and p.suffix.lower() == ".txt"))
        except TabularError as exc:
            preview.errors.append(RowError(exc.file, exc.row, None, exc.reason))
            continue
        if table.encoding and table.encoding not in ("utf-8", "utf-8-sig", "ascii"):
            label = {"cp1252": "Windows-1252"}.get(table.encoding, table.encoding)
            preview.notes.append(f"{table.file} was read as {label} text")
        tables.append(table)
    return tables


def _stage(session: Session, kind: ImportKind, tables: list[Table],
           preview: ImportPreview) -> Stage:
    stage = Stage(preview)
    if kind == ImportKind.ONET:
        onet.stage(session, tables, stage)
    else:
        for table in tables:
            _STAGERS[kind](session, table, stage)
    preview.errors.sort(key=lambda e: (e.file, e.row or 0))
    return stage


def preview_import(db: Database, kind: ImportKind | str,
                   path: str | Path | Sequence[str | Path],
                   encoding: str | None = None) -> ImportPreview:
    """Read and check a file against the database without writing anything.

    Problems with the file (missing, unreadable, wrong columns, bad cells) come back
    as ``errors``; this raises only when the database itself cannot be read.
    """
    kind = ImportKind(kind)
    paths = _paths(path)
    if kind != ImportKind.ONET and len(paths) != 1:
        raise ValueError(f"a {kind} import reads exactly one file")
    preview = ImportPreview(kind, [p.name for p in paths])
    tables = _read(kind, paths, encoding, preview)
    with db.read() as session:
        _stage(session, kind, tables, preview)
    return preview


def preview_onet(db: Database, paths: Sequence[str | Path],
                 encoding: str | None = None) -> ImportPreview:
    return preview_import(db, ImportKind.ONET, list(paths), encoding)


def apply_import(db: Database, kind: ImportKind | str, path: str | Path | Sequence[str | Path],
                 encoding: str | None = None, *, progress: ProgressFn | None = None,
                 backup: bool = True) -> ImportResult:
    """Import a file in one transaction, after a backup. Raises ImportRefused (nothing
    written, no backup) when the file has errors."""
    kind = ImportKind(kind)
    paths = _paths(path)
    if kind != ImportKind.ONET and len(paths) != 1:
        raise ValueError(f"a {kind} import reads exactly one file")
    preview = ImportPreview(kind, [p.name for p in paths])
    if progress:
        progress(0, 0, "Reading the file…")
    tables = _read(kind, paths, encoding, preview)
    read_notes = list(preview.notes)
    with db.read() as session:
        _stage(session, kind, tables, preview)
    if preview.errors:
        raise ImportRefused(preview)
    if not preview.changes:  # the same file again: nothing to write, no backup needed
        return ImportResult(kind, 0, 0, len(preview.to_skip), 0, None, preview)
    if progress:
        progress(0, 0, "Backing up…")
    backup_path = backup_before(db, "before-import") if backup else None
    with db.transaction() as session:
        lock_for_write(session)
        final = ImportPreview(kind, preview.files, notes=read_notes)
        stage = _stage(session, kind, tables, final)
        if final.errors:  # the database changed since the first check
            raise ImportRefused(final)
        total = len(stage.ops)
        for i, op in enumerate(stage.ops, start=1):
            op(session)
            if i % 250 == 0 or i == total:
                session.flush()
                if progress:
                    progress(i, total, f"Importing {i} of {total}…")
        if kind in REFERENCE_KINDS and total:
            from counselor_app.services.search import rebuild_index

            if progress:
                progress(total, total, "Updating the search index…")
            rebuild_index(session)
    log.info("import of %s from %s: %s", kind, ", ".join(final.files), final.summary())
    return ImportResult(kind, len(final.to_add), len(final.to_update), len(final.to_skip),
                        len(final.to_remove), backup_path, final)


def apply_onet(db: Database, paths: Sequence[str | Path], encoding: str | None = None, *,
               progress: ProgressFn | None = None, backup: bool = True) -> ImportResult:
    return apply_import(db, ImportKind.ONET, list(paths), encoding, progress=progress,
                        backup=backup)
