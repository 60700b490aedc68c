"""The flowables of one plan, section by section, in reading order."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Paragraph

from counselor_app.reports.audit_section import AuditSection
from counselor_app.reports.blank_sheet import BlankSheet
from counselor_app.reports.model import PlanReport
from counselor_app.reports.page import OutlineMark, PlanDocument
from counselor_app.reports.sections import Sections
from counselor_app.reports.tables import CourseGrid


class PlanStory(Sections, CourseGrid, AuditSection, BlankSheet):
    """The flowables of one plan (or of a blank planning sheet, for a student without one)."""

    def flowables(self) -> list[Any]:
        if not self.r.has_plan:
            return self.sheet_flowables()
        out: list[Any] = []
        out += self.header()
        out += self.student_block()
        out += self.contact()
        out += self.direction()
        out += self.grid()
        out += self.audit()
        out += self.review()
        out += self.occupations()
        out += self.program_paths()
        out += self.notes()
        out += self.glossary()
        return self._with_bookmarks(self._with_signatures(out))

    def sheet_flowables(self) -> list[Any]:
        out: list[Any] = [*self.header(), *self.sheet_note(), *self.student_block(),
                          *self.contact(), *self.direction(), *self.sheet_grid(),
                          *self.sheet_notes()]
        return self._with_bookmarks(self._with_signatures(out))

    def _with_signatures(self, flowables: list[Any]) -> list[Any]:
        """The signatures on one page with the last thing before them (the glossary's
        last words, a notes paragraph, a section), so they never stand alone."""
        before = flowables[-1:] if flowables else []
        if before and isinstance(before[0], Paragraph) and \
                before[0].style.name.startswith(self.s.h2.name):
            before = flowables[-2:]  # a heading never ends a page either
        # a group kept together is opened up: KeepTogether inside KeepTogether never fits
        kept = [g for f in before for g in (f._content if isinstance(f, KeepTogether) else [f])]
        return [*flowables[:len(flowables) - len(before)],
                KeepTogether([*kept, *self.signatures()])]

    def _with_bookmarks(self, flowables: list[Any]) -> list[Any]:
        """A bookmark for the student, and one before each section heading (also a
        heading inside a group kept together)."""
        return [OutlineMark(self.r.student.full_name or self.t("Student"), 0),
                *self._marked(flowables)]

    def _marked(self, flowables: list[Any]) -> list[Any]:
        out: list[Any] = []
        for f in flowables:
            if isinstance(f, KeepTogether):
                f._content = self._marked(list(f._content))
            elif isinstance(f, Paragraph) and f.style.name.startswith(self.s.h2.name):
                out.append(OutlineMark(f.getPlainText(), 1))
            out.append(f)
        return out


def plan_story(report: PlanReport, doc: PlanDocument) -> list[Any]:
    return PlanStory(report, doc).flowables()
