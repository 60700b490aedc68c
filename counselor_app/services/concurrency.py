"""Optimistic concurrency: no counselor silently overwrites another's change.

Students and plans carry ``row_version`` (checked and bumped by every ORM update,
see ``domain.students``) and ``updated_by``. A form remembers the version and the
values it showed; saving after someone else saved the same fields raises
``ConflictError``, which says who changed what and when, so the form can offer
Reload (show theirs) or Overwrite (save mine over theirs). Changes to different
fields merge: each form writes only the fields the counselor changed.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from counselor_app.store.engine import Database

if TYPE_CHECKING:
    from counselor_app.domain import Plan, PlanCourse
    from counselor_app.services.plan_changes import Change as PlanChange

STUDENT_FIELD_LABELS = {
    "student_id": "Student ID", "first_name": "First name", "last_name": "Last name",
    "preferred_name": "Preferred name", "grade": "Grade", "graduation_year": "Graduation year",
    "school": "School", "counselor": "Counselor", "career_interests": "Career interests",
    "notes": "Notes", "family_language": "Family language",
}


PLAN_FIELD_LABELS = {"name": "the name", "career_goal_soc": "the career goal",
                     "career_goal_text": "the career goal", "notes": "the notes",
                     "family_notes": "the notes for the family",
                     "postsecondary_type": "the plan after high school",
                     "postsecondary_institution": "the plan after high school"}


@dataclass(frozen=True)
class Change:
    """Someone else's save: who, when (None: not recorded), which fields (labels), and
    the version now."""

    by: str
    at: dt.datetime | None
    fields: tuple[str, ...]
    version: int
    gone: bool = False  # they deleted it (who is then not known)


Edit = Change  # the same, for modules that also use ``plan_changes.Change``


class ConflictError(Exception):
    """Saving would overwrite a newer version of the record; nothing was written."""

    def __init__(self, what: str, change: Change) -> None:
        who = change.by or "Someone"
        fields = ", ".join(change.fields) or "it"
        when = f" at {change.at:%H:%M}" if change.at else ""
        if change.gone:
            super().__init__(f"{who} deleted {fields} after you opened it.")
        else:
            super().__init__(f"{who} changed {fields} of this {what}{when} after you "
                             "opened it.")
        self.change = change


P = ParamSpec("P")
R = TypeVar("R")


def retry_stale(action: Callable[P, R]) -> Callable[P, R]:
    """Run a one-transaction action again when another copy saved the same row between
    its read and its write (the row version check refused the write, nothing was
    written): the second run reads the newer row, so its own checks (``expect``) then
    see the other copy's change instead of a StaleDataError reaching the user."""
    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        for _ in range(4):
            try:
                return action(*args, **kwargs)
            except StaleDataError:
                continue
        return action(*args, **kwargs)
    return run


def current_user(db: Database) -> str:
    """Who is saving: the counselor name from Settings, else the login name."""
    try:
        from counselor_app.services.settings import load_settings

        name = load_settings(db).counselor_name.strip()
    except Exception:  # settings unreadable: fall back to the account name
        name = ""
    if name:
        return name[:200]
    try:
        return getpass.getuser()[:200]
    except Exception:
        return ""


def check_plan_fields(plan: Plan | None, expect: Mapping[str, str | None] | None,
                      values: Mapping[str, str | None]) -> None:
    """Raise ConflictError when a field about to be written was changed by someone else
    since the editor showed ``expect`` (a compare-and-set per field)."""
    if plan is None or expect is None:
        return
    clash = [k for k, v in values.items() if k in expect
             and (getattr(plan, k) or "") not in ((expect[k] or ""), (v or ""))]
    if clash:
        raise ConflictError("plan", Change(plan.updated_by, plan.updated_at, tuple(
            dict.fromkeys(PLAN_FIELD_LABELS.get(k, k) for k in clash)), plan.row_version))


COURSE_FIELD_LABELS = {"term": "the term", "status": "the status",
                       "final_mark": "the final mark", "level": "the grade"}
COURSE_GONE = Change("", None, ("this course",), 0, gone=True)
"""A planned course another copy removed since the editor showed it."""


def check_course_fields(course: PlanCourse, plan: Plan | None,
                        expect: Mapping[str, str | int] | None,
                        values: Mapping[str, str | int | None]) -> None:
    """The same compare-and-set for a planned course's term, status and final mark (and
    grade, ``level``: removing checks every field against what the editor showed)."""
    if expect is None or plan is None:
        return
    clash = [k for k, v in values.items() if v is not None and k in expect
             and (getattr(course, k) or "") not in ((expect[k] or ""), v)]
    if clash:
        raise ConflictError("plan", Change(plan.updated_by, plan.updated_at, tuple(
            f"{COURSE_FIELD_LABELS.get(k, k)} of {course.course_code}" for k in clash),
            plan.row_version))


class PlanChangedError(ConflictError):
    """Approving would approve a plan someone else changed since the editor showed it:
    ``changes`` lists what they changed (courses, goals, notes for the family), and
    ``status`` the status before and now when that changed too."""

    def __init__(self, change: Change, changes: tuple[PlanChange, ...],
                 status: tuple[str, str] | None) -> None:
        ConflictError.__init__(self, "plan", change)
        self.changes = changes
        self.status = status
        from counselor_app.services.plan_changes import describe

        told = [describe(c) for c in changes[:5]]
        if status:
            told.insert(0, f"status {status[0]} -> {status[1]}")
        more = f" (and {len(changes) - 5} more)" if len(changes) > 5 else ""
        self.args = (f"{self.args[0]} Not approved: {'; '.join(told)}{more}.",)


def is_second_active_plan(exc: IntegrityError) -> bool:
    """Whether the database refused a second active plan for one student."""
    text = str(exc.orig)
    return "uq_plan_one_active" in text or "plan.student_pk" in text
