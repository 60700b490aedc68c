"""``counselor-app export-pdf``: print plans to PDF without the GUI.

    counselor-app export-pdf --student ID --out FILE [--language CODE] [--bilingual] [--db PATH]
    counselor-app export-pdf --all [--grade N] [--counselor NAME] --out DIR [--combined]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from counselor_app.cli.common import CliError, Handler, Subparsers, add_db_arg

if TYPE_CHECKING:
    from counselor_app.reports.printable import Unprintable
    from counselor_app.services.batch_export import BatchResult
    from counselor_app.store.engine import Database


def _add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-pdf", help="write students' active plans as PDF files",
                       description="Write the active plan of one student, or of all students "
                                   "(optionally of one grade or counselor), as PDF.")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--student", metavar="ID", help="the student ID (as shown in the app)")
    who.add_argument("--all", action="store_true", help="all students (not archived)")
    p.add_argument("--grade", type=int, metavar="N", help="with --all: only grade N (6-12)")
    p.add_argument("--counselor", metavar="NAME", help="with --all: only this counselor's "
                   "students")
    p.add_argument("--combined", action="store_true",
                   help="with --all: one PDF file (--out FILE) instead of one file per student")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="output file (--student, --combined) or folder (--all)")
    p.add_argument("--language", metavar="CODE",
                   help="print in this language (en, es, vi, ar, or a district catalog); "
                        "default: each student's family language when there is a catalog "
                        "for it, else English")
    p.add_argument("--bilingual", action="store_true",
                   help="also print the English copy after the family-language one")
    p.add_argument("--workers", type=int, metavar="N",
                   help="with --all: how many processes print at once (default: one per "
                        "core)")
    p.add_argument("--include-without-plan", action="store_true",
                   help="with --all: also print students who have no plan yet (skipped "
                        "by default)")
    add_db_arg(p)


def _check(args: argparse.Namespace) -> None:
    if args.student is not None and not args.student.strip():
        raise CliError("--student needs a student ID")
    if not args.all:
        for flag, value in (("--grade", args.grade), ("--counselor", args.counselor),
                            ("--workers", getattr(args, "workers", None)),
                            ("--combined", args.combined or None)):
            if value is not None:
                raise CliError(f"{flag} only goes with --all")
    if getattr(args, "workers", None) is not None and args.workers < 1:
        raise CliError(f"--workers must be at least 1, not {args.workers}")
    if args.grade is not None and not 6 <= args.grade <= 12:
        raise CliError(f"--grade must be between 6 and 12, not {args.grade}")
    if not args.out.strip():
        raise CliError("--out needs a path")
    if args.language is not None:
        from counselor_app.reports.i18n import available_languages

        codes = [code for code, _ in available_languages()]
        if args.language.strip().lower() not in codes:
            raise CliError(f"--language {args.language!r}: no catalog for it; "
                           f"choose one of {', '.join(codes)}")
        args.language = args.language.strip().lower()


def _run(args: argparse.Namespace) -> int:
    from counselor_app.reports.printable import check_report
    from counselor_app.reports.render import render_many
    from counselor_app.services.batch_export import BatchFailed, batch_export
    from counselor_app.services.report_data import report_filename, student_reports
    from counselor_app.services.students import list_students
    from counselor_app.store.bootstrap import open_database

    _check(args)
    out = Path(args.out).expanduser()
    db = open_database(getattr(args, "db", None))
    try:
        if args.student is not None:
            pk = _student_pk(db, args.student)
            copies = student_reports(db, pk, language=args.language,
                                     bilingual=args.bilingual)
            report = copies[0]
            target = out / report_filename(report) if out.is_dir() else out
            if not target.parent.is_dir():
                raise CliError(f"folder {target.parent} does not exist")
            try:
                render_many(copies, target)
            except OSError as exc:
                raise CliError(f"cannot write {target}: {exc.strerror or exc}") from exc
            if report.has_plan:
                print(f"wrote {target}")
            else:
                print(f"wrote a blank planning sheet to {target}: {args.student.strip()} has "
                      "no plan yet")
            _warn_unprintable(check_report(report))
            return 0

        rows = list_students(db, grade=args.grade, counselor=args.counselor)
        if not rows:
            which = " and ".join(x for x in (
                f"grade {args.grade}" if args.grade is not None else "",
                f"counselor {args.counselor!r}" if args.counselor else "") if x)
            raise CliError(f"no students found{' for ' + which if which else ''}")
        if args.combined:
            if out.is_dir():
                raise CliError(f"{out} is a folder; --combined needs a file name")
            if not out.parent.is_dir():
                raise CliError(f"folder {out.parent} does not exist")
        elif out.exists() and not out.is_dir():
            raise CliError(f"{out} is a file; --all needs a folder (or use --combined)")

        def progress(done: int, total: int, message: str) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            result = batch_export(db, [r.id for r in rows], out, args.combined, progress,
                                  language=args.language, bilingual=args.bilingual,
                                  skip_without_plan=not args.include_without_plan,
                                  workers=args.workers)
        except (ValueError, BatchFailed) as exc:
            raise CliError(str(exc)) from exc
        except OSError as exc:
            raise CliError(f"cannot write to {out}: {exc.strerror or exc}") from exc
        if sys.stderr.isatty():
            print(file=sys.stderr)
        _print_summary(result, out)
        _warn_unprintable(result.unprintable)
        return 0
    finally:
        db.dispose()


def _print_summary(result: BatchResult, out: Path) -> None:
    """Plans written, then the students without a plan, counted apart and listed."""
    plans = f"{result.plans} plan{'s' if result.plans != 1 else ''}"
    where = "" if result.combined else " (one file per student)"
    print(f"wrote {plans} to {out}{where}")
    if result.missing:
        print(f"skipped {len(result.missing)} students deleted meanwhile", file=sys.stderr)
    n = len(result.without_plan)
    if n:
        have = f"{n} student{'s have' if n != 1 else ' has'} no plan yet"
        if result.blank_sheets:
            print(f"{have}: wrote a blank planning sheet for each (not a plan):")
        else:
            print(f"{have}: skipped (--include-without-plan prints a blank planning sheet "
                  "for each):")
        for name in result.without_plan_names:
            print(f"  {name}")


def _student_pk(db: Database, student_id: str) -> int:
    from counselor_app.services.students import find_student

    pk = find_student(db, student_id)
    if pk is None:
        raise CliError(f"no student with ID {student_id.strip()!r}")
    return pk


def _warn_unprintable(problems: Sequence[Unprintable]) -> None:
    """Tell which student and field hold characters no font draws (on stderr)."""
    for problem in problems:
        print(f"warning: cannot print some characters: {problem.message()}", file=sys.stderr)


def _add_html(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-html", help="write the accessible copy of plans (HTML)",
                       description="Write the accessible copy (HTML for screen readers, "
                                   "WCAG 2.1 AA) of one student's plan, or of all students' "
                                   "plans in one file.")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--student", metavar="ID", help="the student ID (as shown in the app)")
    who.add_argument("--all", action="store_true", help="all students (not archived)")
    p.add_argument("--grade", type=int, metavar="N", help="with --all: only grade N (6-12)")
    p.add_argument("--out", required=True, metavar="FILE", help="the HTML file to write")
    p.add_argument("--language", metavar="CODE", help="as for export-pdf")
    p.add_argument("--bilingual", action="store_true", help="as for export-pdf")
    add_db_arg(p)


def _run_html(args: argparse.Namespace) -> int:
    from counselor_app.reports.html_export import write_html
    from counselor_app.services.batch_order import batch_order
    from counselor_app.services.report_data import student_reports
    from counselor_app.services.settings import load_settings
    from counselor_app.services.students import list_students
    from counselor_app.store.bootstrap import open_database

    args.counselor, args.combined = None, False
    _check(args)
    out = Path(args.out).expanduser()
    if out.is_dir() or not out.parent.is_dir():
        raise CliError(f"--out must be a file in an existing folder, not {out}")
    db = open_database(getattr(args, "db", None))
    try:
        if args.student is not None:
            pks = [_student_pk(db, args.student)]
        else:
            pks = [r.id for r in list_students(db, grade=args.grade)]
            if not pks:
                raise CliError("no students found")
            pks = batch_order(db, pks, args.language, load_settings(db).file_particles)
        reports = [copy for pk in pks for copy in student_reports(
            db, pk, language=args.language, bilingual=args.bilingual)]
        try:
            write_html(reports, out)
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}") from exc
        print(f"wrote {out}")
        return 0
    finally:
        db.dispose()


def register(sub: Subparsers) -> dict[str, Handler]:
    _add(sub)
    _add_html(sub)
    return {"export-pdf": _run, "export-html": _run_html}
