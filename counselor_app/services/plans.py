"""Educational plans: create, copy, edit course by course, validate.

Every function is one user action in one transaction, and stamps the plan's
``updated_at`` so the counselor sees when it last changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counselor_app.domain import (
    GraduationRequirement,
    Occupation,
    Plan,
    PlanCourse,
    ProgramCourse,
    ProgramOfStudy,
    Student,
)
from counselor_app.domain.base import GRADE_LEVELS
from counselor_app.domain.students import STATUSES, TERMS
from counselor_app.messages import msg
from counselor_app.services import shared_reads as shared
from counselor_app.services.audit_inputs import program_facts
from counselor_app.services.browse import catalog_titles, course_rows
from counselor_app.services.concurrency import (
    COURSE_GONE,
    ConflictError,
    Edit,
    check_course_fields,
    check_plan_fields,
    current_user,
    is_second_active_plan,
    retry_stale,
)
from counselor_app.services.plan_comments import add_comment as add_comment
from counselor_app.services.plan_comments import delete_comment as delete_comment
from counselor_app.services.plan_comments import edit_comment as edit_comment
from counselor_app.services.plan_lifecycle import (  # re-exported for callers
    delete_plan as delete_plan,
)
from counselor_app.services.plan_lifecycle import duplicate_plan as duplicate_plan
from counselor_app.services.plan_lifecycle import first_level as first_level
from counselor_app.services.plan_lifecycle import set_active_plan as set_active_plan
from counselor_app.services.plan_lifecycle import set_first_level as set_first_level
from counselor_app.services.plan_order import column_position, place_in_column
from counselor_app.services.plan_status import (  # re-exported for callers
    plan_status_values as plan_status_values,
)
from counselor_app.services.plan_status import restore_plan_status as restore_plan_status
from counselor_app.services.plan_status import set_plan_status as set_plan_status
from counselor_app.services.plan_status import touch as _touch
from counselor_app.services.plan_view import (  # the views, re-exported for callers
    CommentView as CommentView,
)
from counselor_app.services.plan_view import PlanCourseView as PlanCourseView
from counselor_app.services.plan_view import (
    PlanSummary,
    RemovedCourse,
)
from counselor_app.services.plan_view import PlanView as PlanView
from counselor_app.services.plan_view import load_plan as load_plan
from counselor_app.services.plan_years import (
    column_years,
    overlay_transcript,
    pcs_as_views,
    plan_levels,
    transcript_course,
)
from counselor_app.services.rules import (
    MIDDLE_SCHOOL_LEVELS,
    CourseInfo,
    PlanInput,
    PlannedCourse,
    ProgramCourses,
    RuleSettings,
    ValidationResult,
    validate_plan,
)
from counselor_app.services.school_years import Phase, year_label
from counselor_app.services.settings import Settings, load_settings
from counselor_app.store.engine import Database

POSTSECONDARY_TYPES = ("", "Certificate", "Apprenticeship", "Associate degree",
                       "Bachelor's degree", "Military", "Employment")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def list_plans(db: Database, student_pk: int) -> list[PlanSummary]:
    with db.read() as s:
        return [PlanSummary(p.id, p.name, p.is_active, p.status, p.program_code, p.updated_at,
                            p.row_version)
                for p in s.scalars(select(Plan).where(Plan.student_pk == student_pk)
                                   .order_by(Plan.id))]


def active_plan_id(db: Database, student_pk: int) -> int | None:
    with db.read() as s:
        return s.scalar(select(Plan.id).where(Plan.student_pk == student_pk, Plan.is_active))


PAST_CHOICES = ("empty", "completed", "plan")
"""What a plan from a program does with years already over: leave them empty, mark the
program's courses completed, or place them as planned anyway."""


def past_levels(db: Database, student_pk: int, today: dt.date | None = None) -> tuple[int, ...]:
    """The grades (9-12) this student has already finished, from the graduation year."""
    with db.read() as s:
        student = s.get(Student, student_pk)
        if student is None:
            raise LookupError(msg("student {student_pk} no longer exists", student_pk=student_pk))
        return finished_levels(student.graduation_year, today)


