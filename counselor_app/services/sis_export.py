"""Files for the student information system: the plans CSV and next year's course requests.

Both are CSV written private (0600) with formula-like text neutralised (see
``export_files``), and sorted by name with a collation that ignores case and accents
at first (so "Ávila" sorts with "Avila", "de la Cruz" with "De La Cruz", never after
"Z"), then by the exact text, then by student ID: the same order on every machine,
whatever its locale.

Course requests: for every student with an active plan, the courses that plan places in
the student's next grade (status planned), in the layout an SIS import accepts:

* ``powerschool``: PowerSchool's schedule requests import (``Student_Number``,
  ``Course_Number``, ``YearID``: PowerSchool numbers a school year by its first
  calendar year minus 1990, so 2026-2027 is 36);
* ``infinite-campus``: Infinite Campus's course request import (student number,
  course number, course name, the grade the requests are for);
* ``generic``: everything, with names, for any other system or a spreadsheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from counselor_app.domain import (
    Cluster,
    Course,
    Pathway,
    Plan,
    PlanCourse,
    ProgramOfStudy,
    Student,
)
from counselor_app.domain.base import level_short
from counselor_app.messages import Listing, Message, msg, plural
from counselor_app.services.exchange import ExchangeError
from counselor_app.services.export_files import csv_text, write_private_atomic
from counselor_app.services.request_layouts import REQUEST_LAYOUTS
from counselor_app.store.engine import Database
from counselor_app.text import fold

SIS_COLUMNS = ("Student ID", "Last Name", "First Name", "Grade", "Graduation Year",
               "Active Plan", "Program Code", "Cluster", "Total Planned Credits")




def name_key(last: str, first: str, student_id: str) -> tuple[str, ...]:
    """Sort key in the spirit of the Unicode collation's levels: letters first (accents
    and case ignored), then accents, then case, then the ID."""
    return (fold(last), fold(first), last.casefold(), first.casefold(), last, first,
            student_id)


def _write(path: Path, headers: Sequence[str], rows: list[list[str]], excel: bool) -> None:
    try:
        write_private_atomic(path, csv_text(headers, rows),
                             "utf-8-sig" if excel else "utf-8")
    except OSError as exc:
        raise ExchangeError(msg("{path}: cannot be written ({value})",
                                path=path, value=exc.strerror or exc)) from exc


# --------------------------------------------------------------------------- plans CSV

def sis_rows(db: Database, *, include_without_plan: bool = False,
             include_archived: bool = False) -> list[list[str]]:
    """Rows of the SIS export (without the header), sorted by last and first name."""
    with db.read() as s:
        stmt = (select(Student, Plan)
                .outerjoin(Plan, (Plan.student_pk == Student.id) & Plan.is_active)
                .order_by(Student.id))
        if not include_archived:
            stmt = stmt.where(Student.archived.is_(False))
        pairs = s.execute(stmt).all()
        clusters: dict[str, str] = dict(s.execute(select(ProgramOfStudy.code, Cluster.name)
                                  .join(Pathway, Pathway.id == ProgramOfStudy.pathway_id)
                                  .join(Cluster, Cluster.id == Pathway.cluster_id))
                                  .tuples().all())
        credits: dict[str, float] = dict(s.execute(select(Course.code, Course.credits))
                                         .tuples().all())
        planned: dict[int, float] = {}
        for plan_id, code in s.execute(select(PlanCourse.plan_id, PlanCourse.course_code)
                                       .join(Plan, Plan.id == PlanCourse.plan_id)
                                       .where(Plan.is_active)):
            planned[plan_id] = planned.get(plan_id, 0.0) + float(credits.get(code, 0.0))
        keyed = []
        seen: set[int] = set()
        for st, plan in pairs:
            if st.id in seen:  # two active plans (should not happen): the first wins
                continue
            seen.add(st.id)
            if plan is None and not include_without_plan:
                continue
            program = plan.program_code if plan is not None else None
            keyed.append((name_key(st.last_name, st.first_name, st.student_id), [
                st.student_id, st.last_name, st.first_name, str(st.grade),
                str(st.graduation_year), plan.name if plan is not None else "",
                program or "", clusters.get(program, "") if program else "",
                f"{planned.get(plan.id, 0.0):g}" if plan is not None else "",
            ]))
    keyed.sort(key=lambda pair: pair[0])
    return [row for _key, row in keyed]


def export_sis_csv(db: Database, path: str | Path, *, include_without_plan: bool = False,
                   include_archived: bool = False, excel: bool = False) -> int:
    """Write students with their active plans as CSV for the SIS; returns the row count.

    UTF-8 without a BOM (what SIS imports expect); ``excel=True`` adds the BOM Excel
    needs to show accented names correctly.
    """
    rows = sis_rows(db, include_without_plan=include_without_plan,
                    include_archived=include_archived)
    _write(Path(path), SIS_COLUMNS, rows, excel)
    return len(rows)


# --------------------------------------------------------------------------- requests

@dataclass
class RequestsPreview:
    """What a course-request export holds, before it is written."""

    layout: str
    school_year: str  # "2027-2028"
    headers: tuple[str, ...]
    rows: list[list[str]] = field(default_factory=list)
    students: int = 0  # students with at least one request
    without_requests: list[str] = field(default_factory=list)  # IDs: active plan, none
    not_in_catalog: dict[str, int] = field(default_factory=dict)  # code -> requests
    finishing: int = 0  # grade 12 students (no next year in the plan)

    def summary(self) -> Message:
        parts = [msg("{requests} for {students} ({year})",
                     requests=plural("{n} course request", "{n} course requests",
                                     n=len(self.rows)),
                     students=plural("{n} student", "{n} students", n=self.students),
                     year=self.school_year)]
        if self.without_requests:
            parts.append(plural("{n} student whose active plan has no course for next year",
                                "{n} students whose active plan has no course for next year",
                                n=len(self.without_requests)))
        if self.finishing:
            parts.append(plural("{n} student in grade 12 left out",
                                "{n} students in grade 12 left out", n=self.finishing))
        if self.not_in_catalog:
            parts.append(msg("{n} requests for courses not in the catalog: {codes}",
                             n=sum(self.not_in_catalog.values()),
                             codes=", ".join(sorted(self.not_in_catalog))))
        return Listing(parts, "; ")


def next_school_year(today: dt.date | None = None) -> int:
    """The first calendar year of next school year (school years start in July)."""
    today = today or dt.date.today()
    return today.year + (1 if today.month >= 7 else 0)


def course_requests(db: Database, layout: str, *, today: dt.date | None = None,
                    include_archived: bool = False) -> RequestsPreview:
    """Next year's course requests from the active plans, in ``layout``."""
    if layout not in REQUEST_LAYOUTS:
        raise ExchangeError(msg("unknown layout {layout!r}; choose one of {layouts}",
                                layout=layout, layouts=", ".join(REQUEST_LAYOUTS)))
    start = next_school_year(today)
    preview = RequestsPreview(layout, f"{start}-{start + 1}", REQUEST_LAYOUTS[layout])
    with db.read() as s:
        stmt = select(Student, Plan).join(Plan, (Plan.student_pk == Student.id)
                                          & Plan.is_active)
        if not include_archived:
            stmt = stmt.where(Student.archived.is_(False))
        pairs = sorted(s.execute(stmt).tuples().all(),
                       key=lambda p: name_key(p[0].last_name, p[0].first_name,
                                              p[0].student_id))
        courses = {c.code: c for c in s.scalars(select(Course))}
        by_plan: dict[int, list[PlanCourse]] = {}
        for pc in s.scalars(select(PlanCourse).join(Plan, Plan.id == PlanCourse.plan_id)
                            .where(Plan.is_active).order_by(PlanCourse.sort_order,
                                                            PlanCourse.id)):
            by_plan.setdefault(pc.plan_id, []).append(pc)
        seen: set[int] = set()
        for st, plan in pairs:
            if st.id in seen:
                continue
            seen.add(st.id)
            if st.grade >= 12:
                preview.finishing += 1
                continue
            nxt = st.grade + 1
            wanted = [pc for pc in by_plan.get(plan.id, [])
                      if pc.level == nxt and pc.status == "planned"]
            if not wanted:
                preview.without_requests.append(st.student_id)
                continue
            preview.students += 1
            for pc in wanted:
                course = courses.get(pc.course_code)
                if course is None:
                    preview.not_in_catalog[pc.course_code] = \
                        preview.not_in_catalog.get(pc.course_code, 0) + 1
                title = course.title if course is not None else ""
                credits = f"{course.credits:g}" if course is not None else ""
                preview.rows.append(_request_row(layout, st, pc, nxt, title, credits, start))
    return preview


def _request_row(layout: str, st: Student, pc: PlanCourse, grade: int, title: str,
                 credits: str, start: int) -> list[str]:
    if layout == "powerschool":
        return [st.student_id, pc.course_code, str(start - 1990)]
    if layout == "infinite-campus":
        return [st.student_id, pc.course_code, title, level_short(grade)]
    return [st.student_id, st.last_name, st.first_name, level_short(grade),
            f"{start}-{start + 1}", pc.course_code, title, pc.term, credits]


def export_course_requests(db: Database, path: str | Path, layout: str, *,
                           today: dt.date | None = None, excel: bool = False
                           ) -> RequestsPreview:
    """Write the course requests; returns what was written (rows and counts)."""
    preview = course_requests(db, layout, today=today)
    _write(Path(path), preview.headers, preview.rows, excel)
    return preview
