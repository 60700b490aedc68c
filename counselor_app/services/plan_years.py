"""Past, present and future in a plan: transcript rows over planned courses.

A plan column stands for one school year (from the student's graduation year). What
the transcript says a student took in a year is shown in that column as completed
with its mark: over the planned course with the same code, or as a course of its own
when the plan did not have it. Planned courses left in a past year are listed so the
counselor can mark them completed or move them. Nothing is copied into the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from counselor_app.domain.base import GRADE_LEVELS
from counselor_app.domain.students import TERMS
from counselor_app.services.rules import CourseInfo, PlannedCourse
from counselor_app.services.school_years import Phase, phase_of, school_year_of
from counselor_app.services.transcripts import TranscriptLine


class _Course(Protocol):
    id: int
    code: str
    level: int
    status: str


@dataclass(frozen=True)
class Overlay:
    """How one transcript row shows in the plan: over ``plan_course_id`` or on its own."""

    line: TranscriptLine
    plan_course_id: int | None


def overlay_transcript(courses: Sequence[_Course], lines: Sequence[TranscriptLine],
                       levels: Sequence[int]) -> list[Overlay]:
    """Pair each transcript row with the planned course it stands for.

    A row pairs with a planned course of the same catalog code in the same grade,
    else in any grade (the course was taken a year earlier or later than planned);
    each planned course takes at most one row. Rows outside ``levels`` are left out.
    """
    taken: set[int] = set()
    out: list[Overlay] = []
    pending: list[TranscriptLine] = []
    for line in lines:
        if line.level not in levels:
            continue
        hit = next((c for c in courses if c.id not in taken and line.course_code
                    and c.code == line.course_code and c.level == line.level), None)
        if hit is None:
            pending.append(line)
            continue
        taken.add(hit.id)
        out.append(Overlay(line, hit.id))
    for line in pending:
        hit = next((c for c in courses if c.id not in taken and line.course_code
                    and c.code == line.course_code and c.status != "completed"), None)
        if hit is not None:
            taken.add(hit.id)
        out.append(Overlay(line, hit.id if hit else None))
    return out


@dataclass(frozen=True)
class ColumnYear:
    level: int
    school_year: int | None
    phase: Phase


def column_years(levels: Sequence[int], graduation_year: int,
                 today: dt.date | None = None) -> dict[int, ColumnYear]:
    return {lv: ColumnYear(lv, school_year_of(lv, graduation_year),
                           phase_of(lv, graduation_year, today)) for lv in levels}


def planned_in_past(courses: Sequence[_Course], years: dict[int, ColumnYear]) -> list[int]:
    """Ids of courses still planned in a year that is over."""
    return [c.id for c in courses if c.status == "planned" and c.id > 0
            and c.level in years and years[c.level].phase is Phase.PAST]


def plan_levels(first_level: int) -> tuple[int, ...]:
    """The columns of a plan that starts in ``first_level`` (6, 7, 8 or 9)."""
    return tuple(range(min(first_level, 9), 13)) + (GRADE_LEVELS[-1],)


@dataclass(frozen=True)
class _Row:
    id: int
    code: str
    level: int
    status: str


def pcs_as_views(pcs: Sequence[_Course]) -> list[_Row]:
    return [_Row(pc.id, getattr(pc, "course_code", None) or pc.code, pc.level, pc.status)
            for pc in pcs]


def transcript_course(line: TranscriptLine, infos: dict[str, CourseInfo]) -> PlannedCourse:
    """A passed transcript row the plan does not have, as the validator reads courses."""
    info = infos.get(line.course_code or "")
    if info is not None:
        info = replace(info, credits=line.credits_earned)
    elif line.subject_area:  # transfer credit: counts in its subject area
        info = CourseInfo(f"TR:{line.source_code}", line.title, line.credits_earned,
                          line.subject_area, 6, 12, False, True, ())
    return PlannedCourse(-line.id, line.course_code or f"TR:{line.source_code}",
                         line.level, line.term if line.term in TERMS else "year",
                         "completed", info)


__all__ = ["ColumnYear", "Overlay", "column_years", "overlay_transcript", "pcs_as_views",
           "plan_levels", "planned_in_past", "transcript_course"]