def finished_levels(graduation_year: int, today: dt.date | None = None) -> tuple[int, ...]:
    """The grades (9-12) a student graduating in ``graduation_year`` has finished."""
    years = column_years(GRADE_LEVELS, graduation_year, today)
    return tuple(lv for lv, y in years.items() if y.phase is Phase.PAST)


def create_plan(db: Database, student_pk: int, name: str,
                program_code: str | None = None, *, past: str = "plan",
                first_level: int = 9, today: dt.date | None = None) -> int:
    """A new plan, pre-filled from a program of study when one is given.

    ``past`` says what to do with the program's courses in years already over (see
    ``PAST_CHOICES``). ``first_level`` starts the plan in grade 6, 7, 8 or 9. The
    student's first plan becomes the active one. When another copy of the app creates
    a first plan for the same student at the same moment, the database's one-active-
    plan index refuses the second, which is then saved as not active.
    """
    try:
        return _create_plan(db, student_pk, name, program_code, past=past,
                            first_level=first_level, today=today, may_be_active=True)
    except IntegrityError as exc:
        if not is_second_active_plan(exc):
            raise
    return _create_plan(db, student_pk, name, program_code, past=past,
                        first_level=first_level, today=today, may_be_active=False)


def _create_plan(db: Database, student_pk: int, name: str, program_code: str | None, *,
                 past: str, first_level: int, today: dt.date | None,
                 may_be_active: bool) -> int:
    if past not in PAST_CHOICES:
        raise ValueError(msg("past years: choose one of {value}", value=', '.join(PAST_CHOICES)))
    if first_level not in (*MIDDLE_SCHOOL_LEVELS, 9):
        raise ValueError(msg("a plan starts in grade 6, 7, 8 or 9, not {first_level}",
                             first_level=first_level))
    done = set(past_levels(db, student_pk, today)) if program_code else set()
    with db.transaction() as s:
        return add_plan(s, student_pk, name, program_code, done=done, past=past,
                        first_level=first_level, by=current_user(db),
                        may_be_active=may_be_active).id


def add_plan(s: Session, student_pk: int, name: str, program_code: str | None, *,
             done: Collection[int], past: str, first_level: int, by: str,
             may_be_active: bool = True) -> Plan:
    """``create_plan``'s writing in the caller's transaction (``done``: the grade levels
    already over, for ``past``); the plan is active when the student has none."""
    now = _now()
    if s.get(Student, student_pk) is None:
        raise LookupError(msg("student {student_pk} no longer exists", student_pk=student_pk))
    has_active = s.scalar(select(func.count()).select_from(Plan)
                          .where(Plan.student_pk == student_pk, Plan.is_active))
    plan = Plan(student_pk=student_pk, name=name.strip() or "Plan",
                is_active=may_be_active and not has_active, program_code=program_code,
                first_level=first_level, created_at=now, updated_at=now, updated_by=by)
    s.add(plan)
    s.flush()
    if program_code:
        program = s.scalar(select(ProgramOfStudy).where(ProgramOfStudy.code == program_code))
        if program is None:
            raise LookupError(msg("program of study {program_code} not found",
                                  program_code=program_code))
        pcs = s.scalars(select(ProgramCourse).where(ProgramCourse.program_id == program.id)
                        .order_by(ProgramCourse.level, ProgramCourse.sort_order)).all()
        for i, pc in enumerate(program_defaults(pcs)):
            in_past = pc.level in done
            if in_past and past == "empty":
                continue
            s.add(PlanCourse(plan_id=plan.id, course_code=pc.course_code, level=pc.level,
                             term="year", sort_order=i,
                             status="completed" if in_past and past == "completed"
                             else "planned"))
    return plan


def program_defaults(pcs: Iterable[ProgramCourse]) -> list[ProgramCourse]:
    """A program's courses (in its order) as a plan started from it places them: of a
    "choose one of" group only the first, the program's default."""
    taken: set[tuple[int, str]] = set()
    chosen = []
    for pc in pcs:
        if pc.choice_group:
            if (pc.level, pc.choice_group) in taken:
                continue
            taken.add((pc.level, pc.choice_group))
        chosen.append(pc)
    return chosen


PLAN_FIELDS = ("name", "career_goal_soc", "career_goal_text", "postsecondary_type",
               "postsecondary_institution", "notes", "family_notes")
_PRIVATE_FIELDS = frozenset({"notes"})  # counselor-only: changing them keeps an approval


