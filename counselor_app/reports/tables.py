"""Table helpers shared by the plan's sections, and the course plan grid itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselor_app.reports.markup import clean_text, markup_text
from counselor_app.reports.model import POSTSECONDARY, LevelRows, PlanReport, format_credits
from counselor_app.reports.scripts import embolden, is_simple, needs_shaping
from counselor_app.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    HAIRLINE,
    INK,
    MUTED,
    RULE,
    STATUS_COLORS,
    STRIPE,
)

if TYPE_CHECKING:
    from counselor_app.reports.page import PlanDocument


class TableKit:
    """What every section needs: the report, styles, width, and table helpers."""

    def __init__(self, report: PlanReport, doc: PlanDocument) -> None:
        self.r = report
        self.s = doc.styles
        self.geo = doc.geo
        self.width = doc.geo.frame_width

    def _p(self, markup: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
        """A paragraph; shaped by HarfBuzz only when its text needs it (speed)."""
        if needs_shaping(markup):
            style = self.s.shaped(style)
        markup = embolden(markup, style.fontName == self.s.value.fontName)
        return Paragraph(markup, style, **kwargs)

    def _missing(self, text: str = "Not chosen yet") -> str:
        return f'<font color="{MUTED.hexval()}"><i>{text}</i></font>'

    def _plain_or_wrapped(self, text: str, width: float) -> str | Paragraph:
        """Plain table text (cheap) when it fits on one line; a wrapping paragraph if not."""
        text = clean_text(text)
        if is_simple(text) and \
                stringWidth(text, self.s.cell.fontName, self.s.cell.fontSize) <= width - 10:
            return text
        return self._p(markup_text(text), self.s.cell)

    def _header_table_style(self, valign: str) -> list[tuple[Any, ...]]:
        """A table with a shaded heading row and hairlines between rows."""
        return [
            *self._plain_cells(),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ("TOPPADDING", (0, 0), (-1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3.4),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ]

    def _plain_cells(self) -> list[tuple[Any, ...]]:
        """Table style for plain-text cells: body cells, then small grey column heads."""
        s = self.s
        return [("FONTNAME", (0, 0), (-1, -1), s.cell.fontName),
                ("FONTSIZE", (0, 1), (-1, -1), s.cell.fontSize),
                ("LEADING", (0, 1), (-1, -1), s.cell.leading),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("FONTSIZE", (0, 0), (-1, 0), s.col_head.fontSize),
                ("LEADING", (0, 0), (-1, 0), s.col_head.leading),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED)]


class CourseGrid(TableKit):
    """The course plan: one table per grade and postsecondary, then the total."""

    def _grid_widths(self) -> list[float]:
        w = self.width
        return [w * 0.47, w * 0.14, w * 0.08, w * 0.13, w * 0.18]

    def _level_table(self, level: LevelRows) -> Table:
        s = self.s
        widths = self._grid_widths()
        band_label = f"<b>{markup_text(level.label)}</b>"
        if level.school_year:
            year = markup_text(level.school_year)
            band_label += f'  <font color="{MUTED.hexval()}">{year}</font>'
        credit_word = "credit" if level.credits == 1 else "credits"
        band_label += (f'  <font color="{ACCENT.hexval()}">· '
                       f"{format_credits(level.credits)} {credit_word}</font>")
        data: list[list[Any]] = [[self._p(band_label, s.band), "CODE", "CREDITS", "TERM",
                                  "STATUS"]]
        style: list[tuple[Any, ...]] = [
            *self._plain_cells(),  # plain text is much cheaper than paragraphs
            ("ALIGN", (2, 0), (2, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.1),
            ("TOPPADDING", (0, 0), (-1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3.6),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ]
        if not level.courses:
            text = "No courses planned yet" if level.level != POSTSECONDARY \
                else "No postsecondary courses planned"
            data.append([self._p(text, s.cell_muted), "", "", "", ""])
            style.append(("SPAN", (0, 1), (-1, 1)))
        for i, c in enumerate(level.courses, start=1):
            title = markup_text(c.title) if c.known else "<i>Not in the course catalog</i>"
            if c.cte:
                title += (f'  <font size="6.5" color="{ACCENT.hexval()}"><b>CTE</b></font>')
            status = c.status + (f" · {c.final_mark}" if c.final_mark else "")
            credits = format_credits(c.credits) if c.known else "—"
            data.append([self._p(title, s.cell if c.known else s.cell_muted),
                         self._plain_or_wrapped(c.code, widths[1]), credits,
                         self._plain_or_wrapped(c.term, widths[3]),
                         self._plain_or_wrapped(status, widths[4])])
            style.append(("TEXTCOLOR", (4, i), (4, i), STATUS_COLORS.get(c.status_key, MUTED)))
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), STRIPE))
            if i > 1:
                style.append(("LINEABOVE", (0, i), (-1, i), 0.25, HAIRLINE))
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    def grid(self) -> list[Any]:
        s, r = self.s, self.r
        out: list[Any] = [self._p("Course plan", s.h2)]
        if r.course_count == 0:
            out.append(self._empty_grid())
        else:
            for level in r.levels:
                table = self._level_table(level)
                # a usual grade stays in one piece; a very long one splits (header repeats)
                out.append(KeepTogether([table]) if len(level.courses) <= 14 else table)
                out.append(Spacer(1, 5))
        total = f"<b>Total credits, grades 9–12: {format_credits(r.total_credits)}</b>"
        if r.postsecondary_credits:
            total += (f'  <font color="{MUTED.hexval()}">· postsecondary: '
                      f"{format_credits(r.postsecondary_credits)}</font>")
        out.append(self._p(total, s.total))
        return out

    def _empty_grid(self) -> Table:
        """A plan without courses: one line per grade instead of five empty tables."""
        s, r = self.s, self.r
        text = "No courses planned yet" if r.has_plan else \
            "No plan has been started for this student yet"
        data = [[self._p(f"<b>{markup_text(level.label)}</b>", s.cell),
                 self._p(markup_text(level.school_year), s.cell),
                 self._p(text, s.cell_muted)] for level in r.levels]
        w = self.width
        table = Table(data, colWidths=[w * 0.2, w * 0.2, w * 0.6], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

