"""Render a ``PlanReport`` to PDF with reportlab platypus. Never touches the database.

``render_plan`` writes one plan; ``render_many`` writes several plans into one PDF,
each starting on a new page with its own "Page X of Y". Reports given to
``render_many`` may be a lazy iterator: each is built only when the previous one
has been laid out, so memory stays flat for a whole caseload.

All user text goes through ``_text`` (control characters removed, ``& < >``
escaped) before it enters paragraph markup.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import ActionFlowable

from counselor_app import APP_NAME
from counselor_app.reports.fonts import FontSet, register_fonts
from counselor_app.reports.model import (
    POSTSECONDARY,
    ConcentratorLine,
    LevelRows,
    PlanReport,
    format_credits,
    format_date,
)

log = logging.getLogger(__name__)

PAGE_SIZES = {"letter": LETTER, "a4": A4}

# Colors: teal accent as in the help pages, dark ink, quiet greys.
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b76")
ACCENT = colors.HexColor("#00695c")
ACCENT_LIGHT = colors.HexColor("#e0f2f1")
RULE = colors.HexColor("#b0bec5")
BAND = colors.HexColor("#eef3f3")
STRIPE = colors.HexColor("#f7f9f9")
HAIRLINE = colors.HexColor("#dde3e6")
SHORT = colors.HexColor("#b71c1c")
SHORT_BG = colors.HexColor("#fdecea")
MET = colors.HexColor("#2e7d32")
PROGRESS = colors.HexColor("#1565c0")

_STATUS_COLORS = {"completed": MET, "in_progress": PROGRESS, "planned": MUTED}

# reportlab keeps some shared state (font subsets, caches) that is not meant for
# concurrent builds; one build at a time keeps a background batch and a preview safe.
_build_lock = threading.RLock()


def _current_umask() -> int:
    mask = os.umask(0o022)  # read it (there is no other way) and put it back at once
    os.umask(mask)
    return mask


_UMASK = _current_umask()  # at import, before any worker threads write files


# ---------------------------------------------------------------- text


def _clean(text: str) -> str:
    """Drop control characters (they break PDF text) except line breaks and tabs."""
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def _text(text: str) -> str:
    """User text made safe for paragraph markup."""
    return escape(_clean(text).replace("\t", " "))


def _multiline(text: str) -> str:
    """User text with its line breaks kept."""
    lines = _clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line.replace("\t", " ")) for line in lines)


# ---------------------------------------------------------------- document


@dataclass(frozen=True)
class Geometry:
    """Page size and margins (points)."""

    width: float
    height: float
    left: float = 0.6 * inch
    right: float = 0.6 * inch
    top: float = 0.55 * inch
    bottom: float = 0.75 * inch  # room for the footer
    running_head: float = 0.38 * inch  # later pages: space for the running header

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @classmethod
    def for_paper(cls, paper_size: str) -> Geometry:
        width, height = PAGE_SIZES.get(paper_size, LETTER)
        return cls(width, height)


class Styles:
    """Named paragraph styles of the plan document."""

    def __init__(self, fonts: FontSet) -> None:
        f = fonts.family
        base = ParagraphStyle("Body", fontName=f, fontSize=8.5, leading=11, textColor=INK)
        self.body = base
        self.school = ParagraphStyle("School", base, fontName=fonts.bold, fontSize=15,
                                     leading=18, textColor=ACCENT)
        self.title = ParagraphStyle("Title", base, fontSize=11.5, leading=14, textColor=INK)
        self.printed = ParagraphStyle("Printed", base, fontSize=8, leading=10,
                                      textColor=MUTED, alignment=TA_RIGHT)
        self.plan_name = ParagraphStyle("PlanName", base, fontSize=9.5, leading=12,
                                         alignment=TA_RIGHT)
        self.label = ParagraphStyle("Label", base, fontSize=6.5, leading=8, textColor=MUTED)
        self.value = ParagraphStyle("Value", base, fontName=fonts.bold, fontSize=9.5,
                                    leading=11.5)
        self.h2 = ParagraphStyle("H2", base, fontName=fonts.bold, fontSize=10.5, leading=13,
                                 textColor=ACCENT, spaceBefore=9, spaceAfter=4,
                                 keepWithNext=1)
        self.small = ParagraphStyle("Small", base, fontSize=7.5, leading=9.5, textColor=MUTED)
        self.cell = ParagraphStyle("Cell", base, fontSize=8, leading=9.6)
        self.cell_bold = ParagraphStyle("CellBold", self.cell, fontName=fonts.bold)
        self.cell_muted = ParagraphStyle("CellMuted", self.cell, textColor=MUTED,
                                         fontName=fonts.italic)
        self.cell_right = ParagraphStyle("CellRight", self.cell, alignment=TA_RIGHT)
        self.cell_right_bold = ParagraphStyle("CellRightBold", self.cell_right,
                                              fontName=fonts.bold)
        self.col_head = ParagraphStyle("ColHead", base, fontSize=6.5, leading=8,
                                       textColor=MUTED)
        self.col_head_right = ParagraphStyle("ColHeadRight", self.col_head,
                                             alignment=TA_RIGHT)
        self.note = ParagraphStyle("Note", base, spaceAfter=4)
        self.total = ParagraphStyle("Total", base, alignment=TA_RIGHT, fontSize=9.5,
                                    leading=12, spaceBefore=1)
        self.band = ParagraphStyle("Band", base, fontSize=9, leading=11)
        self.key = ParagraphStyle("Key", base, fontSize=7.5, leading=10, textColor=MUTED)
        self.review = ParagraphStyle("Review", base, fontSize=8, leading=10, leftIndent=9,
                                     bulletIndent=0, bulletFontName=f, bulletFontSize=8)
        self.sign_label = ParagraphStyle("SignLabel", base, fontSize=7.5, leading=9.5,
                                         textColor=MUTED)


class _StartReport(ActionFlowable):
    """Tells the document which report the following pages belong to."""

    def __init__(self, index: int, report: PlanReport) -> None:
        super().__init__()
        self.index, self.report = index, report

    def apply(self, doc: Any) -> None:
        doc.start_report(self.index, self.report)


class _MoreReports(Flowable):
    """Placeholder at the end of the story, replaced by the next report's flowables."""

    def __init__(self, source: Iterator[tuple[int, PlanReport]]) -> None:
        super().__init__()
        self.source = source

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


