"""A student's audit exceptions (waivers, substitutions, exemptions) and checklist marks.

Both belong to the student, not to one plan: a waiver granted for a transfer student
applies to every plan of theirs, and FAFSA is filed once whatever the set. Each function
is one user action in one transaction; ``remove_exception`` returns what
``restore_exception`` needs to undo it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import EllipsisType
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counselor_app.audit.model import EXCEPTION_KINDS
from counselor_app.domain import AuditException, ChecklistMark, Course, Plan, Student
from counselor_app.messages import msg
from counselor_app.services.concurrency import Change, ConflictError
from counselor_app.services.requirement_sets import library
from counselor_app.store.engine import Database


@dataclass(frozen=True)
class ExceptionView:
    id: int
    student_pk: int
    kind: str
    set_code: str
    requirement: str
    requirement_label: str  # "" when it names no requirement, or one no longer in the set
    course_code: str
    counts_as: str
    credits: float | None
    by: str
    on: dt.date
    reason: str


@dataclass(frozen=True)
class RemovedException:
    student_pk: int
    kind: str
    set_code: str
    requirement: str
    course_code: str
    counts_as: str
    credits: float | None
    by: str
    on: dt.date
    reason: str


def _student_of(s: Session, plan_id: int) -> int:
    pk = s.scalar(select(Plan.student_pk).where(Plan.id == plan_id))
    if pk is None:
        raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
    return pk


def _label(s: Session, set_code: str, requirement: str) -> str:
    rs = library(s).get(set_code)
    node = rs.find(requirement) if rs and requirement else None
    return node.label if node else ""


def _view(s: Session, row: AuditException) -> ExceptionView:
    return ExceptionView(row.id, row.student_pk, row.kind, row.set_code, row.requirement,
                         _label(s, row.set_code, row.requirement), row.course_code,
                         row.counts_as, row.credits, row.decided_by, row.decided_on,
                         row.reason)


def _check(s: Session, kind: str, set_code: str, requirement: str, course_code: str,
           counts_as: str, credits: float | None, reason: str) -> None:
    if kind not in EXCEPTION_KINDS:
        raise ValueError(msg("kind: must be one of {value}", value=', '.join(EXCEPTION_KINDS)))
    if not reason.strip():
        raise ValueError(msg("reason: say why (it is kept with the exception and printed)"))
    sets = library(s)
    if set_code and set_code not in sets:
        raise ValueError(msg("set_code: no requirement set {set_code!r}", set_code=set_code))
    if requirement:
        if not set_code:
            raise ValueError(msg("set_code: a requirement is named within a set"))
        if sets[set_code].find(requirement) is None:
            raise ValueError(msg("requirement: {set_code} has no requirement {requirement!r}",
                                 set_code=set_code, requirement=requirement))
    if kind in ("waiver", "exemption") and not requirement:
        raise ValueError(msg("requirement: name the requirement that is waived"))
    if credits is not None and (kind != "waiver" or credits <= 0):
        raise ValueError(msg("credits: only a waiver of some credits gives credits, above 0"))
    if kind == "substitution":
        if not course_code:
            raise ValueError(msg("course_code: name the course taken"))
        if bool(counts_as) == bool(requirement):
            raise ValueError(msg("counts_as: give the course it counts as, or a requirement, not "
                                 "both"))
        if _unknown_course(s, course_code):
            raise ValueError(msg("course_code: course {code} is not in the catalog",
                                 code=course_code))
        if _unknown_course(s, counts_as):
            raise ValueError(msg("counts_as: course {code} is not in the catalog",
                                 code=counts_as))


def _unknown_course(s: Session, code: str | None) -> bool:
    """A course code that is neither in the catalog nor a transcript's (TR:)."""
    return bool(code) and not str(code).startswith("TR:") and s.get(Course, code) is None


_KIND_WORDS = {"waiver": msg("waiver"), "substitution": msg("substitution"),
               "exemption": msg("exemption")}


class DuplicateGrantError(ValueError):
    """The same waiver, substitution or exemption is already recorded for the student
    (another window or copy recorded it meanwhile); nothing was added."""


def _refuse_duplicate(s: Session, student_pk: int, values: dict[str, Any]) -> None:
    """Raise DuplicateGrantError when an identical grant exists. The student row is
    written first (a no-op), so two copies granting at once take turns: the second's
    check sees the first's row (SQLite's write lock; PostgreSQL's row lock)."""
    s.execute(update(Student).where(Student.id == student_pk)
              .values(archived=Student.archived))
    keys = ("kind", "set_code", "requirement", "course_code", "counts_as")
    same = s.scalars(select(AuditException).where(
        AuditException.student_pk == student_pk,
        *(getattr(AuditException, k) == values[k] for k in keys)).limit(1)).first()
    if same is not None:
        raise DuplicateGrantError(msg(
            "This {kind} is already recorded for the student (by {by} on {on}); nothing "
            "was added.", kind=_KIND_WORDS.get(same.kind, same.kind), by=same.decided_by or "?",
            on=same.decided_on.isoformat()))


