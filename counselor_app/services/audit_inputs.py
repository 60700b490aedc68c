"""What the audit reads about students, gathered in one session for one or many.

Course attempts come from the transcript (completed courses, source "transcript") and
from plan courses (planned, in progress, or completed with a mark on the plan, source
"plan"). A plan course the transcript already records (same course, same grade) is left
out: the transcript is the record. Matched transfer credit (a course number that is not in
the catalog, matched to a subject area and tags) counts with those facts; a course number
nobody matched counts nowhere and is listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from counselor_app.audit import Attempt, AuditException, CourseFacts, RequirementSet
from counselor_app.audit.catalog import course_facts, parse_tags
from counselor_app.audit.concentrator import ProgramFacts
from counselor_app.domain import AuditException as ExceptionRow
from counselor_app.domain import (
    ChecklistMark,
    Course,
    ProgramCourse,
    ProgramOfStudy,
)
from counselor_app.services import shared_reads as shared
from counselor_app.services.transcripts import TranscriptLine

TRANSFER_PREFIX = "TR:"


@dataclass
class StudentRecords:
    """One student's attempts for one plan, exceptions and checklist marks."""

    attempts: list[Attempt] = field(default_factory=list)
    transfer: dict[str, CourseFacts] = field(default_factory=dict)
    exceptions: list[AuditException] = field(default_factory=list)
    checklist: dict[str, dt.date] = field(default_factory=dict)
    checklist_by: dict[str, str] = field(default_factory=dict)


def exception_input(row: ExceptionRow) -> AuditException:
    return AuditException(row.kind, row.set_code, row.requirement, row.course_code,
                          row.counts_as, row.credits, row.decided_by, row.decided_on,
                          row.reason, row.id)


def _transcript_attempts(lines: Iterable[TranscriptLine], rec: StudentRecords) -> None:
    for line in lines:
        code = line.course_code
        if code is None:
            code = TRANSFER_PREFIX + line.source_code
            if line.matched and line.subject_area:
                rec.transfer[code] = course_facts(code, line.title, line.credits_earned,
                                                  line.subject_area, line.tags)
        # in grades 6-8 a row that earned no credit was not taken for high-school credit
        rec.attempts.append(Attempt(code, line.level, line.term, "completed", line.mark,
                                    line.credits_earned if line.credits_earned > 0 else None,
                                    "transcript", line.id,
                                    hs_credit=line.level >= 9 or line.credits_earned > 0))


def student_records(s: Session, plans: Mapping[int, int]) -> dict[int, StudentRecords]:
    """Records per plan id; ``plans`` maps plan id -> student pk."""
    pks = set(plans.values())
    by_student = shared.transcripts(s, pks)
    out: dict[int, StudentRecords] = {}
    exceptions: dict[int, list[AuditException]] = {pk: [] for pk in pks}
    for row in s.scalars(select(ExceptionRow).where(ExceptionRow.student_pk.in_(pks))
                         .order_by(ExceptionRow.id)):
        exceptions[row.student_pk].append(exception_input(row))
    marks: dict[int, list[ChecklistMark]] = {pk: [] for pk in pks}
    for mark in s.scalars(select(ChecklistMark).where(ChecklistMark.student_pk.in_(pks))):
        marks[mark.student_pk].append(mark)
    courses = shared.plan_course_rows(s, list(plans))
    for plan_id, pk in plans.items():
        rec = StudentRecords(exceptions=list(exceptions[pk]))
        lines = by_student.get(pk, [])
        _transcript_attempts(lines, rec)
        recorded = {(line.course_code, line.level) for line in lines if line.course_code}
        for pc in courses[plan_id]:
            if (pc.course_code, pc.level) in recorded:
                continue
            rec.attempts.append(Attempt(pc.course_code, pc.level, pc.term, pc.status,
                                        pc.final_mark, None, "plan", pc.id))
        for mark in marks[pk]:
            rec.checklist[mark.item] = mark.done_on
            rec.checklist_by[mark.item] = mark.marked_by
        out[plan_id] = rec
    return out


def named_codes(sets: Iterable[RequirementSet]) -> set[str]:
    """Course codes the sets name (their titles are needed for "missing: Algebra II")."""
    codes: set[str] = set()
    for rs in sets:
        for node in rs.root.walk():
            codes.update(c for slot in node.slots for c in slot)
    return codes


# Course facts by every catalog field they come from: frozen, so shared by every audit of
# the process; a course whose row changed has another key, so an entry is never stale.
_FACTS: dict[tuple[Any, ...], CourseFacts] = {}
_FACTS_KEPT = 50_000


def catalog_facts(s: Session, codes: Collection[str] | None = None) -> dict[str, CourseFacts]:
    """Course facts for ``codes`` (every course when None)."""
    rows: Iterable[Any]
    if codes is not None and shared.active(s):  # rows a printed plan's other reads hold
        rows = shared.courses(s, codes).values()
    else:  # the columns only: cheaper than catalog objects
        query = select(Course.code, Course.title, Course.credits, Course.subject_area,
                       Course.tags, Course.cte, Course.dual_credit, Course.repeatable)
        rows = s.execute(query if codes is None else
                         query.where(Course.code.in_(list(codes))))
    out: dict[str, CourseFacts] = {}
    for c in rows:
        key = (c.code, c.title, c.credits, c.subject_area, c.tags, c.cte, c.dual_credit,
               c.repeatable)
        facts = _FACTS.get(key)
        if facts is None:
            facts = course_facts(c.code, c.title, c.credits, c.subject_area,
                                 parse_tags(c.tags or ""), cte=c.cte,
                                 dual_credit=c.dual_credit, repeatable=c.repeatable)
            if len(_FACTS) >= _FACTS_KEPT:
                _FACTS.clear()
            _FACTS[key] = facts
        out[c.code] = facts
    return out


def program_facts(s: Session, codes: Collection[str] | None = None,
                  own: Iterable[str | None] = ()) -> list[ProgramFacts]:
    """Programs of study with their CTE courses: those holding any of ``codes`` plus the
    ``own`` program codes (every program when ``codes`` is None)."""
    query = (select(ProgramOfStudy.code, ProgramOfStudy.name, ProgramCourse.course_code)
             .join(ProgramCourse, ProgramCourse.program_id == ProgramOfStudy.id)
             .join(Course, Course.code == ProgramCourse.course_code)
             .where(Course.cte.is_(True)))
    if codes is not None:  # one query: the programs holding a code, or the plans' own
        holding = select(ProgramCourse.program_id) \
            .where(ProgramCourse.course_code.in_(list(codes)))
        own_codes = [c for c in own if c]
        wanted = ProgramOfStudy.id.in_(holding)
        query = query.where(or_(wanted, ProgramOfStudy.code.in_(own_codes)) if own_codes
                            else wanted)
    members: dict[tuple[str, str], set[str]] = {}
    for code, name, course in s.execute(query):
        members.setdefault((code, name), set()).add(course)
    return [ProgramFacts(code, name, frozenset(m))
            for (code, name), m in sorted(members.items())]
