"""Reads that several services make of the same rows, remembered for one piece of work.

Printing a plan reads it for the page (``plan_view.load_plans``), for the rules
(``plans.plan_inputs``) and for the audit (``audit.audit_plans``): each needs the plan,
its courses, the student's transcript and the catalog rows of those courses. Inside
``with shared_reads(s):`` the readers below remember what they read in the session (by
key: a plan id, a student, a course code), so the second and third service read nothing
again; outside it they simply query. The work inside must only read (a read session):
nothing is remembered past the block, so an edit is never hidden from a later read.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from counselor_app.domain import Course, Plan, PlanCourse, Student
from counselor_app.services.transcripts import TranscriptLine, transcript_lines

_KEY = "counselor_app.shared_reads"
_ABSENT = object()  # remembered: no such row
K = TypeVar("K")
V = TypeVar("V")


@contextmanager
def shared_reads(s: Session) -> Iterator[None]:
    """Remember the readers' results in ``s`` until the block ends (blocks may nest)."""
    if _KEY in s.info:
        yield
        return
    s.info[_KEY] = {}
    try:
        yield
    finally:
        s.info.pop(_KEY, None)


def active(s: Session) -> bool:
    """Whether ``s`` is inside ``shared_reads`` (a reader with a cheaper query of its own
    for a single use may then take the remembered rows instead)."""
    return _KEY in s.info


def _read(s: Session, name: str, keys: Iterable[K],
          fetch: Callable[[list[K]], dict[K, V]]) -> dict[K, V]:
    """``fetch(keys)`` (a dict, rows that do not exist left out), from memory for the keys
    already read inside ``shared_reads``."""
    wanted = list(dict.fromkeys(keys))
    memo: dict[str, dict[Any, Any]] | None = s.info.get(_KEY)
    if memo is None:
        return fetch(wanted) if wanted else {}
    store = memo.setdefault(name, {})
    missing = [k for k in wanted if k not in store]
    if missing:
        found = fetch(missing)
        for k in missing:
            store[k] = found.get(k, _ABSENT)
    return {k: store[k] for k in wanted if store[k] is not _ABSENT}


def plans(s: Session, plan_ids: Collection[int]) -> dict[int, Plan]:
    """The plans among ``plan_ids`` that exist."""
    return _read(s, "plans", plan_ids, lambda ids: {
        p.id: p for p in s.scalars(select(Plan).where(Plan.id.in_(ids)))})


def student_rows(s: Session, pks: Collection[int]) -> dict[int, Row[Any]]:
    """``(id, student_id, graduation_year)`` of the students among ``pks`` that exist."""
    return _read(s, "students", pks, lambda ids: {
        r.id: r for r in s.execute(select(Student.id, Student.student_id,
                                          Student.graduation_year)
                                   .where(Student.id.in_(ids)))})


def graduation_years(s: Session, pks: Collection[int]) -> dict[int, int]:
    return {pk: r.graduation_year for pk, r in student_rows(s, pks).items()}


def plan_course_rows(s: Session, plan_ids: Collection[int]) -> dict[int, list[Row[Any]]]:
    """Each plan's courses as rows (id, plan_id, course_code, level, term, status,
    final_mark, sort_order), by grade, then the order the counselor gave them; a plan
    without courses (or that does not exist) gets an empty list."""
    def fetch(ids: list[int]) -> dict[int, list[Row[Any]]]:
        out: dict[int, list[Row[Any]]] = {pid: [] for pid in ids}
        for row in s.execute(select(PlanCourse.id, PlanCourse.plan_id, PlanCourse.course_code,
                                    PlanCourse.level, PlanCourse.term, PlanCourse.status,
                                    PlanCourse.final_mark, PlanCourse.sort_order)
                             .where(PlanCourse.plan_id.in_(ids))
                             .order_by(PlanCourse.level, PlanCourse.sort_order,
                                       PlanCourse.id)):
            out[row.plan_id].append(row)
        return out

    found = _read(s, "plan_courses", plan_ids, fetch)
    return {pid: found.get(pid, []) for pid in plan_ids}


def transcripts(s: Session, pks: Collection[int]) -> dict[int, list[TranscriptLine]]:
    """``transcript_lines`` of these students (an empty list for one without)."""
    found = _read(s, "transcripts", pks, lambda ids: transcript_lines(s, ids))
    return {pk: found.get(pk, []) for pk in pks}


def courses(s: Session, codes: Collection[str]) -> dict[str, Course]:
    """The catalog courses among ``codes``."""
    return _read(s, "courses", codes, lambda wanted: {
        c.code: c for c in s.scalars(select(Course).where(Course.code.in_(wanted)))})
