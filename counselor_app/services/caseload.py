"""The caseload at a glance: every active student's plan status, audit and CTE status.

``compute_caseload`` reads the whole caseload (students not archived) in one read
session, in bulk: the students with their active plans, the last approved version of
each plan that has one, the plans as they are now (only those with a version: to tell
"changed since approval" exactly as ``versions.approval_state`` does), the plan checks
(``plans.plan_inputs``) and the graduation audit (``audit.reaudit_plans``, the re-audit
of the caseload). ``summarize`` then counts and filters it in memory, so a dashboard
computes once per change of the data and filters instantly.

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
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from counselor_app.domain import Plan, PlanVersion, ProgramOfStudy, Student
from counselor_app.services.audit import CaseloadRow, reaudit_plans
from counselor_app.services.plan_changes import diff_snapshots
from counselor_app.services.plan_view import load_plans
from counselor_app.services.rules import ERROR, validate_plan
from counselor_app.services.settings import load_settings
from counselor_app.store.engine import Database

PLAN_STATUSES = ("none", "draft", "approved", "changed")
AUDIT_STATUSES = ("on_track", "short", "errors", "none")
CTE_STATUSES = ("yes", "on_track", "no")
_CTE = {"concentrator": "yes", "on_track": "on_track", "short": "no"}
_ON_TRACK = frozenset({"met", "in_progress", "on_track", "waived"})
# the old credit-total rule: the audit reports shortfalls itself (as the plan editor does)
_NOT_ERRORS = frozenset({"requirement_shortfall"})


@dataclass(frozen=True)
class CaseloadStudent:
    """One student of the caseload and where their active plan stands."""

    pk: int
    student_id: str
    last_name: str
    first_name: str  # the preferred name when there is one
    grade: int
    graduation_year: int
    counselor: str
    plan_id: int | None
    plan_name: str
    program_code: str
    program_name: str
    plan_status: str  # PLAN_STATUSES
    audit: str  # AUDIT_STATUSES
    cte: str  # CTE_STATUSES
    cte_program_code: str = ""  # the program the CTE status counts ("" without one)
    cte_program: str = ""  # its name
    errors: int = 0  # plan checks with errors (missing sets count one each)
    short: int = 0  # short requirements at the top of the diploma set

    @property
    def display_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"


@dataclass(frozen=True)
class CaseloadFilter:
    """Which students a summary counts (None: all)."""

    grade: int | None = None
    counselor: str | None = None
    graduation_year: int | None = None
    plan_status: str | None = None
    audit: str | None = None
    cte: str | None = None

    def matches(self, st: CaseloadStudent) -> bool:
        return ((self.grade is None or st.grade == self.grade)
                and (self.counselor is None
                     or st.counselor.casefold() == self.counselor.casefold())
                and (self.graduation_year is None or st.graduation_year == self.graduation_year)
                and (self.plan_status is None or st.plan_status == self.plan_status)
                and (self.audit is None or st.audit == self.audit)
                and (self.cte is None or st.cte == self.cte))


@dataclass(frozen=True)
class ProgramCount:
    """CTE concentrators of one program of study: how many are and how many on track."""

    code: str
    name: str
    yes: int
    on_track: int


@dataclass(frozen=True)
class CaseloadSummary:
    """The counts and the list of the students a filter selects."""

    students: tuple[CaseloadStudent, ...]
    by_grade: dict[int, int]
    by_counselor: dict[str, int]
    by_graduation_year: dict[int, int]
    by_plan_status: dict[str, int]
    by_audit: dict[str, int]
    by_cte: dict[str, int]
    plan_status_by_grade: dict[int, dict[str, int]]
    audit_by_grade: dict[int, dict[str, int]]
    concentrators_by_program: tuple[ProgramCount, ...]
    filter: CaseloadFilter = field(default_factory=CaseloadFilter)

    @property
    def total(self) -> int:
        return len(self.students)

    def to_json(self) -> dict[str, Any]:
        """The shape of ``counselor-app caseload --json`` (keys sorted, stable order)."""
        f = self.filter
        return {
            "filters": {"grade": f.grade, "counselor": f.counselor,
                        "graduation_year": f.graduation_year},
            "total": self.total,
            "counts": {
                "grade": {str(k): v for k, v in self.by_grade.items()},
                "counselor": dict(self.by_counselor),
                "graduation_year": {str(k): v for k, v in self.by_graduation_year.items()},
                "plan_status": dict(self.by_plan_status),
                "audit": dict(self.by_audit),
                "cte": dict(self.by_cte),
            },
            "plan_status_by_grade": {str(g): dict(c)
                                     for g, c in self.plan_status_by_grade.items()},
            "audit_by_grade": {str(g): dict(c) for g, c in self.audit_by_grade.items()},
            "concentrators_by_program": [
                {"code": p.code, "name": p.name, "yes": p.yes, "on_track": p.on_track}
                for p in self.concentrators_by_program],
            "students": [{
                "student_id": st.student_id, "name": st.display_name, "grade": st.grade,
                "graduation_year": st.graduation_year, "counselor": st.counselor,
                "plan": st.plan_name or None, "program": st.program_code or None,
                "plan_status": st.plan_status, "audit": st.audit, "cte": st.cte,
                "cte_program": st.cte_program_code or None, "errors": st.errors,
                "short": st.short} for st in self.students],
        }


Progress = Callable[[int, int], object]


def _students(s: Any) -> list[tuple[Student, Plan | None, str]]:
    rows = s.execute(
        select(Student, Plan, ProgramOfStudy.name)
        .outerjoin(Plan, (Plan.student_pk == Student.id) & Plan.is_active)
        .outerjoin(ProgramOfStudy, ProgramOfStudy.code == Plan.program_code)
        .where(Student.archived.is_(False))
        .order_by(Student.sort_name, Student.id)).tuples().all()
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


def compute_caseload(db: Database, *, progress: Progress | None = None) -> list[CaseloadStudent]:
    """Every active student with their active plan's status, audit and CTE status, sorted
    by name; read in bulk in one session. ``progress(done, total)`` is called during the
    audit; returning False stops it (the students not audited yet are left out)."""
    settings = load_settings(db)
    with db.read() as s:
        rows = _students(s)
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


def _count(values: Iterable[Any], keys: Iterable[Any] = ()) -> dict[Any, int]:
    counts = Counter(values)
    out = {k: counts.pop(k, 0) for k in keys}
    out.update(sorted(counts.items(), key=lambda kv: (str(kv[0]).casefold(), kv[0])))
    return out


def summarize(students: Iterable[CaseloadStudent],
              flt: CaseloadFilter = CaseloadFilter()) -> CaseloadSummary:
    """Counts and the list of the students ``flt`` selects (in the order given)."""
    chosen = tuple(st for st in students if flt.matches(st))
    grades = sorted({st.grade for st in chosen})
    by_grade_status = {g: _count((st.plan_status for st in chosen if st.grade == g),
                                 PLAN_STATUSES) for g in grades}
    by_grade_audit = {g: _count((st.audit for st in chosen if st.grade == g), AUDIT_STATUSES)
                      for g in grades}
    programs: dict[tuple[str, str], list[int]] = {}
    for st in chosen:
        if st.cte in ("yes", "on_track") and st.cte_program_code:
            counts = programs.setdefault((st.cte_program_code, st.cte_program), [0, 0])
            counts[0 if st.cte == "yes" else 1] += 1
    by_program = tuple(sorted((ProgramCount(code, name, yes, track)
                               for (code, name), (yes, track) in programs.items()),
                              key=lambda p: (-p.yes, -p.on_track, p.name.casefold())))
    return CaseloadSummary(
        chosen,
        {g: n for g, n in sorted(Counter(st.grade for st in chosen).items())},
        _count(st.counselor for st in chosen),
        {y: n for y, n in sorted(Counter(st.graduation_year for st in chosen).items())},
        _count((st.plan_status for st in chosen), PLAN_STATUSES),
        _count((st.audit for st in chosen), AUDIT_STATUSES),
        _count((st.cte for st in chosen), CTE_STATUSES),
        by_grade_status, by_grade_audit, by_program, flt)


def caseload(db: Database, flt: CaseloadFilter = CaseloadFilter()) -> CaseloadSummary:
    """``summarize(compute_caseload(db), flt)``: what ``counselor-app caseload`` prints."""
    return summarize(compute_caseload(db), flt)
