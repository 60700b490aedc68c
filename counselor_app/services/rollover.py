"""Starting a new school year: every active student moves up a grade.

``preview_rollover`` lists what would happen; ``start_school_year`` backs the database
up, then in one transaction moves students in grades 6-11 up a grade, archives the
students who finished grade 12, marks courses in progress completed where the
transcript says the student passed them, and records the year so it never runs twice.
Plans without courses for the new year are listed. Undo is a restore of the backup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import DataInfo, Plan, PlanCourse, Student, TranscriptEntry
from counselor_app.messages import msg
from counselor_app.services.backups import backup_before
from counselor_app.services.school_years import current_school_year, year_label
from counselor_app.services.transcripts import mark_passes
from counselor_app.store.engine import Database

YEAR_KEY = "school_year_started"
"""DataInfo key: the school year (its end year) the last rollover started."""


class RolloverRefused(Exception):
    """The rollover cannot run as asked; the message is meant for the counselor."""


@dataclass(frozen=True)
class StudentMove:
    student_pk: int
    student_id: str
    name: str
    from_grade: int
    to_grade: int | None  # None: finished grade 12, archived


@dataclass(frozen=True)
class PlanGap:
    student_id: str
    name: str
    plan_name: str
    grade: int  # the new grade the plan has no courses for


@dataclass(frozen=True)
class RolloverPreview:
    year: int  # the school year starting (its end year)
    moves: tuple[StudentMove, ...]
    completed: int  # courses in progress the transcript shows as passed
    gaps: tuple[PlanGap, ...]
    already_started: bool

    @property
    def label(self) -> str:
        return year_label(self.year)

    @property
    def graduating(self) -> tuple[StudentMove, ...]:
        return tuple(m for m in self.moves if m.to_grade is None)


@dataclass(frozen=True)
class RolloverResult:
    preview: RolloverPreview
    backup: Path | None


def next_school_year(today: dt.date | None = None) -> int:
    """The school year to start: the current one from July, else the next."""
    return current_school_year(today)


def _started(s: Session) -> int | None:
    row = s.get(DataInfo, YEAR_KEY)
    return int(row.value) if row is not None and row.value.isdigit() else None


def _stage(session: Session, year: int) -> tuple[RolloverPreview, list[tuple[Student, int | None]],
                                          list[tuple[PlanCourse, str]]]:
    pupils = session.scalars(select(Student).where(Student.archived.is_(False))
                             .order_by(Student.grade, Student.last_name, Student.first_name)).all()
    moves: list[StudentMove] = []
    changes: list[tuple[Student, int | None]] = []
    for st in pupils:
        to = st.grade + 1 if st.grade < 12 else None
        name = f"{st.last_name}, {st.preferred_name or st.first_name}"
        moves.append(StudentMove(st.id, st.student_id, name, st.grade, to))
        changes.append((st, to))
    pks = [st.id for st in pupils]
    passed: dict[tuple[int, str], str] = {}
    for e in session.scalars(select(TranscriptEntry).where(
            TranscriptEntry.student_pk.in_(pks), TranscriptEntry.course_code.is_not(None))):
        if mark_passes(e.mark) and e.credits_earned > 0:
            passed[(e.student_pk, e.course_code or "")] = e.mark
    plans = session.scalars(select(Plan).where(Plan.student_pk.in_(pks),
                                               Plan.is_active.is_(True))).all()
    plan_by_student = {p.student_pk: p for p in plans}
    courses = session.scalars(select(PlanCourse).where(
        PlanCourse.plan_id.in_([p.id for p in plans]))).all()
    by_plan: dict[int, list[PlanCourse]] = {}
    for pc in courses:
        by_plan.setdefault(pc.plan_id, []).append(pc)
    finish: list[tuple[PlanCourse, str]] = []
    gaps: list[PlanGap] = []
    for st, to in changes:
        plan = plan_by_student.get(st.id)
        if plan is None:
            continue
        mine = by_plan.get(plan.id, [])
        for pc in mine:
            mark = passed.get((st.id, pc.course_code))
            if pc.status == "in_progress" and mark is not None:
                finish.append((pc, mark))
        if to is not None and not any(pc.level == to for pc in mine):
            name = f"{st.last_name}, {st.preferred_name or st.first_name}"
            gaps.append(PlanGap(st.student_id, name, plan.name, to))
    preview = RolloverPreview(year, tuple(moves), len(finish), tuple(gaps),
                              _started(session) == year)
    return preview, changes, finish


def preview_rollover(db: Database, year: int | None = None) -> RolloverPreview:
    year = year or next_school_year()
    with db.read() as s:
        return _stage(s, year)[0]


def start_school_year(db: Database, year: int | None = None, *,
                      backup: bool = True) -> RolloverResult:
    """Move everyone up a grade for school year ``year`` (one transaction, backup first)."""
    year = year or next_school_year()
    with db.read() as s:
        started = _started(s)
    if started is not None and started >= year:
        raise RolloverRefused(msg("school year {value} was already started; restore the backup "
                                  "taken before it to undo it", value=year_label(started)))
    path = backup_before(db, f"before-school-year-{year}") if backup else None
    now = dt.datetime.now().replace(microsecond=0)
    with db.transaction() as s:
        preview, changes, finish = _stage(s, year)
        for st, to in changes:
            if to is None:
                st.archived = True
            else:
                st.grade = to
            st.updated_at = now
        for pc, mark in finish:
            pc.status = "completed"
            pc.final_mark = pc.final_mark or mark[:10]
        s.merge(DataInfo(key=YEAR_KEY, value=str(year)))
    return RolloverResult(preview, path)
