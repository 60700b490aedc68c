"""Educational plans: create, copy, edit course by course, validate.

Every function is one user action in one transaction, and stamps the plan's
``updated_at`` so the counselor sees when it last changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from counselor_app.domain import (
    Cluster,
    Course,
    GraduationRequirement,
    Occupation,
    Pathway,
    Plan,
    PlanComment,
    PlanCourse,
    ProgramCourse,
    ProgramOfStudy,
    Student,
)
from counselor_app.domain.base import GRADE_LEVELS
from counselor_app.domain.students import PLAN_STATUSES, STATUSES, TERMS
from counselor_app.services.browse import course_rows
from counselor_app.services.plan_years import (
    ColumnYear,
    column_years,
    overlay_transcript,
    pcs_as_views,
    plan_levels,
    planned_in_past,
    transcript_course,
)
from counselor_app.services.rules import (
    CourseInfo,
    PlanInput,
    PlannedCourse,
    ProgramCourses,
    RuleSettings,
    ValidationResult,
    validate_plan,
)
from counselor_app.services.settings import Settings, load_settings
from counselor_app.services.transcripts import TranscriptLine, transcript_lines
from counselor_app.store.engine import Database

POSTSECONDARY_TYPES = ("", "Certificate", "Apprenticeship", "Associate degree",
                       "Bachelor's degree", "Military", "Employment")


@dataclass(frozen=True)
class PlanSummary:
    id: int
    name: str
    is_active: bool
    status: str
    program_code: str | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class PlanCourseView:
    id: int
    code: str
    level: int
    term: str
    status: str
    final_mark: str
    sort_order: int
    title: str
    credits: float
    subject_area: str
    cte: bool
    known: bool  # False when the code is no longer in the catalog
    transcript_id: int | None = None  # shown from the transcript (read-only when id < 0)
    school: str = ""
    dual_credit: bool = False


@dataclass(frozen=True)
class CommentView:
    id: int
    author: str
    created_at: dt.datetime
    text: str


@dataclass(frozen=True)
class PlanView:
    id: int
    student_pk: int
    name: str
    is_active: bool
    status: str
    status_by: str
    status_at: dt.datetime | None
    program_code: str | None
    program_name: str
    pathway_name: str
    cluster_name: str
    career_goal_soc: str | None
    career_goal_title: str
    career_goal_text: str
    postsecondary_type: str
    postsecondary_institution: str
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime
    courses: tuple[PlanCourseView, ...]
    comments: tuple[CommentView, ...]
    family_notes: str = ""
    first_level: int = 9
    graduation_year: int = 0
    years: dict[int, ColumnYear] = field(default_factory=dict)
    past_planned: tuple[int, ...] = ()  # course ids still planned in a year that is over

    def courses_at(self, level: int) -> list[PlanCourseView]:
        return [c for c in self.courses if c.level == level]

    @property
    def career_goal(self) -> str:
        if self.career_goal_soc:
            return f"{self.career_goal_title} ({self.career_goal_soc})"
        return self.career_goal_text


@dataclass(frozen=True)
class RemovedCourse:
    """Enough to put a removed course back exactly (undo)."""

    plan_id: int
    code: str
    level: int
    term: str
    status: str
    final_mark: str
    sort_order: int


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _touch(s: Session, plan_id: int, *, reopen: bool = True) -> Plan:
    """Stamp a change. With ``reopen``, a change to an approved plan makes it a draft
    again (its approved version stays frozen in the history)."""
    plan = s.get(Plan, plan_id)
    if plan is None:
        raise LookupError(f"plan {plan_id} no longer exists")
    plan.updated_at = _now()
    if reopen and plan.status == "approved":
        plan.status = "draft"
    return plan


def list_plans(db: Database, student_pk: int) -> list[PlanSummary]:
    with db.read() as s:
        return [PlanSummary(p.id, p.name, p.is_active, p.status, p.program_code, p.updated_at)
                for p in s.scalars(select(Plan).where(Plan.student_pk == student_pk)
                                   .order_by(Plan.id))]


def active_plan_id(db: Database, student_pk: int) -> int | None:
    with db.read() as s:
        return s.scalar(select(Plan.id).where(Plan.student_pk == student_pk, Plan.is_active))


def create_plan(db: Database, student_pk: int, name: str,
                program_code: str | None = None) -> int:
    """A new plan, pre-filled from a program of study when one is given.

    The student's first plan becomes the active one.
    """
    now = _now()
    with db.transaction() as s:
        if s.get(Student, student_pk) is None:
            raise LookupError(f"student {student_pk} no longer exists")
        has_active = s.scalar(select(func.count()).select_from(Plan)
                              .where(Plan.student_pk == student_pk, Plan.is_active))
        plan = Plan(student_pk=student_pk, name=name.strip() or "Plan", is_active=not has_active,
                    program_code=program_code, created_at=now, updated_at=now)
        s.add(plan)
        s.flush()
        if program_code:
            program = s.scalar(select(ProgramOfStudy).where(ProgramOfStudy.code == program_code))
            if program is None:
                raise LookupError(f"program of study {program_code} not found")
            pcs = s.scalars(select(ProgramCourse).where(ProgramCourse.program_id == program.id)
                            .order_by(ProgramCourse.level, ProgramCourse.sort_order)).all()
            for i, pc in enumerate(pcs):
                s.add(PlanCourse(plan_id=plan.id, course_code=pc.course_code, level=pc.level,
                                 term="year", status="planned", sort_order=i))
        return plan.id


def duplicate_plan(db: Database, plan_id: int, name: str) -> int:
    """A what-if copy (not active, status draft)."""
    now = _now()
    with db.transaction() as s:
        src = s.get(Plan, plan_id)
        if src is None:
            raise LookupError(f"plan {plan_id} no longer exists")
        copy = Plan(student_pk=src.student_pk, name=name.strip() or f"{src.name} (copy)",
                    is_active=False, program_code=src.program_code,
                    career_goal_soc=src.career_goal_soc, career_goal_text=src.career_goal_text,
                    postsecondary_type=src.postsecondary_type,
                    postsecondary_institution=src.postsecondary_institution, notes=src.notes,
                    status="draft", created_at=now, updated_at=now)
        s.add(copy)
        s.flush()
        for pc in s.scalars(select(PlanCourse).where(PlanCourse.plan_id == plan_id)):
            s.add(PlanCourse(plan_id=copy.id, course_code=pc.course_code, level=pc.level,
                             term=pc.term, status=pc.status, final_mark=pc.final_mark,
                             sort_order=pc.sort_order))
        return copy.id


def delete_plan(db: Database, plan_id: int) -> None:
    """Delete a plan; if it was active, the newest remaining plan becomes active."""
    with db.transaction() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            return
        student_pk, was_active = plan.student_pk, plan.is_active
        s.delete(plan)
        s.flush()
        if was_active:
            newest = s.scalar(select(Plan).where(Plan.student_pk == student_pk)
                              .order_by(Plan.updated_at.desc(), Plan.id.desc()).limit(1))
            if newest is not None:
                newest.is_active = True


def set_active_plan(db: Database, plan_id: int) -> None:
    with db.transaction() as s:
        plan = _touch(s, plan_id)
        s.execute(update(Plan).where(Plan.student_pk == plan.student_pk, Plan.id != plan_id)
                  .values(is_active=False))
        plan.is_active = True


PLAN_FIELDS = ("name", "career_goal_soc", "career_goal_text", "postsecondary_type",
               "postsecondary_institution", "notes", "family_notes")
_PRIVATE_FIELDS = frozenset({"notes"})  # counselor-only: changing them keeps an approval


def update_plan_fields(db: Database, plan_id: int, **values: str | None) -> None:
    """Change goals, notes or the name of a plan."""
    unknown = set(values) - set(PLAN_FIELDS)
    if unknown:
        raise ValueError(f"unknown plan fields: {sorted(unknown)}")
    with db.transaction() as s:
        plan = _touch(s, plan_id, reopen=bool(set(values) - _PRIVATE_FIELDS))
        for key, value in values.items():
            if key == "career_goal_soc" and value and s.get(Occupation, value) is None:
                raise LookupError(f"occupation {value} not found")
            setattr(plan, key, value if key == "career_goal_soc" else (value or ""))


def set_plan_status(db: Database, plan_id: int, status: str, by: str) -> None:
    if status not in PLAN_STATUSES:
        raise ValueError(f"unknown plan status {status!r}")
    if status == "approved":
        raise ValueError("a plan is approved with versions.approve_plan (it records a version)")
    with db.transaction() as s:
        plan = _touch(s, plan_id)
        plan.status = status
        plan.status_by = by
        plan.status_at = _now()


def restore_plan_status(db: Database, plan_id: int, status: str, by: str,
                        at: dt.datetime | None) -> None:
    """Put back an earlier status with its who and when (undo of ``set_plan_status``)."""
    if status not in PLAN_STATUSES:
        raise ValueError(f"unknown plan status {status!r}")
    with db.transaction() as s:
        plan = _touch(s, plan_id, reopen=False)
        plan.status = status
        plan.status_by = by
        plan.status_at = at


def add_comment(db: Database, plan_id: int, author: str, text: str) -> int:
    with db.transaction() as s:
        _touch(s, plan_id, reopen=False)
        comment = PlanComment(plan_id=plan_id, author=author, text=text, created_at=_now())
        s.add(comment)
        s.flush()
        return comment.id


def delete_comment(db: Database, comment_id: int) -> None:
    with db.transaction() as s:
        comment = s.get(PlanComment, comment_id)
        if comment is not None:
            _touch(s, comment.plan_id, reopen=False)
            s.delete(comment)


MIDDLE_SCHOOL_LEVELS = (6, 7, 8)


def _check_level(level: int, plan: Plan | None = None) -> None:
    first = plan.first_level if plan is not None else 9
    if level not in GRADE_LEVELS and not (level in MIDDLE_SCHOOL_LEVELS and level >= first):
        start = f"{first}" if first < 9 else "9"
        raise ValueError(f"grade level must be {start}-12 or postsecondary, not {level}")


def add_course(db: Database, plan_id: int, code: str, level: int, term: str = "year",
               status: str = "planned", final_mark: str = "",
               sort_order: int | None = None) -> int:
    if level not in MIDDLE_SCHOOL_LEVELS:
        _check_level(level)
    if term not in TERMS or status not in STATUSES:
        raise ValueError(f"bad term {term!r} or status {status!r}")
    with db.transaction() as s:
        _check_level(level, _touch(s, plan_id))
        if sort_order is None:
            sort_order = (s.scalar(select(func.max(PlanCourse.sort_order))
                                   .where(PlanCourse.plan_id == plan_id)) or 0) + 1
        pc = PlanCourse(plan_id=plan_id, course_code=code, level=level, term=term,
                        status=status, final_mark=final_mark, sort_order=sort_order)
        s.add(pc)
        s.flush()
        return pc.id


def move_course(db: Database, plan_course_id: int, level: int) -> int:
    """Move a planned course to another grade; returns the grade it came from."""
    if level not in MIDDLE_SCHOOL_LEVELS:
        _check_level(level)
    with db.transaction() as s:
        pc = s.get(PlanCourse, plan_course_id)
        if pc is None:
            raise LookupError(f"planned course {plan_course_id} no longer exists")
        _check_level(level, _touch(s, pc.plan_id))
        old, pc.level = pc.level, level
        return old


def update_course(db: Database, plan_course_id: int, *, term: str | None = None,
                  status: str | None = None, final_mark: str | None = None) -> None:
    with db.transaction() as s:
        pc = s.get(PlanCourse, plan_course_id)
        if pc is None:
            raise LookupError(f"planned course {plan_course_id} no longer exists")
        _touch(s, pc.plan_id)
        if term is not None:
            if term not in TERMS:
                raise ValueError(f"unknown term {term!r}")
            pc.term = term
        if status is not None:
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}")
            pc.status = status
        if final_mark is not None:
            pc.final_mark = final_mark.strip()[:10]


def remove_course(db: Database, plan_course_id: int) -> RemovedCourse:
    with db.transaction() as s:
        pc = s.get(PlanCourse, plan_course_id)
        if pc is None:
            raise LookupError(f"planned course {plan_course_id} no longer exists")
        _touch(s, pc.plan_id)
        removed = RemovedCourse(pc.plan_id, pc.course_code, pc.level, pc.term, pc.status,
                                pc.final_mark, pc.sort_order)
        s.delete(pc)
        return removed


def restore_course(db: Database, removed: RemovedCourse) -> int:
    return add_course(db, removed.plan_id, removed.code, removed.level, removed.term,
                      removed.status, removed.final_mark, removed.sort_order)


def _transcript_view(line: TranscriptLine, info: Course | None) -> PlanCourseView:
    return PlanCourseView(-line.id, line.course_code or line.source_code, line.level,
                          line.term if line.term in TERMS else "year", "completed", line.mark,
                          10_000 + line.id, line.title, line.credits_earned,
                          line.subject_area, bool(info and info.cte), line.matched,
                          line.id, line.school)


def _with_transcript(view: PlanCourseView, line: TranscriptLine) -> PlanCourseView:
    return replace(view, status="completed", final_mark=line.mark, transcript_id=line.id,
                   level=line.level, school=line.school,
                   credits=line.credits_earned if not line.passed else view.credits)


def load_plan(db: Database, plan_id: int, today: dt.date | None = None) -> PlanView:
    """The plan with the student's transcript shown in it (read, never copied)."""
    with db.read() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise LookupError(f"plan {plan_id} no longer exists")
        student = s.get(Student, plan.student_pk)
        graduation_year = student.graduation_year if student else 0
        pcs = s.scalars(select(PlanCourse).where(PlanCourse.plan_id == plan_id)
                        .order_by(PlanCourse.level, PlanCourse.sort_order, PlanCourse.id)).all()
        lines = transcript_lines(s, [plan.student_pk])[plan.student_pk]
        courses = {c.code: c for c in s.scalars(
            select(Course).where(Course.code.in_({pc.course_code for pc in pcs}
                                                 | {ln.course_code for ln in lines
                                                    if ln.course_code})))}
        program_name = pathway_name = cluster_name = ""
        if plan.program_code:
            row = s.execute(select(ProgramOfStudy.name, Pathway.name, Cluster.name)
                            .join(Pathway, Pathway.id == ProgramOfStudy.pathway_id)
                            .join(Cluster, Cluster.id == Pathway.cluster_id)
                            .where(ProgramOfStudy.code == plan.program_code)).first()
            if row:
                program_name, pathway_name, cluster_name = row
        goal_title = ""
        if plan.career_goal_soc:
            occ = s.get(Occupation, plan.career_goal_soc)
            goal_title = occ.title if occ else ""
        comments = tuple(CommentView(c.id, c.author, c.created_at, c.text) for c in s.scalars(
            select(PlanComment).where(PlanComment.plan_id == plan_id)
            .order_by(PlanComment.created_at, PlanComment.id)))
        views = []
        for pc in pcs:
            c = courses.get(pc.course_code)
            views.append(PlanCourseView(
                pc.id, pc.course_code, pc.level, pc.term, pc.status, pc.final_mark,
                pc.sort_order, c.title if c else "(not in the catalog)",
                c.credits if c else 0.0, c.subject_area if c else "", c.cte if c else False,
                c is not None, dual_credit=bool(c and c.dual_credit)))
        levels = plan_levels(plan.first_level)
        overlays = overlay_transcript(views, lines, levels)
        by_course = {o.plan_course_id: o.line for o in overlays if o.plan_course_id is not None}
        merged = [_with_transcript(v, by_course[v.id]) if v.id in by_course else v
                  for v in views]
        merged += [_transcript_view(o.line, courses.get(o.line.course_code or ""))
                   for o in overlays if o.plan_course_id is None]
        merged.sort(key=lambda v: (v.level, v.sort_order, v.id))
        years = column_years(levels, graduation_year, today)
        return PlanView(plan.id, plan.student_pk, plan.name, plan.is_active, plan.status,
                        plan.status_by, plan.status_at, plan.program_code, program_name,
                        pathway_name, cluster_name, plan.career_goal_soc, goal_title,
                        plan.career_goal_text, plan.postsecondary_type,
                        plan.postsecondary_institution, plan.notes, plan.created_at,
                        plan.updated_at, tuple(merged), comments, plan.family_notes,
                        plan.first_level, graduation_year, years,
                        tuple(planned_in_past(merged, years)))


