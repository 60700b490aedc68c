"""Plan subcommands: ``plan new`` (scripts and bulk work), ``plan history``, ``plan reprint``.

``plan new`` starts a plan from a program of study or blank; for a student with years
already over it needs ``--past`` (what to do with the program's courses there), the
question the GUI asks. ``plan history`` lists every plan's approved versions and what
changed since the last approval; ``plan reprint`` writes a version's PDF exactly as it
was printed at approval.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from counselor_app.cli.common import CliError, Handler, Subparsers
from counselor_app.cli.common import add_db_arg as _db
from counselor_app.cli.common import open_db as _open


def _add_plan(sub: Subparsers) -> None:
    p = sub.add_parser("plan", help="start plans, list their approved versions, reprint one")
    actions = p.add_subparsers(dest="plan_command", required=True)
    new = actions.add_parser("new", help="start a plan for a student")
    new.add_argument("--student", required=True, metavar="ID", help="the student's ID")
    start = new.add_mutually_exclusive_group(required=True)
    start.add_argument("--program", metavar="CODE", help="pre-fill from this program of study")
    start.add_argument("--blank", action="store_true", help="start with no courses")
    new.add_argument("--name", help="the plan's name (default: Main plan, or Plan N)")
    new.add_argument("--past", choices=["empty", "completed", "plan"],
                     help="for years already over: leave the program's courses out, mark "
                          "them completed, or place them anyway (asked when needed)")
    new.add_argument("--first-grade", type=int, choices=[6, 7, 8, 9], default=9,
                     help="the grade the plan starts in (default 9)")
    _db(new)
    history = actions.add_parser("history", help="a student's plans and approved versions")
    history.add_argument("--student", required=True, metavar="ID")
    history.add_argument("--json", action="store_true", help="print JSON")
    _db(history)
    reprint = actions.add_parser("reprint", help="write an approved version's PDF exactly "
                                                 "as printed at approval")
    reprint.add_argument("--student", required=True, metavar="ID")
    reprint.add_argument("--plan", metavar="NAME", help="the plan (default: the active one)")
    reprint.add_argument("--version", type=int, metavar="N",
                         help="the version number (default: the newest)")
    reprint.add_argument("--out", required=True, metavar="FILE")
    _db(reprint)


def _student(db: Any, student_id: str) -> int:
    from counselor_app.services.transcripts import student_pk_for

    pk = student_pk_for(db, student_id)
    if pk is None:
        raise CliError(f"no student with ID {student_id}")
    return pk


def _new(args: argparse.Namespace) -> int:
    from counselor_app.domain.base import level_label
    from counselor_app.services import plans

    db = _open(args)
    try:
        pk = _student(db, args.student)
        past = args.past
        if args.program:
            done = plans.past_levels(db, pk)
            if done and past is None:
                names = ", ".join(level_label(lv) for lv in done)
                raise CliError(f"student {args.student} has finished {names}: add --past "
                               "empty (leave those years empty), --past completed (mark the "
                               "program's courses completed) or --past plan (place them "
                               "anyway)")
        existing = len(plans.list_plans(db, pk))
        name = args.name or ("Main plan" if existing == 0 else f"Plan {existing + 1}")
        try:
            plan_id = plans.create_plan(db, pk, name, args.program, past=past or "plan",
                                        first_level=args.first_grade)
        except (LookupError, ValueError) as exc:
            raise CliError(str(exc)) from None
        view = plans.load_plan(db, plan_id)
    finally:
        db.dispose()
    active = "active" if view.is_active else "not active"
    print(f"created plan {plan_id} \u201c{view.name}\u201d for {args.student} ({active}, "
          f"{sum(1 for c in view.courses if c.id > 0)} courses)")
    return 0


def _history_data(db: Any, pk: int) -> list[dict[str, Any]]:
    from counselor_app.services import plans, versions
    from counselor_app.services.plan_changes import describe

    out = []
    for summary in plans.list_plans(db, pk):
        state = versions.approval_state(db, summary.id)
        out.append({
            "plan_id": summary.id, "plan": summary.name, "active": summary.is_active,
            "status": summary.status,
            "changed_since_approval": state.changed_since_approval,
            "changes": [describe(c) for c in state.changes],
            "versions": [{
                "number": v.number, "approved_by": v.approved_by,
                "approved_at": v.approved_at.isoformat(sep=" "), "sha256": v.checksum,
                "pdf_bytes": v.pdf_size, "acknowledged": list(v.acknowledged),
                "signoffs": [{"role": s.role, "printed_name": s.printed_name,
                              "relationship": s.relationship,
                              "signed_on": s.signed_on.isoformat(),
                              "attachment": s.attachment_name} for s in v.signoffs],
            } for v in versions.list_versions(db, summary.id)],
        })
    return out


def _history(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        data = _history_data(db, _student(db, args.student))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"student_id": args.student, "plans": data}, indent=2,
                         ensure_ascii=False))
        return 0
    if not data:
        print(f"{args.student} has no plans")
    for plan in data:
        flag = " (active)" if plan["active"] else ""
        print(f"{plan['plan']}{flag}: {plan['status']}, {len(plan['versions'])} approved "
              "version(s)")
        if plan["changed_since_approval"]:
            print(f"  changed since approval ({len(plan['changes'])}):")
            for line in plan["changes"]:
                print(f"    {line}")
        for v in plan["versions"]:
            signed = "; ".join(f"{s['printed_name'] or s['attachment']} ({s['role']})"
                               for s in v["signoffs"]) or "no sign-offs"
            print(f"  v{v['number']}  {v['approved_at']}  {v['approved_by']}  "
                  f"sha256 {v['sha256'][:16]}…  {signed}")
    return 0


def _reprint(args: argparse.Namespace) -> int:
    from counselor_app.services import plans, versions

    db = _open(args)
    try:
        pk = _student(db, args.student)
        summaries = plans.list_plans(db, pk)
        plan = next((p for p in summaries if (p.name == args.plan if args.plan
                                              else p.is_active)), None)
        if plan is None:
            raise CliError(f"{args.student} has no plan named {args.plan!r}" if args.plan
                           else f"{args.student} has no active plan")
        found = versions.list_versions(db, plan.id)
        chosen = next((v for v in found if args.version in (None, v.number)), None)
        if chosen is None:
            raise CliError(f"plan \u201c{plan.name}\u201d has no approved version"
                           + (f" {args.version}" if args.version else ""))
        try:
            data = versions.version_pdf(db, chosen.id)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    finally:
        db.dispose()
    try:
        Path(args.out).write_bytes(data)
    except OSError as exc:
        raise CliError(f"{args.out}: cannot be written ({exc.strerror or exc})") from None
    print(f"wrote version {chosen.number} of \u201c{plan.name}\u201d to {args.out} "
          f"(sha256 {chosen.checksum})")
    return 0


def _run(args: argparse.Namespace) -> int:
    return {"new": _new, "history": _history, "reprint": _reprint}[args.plan_command](args)


def register(sub: Subparsers) -> dict[str, Handler]:
    _add_plan(sub)
    return {"plan": _run}
