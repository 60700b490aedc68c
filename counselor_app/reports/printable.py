"""Which characters of a plan cannot be printed, by student and field.

The renderer replaces a character no font draws with its bracketed name
("[melting face]"); the export tells the counselor which student and which field,
so that nobody hands a family a plan with a gap in a name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from counselor_app.messages import Listing, Message, msg
from counselor_app.reports.model import PlanReport
from counselor_app.reports.scripts import fallback_text, unprintable


@dataclass(frozen=True)
class Unprintable:
    student: str  # the student's name as printed
    student_id: str
    field: str  # "Student name", "Notes", "Course title (ENG-9)", ...
    chars: tuple[str, ...]

    def message(self) -> Message:
        """'Ana 🫠 Silva (ID 1006), Student name: 🫠 (U+1FAE0 MELTING FACE) prints as
        [melting face]'."""
        shown = Listing([msg("{char} (U+{code} {name}) prints as {fallback}", char=c,
                             code=f"{ord(c):04X}",
                             name=unicodedata.name(c, "unnamed character"),
                             fallback=fallback_text(c)) for c in self.chars], "; ")
        if self.student_id:
            return msg("{student} (ID {student_id}), {field}: {chars}", student=self.student,
                       student_id=self.student_id, field=self.field, chars=shown)
        return msg("{student}, {field}: {chars}", student=self.student, field=self.field,
                   chars=shown)


def _fields(r: PlanReport) -> Iterator[tuple[str, str]]:
    st = r.student
    yield msg("Student name"), f"{st.first_name} {st.preferred_name} {st.last_name}"
    yield msg("Student ID"), st.student_id
    yield msg("Counselor"), st.counselor
    yield msg("School name"), r.school.name
    yield msg("Plan name"), r.plan_name
    yield msg("Career goal"), r.goals.career
    yield msg("Postsecondary institution"), r.goals.postsecondary_institution
    yield msg("Notes"), r.notes
    for level in r.levels:
        for course in level.courses:
            yield msg("Course title ({code})", code=course.code), course.title
    for occ in r.occupations:
        yield msg("Occupation ({code})", code=occ.soc), occ.title


def check_report(report: PlanReport) -> list[Unprintable]:
    """Every field of ``report`` holding a character that no available font draws."""
    out = []
    for field, text in _fields(report):
        chars = unprintable(text)
        if chars:
            out.append(Unprintable(report.student.full_name, report.student.student_id,
                                   field, tuple(chars)))
    return out


def check_reports(reports: Iterable[PlanReport]) -> list[Unprintable]:
    return [u for r in reports for u in check_report(r)]