@retry_stale
def update_plan_fields(db: Database, plan_id: int, *,
                       expect: Mapping[str, str | None] | None = None,
                       **values: str | None) -> None:
    """Change goals, notes or the name of a plan.

    With ``expect`` (the values the editor showed), a field someone else changed
    meanwhile is not overwritten: ConflictError says who changed which field.
    """
    unknown = set(values) - set(PLAN_FIELDS)
    if unknown:
        raise ValueError(msg("unknown plan fields: {value}", value=sorted(unknown)))
    by = current_user(db)
    with db.transaction() as s:
        shown = s.get(Plan, plan_id)  # held: the write below checks this row's version
        check_plan_fields(shown, expect, values)
        plan = _touch(s, plan_id, reopen=bool(set(values) - _PRIVATE_FIELDS), by=by)
        for key, value in values.items():
            if key == "career_goal_soc" and value and s.get(Occupation, value) is None:
                raise LookupError(msg("occupation {value} not found", value=value))
            setattr(plan, key, value if key == "career_goal_soc" else (value or ""))


def plan_field_values(db: Database, plan_id: int,
                      keys: tuple[str, ...] = PLAN_FIELDS) -> dict[str, str | None]:
    """The plan's fields as saved now (what an overwrite replaces, for undo)."""
    with db.read() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
        return {k: getattr(plan, k) for k in keys if k in PLAN_FIELDS}


def _course_for_write(s: Session, plan_course_id: int) -> tuple[PlanCourse, Plan]:
    """A planned course about to change and its plan, the plan read first: its row
    version then predates what is checked of the course, so another copy's change
    committed in between makes this write fail its version check (and run again) rather
    than pass a check made on the older course (PostgreSQL reads each statement afresh).
    The caller keeps the plan: the session holds it only while it is referenced."""
    plan_id = s.scalar(select(PlanCourse.plan_id).where(PlanCourse.id == plan_course_id))
    plan = s.get(Plan, plan_id) if plan_id is not None else None
    pc = s.get(PlanCourse, plan_course_id) if plan is not None else None
    if pc is None or plan is None:
        raise LookupError(msg("planned course {plan_course_id} no longer exists",
                              plan_course_id=plan_course_id))
    return pc, plan


def _check_level(level: int, plan: Plan | None = None) -> None:
    first = plan.first_level if plan is not None else 9
    if level not in GRADE_LEVELS and not (level in MIDDLE_SCHOOL_LEVELS and level >= first):
        start = f"{first}" if first < 9 else "9"
        raise ValueError(msg("grade level must be {start}-12 or postsecondary, not {level}",
                             start=start, level=level))


@retry_stale
def add_course(db: Database, plan_id: int, code: str, level: int, term: str = "year",
               status: str = "planned", final_mark: str = "",
               sort_order: int | None = None, position: int | None = None) -> int:
    """Add a course to a grade: at the end, or at ``position`` (0 = top) of that grade."""
    if level not in MIDDLE_SCHOOL_LEVELS:
        _check_level(level)
    if term not in TERMS or status not in STATUSES:
        raise ValueError(msg("bad term {term!r} or status {status!r}", term=term, status=status))
    by = current_user(db)
    with db.transaction() as s:
        _check_level(level, _touch(s, plan_id, by=by))
        if sort_order is None:
            sort_order = (s.scalar(select(func.max(PlanCourse.sort_order))
                                   .where(PlanCourse.plan_id == plan_id)) or 0) + 1
        pc = PlanCourse(plan_id=plan_id, course_code=code, level=level, term=term,
                        status=status, final_mark=final_mark, sort_order=sort_order)
        s.add(pc)
        s.flush()
        if position is not None:
            place_in_column(s, pc, position)
        return pc.id


def move_course(db: Database, plan_course_id: int, level: int, *,
                expect: int | None = None, position: int | None = None) -> int:
    """Move a planned course to another grade (at the end of it, or at ``position``);
    returns the grade it came from. See ``place_course``."""
    return place_course(db, plan_course_id, level, position, expect=expect)[0]


