"""The blank planning sheet: what a batch prints, when asked, for a student without a plan.

It must never pass for a plan: another title ("Course planning sheet"), a line saying no
plan has been started, and empty ruled rows per grade to write courses in at a meeting,
with no audit, review, occupations or glossary (there is nothing to report yet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import KeepTogether, Spacer, Table

from counselor_app.reports.markup import markup_text
from counselor_app.reports.model import POSTSECONDARY
from counselor_app.reports.styles import ACCENT, ACCENT_LIGHT, HAIRLINE, MUTED, RULE
from counselor_app.reports.tables import TableKit

ROWS_PER_GRADE = 6
ROW_HEIGHT = 17


class BlankSheet(TableKit):
    """The flowables of a planning sheet (a ``PlanReport`` without a plan); mixed into
    ``PlanStory`` with ``CourseGrid``, which names the grades."""

    if TYPE_CHECKING:
        def _level_name(self, level: int) -> str: ...

    def sheet_note(self) -> list[Any]:
        note = self.t("No plan has been started for this student yet. This blank sheet is "
                      "for planning courses together; the counselor then enters the plan in "
                      "the planner.")
        return [self._p(f"<b>{note}</b>", self.s.small), Spacer(1, 4)]

    def sheet_grid(self) -> list[Any]:
        """Per grade: the grade and school year, then empty ruled rows to write in."""
        out: list[Any] = [self._p(self.t("Course plan"), self.s.h2)]
        for level in self.r.levels:
            out += [KeepTogether([self._sheet_table(level.level, level.school_year)]),
                    Spacer(1, 5)]
        return out

    def sheet_notes(self) -> list[Any]:
        """A few ruled lines for notes."""
        lines = [[""] for _ in range(4)]
        table = Table(lines, [self.width], rowHeights=[ROW_HEIGHT] * len(lines))
        table.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
        return [self._p(self.t("Notes"), self.s.h2), table]

    def _sheet_table(self, level: int, school_year: str) -> Table:
        s, t = self.s, self.t
        band = f"<b>{markup_text(self._level_name(level))}</b>"
        if school_year:
            band += f'  <font color="{MUTED.hexval()}">{markup_text(t(school_year))}</font>'
        college = level == POSTSECONDARY
        widths = [self.width * 0.52, self.width * 0.16, self.width * 0.14, self.width * 0.18]
        data: list[list[Any]] = [[self._p(band, s.band), self._head(t("Code").upper()),
                                  self._head(t("College hours" if college else "Credits")
                                             .upper()),
                                  self._head(t("Term").upper())]]
        data += [["", "", "", ""] for _ in range(ROWS_PER_GRADE)]
        style: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3.6),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("LINEBEFORE", (1, 1), (-1, -1), 0.25, HAIRLINE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ]
        heights = [None] + [ROW_HEIGHT] * ROWS_PER_GRADE
        return self._table(data, widths, style, rowHeights=heights)