class PlanCanvas(Canvas):
    """Holds each student's pages until the student is done, then stamps the footer.

    Footers say "Page X of Y" counted per student, so combined PDFs restart the count.
    Only one student's pages are held at a time.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: list[dict[str, Any]] = []
        self.plan_section = 0
        self.plan_footer = ("", "")
        self.plan_footer_font = "Helvetica"
        self.plan_geometry: Geometry | None = None

    def _state(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_pending"}

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        state = self._state()
        if self._pending and self._pending[-1]["plan_section"] != self.plan_section:
            self._flush()
            self.__dict__.update(state)
        self._pending.append(state)
        self._startPage()

    def save(self) -> None:
        if len(self._code):  # an unfinished page
            self.showPage()
        self._flush()
        super().save()

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        total = len(pending)
        for number, state in enumerate(pending, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        self._pending = []

    def _draw_footer(self, number: int, total: int) -> None:
        geo = self.plan_geometry
        if geo is None:
            return
        left_text, center_text = self.plan_footer
        y = geo.bottom - 0.36 * inch
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(geo.left, y + 10, geo.width - geo.right, y + 10)
        self.setFillColor(MUTED)
        self.setFont(self.plan_footer_font, 7.5)
        right_text = f"{center_text}   ·   Page {number} of {total}"
        self.drawRightString(geo.width - geo.right, y, right_text)
        room = geo.frame_width - self.stringWidth(right_text) - 18
        self.drawString(geo.left, y, _fit(self, left_text, room))
        self.restoreState()


def _fit(canv: Canvas, text: str, width: float) -> str:
    """Shorten text with an ellipsis to fit ``width`` at the current font."""
    if canv.stringWidth(text) <= width:
        return text
    while text and canv.stringWidth(text + "…") > width:
        text = text[:-1]
    return text + "…"


class PlanDocument(BaseDocTemplate):
    """Page geometry, templates and styles of the printed plan."""

    def __init__(self, out: str | BinaryIO, paper_size: str = "letter",
                 on_report: Callable[[int], None] | None = None) -> None:
        self.fonts = register_fonts()
        self.geo = Geometry.for_paper(paper_size)
        self.styles = Styles(self.fonts)
        self.report: PlanReport | None = None
        self.report_index = 0
        self._on_report = on_report
        geo = self.geo
        super().__init__(out, pagesize=(geo.width, geo.height), leftMargin=geo.left,
                         rightMargin=geo.right, topMargin=geo.top, bottomMargin=geo.bottom,
                         title="Educational and Career Plan", author=APP_NAME,
                         creator=APP_NAME, subject="Student educational plan")
        first = Frame(geo.left, geo.bottom, geo.frame_width, geo.height - geo.top - geo.bottom,
                      id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(geo.left, geo.bottom, geo.frame_width,
                      geo.height - geo.top - geo.bottom - geo.running_head, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("first", [first], onPage=self._first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self._later_page),
        ])

    # -- reports and pages

    def start_report(self, index: int, report: PlanReport) -> None:
        self.report_index, self.report = index, report
        if self._on_report is not None:
            self._on_report(index)

    def _mark_page(self, canv: Canvas) -> None:
        report = self.report
        canv.plan_section = self.report_index
        canv.plan_geometry = self.geo
        canv.plan_footer_font = self.fonts.family
        if report is not None:
            student = report.student
            left = student.full_name
            if student.student_id:
                left += f" · ID {student.student_id}"
            center = f"Generated {format_date(report.generated)}"
            canv.plan_footer = (_clean(left), center)

    def _first_page(self, canv: Canvas, doc: Any) -> None:
        self._mark_page(canv)

    def _later_page(self, canv: Canvas, doc: Any) -> None:
        self._mark_page(canv)
        report = self.report
        if report is None:
            return
        geo = self.geo
        y = geo.height - geo.top - 10
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setFont(self.fonts.family, 8)
        student = report.student
        left = f"Educational and Career Plan · {_clean(student.full_name)}"
        canv.drawString(geo.left, y, _fit(canv, left, geo.frame_width * 0.62))
        if report.school.name:
            canv.drawRightString(geo.width - geo.right, y,
                                 _fit(canv, _clean(report.school.name), geo.frame_width * 0.36))
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(geo.left, y - 6, geo.width - geo.right, y - 6)
        canv.restoreState()

    def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802 (reportlab API)
        """Expand the lazy placeholder into the next report's story."""
        if flowables and isinstance(flowables[0], _MoreReports):
            marker = flowables[0]
            following = next(marker.source, None)
            if following is None:
                flowables[0] = None
                return
            index, report = following
            story: list[Any] = [_StartReport(index, report), NextPageTemplate("first"),
                                PageBreak()]
            story += PlanStory(report, self).flowables()
            flowables[0:1] = [*story, marker]


