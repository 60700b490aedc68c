"""What a student has done: transcript rows, course matches, course attempts.

Transcript rows come from the school's records (an import, see
``services/imports/transcripts.py``); plans and the audit read them and never copy
them. A course number that is not in the catalog is matched once, by the counselor,
to a catalog course or kept as transfer credit with a subject area and tags; the
match is remembered (``CourseMatch``) and applied to every row with that number, now
and in later imports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from counselor_app.domain import Course, CourseMatch, Student, TranscriptEntry
from counselor_app.messages import msg
from counselor_app.services.concurrency import Change, ConflictError
from counselor_app.store.engine import Database

DEFAULT_MARK_SCALE = ("A+ A A- B+ B B- C+ C C- D+ D D- F E P NP CR NC S U N I W WP WF "
                      "IP INC AU")
"""Letter marks a school's records may hold; numbers 0-100 are always accepted."""

FAILING_MARKS = frozenset({"F", "E", "NP", "NC", "U", "N", "I", "W", "WF", "WP", "IP",
                           "INC", "AU"})
"""Marks that earn nothing (failed, incomplete, withdrawn, in progress, audit)."""


@dataclass(frozen=True)
class TranscriptLine:
    id: int
    source_code: str
    course_code: str | None  # the catalog course it counts as; None = not in the catalog
    title: str
    level: int
    school_year: int
    term: str
    mark: str
    credits_earned: float
    school: str
    transfer: bool
    source: str
    subject_area: str  # the catalog course's, or the transfer match's
    tags: tuple[str, ...]
    matched: bool  # False: a course number nobody has matched yet

    @property
    def passed(self) -> bool:
        return mark_passes(self.mark) and self.credits_earned > 0


@dataclass(frozen=True)
class CourseAttempt:
    """One course a student took or plans to take, as the audit reads it."""

    code: str
    credits: float
    level: int
    term: str
    status: str  # completed | in_progress | planned
    mark: str
    source: str  # "transcript" or "plan"
    title: str = ""
    subject_area: str = ""
    tags: tuple[str, ...] = ()
    school_year: int | None = None
    transfer: bool = False


@dataclass(frozen=True)
class UnmatchedCourse:
    school: str
    source_code: str
    title: str
    rows: int  # transcript rows waiting for this match


@dataclass(frozen=True)
class MatchView:
    school: str
    source_code: str
    source_title: str
    catalog_code: str | None
    subject_area: str
    tags: tuple[str, ...]
    decided_by: str
    decided_at: dt.datetime


def mark_scale(text: str = "") -> frozenset[str]:
    """The letter marks of a scale written as words ("A B C D F P"); default when empty."""
    return frozenset(w.upper() for w in (text or DEFAULT_MARK_SCALE).split())


def normalize_mark(mark: str, scale: frozenset[str] | None = None) -> str | None:
    """The mark as stored ("a-" -> "A-", "92.0" -> "92"), or None if the scale lacks it."""
    m = mark.strip().upper()
    if not m:
        return ""
    if re.fullmatch(r"\d{1,3}(\.\d+)?", m):
        value = float(m)
        if 0 <= value <= 100:
            return f"{value:g}"
        return None
    return m if m in (scale if scale is not None else mark_scale()) else None


def mark_passes(mark: str) -> bool:
    """True for a mark that earns credit (a letter not in FAILING_MARKS, or 60 and up)."""
    m = mark.strip().upper()
    if not m:
        return True  # a credit-only record: the credits earned decide
    if re.fullmatch(r"\d{1,3}(\.\d+)?", m):
        return float(m) >= 60
    return m not in FAILING_MARKS


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in re.split(r"[;,]", text) if t.strip())


def _matches(s: Session) -> dict[tuple[str, str], CourseMatch]:
    return {(m.school, m.source_code): m for m in s.scalars(select(CourseMatch))}


def find_match(matches: dict[tuple[str, str], CourseMatch], school: str,
               code: str) -> CourseMatch | None:
    """The remembered match for a course number: this school's first, then any school's."""
    return matches.get((school, code)) or matches.get(("", code))


def transcript_lines(s: Session, student_pks: Iterable[int]) -> dict[int, list[TranscriptLine]]:
    """Every transcript row of these students, oldest year first, inside a session."""
    pks = list(student_pks)
    out: dict[int, list[TranscriptLine]] = {pk: [] for pk in pks}
    if not pks:
        return out
    entries = s.scalars(select(TranscriptEntry).where(TranscriptEntry.student_pk.in_(pks))
                        .order_by(TranscriptEntry.school_year, TranscriptEntry.level,
                                  TranscriptEntry.term, TranscriptEntry.source_code)).all()
    codes = {e.course_code for e in entries if e.course_code}
    courses = {c.code: c for c in s.scalars(select(Course).where(Course.code.in_(codes)))} \
        if codes else {}
    matches = _matches(s) if any(not e.course_code for e in entries) else {}
    for e in entries:
        course = courses.get(e.course_code) if e.course_code else None
        match = None if course else find_match(matches, e.school, e.source_code)
        subject = course.subject_area if course else (match.subject_area if match else "")
        tags = split_tags(getattr(course, "tags", "") or "") if course else \
            (split_tags(match.tags) if match else ())
        out[e.student_pk].append(TranscriptLine(
            e.id, e.source_code, e.course_code if course else None,
            e.title or (course.title if course else e.source_code), e.level, e.school_year,
            e.term, e.mark, e.credits_earned, e.school, e.transfer, e.source, subject, tags,
            course is not None or match is not None))
    return out