def add_exception(db: Database, plan_id: int, *, kind: str, set_code: str = "",
                  requirement: str | None = None, course: str | None = None,
                  counts_as: str | None = None, credits: float | None = None, by: str = "",
                  on: dt.date, reason: str) -> int:
    """Record a waiver, substitution or exemption for the plan's student (keyword names
    as ``counselor_app.audit.AuditException``); ValueError names the field when something
    is missing or unknown."""
    with db.transaction() as s:
        pk = _student_of(s, plan_id)
        values = dict(kind=kind, set_code=set_code or "", requirement=requirement or "",
                      course_code=(course or "").strip(),
                      counts_as=(counts_as or "").strip(), credits=credits)
        _check(s, reason=reason, **values)  # type: ignore[arg-type]
        _refuse_duplicate(s, pk, values)
        row = AuditException(student_pk=pk, decided_by=by.strip(), decided_on=on,
                             reason=reason.strip(),
                             created_at=dt.datetime.now().replace(microsecond=0), **values)
        s.add(row)
        s.flush()
        return row.id


def list_exceptions(db: Database, plan_id: int) -> list[ExceptionView]:
    with db.read() as s:
        pk = _student_of(s, plan_id)
        return [_view(s, row) for row in s.scalars(
            select(AuditException).where(AuditException.student_pk == pk)
            .order_by(AuditException.decided_on, AuditException.id))]


def remove_exception(db: Database, exception_id: int) -> RemovedException:
    with db.transaction() as s:
        row = s.get(AuditException, exception_id)
        if row is None:  # revoked in another window or copy since this one showed it
            raise ConflictError("student", Change("", None, ("this waiver or substitution",),
                                                  0, gone=True))
        removed = RemovedException(row.student_pk, row.kind, row.set_code, row.requirement,
                                   row.course_code, row.counts_as, row.credits,
                                   row.decided_by, row.decided_on, row.reason)
        s.delete(row)
        return removed


def restore_exception(db: Database, removed: RemovedException) -> int:
    """Put a removed exception back (undo); returns its new id."""
    with db.transaction() as s:
        _refuse_duplicate(s, removed.student_pk, {
            "kind": removed.kind, "set_code": removed.set_code,
            "requirement": removed.requirement, "course_code": removed.course_code,
            "counts_as": removed.counts_as})
        row = AuditException(student_pk=removed.student_pk, kind=removed.kind,
                             set_code=removed.set_code, requirement=removed.requirement,
                             course_code=removed.course_code, counts_as=removed.counts_as,
                             credits=removed.credits, decided_by=removed.by,
                             decided_on=removed.on, reason=removed.reason,
                             created_at=dt.datetime.now().replace(microsecond=0))
        s.add(row)
        s.flush()
        return row.id


def _checklist_row(s: Session, plan_id: int, set_code: str,
                   requirement_id: str) -> tuple[int, Any, ChecklistMark | None]:
    pk = _student_of(s, plan_id)
    rs = library(s).get(set_code)
    node = rs.find(requirement_id) if rs else None
    if node is None or node.kind != "checklist":
        raise ValueError(msg("requirement: {set_code} has no checklist item {requirement_id!r}",
                             set_code=set_code, requirement_id=requirement_id))
    return pk, node, s.get(ChecklistMark, (pk, node.item))


def mark_checklist_item(db: Database, plan_id: int, set_code: str, requirement_id: str,
                        done_on: dt.date | None, by: str, *,
                        expect: dt.date | None | EllipsisType = ...) -> dt.date | None:
    """Mark a checklist requirement done on a date (None clears it) for the plan's
    student; returns the date it had before (for undo). Kept per student and item, so
    every set listing the item (FAFSA...) sees it. With ``expect`` (the date the editor
    showed, None: not done), a mark someone else changed meanwhile is not replaced:
    ConflictError says who marked it."""
    with db.transaction() as s:
        pk, node, row = _checklist_row(s, plan_id, set_code, requirement_id)
        item = node.item
        before = row.done_on if row else None
        if expect is not ... and before != expect:
            raise ConflictError("student", Change(row.marked_by if row else "", None,
                                                  (f"the checklist item {node.label}",), 0))
        if done_on is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(ChecklistMark(student_pk=pk, item=item, done_on=done_on,
                                marked_by=by.strip()))
        else:
            row.done_on, row.marked_by = done_on, by.strip()
        return before


def checklist_mark(db: Database, plan_id: int, set_code: str,
                   requirement_id: str) -> tuple[dt.date | None, str]:
    """A checklist item's date (None: not done) and who marked it, as saved now."""
    with db.read() as s:
        _, _, row = _checklist_row(s, plan_id, set_code, requirement_id)
        return (row.done_on, row.marked_by) if row else (None, "")
