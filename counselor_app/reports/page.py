"""Page geometry, page templates, running header and per-student footers.

``PlanDocument`` lays out one or several plans; ``PlanCanvas`` holds each student's
pages until that student is done so that footers can say "Page X of Y" per student.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus.doctemplate import ActionFlowable

from counselor_app import APP_NAME
from counselor_app.reports.draw_memo import MemoCanvas
from counselor_app.reports.fonts import register_fonts
from counselor_app.reports.i18n import Translator
from counselor_app.reports.markup import clean_text, draw_line
from counselor_app.reports.model import PlanReport, report_title
from counselor_app.reports.scripts import is_simple
from counselor_app.reports.styles import ACCENT, MUTED, RULE, WATERMARK, Styles

PAGE_SIZES = {"letter": LETTER, "a4": A4}

StoryMaker = Callable[[PlanReport, "PlanDocument"], list[Any]]


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


class StartReport(ActionFlowable):
    """Tells the document which report the following pages belong to."""

    def __init__(self, index: int, report: PlanReport) -> None:
        super().__init__()
        self.index, self.report = index, report

    def apply(self, doc: Any) -> None:
        doc.start_report(self.index, self.report)


class MoreReports(Flowable):
    """Placeholder at the end of the story, replaced by the next report's flowables."""

    def __init__(self, source: Iterator[tuple[int, PlanReport]]) -> None:
        super().__init__()
        self.source = source

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


class OutlineMark(Flowable):
    """A bookmark in the PDF's outline at this point: a student (level 0) or a section."""

    def __init__(self, title: str, level: int) -> None:
        super().__init__()
        self.title, self.level = title, level

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        # PlanCanvas holds pages back, so the bookmark is made when its page is written
        x, y = self.canv.absolutePosition(0, 0)
        marks = getattr(self.canv, "plan_marks", None)
        if marks is not None:
            marks.append((self.title, self.level, x, y))


