"""The flowables of one plan, section by section, in reading order."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Paragraph

from counselor_app.reports.audit_section import AuditSection
from counselor_app.reports.model import PlanReport
from counselor_app.reports.page import OutlineMark, PlanDocument
from counselor_app.reports.sections import Sections
from counselor_app.reports.tables import CourseGrid


class PlanStory(Sections, CourseGrid, AuditSection):
    """The flowables of one plan."""

    def flowables(self) -> list[Any]:
        out: list[Any] = []
        out += self.header()
        out += self.student_block()
        out += self.contact()
        out += self.direction()
        out += self.grid()
        out += self.audit()
        out += self.review()
        out += self.glossary()
        out += self.occupations()
        out += self.closing()  # notes and signatures: the signatures never stand alone
        return self._with_bookmarks(out)

    def _with_bookmarks(self, flowables: list[Any]) -> list[Any]:
        """A bookmark for the student, and one before each section heading (also a
        heading that opens a group kept together)."""
        out: list[Any] = [OutlineMark(self.r.student.full_name or self.t("Student"), 0)]
        for f in flowables:
            first = f._content[0] if isinstance(f, KeepTogether) and f._content else f
            if isinstance(first, Paragraph) and first.style.name.startswith(self.s.h2.name):
                out.append(OutlineMark(first.getPlainText(), 1))
            out.append(f)
        return out


def plan_story(report: PlanReport, doc: PlanDocument) -> list[Any]:
    return PlanStory(report, doc).flowables()
