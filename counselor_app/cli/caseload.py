"""``counselor-app caseload``: the dashboard's counts and lists on the command line.

    counselor-app caseload [--grade N] [--counselor NAME] [--graduation-year YEAR] [--json]
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from counselor_app.cli.common import Handler, Subparsers, add_db_arg, open_db

if TYPE_CHECKING:
    from counselor_app.services.caseload import CaseloadSummary

PLAN_WORDS = {"none": "no plan", "draft": "draft", "approved": "approved",
              "changed": "changed since approval"}
AUDIT_WORDS = {"on_track": "on track", "short": "short", "errors": "errors", "none": "no plan"}
CTE_WORDS = {"yes": "concentrator", "on_track": "on track", "no": "not yet"}


def register(sub: Subparsers) -> dict[str, Handler]:
    p = sub.add_parser("caseload", help="counts and lists of the caseload (the dashboard)",
                       description="Every active student by grade, counselor, graduation "
                                   "year, plan status, graduation audit and CTE concentrator "
                                   "status: the counts the dashboard shows, then the list.")
    p.add_argument("--grade", type=int, metavar="N", help="only students in grade N")
    p.add_argument("--counselor", metavar="NAME", help="only this counselor's students "
                   "(case does not matter)")
    p.add_argument("--graduation-year", type=int, metavar="YEAR",
                   help="only students graduating in YEAR")
    p.add_argument("--json", action="store_true", help="print JSON (stable keys and order)")
    add_db_arg(p)
    return {"caseload": _caseload}


def _caseload(args: argparse.Namespace) -> int:
    from counselor_app.services.caseload import CaseloadFilter, caseload

    db = open_db(args)
    try:
        summary = caseload(db, CaseloadFilter(grade=args.grade, counselor=args.counselor,
                                              graduation_year=args.graduation_year))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(summary.to_json(), indent=2, ensure_ascii=False))
    else:
        print(text_report(summary))
    return 0


def _line(title: str, counts: dict[str, int], words: dict[str, str] | None = None) -> str:
    parts = [f"{(words or {}).get(k, k) or '(none)'}: {n}" for k, n in counts.items()]
    return f"{title + ':':18}" + ("  ".join(parts) if parts else "-")


def text_report(summary: CaseloadSummary) -> str:
    """The counts, the charts' numbers, then one line per student."""
    lines = [f"Students: {summary.total}",
             _line("Grade", {str(k): v for k, v in summary.by_grade.items()}),
             _line("Counselor", summary.by_counselor),
             _line("Graduation year", {str(k): v for k, v in summary.by_graduation_year.items()}),
             _line("Plan status", summary.by_plan_status, PLAN_WORDS),
             _line("Audit", summary.by_audit, AUDIT_WORDS),
             _line("CTE concentrator", summary.by_cte, CTE_WORDS)]
    if summary.plan_status_by_grade:
        lines += ["", "Plan status by grade:"]
        lines += [_line(f"  grade {g}", c, PLAN_WORDS)
                  for g, c in summary.plan_status_by_grade.items()]
    if summary.concentrators_by_program:
        lines += ["", "CTE concentrators by program:"]
        lines += [f"  {p.name} ({p.code}): {p.yes} concentrator(s), {p.on_track} on track"
                  for p in summary.concentrators_by_program]
    if summary.students:
        rows = [("ID", "Name", "Grade", "Grad", "Counselor", "Plan status", "Audit", "CTE")]
        rows += [(st.student_id, st.display_name, str(st.grade), str(st.graduation_year),
                  st.counselor, PLAN_WORDS[st.plan_status],
                  AUDIT_WORDS[st.audit] + (f" ({st.short})" if st.audit == "short" else ""),
                  CTE_WORDS[st.cte]) for st in summary.students]
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines.append("")
        lines += ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
                  for r in rows]
    return "\n".join(lines)
