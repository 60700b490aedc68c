"""Course matches decided outside the GUI: ``--match`` on a transcript import and the
``transcripts match`` command.

A choice is written ``CODE=CATALOGCODE`` (the transcript's course number counts as that
catalog course) or ``CODE=transfer:SUBJECT AREA[:tag;tag]`` (kept as transfer credit in that
subject area, with audit tags). Choices are checked against the catalog before anything is
written, saved in one transaction, applied to the rows already imported and remembered for
later imports, exactly like the GUI's "Courses not in the catalog" panel.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import Course, CourseMatch, TranscriptEntry
from counselor_app.messages import msg
from counselor_app.services.transcripts import save_match, split_tags
from counselor_app.store.engine import Database

TRANSFER = "transfer"


@dataclass(frozen=True)
class MatchChoice:
    """What one transcript course number stands for."""

    source_code: str
    catalog_code: str | None  # None: kept as transfer credit
    subject_area: str = ""
    tags: tuple[str, ...] = ()
    school: str = ""  # "" = the number from any school

    @property
    def text(self) -> str:
        if self.catalog_code:
            return f"{self.source_code} = {self.catalog_code}"
        tags = f" (tags {', '.join(self.tags)})" if self.tags else ""
        return f"{self.source_code} = transfer credit in {self.subject_area}{tags}"


def parse_match(text: str, school: str = "") -> MatchChoice:
    """``CODE=CATALOGCODE`` or ``CODE=transfer:AREA[:tag;tag]``; ValueError saying why."""
    code, sep, target = text.partition("=")
    code, target = code.strip(), target.strip()
    if not sep or not code or not target:
        raise ValueError(msg("{text!r}: write CODE=CATALOGCODE or CODE=transfer:SUBJECT "
                             "AREA[:tag;tag]", text=text))
    kind, colon, rest = target.partition(":")
    if colon and kind.strip().casefold() == TRANSFER:
        area, _, tags = rest.partition(":")
        if not area.strip():
            raise ValueError(msg("{text!r}: transfer credit needs a subject area "
                                 "(CODE=transfer:Science)", text=text))
        return MatchChoice(code, None, area.strip(), split_tags(tags), school)
    return MatchChoice(code, target, school=school)


def _areas(s: Session) -> dict[str, str]:
    return {a.casefold(): a for a in s.scalars(select(Course.subject_area).distinct()) if a}


def _checked(s: Session, choices: Sequence[MatchChoice]) -> list[MatchChoice]:
    """The choices with subject areas spelled as in the catalog; ValueError on the first
    unknown catalog code or subject area (nothing is written)."""
    areas = _areas(s)
    out = []
    for c in choices:
        if c.catalog_code is not None:
            if s.get(Course, c.catalog_code) is None:
                raise ValueError(msg("{source_code}={catalog_code}: course {catalog_code} is not in"
                                     " the catalog",
                                     source_code=c.source_code, catalog_code=c.catalog_code))
            out.append(c)
            continue
        area = areas.get(c.subject_area.casefold())
        if area is None:
            raise ValueError(msg("{source_code}: {subject_area!r} is not a subject area of the "
                                 "catalog ({areas})", source_code=c.source_code,
                                 subject_area=c.subject_area,
                                 areas=", ".join(sorted(areas.values()))))
        out.append(MatchChoice(c.source_code, None, area, c.tags, c.school))
    return out


def check_matches(db: Database, choices: Sequence[MatchChoice]) -> list[MatchChoice]:
    """Check choices before an import (read only)."""
    with db.read() as s:
        return _checked(s, choices)


def save_matches(db: Database, choices: Sequence[MatchChoice], by: str = "") -> int:
    """Remember every choice and apply it to the rows already imported (one transaction);
    returns how many transcript rows changed."""
    with db.transaction() as s:
        changed = 0
        for c in _checked(s, choices):
            changed += save_match(s, c.school, c.source_code, catalog_code=c.catalog_code,
                                  subject_area=c.subject_area, tags=c.tags, by=by)
        return changed


def forget_match(db: Database, source_code: str, school: str = "") -> int | None:
    """Forget a remembered match: the rows it matched count nowhere again until matched
    anew (one transaction). Returns how many rows went back to unmatched, None if there
    was no such match."""
    with db.transaction() as s:
        match = s.scalar(select(CourseMatch).where(CourseMatch.source_code == source_code,
                                                   CourseMatch.school == school))
        if match is None:
            return None
        s.delete(match)
        if s.get(Course, source_code) is not None:
            return 0  # a catalog code always counts as itself
        where = [TranscriptEntry.source_code == source_code]
        if school:
            where.append(TranscriptEntry.school == school)
        fallback = s.scalar(select(CourseMatch).where(
            CourseMatch.source_code == source_code, CourseMatch.school == "")) \
            if school else None  # the any-school match still decides
        rows = list(s.scalars(select(TranscriptEntry).where(*where)))
        for row in rows:
            row.course_code = fallback.catalog_code if fallback is not None else None
        return 0 if fallback is not None else len(rows)


def covered(choices: Iterable[MatchChoice], school: str, code: str) -> bool:
    """Whether a choice decides course number ``code`` from ``school``."""
    return any(c.source_code == code and c.school in ("", school) for c in choices)
