"""A plan as a whole: its start grade, copying it, deleting it, making it the active one.

Each is one user action in one transaction. Checked against what the counselor saw: the
start grade the editor showed, the plan's ``row_version`` the Students page listed. A plan
another copy changed or deleted meanwhile raises ``ConflictError`` (who changed it and
when, or that it is gone) instead of being deleted or chosen unseen.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from counselor_app.domain import Plan, PlanCourse
from counselor_app.messages import msg
from counselor_app.services.concurrency import Change, ConflictError, current_user, retry_stale
from counselor_app.services.plan_status import touch
from counselor_app.services.rules import MIDDLE_SCHOOL_LEVELS
from counselor_app.store.engine import Database

PLAN_GONE = Change("", None, ("this plan",), 0, gone=True)
"""A plan another copy deleted since this one showed it."""


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def check_plan_version(plan: Plan | None, expect: int | None) -> Plan | None:
    """ConflictError when the plan is gone or another copy saved it since the list
    showed version ``expect`` (None: not checked)."""
    if expect is None:
        return plan
    if plan is None:
        raise ConflictError("student", PLAN_GONE)
    if plan.row_version != expect:
        raise ConflictError("student", Change(plan.updated_by, plan.updated_at,
                                              (f"the plan {plan.name}",), plan.row_version))
    return plan


@retry_stale
def set_first_level(db: Database, plan_id: int, level: int, *,
                    expect: int | None = None) -> None:
    """Start the plan in grade 6, 7, 8 or 9 (middle-school courses for high-school credit).
    With ``expect`` (the start grade the editor showed), a start grade another copy set
    meanwhile is not replaced: ConflictError says who set it."""
    if level not in (*MIDDLE_SCHOOL_LEVELS, 9):
        raise ValueError(msg("a plan starts in grade 6, 7, 8 or 9, not {level}", level=level))
    by = current_user(db)
    with db.transaction() as s:
        shown = s.get(Plan, plan_id)  # held: the write below checks this row's version
        if shown is not None and expect is not None and shown.first_level not in (expect,
                                                                                  level):
            raise ConflictError("plan", Change(shown.updated_by, shown.updated_at,
                                               ("the start grade",), shown.row_version))
        plan = touch(s, plan_id, by=by)
        lowest = s.scalar(select(func.min(PlanCourse.level)).where(PlanCourse.plan_id == plan_id))
        if lowest is not None and lowest < level:
            raise ValueError(msg("the plan has courses in grade {lowest}; move them before starting"
                                 " the plan in grade {level}", lowest=lowest, level=level))
        plan.first_level = level


def first_level(db: Database, plan_id: int) -> int:
    """The grade the plan starts in, as saved now (what an overwrite replaces)."""
    with db.read() as s:
        level = s.scalar(select(Plan.first_level).where(Plan.id == plan_id))
    if level is None:
        raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
    return int(level)


def duplicate_plan(db: Database, plan_id: int, name: str) -> int:
    """A what-if copy (not active, status draft)."""
    now = _now()
    with db.transaction() as s:
        src = s.get(Plan, plan_id)
        if src is None:
            raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
        copy = Plan(student_pk=src.student_pk, name=name.strip() or f"{src.name} (copy)",
                    is_active=False, program_code=src.program_code,
                    career_goal_soc=src.career_goal_soc, career_goal_text=src.career_goal_text,
                    postsecondary_type=src.postsecondary_type,
                    postsecondary_institution=src.postsecondary_institution, notes=src.notes,
                    family_notes=src.family_notes, first_level=src.first_level,
                    status="draft", created_at=now, updated_at=now)
        s.add(copy)
        s.flush()
        for pc in s.scalars(select(PlanCourse).where(PlanCourse.plan_id == plan_id)):
            s.add(PlanCourse(plan_id=copy.id, course_code=pc.course_code, level=pc.level,
                             term=pc.term, status=pc.status, final_mark=pc.final_mark,
                             sort_order=pc.sort_order))
        return copy.id


@retry_stale
def delete_plan(db: Database, plan_id: int, *, expect: int | None = None) -> None:
    """Delete a plan; if it was active, the newest remaining plan becomes active. With
    ``expect`` (its row version as listed), a plan another copy changed meanwhile is
    kept and one it deleted is reported: ConflictError."""
    with db.transaction() as s:
        plan = check_plan_version(s.get(Plan, plan_id), expect)
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


@retry_stale
def set_active_plan(db: Database, plan_id: int, *, expect: int | None = None) -> None:
    """Make the plan its student's active one. With ``expect`` (its row version as
    listed), a plan another copy changed or deleted meanwhile: ConflictError."""
    by = current_user(db)
    with db.transaction() as s:
        check_plan_version(s.get(Plan, plan_id), expect)
        plan = touch(s, plan_id, by=by)
        s.execute(update(Plan).where(Plan.student_pk == plan.student_pk, Plan.id != plan_id)
                  .values(is_active=False))
        plan.is_active = True
