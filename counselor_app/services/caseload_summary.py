"""The caseload's counts and lists, from students already read: plain Python, no database.

``services.caseload.compute_caseload`` reads and audits the caseload (see there for what
each category means); ``summarize`` counts and filters it, so the dashboard recounts a
click in memory. This module imports nothing heavier than the standard library: the
dashboard page imports it before the first paint.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

PLAN_STATUSES = ("none", "draft", "approved", "changed")
AUDIT_STATUSES = ("on_track", "short", "errors", "none")
CTE_STATUSES = ("yes", "on_track", "no")


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
    cte_program: str | None = None  # the code of the program the CTE status counts

    def matches(self, st: CaseloadStudent) -> bool:
        return ((self.grade is None or st.grade == self.grade)
                and (self.counselor is None
                     or st.counselor.casefold() == self.counselor.casefold())
                and (self.graduation_year is None or st.graduation_year == self.graduation_year)
                and (self.plan_status is None or st.plan_status == self.plan_status)
                and (self.audit is None or st.audit == self.audit)
                and (self.cte is None or st.cte == self.cte)
                and (self.cte_program is None or st.cte_program_code == self.cte_program))


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


def merge(students: Iterable[CaseloadStudent], fresh: Iterable[CaseloadStudent],
          pks: Iterable[int]) -> list[CaseloadStudent]:
    """``students`` with those of ``pks`` recomputed (``fresh``): a student of ``pks``
    missing from ``fresh`` (archived or deleted) is left out; new ones come last."""
    redo = set(pks)
    by_pk = {st.pk: st for st in fresh}
    out = [by_pk.pop(st.pk, st) if st.pk in redo else st for st in students
           if st.pk not in redo or st.pk in by_pk]
    return out + list(by_pk.values())
