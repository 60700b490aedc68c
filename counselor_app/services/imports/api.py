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

import gc
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from counselor_app.messages import msg
from counselor_app.services.backups import backup_before
from counselor_app.services.imports import (
    courses,
    occupations,
    oneroster,
    onet,
    programs,
    students,
    transcripts,
)
from counselor_app.services.imports.mapping import ColumnSpec, match_columns
from counselor_app.services.imports.memory import recall_mapping, remember_mapping
from counselor_app.services.imports.model import (
    REFERENCE_KINDS,
    ImportKind,
    ImportPreview,
    ImportRefused,
    ImportResult,
    ProgressFn,
    RowError,
)
from counselor_app.services.imports.reading import (
    ENCODING_LABELS,
    Table,
    TabularError,
    read_table,
)
from counselor_app.services.imports.records import find_header_row
from counselor_app.services.imports.rejects import RejectsFile
from counselor_app.services.imports.staging import Stage, lock_for_write
from counselor_app.services.imports.student_writes import StudentsChanged
from counselor_app.store.engine import Database

log = logging.getLogger(__name__)


_STAGERS: dict[ImportKind, Callable[[Session, Table, Stage], None]] = {
    ImportKind.STUDENTS: students.stage,
    ImportKind.COURSES: courses.stage,
    ImportKind.PROGRAMS: programs.stage,
    ImportKind.OCCUPATIONS: occupations.stage,
    ImportKind.TRANSCRIPTS: transcripts.stage,
}
COLUMNS: dict[ImportKind, tuple[ColumnSpec, ...]] = {
    ImportKind.STUDENTS: students.COLUMNS,
    ImportKind.COURSES: courses.COLUMNS,
    ImportKind.PROGRAMS: programs.COLUMNS,
    ImportKind.OCCUPATIONS: occupations.COLUMNS,
    ImportKind.TRANSCRIPTS: transcripts.COLUMNS,
}
"""The columns each spreadsheet kind understands (O*NET files have their own)."""


def _paths(path: str | Path | Sequence[str | Path]) -> list[Path]:
    if isinstance(path, str | Path):
        return [Path(path)]
    return [Path(p) for p in path]


Mapping = dict[str, str]
"""A user's column mapping: header as written -> field key or label, or "" to ignore."""


def _read(kind: ImportKind, paths: list[Path], encoding: str | None,
          preview: ImportPreview) -> list[Table]:
    tables: list[Table] = []
    for p in paths:
        table: Table
        try:
            if kind == ImportKind.STUDENTS and oneroster.is_oneroster(p):
                table = oneroster.open_users(p, encoding, preview)
            else:
                table = read_table(p, encoding, quoting=not (kind == ImportKind.ONET
                                                             and p.suffix.lower() == ".txt"))
        except TabularError as exc:
            preview.errors.append(RowError(exc.file, exc.row, None, exc.reason))
            continue
        if table.encoding and table.encoding not in ("utf-8", "utf-8-sig", "ascii"):
            label = ENCODING_LABELS.get(table.encoding, table.encoding)
            preview.notes.append(msg("{file} was read as {encoding} text", file=table.file,
                                     encoding=label))
        preview.notes += table.notes
        table.notes = []
        tables.append(table)
    return tables


def _stage(session: Session, kind: ImportKind, tables: list[Table], preview: ImportPreview,
           *, apply: bool = False, rejects: RejectsFile | None = None,
           progress: ProgressFn | None = None) -> Stage:
    stage = Stage(preview, session if apply else None, rejects is not None)
    if rejects is not None:
        stage.reject_sink = rejects.write
    if progress is not None:
        stage.on_progress = _reporter(progress, tables, preview, apply)
    with _long_lived_objects_frozen():
        if kind == ImportKind.ONET:
            onet.stage(session, tables, stage)
        else:
            for table in tables:
                _STAGERS[kind](session, table, stage)
                if isinstance(table, oneroster.RosterTable):
                    oneroster.stage_archive(session, table, stage)
    stage.flush_rejects()
    preview.rejected_rows = stage.rejected_count
    if preview.decimal_commas:
        preview.notes.append(msg("{n} number(s) written with a decimal comma (1,5) were read "
                                 "as 1.5", n=preview.decimal_commas))
    preview.errors.sort(key=lambda e: (e.file, e.row or 0))
    return stage