class PlanCanvas(MemoCanvas):
    """Holds each student's pages until the student is done, then stamps the footer.

    Footers say "Page X of Y" counted per student, so combined PDFs restart the count.
    Only one student's pages are held at a time.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: list[dict[str, Any]] = []
        self.plan_section = 0
        self.plan_footer = ("", "", "")
        self.plan_footer_font = "Helvetica"
        self.plan_page_label = "Page {n} of {total}"
        self.plan_geometry: Geometry | None = None
        self.plan_rtl = False  # a right-to-left plan: the footer mirrored too
        self.plan_marks: list[tuple[str, int, float, float]] = []
        self._outline_count = 0

    def _state(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()
                if k not in ("_pending", "_outline_count")}

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        state = self._state()
        if self._pending and self._pending[-1]["plan_section"] != self.plan_section:
            self._flush()
            self.__dict__.update(state)
        self._pending.append(state)
        self.plan_marks = []
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
            for title, level, x, y in state["plan_marks"]:
                self._outline_count += 1
                key = f"plan-outline-{self._outline_count}"
                self.bookmarkPage(key, fit="XYZ", left=x, top=y)
                self.addOutlineEntry(title, key, level=level, closed=level == 0)
            super().showPage()
        self._pending = []

    def _draw_footer(self, number: int, total: int) -> None:
        geo = self.plan_geometry
        if geo is None:
            return
        name, id_text, center_text = self.plan_footer
        y = geo.bottom - 0.36 * inch
        size = 8
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(geo.left, y + 10, geo.width - geo.right, y + 10)
        self.setFillColor(MUTED)
        self.setFont(self.plan_footer_font, size)
        page = self.plan_page_label.format(n=number, total=total)
        right_text = f"{center_text}   ·   {page}"
        rtl, start = self.plan_rtl, geo.width - geo.right  # where the name side ends
        draw_line(self, geo.left if rtl else start, y, right_text, geo.frame_width * 0.5,
                  self.plan_footer_font, size, MUTED, right=not rtl)
        self.setFont(self.plan_footer_font, size)
        room = geo.frame_width - min(self.stringWidth(right_text), geo.frame_width * 0.5) - 18
        # the ID always prints whole, on the reading side; a long name gives way
        sign = -1 if rtl else 1
        x = start if rtl else geo.left
        if id_text:
            draw_line(self, x, y, id_text, room, self.plan_footer_font, size, MUTED, right=rtl)
            self.setFont(self.plan_footer_font, size)
            x += sign * (self.stringWidth(id_text) + self.stringWidth("  "))
            draw_line(self, x, y, "·", room, self.plan_footer_font, size, MUTED, right=rtl)
            self.setFont(self.plan_footer_font, size)
            x += sign * self.stringWidth("·  ")
        draw_line(self, x, y, name, room - abs(x - (start if rtl else geo.left)),
                  self.plan_footer_font, size, MUTED, right=rtl)
        self.restoreState()


class PlanDocument(BaseDocTemplate):
    """Page geometry, templates and styles of the printed plan."""

    watermark_text = "DRAFT"

    def __init__(self, out: str | BinaryIO, paper_size: str = "letter",
                 on_report: Callable[[int], None] | None = None,
                 story: StoryMaker | None = None) -> None:
        self.fonts = register_fonts()
        self.geo = Geometry.for_paper(paper_size)
        self.styles = Styles(self.fonts)
        self._rtl_styles: Styles | None = None
        self.report: PlanReport | None = None
        self.report_index = 0
        self._on_report = on_report
        self._story = story
        geo = self.geo
        super().__init__(out, pagesize=(geo.width, geo.height), leftMargin=geo.left,
                         rightMargin=geo.right, topMargin=geo.top, bottomMargin=geo.bottom,
                         title="Educational and Career Plan", author=APP_NAME,
                         creator=APP_NAME, subject="Student educational plan",
                         lang="en")
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

    def styles_for(self, rtl: bool) -> Styles:
        """Right-aligned styles for a right-to-left plan, the usual ones otherwise."""
        if not rtl:
            return self.styles
        if self._rtl_styles is None:
            self._rtl_styles = Styles(self.fonts, rtl=True)
        return self._rtl_styles

    def start_report(self, index: int, report: PlanReport) -> None:
        self.report_index, self.report = index, report
        self.t = Translator(report.language)
        if index == 0:  # the file's metadata: titled by the (first) student's name
            self.title = self.t(report_title(report)) + " — " + \
                report.student.full_name
            self.subject = self.t("Educational and career plan for {name}, {school}",
                                  name=report.student.full_name,
                                  school=report.school.name or APP_NAME)
            self.author = report.student.counselor or report.school.name or APP_NAME
            self.lang = self.t.code
        if self._on_report is not None:
            self._on_report(index)

    def _mark_page(self, canv: Canvas) -> None:
        report = self.report
        canv.plan_section = self.report_index
        canv.plan_geometry = self.geo
        canv.plan_footer_font = self.fonts.family
        canv.plan_rtl = self.t.rtl if report is not None else False
        if report is not None:
            student = report.student
            t = self.t
            id_text = t("ID {id}", id=clean_text(student.student_id)) \
                if student.student_id else ""
            center = t("Generated {date}", date=t.date(report.generated))
            canv.plan_page_label = t("Page {n} of {total}")
            canv.plan_footer = (student.full_name, id_text, center)

    def _watermark(self, canv: Canvas) -> None:
        """A large grey DRAFT across every page of a plan that is not approved."""
        report = self.report
        if report is None or report.status_key == "approved" or not report.has_plan:
            return
        geo = self.geo
        canv.saveState()
        canv.setFillColor(WATERMARK)
        word = self.t(self.watermark_text)
        size = min(110.0, 0.85 * (geo.width ** 2 + geo.height ** 2) ** 0.5
                   / max(1.0, canv.stringWidth(word, self.fonts.bold, 1)))
        canv.setFont(self.fonts.bold, size)
        canv.translate(geo.width / 2, geo.height / 2)
        canv.rotate(35)
        if is_simple(word):
            canv.drawCentredString(0, -size * 0.35, word)
        else:  # another script: through a shaped paragraph
            width = canv.stringWidth(word, self.fonts.bold, size) * 1.3
            draw_line(canv, width / 2, -size * 0.35, word, width, self.fonts.bold, size,
                      WATERMARK, right=True)
        canv.restoreState()

    def _first_page(self, canv: Canvas, doc: Any) -> None:
        self._mark_page(canv)
        self._watermark(canv)

    def _later_page(self, canv: Canvas, doc: Any) -> None:
        self._mark_page(canv)
        self._watermark(canv)
        report = self.report
        if report is None:
            return
        geo = self.geo
        y = geo.height - geo.top - 10
        canv.saveState()
        font, student = self.fonts.family, report.student
        left = f"{self.t(report_title(report))} · {student.full_name}"
        rtl = self.t.rtl  # mirrored: the plan's title on the right, the school on the left
        draw_line(canv, geo.width - geo.right if rtl else geo.left, y, left,
                  geo.frame_width * 0.62, font, 8, MUTED, right=rtl)
        if report.school.name:
            draw_line(canv, geo.left if rtl else geo.width - geo.right, y, report.school.name,
                      geo.frame_width * 0.36, font, 8, MUTED, right=not rtl)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(geo.left, y - 6, geo.width - geo.right, y - 6)
        canv.restoreState()

    def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802 (reportlab API)
        """Expand the lazy placeholder into the next report's story."""
        if flowables and isinstance(flowables[0], MoreReports):
            marker = flowables[0]
            following = next(marker.source, None)
            if following is None:
                flowables[0] = None
                return
            index, report = following
            story: list[Any] = [StartReport(index, report), NextPageTemplate("first"),
                                PageBreak()]
            if self._story is not None:
                story += self._story(report, self)
            flowables[0:1] = [*story, marker]