def plan_input(db: Database, plan_id: int, settings: Settings | None = None) -> PlanInput:
    """Everything the rules need about one plan, read in one session."""
    settings = settings or load_settings(db)
    with db.read() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise LookupError(f"plan {plan_id} no longer exists")
        pcs = s.scalars(select(PlanCourse).where(PlanCourse.plan_id == plan_id)
                        .order_by(PlanCourse.level, PlanCourse.sort_order, PlanCourse.id)).all()
        lines = transcript_lines(s, [plan.student_pk])[plan.student_pk]
        overlays = overlay_transcript(pcs_as_views(pcs), lines, plan_levels(plan.first_level))
        codes = sorted({pc.course_code for pc in pcs}
                       | {o.line.course_code for o in overlays if o.line.course_code})
        rows = course_rows(s, codes)
        infos = {code: CourseInfo(r.code, r.title, r.credits, r.subject_area, r.grade_low,
                                  r.grade_high, r.cte, r.repeatable, r.prerequisites)
                 for code, r in rows.items()}
        by_course = {o.plan_course_id: o.line for o in overlays if o.plan_course_id is not None}
        planned = tuple(
            PlannedCourse(pc.id, pc.course_code, by_course[pc.id].level, pc.term, "completed",
                          infos.get(pc.course_code)) if pc.id in by_course and
            by_course[pc.id].passed else
            PlannedCourse(pc.id, pc.course_code, pc.level, pc.term, pc.status,
                          infos.get(pc.course_code))
            for pc in pcs if pc.id not in by_course or by_course[pc.id].passed)
        planned += tuple(transcript_course(o.line, infos) for o in overlays
                         if o.plan_course_id is None and o.line.passed)
        requirements = tuple((r.subject_area, r.credits) for r in s.scalars(
            select(GraduationRequirement)
            .where(GraduationRequirement.set_code == settings.requirement_set)
            .order_by(GraduationRequirement.sort_order)))
        cte_codes = [c for c, info in infos.items() if info.cte]
        program_ids = set(s.scalars(select(ProgramCourse.program_id)
                                    .where(ProgramCourse.course_code.in_(cte_codes))))
        if plan.program_code:
            own = s.scalar(select(ProgramOfStudy.id)
                           .where(ProgramOfStudy.code == plan.program_code))
            if own is not None:
                program_ids.add(own)
        members: dict[int, set[str]] = {pid: set() for pid in program_ids}
        for pid, code in s.execute(select(ProgramCourse.program_id, ProgramCourse.course_code)
                                   .join(Course, Course.code == ProgramCourse.course_code)
                                   .where(ProgramCourse.program_id.in_(program_ids),
                                          Course.cte.is_(True))):
            members[pid].add(code)
        names = {pid: (code, name) for pid, code, name in s.execute(
            select(ProgramOfStudy.id, ProgramOfStudy.code, ProgramOfStudy.name)
            .where(ProgramOfStudy.id.in_(program_ids)))}
        programs = tuple(sorted((ProgramCourses(*names[pid], frozenset(m))
                                 for pid, m in members.items()), key=lambda p: p.code))
    return PlanInput(planned, requirements, programs, plan.program_code,
                     RuleSettings(settings.max_credits_per_year, settings.cte_mode,
                                  settings.cte_threshold))


def validate(db: Database, plan_id: int, settings: Settings | None = None) -> ValidationResult:
    return validate_plan(plan_input(db, plan_id, settings))

