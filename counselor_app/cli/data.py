"""Data subcommands: import, export-json, import-json, export-sis, backup, restore.

Each exits 0 on success and 2 with a one-line message for bad arguments or files
(raising ``CliError``); a refused import prints its errors first.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from counselor_app.cli.common import (
    MATCH_HELP,
    CliError,
    Handler,
    Subparsers,
    check_choices,
    parse_choices,
    save_choices,
)
from counselor_app.cli.common import add_db_arg as _db
from counselor_app.cli.common import db_file as _db_file
from counselor_app.cli.common import open_db as _open

if TYPE_CHECKING:
    from counselor_app.store.engine import Database

_ENCODINGS = {"auto": None, "utf-8": "utf-8", "cp1252": "cp1252", "windows-1252": "cp1252"}


# --------------------------------------------------------------------------- import

def _add_import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import students, courses, programs, occupations, "
                                      "transcripts or O*NET files from CSV or XLSX (students "
                                      "also from a OneRoster zip, folder or users.csv)")
    p.add_argument("kind", choices=["students", "courses", "programs", "occupations",
                                    "transcripts", "onet"])
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="the file to import (onet: one or more O*NET files)")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would change and every error; write nothing")
    p.add_argument("--encoding", choices=sorted(_ENCODINGS), default="auto",
                   help="text encoding of a CSV file (default: detect)")
    p.add_argument("--map", metavar="COLUMN=FIELD,...", action="append", default=[],
                   help="choose columns by hand, e.g. \"Student_Number=student_id,ID=ignore\"")
    p.add_argument("--mapping", metavar="FILE",
                   help="a column mapping file: JSON {\"column\": \"field\"} or CSV lines "
                        "column,field")
    p.add_argument("--match", metavar="CODE=CATALOGCODE", action="append", default=[],
                   help="transcripts: what a course number that is not in the catalog stands "
                        "for, remembered for later imports: " + MATCH_HELP + "; repeat for "
                        "more")
    p.add_argument("--good-rows", action="store_true",
                   help="import the rows without errors and write the others, with the "
                        "reasons, to a CSV beside the file (default: all or nothing)")
    _db(p)


def _user_mapping(args: argparse.Namespace) -> dict[str, str] | None:
    from counselor_app.services.imports.mapping import MappingError, parse_map_argument
    from counselor_app.services.imports.memory import read_mapping_file

    mapping: dict[str, str] = {}
    try:
        if args.mapping:
            mapping.update(read_mapping_file(Path(args.mapping)))
        for text in args.map:
            mapping.update(parse_map_argument(text))
    except MappingError as exc:
        raise CliError(f"--map/--mapping: {exc}") from None
    return mapping or None


_SHOWN = 10
"""Rows listed per kind of change before "and N more"."""


def _run_import(args: argparse.Namespace) -> int:
    from counselor_app.services.imports import (
        ImportKind,
        ImportRefused,
        apply_import,
        inspect_columns,
        preview_import,
    )
    from counselor_app.services.imports.mapping import MappingError
    from counselor_app.services.transcript_matches import covered

    kind = ImportKind(args.kind)
    if kind != ImportKind.ONET and len(args.files) != 1:
        raise CliError(f"import {kind} reads one file, not {len(args.files)}")
    for f in args.files:
        p = Path(f)
        if not (p.is_file() or (kind == ImportKind.STUDENTS and p.is_dir())):
            raise CliError(f"{f}: no such file")
    encoding = _ENCODINGS[args.encoding]
    source = args.files if kind == ImportKind.ONET else args.files[0]
    mapping = _user_mapping(args)
    if args.match and kind != ImportKind.TRANSCRIPTS:
        raise CliError("--match is for import transcripts")
    choices = parse_choices(args.match)
    db = _open(args)
    try:
        choices = check_choices(db, choices)  # before anything is written
        if mapping is None and kind != ImportKind.ONET:
            columns = inspect_columns(db, kind, source, encoding)
            if columns is not None and columns.remembered:
                mapping = columns.remembered
                print("note: using the column mapping saved for this layout: "
                      + ", ".join(f"{k}={v or 'ignore'}" for k, v in mapping.items()))
        try:
            if args.dry_run:
                preview = preview_import(db, kind, source, encoding, mapping=mapping)
                print("\n".join(preview.report_lines(limit=None)))
                for choice in choices:
                    print(f"would match {choice.text}")
                if preview.errors:
                    raise CliError(f"{len(preview.errors)} error(s); fix them before "
                                   "importing")
                return 0
            result = apply_import(db, kind, source, encoding, mapping=mapping,
                                  good_rows=args.good_rows)
            matched = save_choices(db, choices) if choices else 0
        except MappingError as exc:
            raise CliError(f"--map/--mapping: {exc}") from None
        except ImportRefused as exc:
            for line in exc.preview.report_lines(limit=_SHOWN)[1:]:
                print(line)
            hint = (" (--good-rows imports the others)" if exc.preview.good_rows_possible
                    else "")
            raise CliError(f"{', '.join(exc.preview.files)}: {len(exc.preview.errors)} "
                           f"error(s); nothing was imported{hint}") from None
    finally:
        db.dispose()
    for note in result.preview.notes:
        print(f"note: {note}")
    for line in result.preview.left_out_lines():
        print(line)
    for warning in result.preview.warnings:
        print(f"warning: {warning}")
    if result.preview.unknown_columns:
        print("ignored columns: " + "; ".join(result.preview.unknown_columns))
    for choice in choices:
        print(f"matched {choice.text} (remembered for later imports)")
    if matched:
        print(f"{matched} transcript row{'s' if matched != 1 else ''} counted by the matches")
    for (school, code), (title, rows) in sorted(result.preview.unmatched.items()):
        if covered(choices, school, code):
            continue
        print(f"not in the catalog: {code} {title} ({rows} row{'s' if rows != 1 else ''}"
              f"{', ' + school if school else ''}); match it with --match {code}=CATALOGCODE, "
              "`counselor-app transcripts match`, or in the app (File > Courses not in the "
              "catalog)")
    print(f"imported {kind} from {', '.join(result.preview.files)}: {result.summary()}")
    if result.rejects_file:
        print(f"rows not imported, with the reasons: {result.rejects_file}")
    if result.backup:
        print(f"backup before the import: {result.backup}")
    return 0


# --------------------------------------------------------------------------- JSON

def _student_pk(db: Database, student_id: str | None) -> int | None:
    """The database key of ``--student ID`` (None when not given); CliError if unknown."""
    if not student_id:
        return None
    from sqlalchemy import select

    from counselor_app.domain import Student

    with db.read() as s:
        pk = s.scalar(select(Student.id).where(Student.student_id == student_id))
    if pk is None:
        raise CliError(f"no student with ID {student_id}")
    return int(pk)


def _add_export_json(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-json", help="export students and plans to a JSON file")
    p.add_argument("out", metavar="FILE")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--student", metavar="STUDENT_ID", help="only this student")
    which.add_argument("--plan", metavar="PLAN_ID", type=int,
                       help="only this plan (its number in the database)")
    _db(p)


def _run_export_json(args: argparse.Namespace) -> int:
    from counselor_app.services.exchange import ExchangeError, export_json

    db = _open(args)
    try:
        pk = _student_pk(db, args.student)
        try:
            result = export_json(db, args.out, student_pk=pk, plan_id=args.plan)
        except LookupError as exc:
            raise CliError(str(exc)) from None
        except ExchangeError as exc:
            raise CliError(str(exc)) from None
    finally:
        db.dispose()
    print(f"exported {result.students} student(s) and {result.plans} plan(s) to {result.path}")
    return 0


def _add_import_json(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-json", help="import students and plans from a JSON file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change")
    _db(p)


def _run_import_json(args: argparse.Namespace) -> int:
    from counselor_app.services.exchange import ExchangeError, import_json, preview_json

    db = _open(args)
    try:
        if args.dry_run:
            preview = preview_json(db, args.file)
            print(f"{preview.file}: {preview.summary()}")
            return 0
        result = import_json(db, args.file)
    except ExchangeError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    print(f"imported {result.preview.file}: {result.preview.summary()}")
    if result.backup:
        print(f"backup before the import: {result.backup}")
    return 0


def _add_export_sis(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-sis", help="export students with their active plans to CSV "
                                          "for the student information system")
    p.add_argument("out", metavar="FILE")
    p.add_argument("--all-students", action="store_true",
                   help="include students without an active plan")
    p.add_argument("--include-archived", action="store_true", help="include archived students")
    p.add_argument("--excel", action="store_true",
                   help="write a byte-order mark so Excel shows accents correctly")
    _db(p)


def _run_export_sis(args: argparse.Namespace) -> int:
    from counselor_app.services.exchange import ExchangeError
    from counselor_app.services.sis_export import export_sis_csv

    db = _open(args)
    try:
        n = export_sis_csv(db, args.out, include_without_plan=args.all_students,
                           include_archived=args.include_archived, excel=args.excel)
    except ExchangeError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    print(f"exported {n} student(s) to {args.out}")
    return 0


def _add_export_requests(sub: argparse._SubParsersAction) -> None:
    from counselor_app.services.request_layouts import REQUEST_LAYOUTS

    p = sub.add_parser("export-requests", help="next year's course requests from the active "
                                               "plans, as CSV for the SIS")
    p.add_argument("out", metavar="FILE")
    p.add_argument("--layout", choices=sorted(REQUEST_LAYOUTS), default="generic",
                   help="powerschool (schedule requests), infinite-campus (course "
                        "requests) or generic (default)")
    p.add_argument("--dry-run", action="store_true", help="show the counts and the first "
                                                          "rows; write nothing")
    p.add_argument("--excel", action="store_true", help="write a byte-order mark for Excel")
    _db(p)


def _run_export_requests(args: argparse.Namespace) -> int:
    from counselor_app.services.exchange import ExchangeError
    from counselor_app.services.sis_export import course_requests, export_course_requests

    db = _open(args)
    try:
        if args.dry_run:
            preview = course_requests(db, args.layout)
            print(preview.summary())
            print(",".join(preview.headers))
            for row in preview.rows[:10]:
                print(",".join(row))
            if len(preview.rows) > 10:
                print(f"... and {len(preview.rows) - 10} more")
            return 0
        preview = export_course_requests(db, args.out, args.layout, excel=args.excel)
    except ExchangeError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    print(f"{preview.summary()}; written to {args.out}")
    return 0


def _add_export_portable(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-portable", help="active plans in the portable plan layout "
                                               "(for other planning platforms)")
    p.add_argument("out", metavar="FILE")
    p.add_argument("--student", metavar="STUDENT_ID", help="only this student")
    p.add_argument("--all-plans", action="store_true", help="every plan, not only active")
    _db(p)


def _run_export_portable(args: argparse.Namespace) -> int:
    from counselor_app.services.exchange import ExchangeError
    from counselor_app.services.portable_plan import export_portable

    db = _open(args)
    try:
        pk = _student_pk(db, args.student)
        n = export_portable(db, args.out, student_pk=pk, active_only=not args.all_plans)
    except ExchangeError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    print(f"exported {n} plan(s) to {args.out}")
    return 0


# --------------------------------------------------------------------------- backups

def _add_backup(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="back the database up now")
    p.add_argument("--out", metavar="FILE",
                   help="where to write the backup (default: the backups folder)")
    p.add_argument("--force", action="store_true",
                   help="replace the --out file if it already exists")
    _db(p)


def _run_backup(args: argparse.Namespace) -> int:
    from counselor_app.services.backups import BackupError, backup_now
    from counselor_app.store.engine import check_sqlite_file, open_engine

    path = _db_file(args)
    if not path.is_file():
        raise CliError(f"{path}: no such database file")
    check_sqlite_file(path)  # DatabaseOpenError -> one line, exit 2
    db = open_engine("sqlite:///" + str(path))
    try:
        out = backup_now(db, args.out, force=args.force)
    except BackupError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    print(f"backup written: {out}")
    return 0


def _add_restore(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("restore", help="replace the database with a backup (the replaced "
                                       "file is kept in the backups folder)")
    p.add_argument("file", metavar="FILE", help="the backup to restore")
    _db(p)


def _run_restore(args: argparse.Namespace) -> int:
    from counselor_app.services.backups import restore

    path = _db_file(args)
    kept = restore(path, Path(args.file))  # DatabaseOpenError -> one line, exit 2
    print(f"restored {path} from {args.file}")
    if kept:
        print(f"the replaced database was kept as {kept}")
    return 0


def register(sub: Subparsers) -> dict[str, Handler]:
    commands = {
        "import": (_add_import, _run_import),
        "export-json": (_add_export_json, _run_export_json),
        "import-json": (_add_import_json, _run_import_json),
        "export-sis": (_add_export_sis, _run_export_sis),
        "export-requests": (_add_export_requests, _run_export_requests),
        "export-portable": (_add_export_portable, _run_export_portable),
        "backup": (_add_backup, _run_backup),
        "restore": (_add_restore, _run_restore),
    }
    for add, _ in commands.values():
        add(sub)
    return {name: run for name, (_, run) in commands.items()}
