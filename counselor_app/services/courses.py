"""One course's page: what it needs, what it opens, where it is placed, its SCED code and
the requirement tags it counts toward."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from counselor_app.config import resources_dir
from counselor_app.domain import Course, CoursePrerequisite, ProgramCourse, ProgramOfStudy
from counselor_app.services.browse import CourseRow, course_rows
from counselor_app.services.search_terms import ranked
from counselor_app.store.engine import Database

# what the built-in tags mean, for people (tags are defined by the requirement sets)
_TAG_LABELS = {
    "ag:a": "UC/CSU A-G: (a) history", "ag:b": "UC/CSU A-G: (b) English",
    "ag:c": "UC/CSU A-G: (c) mathematics", "ag:d": "UC/CSU A-G: (d) science",
    "ag:e": "UC/CSU A-G: (e) language other than English",
    "ag:f": "UC/CSU A-G: (f) visual and performing arts",
    "ag:g": "UC/CSU A-G: (g) college-preparatory elective",
    "ncaa:english": "NCAA Division I core: English", "ncaa:math": "NCAA Division I core: math",
    "ncaa:science": "NCAA Division I core: science",
    "ncaa:social": "NCAA Division I core: social science",
    "ncaa:language": "NCAA Division I core: world language",
    "lab-science": "laboratory science", "advanced-placement": "Advanced Placement",
    "advanced-math": "advanced mathematics", "advanced-science": "advanced science",
    "cte": "career and technical education", "dual-credit": "dual credit",
}


def tag_label(tag: str) -> str:
    if tag.startswith("cluster:"):
        return f"CTE cluster: {tag.split(':', 1)[1].replace('-', ' ')}"
    return _TAG_LABELS.get(tag, tag)


@lru_cache(maxsize=1)
def _builtin_tags() -> dict[str, tuple[str, ...]]:
    path = resources_dir() / "data" / "course_tags.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["code"]: tuple(t for t in r["tags"].split(";") if t)
                for r in csv.DictReader(fh)}


@dataclass(frozen=True)
class CourseDetail:
    course: CourseRow
    sced: str | None
    prerequisites: tuple[tuple[str, str], ...]  # (code, title)
    prerequisite_for: tuple[tuple[str, str], ...]
    programs: tuple[tuple[str, str, int], ...]  # (code, name, level)
    tags: tuple[str, ...]


def course_detail(db: Database, code: str) -> CourseDetail | None:
    with db.read() as s:
        c = s.get(Course, code)
        if c is None:
            return None
        row = course_rows(s, [code])[code]
        pre = s.execute(select(Course.code, Course.title)
                        .join(CoursePrerequisite, CoursePrerequisite.prerequisite_code
                              == Course.code)
                        .where(CoursePrerequisite.course_code == code)
                        .order_by(Course.title)).tuples().all()
        opens = s.execute(select(Course.code, Course.title)
                          .join(CoursePrerequisite, CoursePrerequisite.course_code == Course.code)
                          .where(CoursePrerequisite.prerequisite_code == code)
                          .order_by(Course.title)).tuples().all()
        programs = s.execute(select(ProgramOfStudy.code, ProgramOfStudy.name,
                                    ProgramCourse.level)
                             .join(ProgramCourse, ProgramCourse.program_id == ProgramOfStudy.id)
                             .where(ProgramCourse.course_code == code)
                             .order_by(ProgramOfStudy.name)).tuples().all()
        # a course import may store tags on the course (a later schema); else built-in
        stored = str(getattr(c, "tags", "") or "")
        tags = [t.strip() for t in stored.split(";")] if stored else \
            list(_builtin_tags().get(code, ()))
    if row.cte:
        tags.append("cte")
    if row.dual_credit:
        tags.append("dual-credit")
    return CourseDetail(row, c.sced, tuple(pre), tuple(opens), tuple(programs),
                        tuple(dict.fromkeys(t for t in tags if t)))


def catalog_order(rows: Sequence[CourseRow], query: str) -> list[int]:
    """The positions in ``rows`` of the courses that match a catalog search, best first
    (``course_order`` over code, title and subject area)."""
    return course_order([(r.code, r.title, r.subject_area) for r in rows], query)


def course_order(courses: Sequence[tuple[str, ...]], query: str) -> list[int]:
    """The positions of the ``(code, title, more text...)`` courses that match a course
    search, best first: an exact title or code, then titles that start with the query,
    then titles with every word, then the rest (another field, part of a word, a
    synonym); ties keep the given order. "Theater I" comes before "Technical Theater I:
    Stagecraft"."""
    return ranked(range(len(courses)), query, lambda i: courses[i][1],
                  lambda i: " ".join(courses[i]), lambda i: courses[i][0], substrings=True)
