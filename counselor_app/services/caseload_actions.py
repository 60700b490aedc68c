"""What the dashboard does to a selection of students: plans from a program, a CSV.

``create_plans_from_program`` gives every selected student who has no plan yet a plan
from one program of study, all in one transaction (one student gone, or the program
unknown: nothing is written). ``export_caseload_csv`` writes the list as shown, private
and with formula-like text neutralised (``export_files.write_table``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from counselor_app.domain import Plan, ProgramOfStudy, Student
from counselor_app.messages import Listing, Message, msg, plural
from counselor_app.services.caseload import CaseloadStudent
from counselor_app.services.concurrency import current_user
from counselor_app.services.export_files import write_table
from counselor_app.services.plans import PAST_CHOICES, add_plan, finished_levels
from counselor_app.store.engine import Database


@dataclass(frozen=True)
class BulkPlans:
    """What ``create_plans_from_program`` did."""

    program_code: str
    program_name: str
    created: tuple[int, ...]  # student pks given a plan
    skipped: tuple[str, ...]  # student IDs that already had a plan (left as they were)

    def summary(self) -> Message:
        parts = [plural("{n} plan created from {program}", "{n} plans created from {program}",
                        n=len(self.created), program=self.program_name)]
        if self.skipped:
            parts.append(plural("{n} student skipped: already has a plan",
                                "{n} students skipped: they already have a plan",
                                n=len(self.skipped)))
        return Listing(parts, "; ")


def create_plans_from_program(db: Database, student_pks: Sequence[int], program_code: str,
                              *, name: str = "", past: str = "plan",
                              today: dt.date | None = None) -> BulkPlans:
    """A plan from ``program_code`` for each of ``student_pks`` without a plan (one
    transaction). ``name`` defaults to the program's name; ``past`` as ``create_plan``."""
    if past not in PAST_CHOICES:
        raise ValueError(msg("past years: choose one of {value}", value=', '.join(PAST_CHOICES)))
    by = current_user(db)
    with db.transaction() as s:
        program = s.scalar(select(ProgramOfStudy).where(ProgramOfStudy.code == program_code))
        if program is None:
            raise LookupError(msg("program of study {program_code} not found",
                                  program_code=program_code))
        students = {st.id: st for st in s.scalars(
            select(Student).where(Student.id.in_(list(student_pks))))}
        gone = [pk for pk in student_pks if pk not in students]
        if gone:
            raise LookupError(msg("student {student_pk} no longer exists", student_pk=gone[0]))
        with_plan = set(s.scalars(select(Plan.student_pk)
                                  .where(Plan.student_pk.in_(list(students)))))
        created: list[int] = []
        skipped: list[str] = []
        for pk in dict.fromkeys(student_pks):
            st = students[pk]
            if pk in with_plan:
                skipped.append(st.student_id)
                continue
            add_plan(s, pk, name or program.name, program_code,
                     done=finished_levels(st.graduation_year, today), past=past,
                     first_level=9, by=by)
            created.append(pk)
        return BulkPlans(program_code, program.name, tuple(created), tuple(skipped))


CSV_HEADERS = ("Student ID", "Last name", "First name", "Grade", "Graduation year",
               "Counselor", "Plan", "Program of study", "Plan status", "Audit",
               "Short requirements", "Errors", "CTE concentrator", "CTE program")


def caseload_csv_rows(students: Sequence[CaseloadStudent],
                      words: dict[str, str] | None = None) -> list[list[object]]:
    """The CSV's rows; ``words`` turns status keys into the words shown (the keys else)."""
    w = words or {}
    return [[st.student_id, st.last_name, st.first_name, st.grade, st.graduation_year,
             st.counselor, st.plan_name, st.program_name, w.get(st.plan_status, st.plan_status),
             w.get("audit:" + st.audit, st.audit), st.short, st.errors,
             w.get("cte:" + st.cte, st.cte), st.cte_program] for st in students]


def export_caseload_csv(path: str | Path, students: Sequence[CaseloadStudent], *,
                        headers: Sequence[str] = CSV_HEADERS,
                        words: dict[str, str] | None = None) -> Path:
    """Write the students (in the order given) to a CSV (or XLSX by suffix), private and
    safe to open in a spreadsheet."""
    return write_table(path, headers, caseload_csv_rows(students, words))