@retry_stale
def place_course(db: Database, plan_course_id: int, level: int, position: int | None, *,
                 expect: int | None = None) -> tuple[int, int]:
    """Put a planned course in grade ``level`` at ``position`` (0 = top; None = the end;
    in its own grade: None leaves it where it is). Returns the grade and position it
    had, so an undo puts it back exactly. With ``expect`` (the grade the editor showed it
    in), a course another copy moved meanwhile is not moved again: ConflictError says who
    moved it."""
    if level not in MIDDLE_SCHOOL_LEVELS:
        _check_level(level)
    by = current_user(db)
    with db.transaction() as s:
        pc, plan = _course_for_write(s, plan_course_id)
        if expect is not None and pc.level not in (expect, level):
            raise ConflictError("plan", Edit(plan.updated_by, plan.updated_at,
                                             (f"the grade of {pc.course_code}",),
                                             plan.row_version))
        _check_level(level, _touch(s, pc.plan_id, by=by))
        old = (pc.level, column_position(s, pc))
        if level == pc.level and position is None:
            return old
        pc.level = level
        s.flush()
        place_in_column(s, pc, position)
        return old


@retry_stale
def update_course(db: Database, plan_course_id: int, *, term: str | None = None,
                  status: str | None = None, final_mark: str | None = None,
                  expect: Mapping[str, str] | None = None) -> None:
    """Change a planned course's term, status or final mark. With ``expect`` (what the
    editor showed), a field another copy changed meanwhile is not overwritten:
    ConflictError says who changed it."""
    by = current_user(db)
    with db.transaction() as s:
        pc, plan = _course_for_write(s, plan_course_id)
        check_course_fields(pc, plan, expect,
                            {"term": term, "status": status, "final_mark": final_mark})
        _touch(s, pc.plan_id, by=by)
        if term is not None:
            if term not in TERMS:
                raise ValueError(msg("unknown term {term!r}", term=term))
            pc.term = term
        if status is not None:
            if status not in STATUSES:
                raise ValueError(msg("unknown status {status!r}", status=status))
            pc.status = status
        if final_mark is not None:
            pc.final_mark = final_mark.strip()[:10]


def course_field_values(db: Database, plan_course_id: int,
                        keys: tuple[str, ...] = ("term", "status", "final_mark")
                        ) -> dict[str, str | int]:
    """A planned course's term, status and mark (and grade, ``level``) as saved now
    (what an overwrite replaces)."""
    with db.read() as s:
        pc = s.get(PlanCourse, plan_course_id)
        if pc is None:
            raise LookupError(msg("planned course {plan_course_id} no longer exists",
                                  plan_course_id=plan_course_id))
        return {k: pc.level if k == "level" else str(getattr(pc, k) or "") for k in keys
                if k in ("term", "status", "final_mark", "level")}


@retry_stale
def remove_course(db: Database, plan_course_id: int, *,
                  expect: Mapping[str, str | int] | None = None) -> RemovedCourse:
    """Remove a planned course. With ``expect`` (its grade, term, status and mark as the
    editor showed them), a course another copy changed meanwhile is kept: ConflictError
    says who changed what; one another copy removed raises it with ``gone`` set."""
    by = current_user(db)
    with db.transaction() as s:
        try:
            pc, plan = _course_for_write(s, plan_course_id)
        except LookupError:
            if expect is None:
                raise
            raise ConflictError("plan", COURSE_GONE) from None
        check_course_fields(pc, plan, expect, dict(expect or {}))
        _touch(s, pc.plan_id, by=by)
        removed = RemovedCourse(pc.plan_id, pc.course_code, pc.level, pc.term, pc.status,
                                pc.final_mark, pc.sort_order)
        s.delete(pc)
        return removed


def restore_course(db: Database, removed: RemovedCourse) -> int:
    return add_course(db, removed.plan_id, removed.code, removed.level, removed.term,
                      removed.status, removed.final_mark, removed.sort_order)


def plan_input(db: Database, plan_id: int, settings: Settings | None = None,
               today: dt.date | None = None) -> PlanInput:
    """Everything the rules need about one plan, read in one session."""
    settings = settings or load_settings(db)
    with db.read() as s:
        found = plan_inputs(s, [plan_id], settings, today).get(plan_id)
    if found is None:
        raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
    return found


