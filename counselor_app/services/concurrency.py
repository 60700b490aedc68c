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
import getpass
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from counselor_app.store.engine import Database

if TYPE_CHECKING:
    from counselor_app.domain import Plan, PlanCourse

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
    """Someone else's save: who, when, which fields (labels), and the version now."""

    by: str
    at: dt.datetime
    fields: tuple[str, ...]
    version: int


class ConflictError(Exception):
    """Saving would overwrite a newer version of the record; nothing was written."""

    def __init__(self, what: str, change: Change) -> None:
        who = change.by or "Someone"
        fields = ", ".join(change.fields) or "it"
        super().__init__(f"{who} changed {fields} of this {what} at {change.at:%H:%M} "
                         "after you opened it.")
        self.change = change


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
                       "final_mark": "the final mark"}


def check_course_fields(course: PlanCourse, plan: Plan | None,
                        expect: Mapping[str, str] | None,
                        values: Mapping[str, str | None]) -> None:
    """The same compare-and-set for a planned course's term, status and final mark."""
    if expect is None or plan is None:
        return
    clash = [k for k, v in values.items() if v is not None and k in expect
             and (getattr(course, k) or "") not in ((expect[k] or ""), v)]
    if clash:
        raise ConflictError("plan", Change(plan.updated_by, plan.updated_at, tuple(
            f"{COURSE_FIELD_LABELS.get(k, k)} of {course.course_code}" for k in clash),
            plan.row_version))


def is_second_active_plan(exc: IntegrityError) -> bool:
    """Whether the database refused a second active plan for one student."""
    text = str(exc.orig)
    return "uq_plan_one_active" in text or "plan.student_pk" in text