# ---------------------------------------------------------------- the story


class PlanStory:
    """The flowables of one plan."""

    def __init__(self, report: PlanReport, doc: PlanDocument) -> None:
        self.r = report
        self.s = doc.styles
        self.geo = doc.geo
        self.width = doc.geo.frame_width

    def flowables(self) -> list[Any]:
        out: list[Any] = []
        out += self.header()
        out += self.student_block()
        out += self.direction()
        out += self.grid()
        out += self.requirements()
        out += self.concentrator()
        out += self.review()
        out += self.occupations()
        out += self.notes()
        out += self.signatures()
        return out

    # -- helpers

    def _p(self, markup: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(markup, style)

    def _missing(self, text: str = "Not chosen yet") -> str:
        return f'<font color="{MUTED.hexval()}"><i>{text}</i></font>'

    # -- blocks

    def header(self) -> list[Any]:
        s, r = self.s, self.r
        title_cell: list[Any] = []
        if r.school.name.strip():
            title_cell.append(self._p(_text(r.school.name), s.school))
        title_cell.append(self._p("Educational and Career Plan", s.title))
        if r.has_plan:
            plan_cell = [self._p(f"<b>{_text(r.plan_name)}</b>", s.plan_name),
                         self._p(_text(r.plan_status), s.printed)]
        else:
            plan_cell = [self._p("No plan started yet", s.plan_name)]
        side = 2.0 * inch
        logo = _logo(r.school.logo_path, max_w=1.5 * inch, max_h=0.65 * inch)
        if logo is not None:
            logo_w = logo.drawWidth + 10
            data = [[logo, title_cell, plan_cell]]
            widths = [logo_w, self.width - logo_w - side, side]
        else:
            data = [[title_cell, plan_cell]]
            widths = [self.width - side, side]
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
        ]))
        return [table, Spacer(1, 7)]

    def student_block(self) -> list[Any]:
        s, st = self.s, self.r.student

        def item(label: str, value: str) -> list[Paragraph]:
            return [self._p(label.upper(), s.label),
                    self._p(value or self._missing("—"), s.value)]

        grade = f"{st.grade}" if st.grade else ""
        data = [
            [item("Student", _text(st.full_name)), item("Student ID", _text(st.student_id)),
             item("Grade", grade)],
            [item("Counselor", _text(st.counselor)),
             item("Graduation year", str(st.graduation_year or "")),
             item("Date printed", format_date(st.date_printed))],
        ]
        w = self.width
        table = Table(data, colWidths=[w * 0.46, w * 0.30, w * 0.24], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), BAND),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ("TOPPADDING", (0, 1), (-1, 1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]))
        return [table]

    def direction(self) -> list[Any]:
        s, r = self.s, self.r
        d, g = r.direction, r.goals

        def value(text: str) -> str:
            return _text(text) if text.strip() else self._missing()

        program = d.program
        if program and d.program_code:
            program = f"{program} ({d.program_code})"
        post = " — ".join(x for x in (g.postsecondary_type, g.postsecondary_institution)
                          if x.strip())
        rows = [
            [self._p("Career cluster", s.key), self._p(value(d.cluster), s.body),
             self._p("Career goal", s.key), self._p(value(g.career), s.body)],
            [self._p("Pathway", s.key), self._p(value(d.pathway), s.body),
             self._p("After high school", s.key), self._p(value(post), s.body)],
            [self._p("Program of study", s.key), self._p(value(program), s.body), "", ""],
        ]
        w = self.width
        table = Table(rows, colWidths=[w * 0.15, w * 0.37, w * 0.15, w * 0.33], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        return [self._p("Career direction and goals", s.h2), table]

    # -- the plan grid

    def _grid_widths(self) -> list[float]:
        w = self.width
        return [w * 0.47, w * 0.14, w * 0.08, w * 0.13, w * 0.18]

    def _plain_or_wrapped(self, text: str, width: float) -> str | Paragraph:
        """Plain table text (cheap) when it fits on one line; a wrapping paragraph if not."""
        text = _clean(text)
        if stringWidth(text, self.s.cell.fontName, self.s.cell.fontSize) <= width - 10:
            return text
        return self._p(_text(text), self.s.cell)

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

    def _level_table(self, level: LevelRows) -> Table:
        s = self.s
        widths = self._grid_widths()
        band_label = f"<b>{_text(level.label)}</b>"
        if level.school_year:
            band_label += f'  <font color="{MUTED.hexval()}">{_text(level.school_year)}</font>'
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
            title = _text(c.title) if c.known else "<i>Not in the course catalog</i>"
            if c.cte:
                title += (f'  <font size="6.5" color="{ACCENT.hexval()}"><b>CTE</b></font>')
            status = c.status + (f" · {c.final_mark}" if c.final_mark else "")
            credits = format_credits(c.credits) if c.known else "—"
            data.append([self._p(title, s.cell if c.known else s.cell_muted),
                         self._plain_or_wrapped(c.code, widths[1]), credits,
                         self._plain_or_wrapped(c.term, widths[3]),
                         self._plain_or_wrapped(status, widths[4])])
            style.append(("TEXTCOLOR", (4, i), (4, i), _STATUS_COLORS.get(c.status_key, MUTED)))
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
        data = [[self._p(f"<b>{_text(level.label)}</b>", s.cell),
                 self._p(_text(level.school_year), s.cell),
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

    # -- requirements and concentrator

    def requirements(self) -> list[Any]:
        s, r = self.s, self.r
        heading = self._p("Graduation requirements", s.h2)
        if not r.requirements:
            return [KeepTogether([heading, self._p(
                "No graduation requirements are set up.", s.small)])]
        data: list[list[Any]] = [["SUBJECT AREA", "REQUIRED", "COMPLETED", "PLANNED",
                                  "STATUS"]]
        style: list[tuple[Any, ...]] = [
            *self._header_table_style("MIDDLE"),
            ("ALIGN", (1, 0), (3, -1), "RIGHT"),
        ]
        widths = [self.width * f for f in (0.38, 0.12, 0.13, 0.12, 0.25)]
        for i, req in enumerate(r.requirements, start=1):
            if req.met:
                status = "Met"
                style.append(("TEXTCOLOR", (4, i), (4, i), MET))
            else:
                word = "credit" if req.shortfall <= 1 else "credits"
                status = f"Short by {format_credits(req.shortfall)} {word}"
                style.append(("TEXTCOLOR", (4, i), (4, i), SHORT))
                style.append(("BACKGROUND", (0, i), (-1, i), SHORT_BG))
            style.append(("FONTNAME", (4, i), (4, i), s.cell_bold.fontName))
            if req.is_total:
                style.append(("LINEABOVE", (0, i), (-1, i), 0.8, RULE))
                style.append(("FONTNAME", (0, i), (-1, i), s.cell_bold.fontName))
            data.append([self._plain_or_wrapped(req.subject, widths[0]),
                         format_credits(req.required), format_credits(req.completed),
                         format_credits(req.planned), status])
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        short = len(r.shortfalls)
        note = "Planned credits include courses in progress."
        if r.requirement_set:
            note = f"Requirement set: {_text(r.requirement_set)}. " + note
        if short:
            note += (f' <font color="{SHORT.hexval()}"><b>{short} '
                     f"{'requirement is' if short == 1 else 'requirements are'} not yet "
                     "met by this plan.</b></font>")
        return [KeepTogether([heading, table, Spacer(1, 2), self._p(note, s.small)])]

    def concentrator(self) -> list[Any]:
        s, c = self.s, self.r.concentrator
        if c is None:
            return []
        return [KeepTogether([self._p("CTE concentrator status", s.h2),
                              self._concentrator_box(c)])]

    def _concentrator_box(self, c: ConcentratorLine) -> Table:
        s = self.s
        if c.met:
            verdict = f'<font color="{MET.hexval()}"><b>Concentrator</b></font>'
        else:
            verdict = f'<font color="{SHORT.hexval()}"><b>Not yet a concentrator</b></font>'
        text = f"{verdict} — {_text(c.summary)}"
        if c.counted:
            text += f" Counted: {_text(', '.join(c.counted))}."
        unit = "courses" if c.mode == "courses" else "credits"
        text += (f'<br/><font color="{MUTED.hexval()}">A CTE concentrator takes at least '
                 f"{format_credits(c.threshold)} career and technical education (CTE) {unit} "
                 "in one program of study.</font>")
        table = Table([[self._p(text, s.body)]], colWidths=[self.width], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), BAND),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, MET if c.met else SHORT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return table

    def review(self) -> list[Any]:
        s, r = self.s, self.r
        if not r.review:
            return []
        items: list[Any] = [self._p("Items to review with your counselor", s.h2)]
        items += [Paragraph(_text(msg), s.review, bulletText="•") for msg in r.review]
        return [KeepTogether(items)]

    # -- occupations, notes, signatures

    def occupations(self) -> list[Any]:
        s, r = self.s, self.r
        heading = self._p("Related occupations", s.h2)
        if not r.occupations:
            return [KeepTogether([heading, self._p(
                "Choose a program of study or a career goal to see related occupations.",
                s.small)])]
        widths = [self.width * f for f in (0.13, 0.55, 0.32)]
        data: list[list[Any]] = [["SOC CODE", "OCCUPATION", "TYPICAL EDUCATION"]]
        for occ in r.occupations:
            data.append([self._plain_or_wrapped(occ.soc, widths[0]),
                         self._plain_or_wrapped(occ.title, widths[1]),
                         self._plain_or_wrapped(occ.education or "—", widths[2])])
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(self._header_table_style("TOP")))
        items: list[Any] = [heading, table]
        if r.occupations_more:
            items += [Spacer(1, 2), self._p(
                f"…and {r.occupations_more} more related occupations in the planner.", s.small)]
        return [KeepTogether(items)]

    def notes(self) -> list[Any]:
        s, r = self.s, self.r
        if not r.notes.strip():
            return []
        paragraphs = [p for p in r.notes.strip().split("\n\n") if p.strip()]
        out: list[Any] = [self._p("Notes", s.h2)]
        out += [self._p(_multiline(p.strip()), s.note) for p in paragraphs]
        return out

    def signatures(self) -> list[Any]:
        s, r = self.s, self.r
        intro = self._p("We have reviewed this plan together. It will be reviewed every year "
                        "and can change as goals and interests change.", s.small)
        who = [("Student", r.student.full_name), ("Parent/guardian", ""),
               ("Counselor", r.student.counselor)]
        gap = 0.22 * inch
        col = (self.width - 2 * gap) / 3
        labels = []
        for role, name in who:
            label = f"<b>{role} signature</b>"
            if name.strip():
                label += f"<br/>{_text(name)}"
            labels.append(self._p(label, s.sign_label))
        date = self._p("<b>Date</b>", s.sign_label)
        data = [["", "", "", "", ""],
                [labels[0], "", labels[1], "", labels[2]],
                ["", "", "", "", ""],
                [date, "", date, "", date]]
        table = Table(data, colWidths=[col, gap, col, gap, col],
                      rowHeights=[30, None, 22, None], hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for c in (0, 2, 4):
            style.append(("LINEBELOW", (c, 0), (c, 0), 0.8, INK))
            style.append(("LINEBELOW", (c, 2), (c, 2), 0.8, INK))
        table.setStyle(TableStyle(style))
        return [KeepTogether([self._p("Signatures", s.h2), intro, Spacer(1, 2), table])]


def _logo(path: str, max_w: float, max_h: float) -> Image | None:
    """The school logo scaled to fit, or None when there is none or it cannot be read."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        iw, ih = reader.getSize()
        if iw <= 0 or ih <= 0:
            return None
        scale = min(max_w / iw, max_h / ih)
        return Image(path, width=iw * scale, height=ih * scale)
    except Exception as exc:  # a missing or broken logo must not stop the plan
        log.warning("school logo %s not used: %s", path, exc)
        return None


# ---------------------------------------------------------------- entry points


def _build(reports: Iterable[PlanReport], out: str | BinaryIO,
           on_report: Callable[[int], None] | None) -> int:
    """Lay out reports into ``out``; returns how many were written."""
    source = enumerate(iter(reports))
    first = next(source, None)
    if first is None:
        raise ValueError("no plans to render")
    index, report = first
    with _build_lock:
        doc = PlanDocument(out, report.paper_size, on_report)
        doc.start_report(index, report)
        story = PlanStory(report, doc).flowables()
        story.append(_MoreReports(source))
        doc.build(story, canvasmaker=PlanCanvas)
        return doc.report_index + 1


def write_atomically(path: Path, write: Callable[[BinaryIO], Any]) -> None:
    """Write a file through a temporary file beside it, then rename it into place."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=".tmp", dir=path.parent)
    try:
        with contextlib.suppress(OSError):  # mkstemp makes 0600; give the usual permissions
            os.chmod(tmp, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def render_plan(report: PlanReport, out: Path | str | BinaryIO) -> None:
    """Render one plan to a file (written atomically) or a binary stream."""
    render_many([report], out)


def render_many(reports: Iterable[PlanReport], out: Path | str | BinaryIO,
                on_report: Callable[[int], None] | None = None) -> int:
    """Render plans one after another into one PDF; returns the number of plans.

    Every plan starts on a new page and numbers its own pages ("Page 1 of 2").
    ``on_report(i)`` is called as plan ``i`` (0-based) starts; it may raise to stop.
    """
    if isinstance(out, str | Path):
        count = 0

        def write(fh: BinaryIO) -> None:
            nonlocal count
            count = _build(reports, fh, on_report)

        write_atomically(Path(out), write)
        return count
    return _build(reports, out, on_report)


def render_bytes(report: PlanReport) -> bytes:
    """One plan as PDF bytes (preview, print)."""
    import io

    buffer = io.BytesIO()
    render_plan(report, buffer)
    return buffer.getvalue()