def plan_inputs(s: Session, plan_ids: Collection[int], settings: Settings,
                today: dt.date | None = None) -> dict[int, PlanInput]:
    """``plan_input`` for many plans in a few queries (a batch); missing plans are left out."""
    plans = list(shared.plans(s, plan_ids).values())
    graduation = shared.graduation_years(s, {plan.student_pk for plan in plans})
    # the columns the rules read, not ORM objects: a caseload reads tens of thousands
    by_plan = shared.plan_course_rows(s, [plan.id for plan in plans])
    lines = shared.transcripts(s, {plan.student_pk for plan in plans})
    overlays = {plan.id: overlay_transcript(pcs_as_views(by_plan[plan.id]),
                                            lines[plan.student_pk],
                                            plan_levels(plan.first_level)) for plan in plans}
    codes = sorted({pc.course_code for pcs in by_plan.values() for pc in pcs}
                   | {o.line.course_code for found in overlays.values() for o in found
                      if o.line.course_code})
    rows = course_rows(s, codes)
    # prerequisites are mostly courses of the same plans: only the others are read
    prerequisites = {p for r in rows.values() for p in r.prerequisites}
    titles = {code: rows[code].title for code in prerequisites if code in rows}
    titles |= catalog_titles(s, prerequisites - titles.keys())
    infos = {code: CourseInfo(r.code, r.title, r.credits, r.subject_area, r.grade_low,
                              r.grade_high, r.cte, r.repeatable, r.prerequisites,
                              tuple(titles.get(p, "") for p in r.prerequisites))
             for code, r in rows.items()}
    requirements = tuple((r.subject_area, r.credits) for r in s.scalars(
        select(GraduationRequirement)
        .where(GraduationRequirement.set_code == settings.requirement_set)
        .order_by(GraduationRequirement.sort_order)))
    # programs of study holding any CTE course of a plan, and each plan's own program
    found = {p.code: ProgramCourses(p.code, p.name, p.cte_courses) for p in program_facts(
        s, [c for c, info in infos.items() if info.cte], [p.program_code for p in plans])}
    bare = {p.program_code for p in plans if p.program_code} - set(found)
    if bare:  # a plan's own program without CTE courses (the query above leaves it out)
        found |= {code: ProgramCourses(code, name, frozenset()) for code, name in s.execute(
            select(ProgramOfStudy.code, ProgramOfStudy.name)
            .where(ProgramOfStudy.code.in_(bare)))}
    holding: dict[str, set[str]] = {}
    for program in found.values():
        for code in program.cte_courses:
            holding.setdefault(code, set()).add(program.code)
    rules = RuleSettings(settings.max_credits_per_year, settings.cte_mode,
                         settings.cte_threshold)
    out: dict[int, PlanInput] = {}
    for plan in plans:
        pcs = by_plan[plan.id]
        by_course = {o.plan_course_id: o.line
                     for o in overlays[plan.id] if o.plan_course_id is not None}
        planned = tuple(
            PlannedCourse(pc.id, pc.course_code, by_course[pc.id].level, pc.term, "completed",
                          infos.get(pc.course_code)) if pc.id in by_course and
            by_course[pc.id].passed else
            PlannedCourse(pc.id, pc.course_code, pc.level, pc.term, pc.status,
                          infos.get(pc.course_code))
            for pc in pcs if pc.id not in by_course or by_course[pc.id].passed)
        planned += tuple(transcript_course(o.line, infos) for o in overlays[plan.id]
                         if o.plan_course_id is None and o.line.passed)
        program_codes = {program for code in {pc.course_code for pc in pcs}
                         | {o.line.course_code for o in overlays[plan.id] if o.line.course_code}
                         if code in infos and infos[code].cte
                         for program in holding.get(code, ())}
        if plan.program_code in found:
            program_codes.add(plan.program_code)
        programs = tuple(found[code] for code in sorted(program_codes))
        graduation_year = graduation.get(plan.student_pk) or 0
        past_years = {lv: year_label(y.school_year) for lv, y in column_years(
            plan_levels(plan.first_level), graduation_year, today).items()
            if y.phase is Phase.PAST and graduation_year}
        out[plan.id] = PlanInput(planned, requirements, programs, plan.program_code, rules,
                                 past_years)
    return out


def validate(db: Database, plan_id: int, settings: Settings | None = None,
             today: dt.date | None = None) -> ValidationResult:
    return validate_plan(plan_input(db, plan_id, settings, today))

