"""The audit part of exchange files: a student's exceptions and checklist marks.

In the JSON document each student carries ``"audit_exceptions"`` (waivers,
substitutions, exemptions with who, when and why) and ``"checklist"`` (items marked
done, with the date). Both are optional, so older files import as before. Importing adds
what the database lacks and never deletes: the same file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.audit.model import EXCEPTION_KINDS
from counselor_app.domain import AuditException, ChecklistMark
from counselor_app.messages import msg
from counselor_app.services.exchange_check import Checker, read_date

EXCEPTION_FIELDS = ("kind", "set_code", "requirement", "course_code", "counts_as",
                    "credits", "decided_by", "decided_on", "reason")
_KEY = tuple(f for f in EXCEPTION_FIELDS if f != "decided_by")


def audit_docs(s: Session, student_pk: int) -> dict[str, list[dict[str, Any]]]:
    exceptions = [
        {**{f: getattr(row, f) for f in EXCEPTION_FIELDS},
         "decided_on": row.decided_on.isoformat()}
        for row in s.scalars(select(AuditException).where(AuditException.student_pk ==
                                                           student_pk)
                             .order_by(AuditException.decided_on, AuditException.id))]
    checklist = [{"item": m.item, "done_on": m.done_on.isoformat(), "marked_by": m.marked_by}
                 for m in s.scalars(select(ChecklistMark).where(ChecklistMark.student_pk ==
                                                                student_pk)
                                    .order_by(ChecklistMark.item))]
    return {"audit_exceptions": exceptions, "checklist": checklist}


def read_audit_docs(check: Checker, st: dict[str, Any], where: str
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Checked exception and checklist rows of one student object."""
    exceptions = []
    for k, e in enumerate(check.list_(st, "audit_exceptions", where)):
        w = f"{where}.audit_exceptions[{k}]"
        if not isinstance(e, dict):
            check.fail(w, msg("must be an object"))
            continue
        kind = e.get("kind")
        if kind not in EXCEPTION_KINDS:
            check.fail(f"{w}.kind", msg("must be one of {kinds}",
                                        kinds=", ".join(EXCEPTION_KINDS)))
        credits = e.get("credits")
        if credits is not None and (isinstance(credits, bool)
                                    or not isinstance(credits, int | float) or credits <= 0):
            check.fail(f"{w}.credits", msg("must be a number above 0, or null"))
        row = {"kind": kind, "credits": float(credits) if isinstance(credits, int | float)
               else None, "decided_on": read_date(check, e, "decided_on", w)}
        for f, size in (("set_code", 40), ("requirement", 300), ("course_code", 32),
                        ("counts_as", 32), ("decided_by", 200)):
            row[f] = check.str_(e, f, w, max_len=size)
        row["reason"] = check.str_(e, "reason", w, max_len=100_000, required=True)
        exceptions.append(row)
    marks = []
    for k, m in enumerate(check.list_(st, "checklist", where)):
        w = f"{where}.checklist[{k}]"
        if not isinstance(m, dict):
            check.fail(w, msg("must be an object"))
            continue
        marks.append({"item": check.str_(m, "item", w, max_len=40, required=True),
                      "done_on": read_date(check, m, "done_on", w),
                      "marked_by": check.str_(m, "marked_by", w, max_len=200)})
    return exceptions, marks


def merge_audit_docs(s: Session, student_pk: int | None, exceptions: list[dict[str, Any]],
                     marks: list[dict[str, Any]], write: bool) -> bool:
    """Add the exceptions and marks the student lacks; True when anything would change."""
    have_ex: set[tuple[Any, ...]] = set()
    have_marks: dict[str, ChecklistMark] = {}
    if student_pk is not None:
        have_ex = {tuple(getattr(r, f) for f in _KEY) for r in s.scalars(
            select(AuditException).where(AuditException.student_pk == student_pk))}
        have_marks = {m.item: m for m in s.scalars(
            select(ChecklistMark).where(ChecklistMark.student_pk == student_pk))}
    changed = False
    now = dt.datetime.now().replace(microsecond=0)
    for e in exceptions:
        key = tuple(e[f] for f in _KEY)
        if key in have_ex:
            continue
        have_ex.add(key)
        changed = True
        if write and student_pk is not None:
            s.add(AuditException(student_pk=student_pk, created_at=now, **e))
    for m in marks:
        old = have_marks.get(m["item"])
        if old is not None and (old.done_on, old.marked_by) == (m["done_on"], m["marked_by"]):
            continue
        changed = True
        if write and student_pk is not None:
            if old is None:
                s.add(ChecklistMark(student_pk=student_pk, **m))
            else:
                old.done_on, old.marked_by = m["done_on"], m["marked_by"]
    return changed