def list_transcript(db: Database, student_pk: int) -> list[TranscriptLine]:
    with db.read() as s:
        return transcript_lines(s, [student_pk])[student_pk]


def course_attempts(db: Database, student_pk: int) -> list[CourseAttempt]:
    """The transcript as course attempts for the audit (every row, passed or not)."""
    return [CourseAttempt(line.course_code or f"TR:{line.source_code}", line.credits_earned,
                          line.level, line.term, "completed", line.mark, "transcript",
                          line.title, line.subject_area, line.tags, line.school_year,
                          line.transfer)
            for line in list_transcript(db, student_pk)]


def earned_credits(lines: Iterable[TranscriptLine]) -> float:
    return sum(line.credits_earned for line in lines if line.passed)


def unmatched_courses(db: Database) -> list[UnmatchedCourse]:
    """Course numbers on transcripts that are neither in the catalog nor matched."""
    with db.read() as s:
        matches = _matches(s)
        rows = s.execute(select(TranscriptEntry.school, TranscriptEntry.source_code,
                                func.max(TranscriptEntry.title), func.count())
                         .where(TranscriptEntry.course_code.is_(None))
                         .group_by(TranscriptEntry.school, TranscriptEntry.source_code)
                         .order_by(TranscriptEntry.source_code)).all()
    return [UnmatchedCourse(school, code, title or "", n) for school, code, title, n in rows
            if find_match(matches, school, code) is None]


def list_matches(db: Database) -> list[MatchView]:
    with db.read() as s:
        return [MatchView(m.school, m.source_code, m.source_title, m.catalog_code,
                          m.subject_area, split_tags(m.tags), m.decided_by, m.decided_at)
                for m in s.scalars(select(CourseMatch).order_by(CourseMatch.source_code))]


def save_match(s: Session, school: str, source_code: str, *, catalog_code: str | None,
               subject_area: str = "", tags: Iterable[str] = (), title: str = "",
               by: str = "") -> int:
    """Remember a match inside a session and apply it to the rows already imported.

    Returns how many transcript rows it changed."""
    if catalog_code is not None and s.get(Course, catalog_code) is None:
        raise LookupError(msg("course {catalog_code} is not in the catalog",
                              catalog_code=catalog_code))
    if catalog_code is None and not subject_area.strip():
        raise ValueError(msg("transfer credit needs a subject area"))
    now = dt.datetime.now().replace(microsecond=0)
    match = s.scalar(select(CourseMatch).where(CourseMatch.school == school,
                                               CourseMatch.source_code == source_code))
    if match is None:
        match = CourseMatch(school=school, source_code=source_code, decided_at=now)
        s.add(match)
    match.source_title = title[:200] or match.source_title or ""
    match.catalog_code = catalog_code
    match.subject_area = "" if catalog_code else subject_area.strip()[:60]
    match.tags = "" if catalog_code else ";".join(t.strip() for t in tags if t.strip())[:300]
    match.decided_by, match.decided_at = by, now
    where = [TranscriptEntry.source_code == source_code]
    if school:
        where.append(TranscriptEntry.school == school)
    changed = 0
    for e in s.scalars(select(TranscriptEntry).where(*where)):
        if s.get(Course, e.source_code) is not None:
            continue  # a catalog code always counts as itself
        if e.course_code != catalog_code:
            e.course_code = catalog_code
            e.updated_at = now
            changed += 1
    return changed


def match_course(db: Database, school: str, source_code: str, *, catalog_code: str | None,
                 subject_area: str = "", tags: Iterable[str] = (), title: str = "",
                 by: str = "", unmatched: bool = False) -> int:
    """One counselor decision: what a course number stands for (one transaction). With
    ``unmatched`` (the window listed it as not matched yet), a number another counselor
    matched meanwhile keeps their match: ConflictError says who matched it and when."""
    with db.transaction() as s:
        if unmatched:
            theirs = s.scalar(select(CourseMatch).where(CourseMatch.school == school,
                                                        CourseMatch.source_code == source_code))
            if theirs is not None:
                raise ConflictError("course number", Change(
                    theirs.decided_by, theirs.decided_at, ("the match",), 0))
        return save_match(s, school, source_code, catalog_code=catalog_code,
                          subject_area=subject_area, tags=tags, title=title, by=by)


def delete_entry(db: Database, entry_id: int) -> None:
    with db.transaction() as s:
        s.execute(delete(TranscriptEntry).where(TranscriptEntry.id == entry_id))


def student_pk_for(db: Database, student_id: str) -> int | None:
    with db.read() as s:
        return s.scalar(select(Student.id).where(Student.student_id == student_id))
