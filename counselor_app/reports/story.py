"""The flowables of one plan, section by section, in reading order."""

from __future__ import annotations

from typing import Any

from counselor_app.reports.audit_section import AuditSection
from counselor_app.reports.model import PlanReport
from counselor_app.reports.page import PlanDocument
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
        return out


def plan_story(report: PlanReport, doc: PlanDocument) -> list[Any]:
    return PlanStory(report, doc).flowables()
