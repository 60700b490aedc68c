"""What a plan editor and the printed plan show: plain frozen views of a plan.

``load_plan`` reads a plan with its courses, goals and comments, and shows the
student's transcript in it: a transcript row over the planned course it stands for
(completed, with its mark), or as a read-only course of its own (negative id). The
transcript is read, never copied into the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import (
    Cluster,
    Course,
    Occupation,
    Pathway,
    Plan,
    PlanComment,
    ProgramOfStudy,
)
from counselor_app.domain.students import TERMS
from counselor_app.messages import msg
from counselor_app.services import shared_reads as shared
from counselor_app.services.plan_years import (
    ColumnYear,
    column_years,
    overlay_transcript,
    plan_levels,
    planned_in_past,
)
from counselor_app.services.transcripts import TranscriptLine
from counselor_app.store.engine import Database


@dataclass(frozen=True)
class PlanSummary:
    id: int
    name: str
    is_active: bool
    status: str
    program_code: str | None
    updated_at: dt.datetime
    row_version: int = 0  # as listed: deleting or choosing it checks it (0: not checked)


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
    edited_by: str = ""
    edited_at: dt.datetime | None = None  # None: never edited


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
    row_version: int = 0  # the plan row's version when read (optimistic concurrency)
    updated_by: str = ""  # who changed the plan last

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


def _transcript_view(line: TranscriptLine, info: Course | None) -> PlanCourseView:
    return PlanCourseView(-line.id, line.course_code or line.source_code, line.level,
                          line.term if line.term in TERMS else "year", "completed", line.mark,
                          10_000 + line.id, line.title, line.credits_earned,
                          line.subject_area, bool(info and info.cte), line.matched,
                          line.id, line.school, bool(info and info.dual_credit))


def _with_transcript(view: PlanCourseView, line: TranscriptLine) -> PlanCourseView:
    return replace(view, status="completed", final_mark=line.mark, transcript_id=line.id,
                   level=line.level, school=line.school,
                   credits=line.credits_earned if not line.passed else view.credits)


def load_plan(db: Database, plan_id: int, today: dt.date | None = None) -> PlanView:
    """The plan with the student's transcript shown in it (read, never copied)."""
    with db.read() as s:
        view = load_plans(s, [plan_id], today).get(plan_id)
    if view is None:
        raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
    return view


def load_plans(s: Session, plan_ids: Collection[int],
               today: dt.date | None = None) -> dict[int, PlanView]:
    """``load_plan`` for many plans in a few queries (a batch); missing plans are left out."""
    plans = list(shared.plans(s, plan_ids).values())
    pks = {plan.student_pk for plan in plans}
    graduation = shared.graduation_years(s, pks)
    by_plan = shared.plan_course_rows(s, [plan.id for plan in plans])
    lines = shared.transcripts(s, pks)
    codes = {pc.course_code for pcs in by_plan.values() for pc in pcs} \
        | {ln.course_code for rows in lines.values() for ln in rows if ln.course_code}
    courses = shared.courses(s, codes)
    program_codes = {plan.program_code for plan in plans if plan.program_code}
    directions = {code: (program, pathway, cluster) for code, program, pathway, cluster in
                  s.execute(select(ProgramOfStudy.code, ProgramOfStudy.name, Pathway.name,
                                   Cluster.name)
                            .join(Pathway, Pathway.id == ProgramOfStudy.pathway_id)
                            .join(Cluster, Cluster.id == Pathway.cluster_id)
                            .where(ProgramOfStudy.code.in_(program_codes)))}
    socs = {plan.career_goal_soc for plan in plans if plan.career_goal_soc}
    goal_titles = dict(s.execute(select(Occupation.soc, Occupation.title)
                                 .where(Occupation.soc.in_(socs))).tuples().all()) \
        if socs else {}
    comments: dict[int, list[CommentView]] = {plan.id: [] for plan in plans}
    for c in s.scalars(select(PlanComment).where(PlanComment.plan_id.in_(list(comments)))
                       .order_by(PlanComment.created_at, PlanComment.id)):
        comments[c.plan_id].append(CommentView(c.id, c.author, c.created_at, c.text,
                                               c.edited_by, c.edited_at))
    return {plan.id: _view(plan, graduation.get(plan.student_pk, 0), by_plan[plan.id],
                           lines[plan.student_pk], courses,
                           directions.get(plan.program_code or "", ("", "", "")),
                           goal_titles.get(plan.career_goal_soc or "", ""),
                           tuple(comments[plan.id]), today)
            for plan in plans}


def _view(plan: Plan, graduation_year: int, pcs: list[Any],
          lines: list[TranscriptLine], courses: dict[str, Course],
          direction: tuple[str, str, str], goal_title: str,
          comments: tuple[CommentView, ...], today: dt.date | None) -> PlanView:
    program_name, pathway_name, cluster_name = direction
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
                    tuple(planned_in_past(merged, years)), plan.row_version,
                    plan.updated_by)