@contextmanager
def _long_lived_objects_frozen() -> Iterator[None]:
    """Keep the collector from walking every object the program holds again and again:
    each chunk of rows outlives a young collection, so a million rows would trigger
    about a hundred full collections over everything loaded (a third of the time)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _reporter(progress: ProgressFn, tables: list[Table], preview: ImportPreview,
              apply: bool) -> Callable[[], None]:
    """Progress after each chunk: how much of the files was read (per mille), and the
    rows so far. ``progress`` may raise to cancel."""
    def tell() -> None:
        size = sum(t.size for t in tables)
        done = min(sum(t.done for t in tables), size)
        rows = (len(preview.to_add) + len(preview.to_update) + len(preview.to_skip)
                + preview.rejected_rows)
        progress(done * 1000 // size if size else 0, 1000 if size else 0,
                 msg("Importing: {rows:,} rows so far…", rows=rows) if apply else
                 msg("Checking: {rows:,} rows so far…", rows=rows))
    return tell


def _new_preview(kind: ImportKind, paths: list[Path], mapping: Mapping | None) -> ImportPreview:
    preview = ImportPreview(kind, [p.name for p in paths])
    if mapping:
        preview.mapping["*"] = dict(mapping)
    return preview


def preview_import(db: Database, kind: ImportKind | str,
                   path: str | Path | Sequence[str | Path],
                   encoding: str | None = None, *,
                   mapping: Mapping | None = None,
                   progress: ProgressFn | None = None) -> ImportPreview:
    """Read and check a file against the database without writing anything.

    Problems with the file (missing, unreadable, wrong columns, bad cells) come back
    as ``errors``; this raises only when the database itself cannot be read (or
    when ``progress`` raises to cancel). The preview holds the counts, and the first
    rows and errors of each kind (``model.Kept``), so a huge file previews in bounded
    memory.
    """
    kind = ImportKind(kind)
    paths = _paths(path)
    if kind != ImportKind.ONET and len(paths) != 1:
        raise ValueError(msg("a {kind} import reads exactly one file", kind=kind))
    preview = _new_preview(kind, paths, mapping)
    tables = _read(kind, paths, encoding, preview)
    with db.read() as session:
        _stage(session, kind, tables, preview, progress=progress)
    return preview


@dataclass(frozen=True)
class ColumnReport:
    """What the mapping page shows: every column of the file, a sample value, the
    field guessed for it, and the mapping remembered for this layout."""

    file: str
    headers: list[str]
    samples: list[str]
    guessed: dict[int, str]  # column index -> field key
    notes: list[str]
    specs: tuple[ColumnSpec, ...]
    remembered: dict[str, str] | None


def inspect_columns(db: Database, kind: ImportKind | str, path: str | Path,
                    encoding: str | None = None) -> ColumnReport | None:
    """Read only the top of a file: its columns and the guess. None when the file
    cannot be read (the preview then says why)."""
    kind = ImportKind(kind)
    if kind == ImportKind.ONET:
        return None
    scratch = ImportPreview(kind, [Path(path).name])
    tables = _read(kind, [Path(path)], encoding, scratch)
    if not tables:
        return None
    table = tables[0]
    specs = COLUMNS[kind]
    find_header_row(table, specs)
    if kind == ImportKind.TRANSCRIPTS:  # Infinite Campus's "Grade" is the grade level
        specs = transcripts.layout_of(table.headers)[1]
    match = match_columns(table.headers, specs)
    sample = next((r for r in table.leading if r.number > table.header_row
                   and any(v.strip() for v in r.values)), None)
    samples = [(sample.values[i] if sample and i < len(sample.values) else "")
               for i in range(len(table.headers))]
    return ColumnReport(table.file, list(table.headers), samples,
                        {i: k for k, i in match.mapping.items()}, match.notes, specs,
                        recall_mapping(db, kind, table.headers))


def preview_onet(db: Database, paths: Sequence[str | Path],
                 encoding: str | None = None) -> ImportPreview:
    return preview_import(db, ImportKind.ONET, list(paths), encoding)


def apply_import(db: Database, kind: ImportKind | str, path: str | Path | Sequence[str | Path],
                 encoding: str | None = None, *, progress: ProgressFn | None = None,
                 backup: bool = True, mapping: Mapping | None = None,
                 good_rows: bool = False) -> ImportResult:
    """Import a file in one transaction, after a backup. Raises ImportRefused (nothing
    written, no backup) when the file has errors, unless ``good_rows`` is set and every
    error concerns a single row: then the other rows are imported and the rejected ones
    are written, with the reasons, to a CSV beside the source.

    The file is read once: rows are checked and written a chunk at a time inside the
    transaction (after an error only checked), which is rolled back when the file
    turns out to have errors; the backup is the database as committed before it."""
    kind = ImportKind(kind)
    paths = _paths(path)
    if kind != ImportKind.ONET and len(paths) != 1:
        raise ValueError(msg("a {kind} import reads exactly one file", kind=kind))
    preview = _new_preview(kind, paths, mapping)
    if progress:
        progress(0, 0, msg("Reading the file…"))
    tables = _read(kind, paths, encoding, preview)
    if preview.errors:  # a file that cannot be read at all
        raise ImportRefused(preview)
    backup_path: Path | None = None
    rejects = RejectsFile(paths[0], tables) if good_rows else None
    try:
        with db.transaction() as session:
            lock_for_write(session)
            wal = _in_wal_mode(session)
            if backup and not wal:  # readers may be locked out later: back up first
                backup_path = backup_before(db, "before-import")
            stage = _stage(session, kind, tables, preview, apply=True, rejects=rejects,
                           progress=progress)
            skipping = good_rows and preview.good_rows_possible
            if preview.errors and not skipping:
                raise ImportRefused(preview)  # rolls back what was written
            if not preview.changes:  # the same file again: nothing written, no backup
                if rejects is not None:
                    rejects.discard()
                return ImportResult(kind, 0, 0, len(preview.to_skip), 0, backup_path,
                                    preview)
            if backup and wal:
                if progress:
                    progress(0, 0, msg("Backing up…"))
                # another connection reads the last commit: the data before the import
                backup_path = backup_before(db, "before-import")
            _run_ops(session, kind, stage, progress)
            # the rows left out go in place with the commit
            rejects_file = rejects.finish() if rejects is not None and skipping else None
    except BaseException as exc:  # nothing was imported: no file of rejected rows either
        if rejects is not None:
            rejects.discard()
        if isinstance(exc, StudentsChanged):
            preview.errors.append(RowError(
                ", ".join(preview.files), None, None, msg(
                    "a student in this file was changed by another program during the import; "
                    "nothing was imported (import it again)")))
            raise ImportRefused(preview) from None
        raise
    if rejects is not None and rejects_file is None:
        rejects.discard()
    remember_mapping(db, kind, tables, mapping)
    log.info("import of %s: %s", kind, preview.summary())
    return ImportResult(kind, len(preview.to_add), len(preview.to_update),
                        len(preview.to_skip), len(preview.to_remove), backup_path, preview,
                        len(preview.to_archive), stage.rejected_count if skipping else 0,
                        rejects_file)


def _in_wal_mode(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return True  # PostgreSQL: other sessions read the last commit meanwhile
    mode = session.execute(text("PRAGMA journal_mode")).scalar()
    return str(mode).lower() == "wal"


def _run_ops(session: Session, kind: ImportKind, stage: Stage,
             progress: ProgressFn | None) -> None:
    """The writes of the kinds that stage them all first (reference data, archives)."""
    ops = len(stage.ops)
    for i, op in enumerate(stage.ops, start=1):
        op(session)
        if i % 250 == 0 or i == ops:
            session.flush()
            if progress:
                progress(i, ops, msg("Importing {i} of {ops}…", i=i, ops=ops))
    if kind in REFERENCE_KINDS and ops:
        from counselor_app.services.search import rebuild_index

        if progress:
            progress(ops, ops, msg("Updating the search index…"))
        rebuild_index(session)


def apply_onet(db: Database, paths: Sequence[str | Path], encoding: str | None = None, *,
               progress: ProgressFn | None = None, backup: bool = True) -> ImportResult:
    return apply_import(db, ImportKind.ONET, list(paths), encoding, progress=progress,
                        backup=backup)
