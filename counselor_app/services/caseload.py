"""The caseload at a glance: every active student's plan status, audit and CTE status.

``compute_caseload`` reads the whole caseload (students not archived) in one read
session, in bulk: the students with their active plans, the last approved version of
each plan that has one, the plans as they are now (only those with a version: to tell
"changed since approval" exactly as ``versions.approval_state`` does), the plan checks
(``plans.plan_inputs``) and the graduation audit (``audit.reaudit_plans``, the re-audit
of the caseload). ``caseload_summary.summarize`` then counts and filters it in memory,
so a dashboard computes once per change of the data and filters instantly.

Categories:

* plan status: ``none`` (no active plan), ``draft`` (draft or reviewed, never approved
  or made a draft again by hand), ``approved``, ``changed`` (an approved version exists
  and the plan as it is now differs from it: courses, goals, notes for the family, also
  through a transcript);
* audit (the diploma set, the first the plan is audited against): ``on_track`` (met, in
  progress or on track), ``short``, ``errors`` (the plan's checks show errors, such as
  a missing prerequisite, or a requirement set it names is gone), ``none`` (no plan);
* CTE concentrator (Perkins V, from the same audit): ``yes``, ``on_track``, ``no``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from typing import Any

from sqlalchemy import func, select

from counselor_app.domain import Plan, PlanVersion, ProgramOfStudy, Student
from counselor_app.services.audit import CaseloadRow, reaudit_plans
from counselor_app.services.caseload_summary import (  # re-exported for callers
    AUDIT_STATUSES as AUDIT_STATUSES,
)
from counselor_app.services.caseload_summary import CTE_STATUSES as CTE_STATUSES
from counselor_app.services.caseload_summary import PLAN_STATUSES as PLAN_STATUSES
from counselor_app.services.caseload_summary import CaseloadFilter as CaseloadFilter
from counselor_app.services.caseload_summary import CaseloadStudent as CaseloadStudent
from counselor_app.services.caseload_summary import CaseloadSummary as CaseloadSummary
from counselor_app.services.caseload_summary import ProgramCount as ProgramCount
from counselor_app.services.caseload_summary import summarize
from counselor_app.services.plan_changes import diff_snapshots
from counselor_app.services.plan_view import load_plans
from counselor_app.services.rules import ERROR, validate_plan
from counselor_app.services.settings import load_settings
from counselor_app.store.engine import Database

_CTE = {"concentrator": "yes", "on_track": "on_track", "short": "no"}
_ON_TRACK = frozenset({"met", "in_progress", "on_track", "waived"})
# the old credit-total rule: the audit reports shortfalls itself (as the plan editor does)
_NOT_ERRORS = frozenset({"requirement_shortfall"})


Progress = Callable[[int, int], object]


def _students(s: Any, pks: Collection[int] | None) -> list[tuple[Student, Plan | None, str]]:
    query = (select(Student, Plan, ProgramOfStudy.name)
             .outerjoin(Plan, (Plan.student_pk == Student.id) & Plan.is_active)
             .outerjoin(ProgramOfStudy, ProgramOfStudy.code == Plan.program_code)
             .where(Student.archived.is_(False))
             .order_by(Student.sort_name, Student.id))
    if pks is not None:
        query = query.where(Student.id.in_(list(pks)))
    rows = s.execute(query).tuples().all()
    return [(st, plan, name or "") for st, plan, name in rows]


def _last_snapshots(s: Any, plan_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The snapshot of each plan's last approved version (plans without one left out)."""
    if not plan_ids:
        return {}
    last = (select(PlanVersion.plan_id, func.max(PlanVersion.number).label("n"))
            .where(PlanVersion.plan_id.in_(plan_ids)).group_by(PlanVersion.plan_id)
            .subquery())
    rows = s.execute(select(PlanVersion.plan_id, PlanVersion.snapshot)
                     .join(last, (last.c.plan_id == PlanVersion.plan_id)
                           & (last.c.n == PlanVersion.number)))
    return {pid: json.loads(snap) for pid, snap in rows}


def _plan_statuses(s: Any, plans: list[Plan]) -> dict[int, str]:
    from counselor_app.services.versions import snapshot

    last = _last_snapshots(s, [p.id for p in plans])
    views = load_plans(s, list(last)) if last else {}
    out: dict[int, str] = {}
    for plan in plans:
        if plan.id in last and plan.id in views \
                and diff_snapshots(last[plan.id], snapshot(views[plan.id])):
            out[plan.id] = "changed"
        elif plan.id in last and plan.status == "approved":
            out[plan.id] = "approved"
        else:
            out[plan.id] = "draft"
    return out


def _check_errors(s: Any, plans: list[Plan], settings: Any) -> dict[int, int]:
    from counselor_app.services.plans import plan_inputs

    inputs = plan_inputs(s, [p.id for p in plans], settings)
    return {pid: sum(1 for i in validate_plan(inp).issues
                     if i.severity == ERROR and i.rule not in _NOT_ERRORS)
            for pid, inp in inputs.items()}


def _audit_word(row: CaseloadRow | None, errors: int) -> str:
    if row is None:
        return "errors"
    if errors or row.missing_sets or not row.statuses:
        return "errors"
    return "on_track" if row.statuses[0][1] in _ON_TRACK else "short"


def compute_caseload(db: Database, *, student_pks: Collection[int] | None = None,
                     progress: Progress | None = None) -> list[CaseloadStudent]:
    """Every active student (or those of ``student_pks`` still active) with their active
    plan's status, audit and CTE status, sorted by name; read in bulk in one session.
    ``progress(done, total)`` is called during the audit; returning False stops it (the
    students not audited yet are left out)."""
    settings = load_settings(db)
    with db.read() as s:
        rows = _students(s, student_pks)
        plans = [plan for _, plan, _ in rows if plan is not None]
        statuses = _plan_statuses(s, plans)
        errors = _check_errors(s, plans, settings)
        ids = {st.id: st.student_id for st, _, _ in rows}
        audited = {r.plan_id: r for r in reaudit_plans(
            s, [(p, ids[p.student_pk]) for p in plans], settings,
            progress=(lambda done, total: progress(done, total) is not False)
            if progress else None)}
        out = []
        for st, plan, program_name in rows:
            first = st.preferred_name or st.first_name
            if plan is None:
                out.append(CaseloadStudent(st.id, st.student_id, st.last_name, first, st.grade,
                                           st.graduation_year, st.counselor, None, "", "", "",
                                           "none", "none", "no"))
                continue
            if plan.id not in audited and progress is not None:
                continue  # stopped before this one
            row = audited.get(plan.id)
            n_errors = errors.get(plan.id, 0) + (len(row.missing_sets) if row else 1)
            out.append(CaseloadStudent(
                st.id, st.student_id, st.last_name, first, st.grade, st.graduation_year,
                st.counselor, plan.id, plan.name, plan.program_code or "", program_name,
                statuses[plan.id], _audit_word(row, n_errors),
                _CTE.get(row.concentrator, "no") if row else "no",
                *(row.concentrator_program if row else ("", "")), n_errors,
                row.short if row else 0))
        return out


def caseload(db: Database, flt: CaseloadFilter | None = None) -> CaseloadSummary:
    """``summarize(compute_caseload(db), flt)``: what ``counselor-app caseload`` prints."""
    return summarize(compute_caseload(db), flt or CaseloadFilter())
