"""``counselor-app requirements list|check|import`` and ``counselor-app audit``.

    counselor-app requirements list [--json]
    counselor-app requirements check FILE      (exit 2 with file, place and reason)
    counselor-app requirements import FILE
    counselor-app audit --student ID [--plan NAME] [--set CODE ...] [--json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from counselor_app.cli.common import CliError, Handler, Subparsers, add_db_arg, open_db

if TYPE_CHECKING:
    from counselor_app.audit.results import RequirementResult, SetAudit
    from counselor_app.store.engine import Database


def register(sub: Subparsers) -> dict[str, Handler]:
    req = sub.add_parser("requirements", help="list, check and import graduation "
                         "requirement sets")
    req_sub = req.add_subparsers(dest="requirements_command", required=True)
    listing = req_sub.add_parser("list", help="the requirement sets in the database")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    add_db_arg(listing)
    check = req_sub.add_parser("check", help="validate a requirement-set file (TOML or JSON)")
    check.add_argument("file", metavar="FILE")
    add_db_arg(check)
    imp = req_sub.add_parser("import", help="check a requirement-set file and save it as a "
                             "district set")
    imp.add_argument("file", metavar="FILE")
    add_db_arg(imp)

    aud = sub.add_parser("audit", help="audit a student's plan against requirement sets",
                         description="Audit a student's active plan (or --plan NAME) against "
                                     "its diploma and supplemental sets (or --set CODE ...).")
    aud.add_argument("--student", required=True, metavar="ID", help="the student ID")
    aud.add_argument("--plan", metavar="NAME", help="the plan's name (default: active plan)")
    aud.add_argument("--set", dest="sets", action="append", metavar="CODE",
                     help="audit against this set (repeat for more); default: the plan's")
    aud.add_argument("--json", action="store_true", help="print the audit as JSON")
    add_db_arg(aud)
    return {"requirements": _requirements, "audit": _audit}


def _with_db(args: argparse.Namespace) -> Database:
    return open_db(args)


def _requirements(args: argparse.Namespace) -> int:
    from counselor_app.audit import SetFileError
    from counselor_app.services import requirement_sets as sets

    db = _with_db(args)
    try:
        if args.requirements_command == "list":
            rows = sets.list_sets(db)
            if args.json:
                print(json.dumps([{"code": r.code, "name": r.name, "state": r.state,
                                   "kind": r.kind, "source": r.source,
                                   "checked": r.checked.isoformat(), "builtin": r.builtin}
                                  for r in rows], indent=2, ensure_ascii=False))
            else:
                for r in rows:
                    origin = "built-in" if r.builtin else "district"
                    print(f"{r.code:34} {r.state:9} {r.kind:12} checked "
                          f"{r.checked.isoformat()}  {r.name} ({origin}; {r.source})")
            return 0
        path = Path(args.file)
        try:
            if args.requirements_command == "check":
                rs = sets.check_set_file(db, path)
                count = len(rs.root.walk()) - 1
                print(f"{path.name}: valid requirement set {rs.code} ({rs.kind}, "
                      f"{count} requirements)")
            else:
                code = sets.import_set_file(db, path)
                print(f"{path.name}: imported as requirement set {code}")
        except SetFileError as exc:
            raise CliError(str(exc)) from None
        return 0
    finally:
        db.dispose()


def _audit(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from counselor_app.domain import Plan
    from counselor_app.services.audit import audit_plan
    from counselor_app.services.students import find_student

    db = _with_db(args)
    try:
        pk = find_student(db, args.student.strip())
        if pk is None:
            raise CliError(f"no student with ID {args.student}")
        with db.read() as s:
            query = select(Plan.id).where(Plan.student_pk == pk)
            query = query.where(Plan.name == args.plan) if args.plan else \
                query.where(Plan.is_active)
            plan_id = s.scalars(query.order_by(Plan.id)).first()
        if plan_id is None:
            raise CliError(f"student {args.student} has no plan named {args.plan!r}"
                           if args.plan else f"student {args.student} has no active plan")
        try:
            result = audit_plan(db, plan_id, args.sets or None)
        except LookupError as exc:
            raise CliError(str(exc).strip("'\"")) from None
        if args.json:
            print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        else:
            print(f"Student {result.student_id}, plan {result.plan_name!r}")
            for set_audit in result.sets:
                print("\n".join(_set_text(set_audit)))
            conc = result.concentrator
            if conc is not None:
                from counselor_app.reports.audit_text import concentrator_words

                program = f"{conc.program_name} ({conc.program_code}), " \
                    if conc.program_code else ""
                print(f"CTE concentrator: {concentrator_words(conc.status)}: {program}"
                      f"{conc.basis}; {conc.earned:g} of {conc.threshold:g} {conc.mode} "
                      f"completed, {conc.in_progress + conc.planned:g} more under way or "
                      "planned")
        return 0
    finally:
        db.dispose()


def _set_text(s: SetAudit) -> list[str]:
    from counselor_app.reports.audit_text import status_words

    lines = ["", f"{s.name} [{s.code}]: {status_words(s.status)}",
             f"  {s.notice} Source: {s.source}, checked {s.checked.isoformat()}."]

    def walk(r: RequirementResult, depth: int) -> None:
        courses = ", ".join(dict.fromkeys(f"{c.title} ({c.code})" if c.title else c.code
                                          for c in r.courses)) if r.kind != "total" else ""
        lines.append(f"{'  ' * depth}- {r.label}: {status_words(r.status, r.missing, r.kind)}"
                     + (f" [{courses}]" if courses else ""))
        for ex in r.exceptions:
            lines.append(f"{'  ' * depth}    {ex.text}")
        for child in r.children:
            walk(child, depth + 1)

    for top in s.requirements:
        walk(top, 1)
    for n in s.not_counted:
        if n.reason != "unused":
            lines.append(f"  not counted: {n.text}")
    return lines


