"""Table helpers shared by the plan's sections, and the course plan grid itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselor_app.reports.bidi_paragraph import BidiParagraph
from counselor_app.reports.cell_styles import cell_styles
from counselor_app.reports.i18n import Translator
from counselor_app.reports.layout_cache import CachedParagraph, MeasuredTable
from counselor_app.reports.markup import clean_text, markup_text
from counselor_app.reports.mirror import mirror_commands, mirror_rows
from counselor_app.reports.model import (
    POSTSECONDARY,
    CourseLine,
    LevelRows,
    PlanReport,
)
from counselor_app.reports.plan_text import course_kinds
from counselor_app.reports.scripts import (
    embolden,
    fonts_for_markup,
    has_rtl,
    is_simple,
    needs_shaping,
)
from counselor_app.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    HAIRLINE,
    INK,
    MUTED,
    RULE,
    SHORT,
    STATUS_COLORS,
    STRIPE,
)

if TYPE_CHECKING:
    from counselor_app.reports.page import PlanDocument


class ContinuedTable(MeasuredTable):
    """A table whose repeated heading says "(continued)" on the next page.

    ``continued`` is the word in the plan's language; ``label_col`` the heading cell
    that gets it (the first column, which is the last one in a mirrored table).
    """

    def __init__(self, *args: Any, continued: str = "(continued)", label_col: int = 0,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.continued_label, self.label_col = continued, label_col

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        for part in parts[1:]:
            if part._cellvalues and self.repeatRows:
                col = self.label_col
                # the heading row is shared with the first part: change a copy of it
                part._cellvalues[0] = row = list(part._cellvalues[0])
                cell = row[col]
                # a flowable cell comes back from the split as a tuple of flowables
                first = cell[0] if isinstance(cell, tuple | list) and cell else cell
                if isinstance(first, Paragraph):
                    word = self.continued_label  # italic for Latin only: the oblique
                    latin = all(ord(ch) < 0x250 for ch in word)  # faces lack other scripts
                    label = f"{first.text} " + (f"<i>{word}</i>" if latin
                                                else fonts_for_markup(word))
                    again = type(first)(label, first.style, **(
                        {"rtl": first.rtl_base} if isinstance(first, BidiParagraph) else {}))
                    row[col] = type(cell)((again, *cell[1:])) if isinstance(cell, tuple) \
                        else again
                else:
                    row[col] = f"{first} {self.continued_label}"
                if part._argH:  # the longer heading may need another line: measure again
                    part._argH = [None, *part._argH[1:]]
        return parts


class TableKit:
    """What every section needs: the report, styles, width, and table helpers."""

    def __init__(self, report: PlanReport, doc: PlanDocument) -> None:
        self.r = report
        self.t = Translator(report.language)
        self.s = doc.styles_for(self.t.rtl)
        self.geo = doc.geo
        self.width = doc.geo.frame_width

    def _p(self, markup: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
        """A paragraph; shaped by HarfBuzz only when its text needs it (speed)."""
        markup = fonts_for_markup(markup)
        if needs_shaping(markup):
            style = self.s.shaped(style)
        markup = embolden(markup, style.fontName == self.s.value.fontName)
        if self.t.rtl or has_rtl(markup):
            return BidiParagraph(markup, style, rtl=self.t.rtl, **kwargs)
        return CachedParagraph(markup, style, **kwargs)

    def _missing(self, text: str = "Not chosen yet") -> str:
        return f'<font color="{MUTED.hexval()}"><i>{self.t(text)}</i></font>'

    def _plain_or_wrapped(self, text: str, width: float) -> str | Paragraph:
        """Plain table text (cheap) when it fits on one line; a wrapping paragraph if not."""
        text = clean_text(text)
        if is_simple(text) and \
                stringWidth(text, self.s.cell.fontName, self.s.cell.fontSize) <= width - 10:
            return text
        return self._p(markup_text(text), self.s.cell)

    def _head(self, text: str) -> str | Paragraph:
        """A column heading that wraps rather than runs into the next column."""
        return self._p(markup_text(text), self.s.col_head)

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

    def _label_table(self, rows: list[list[Any]], widths: list[float]) -> Table:
        """Labels and values without lines or shading (direction, glossary)."""
        return self._table(rows, widths, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ])

    def _table(self, data: list[list[Any]], widths: list[float],
               style: list[tuple[Any, ...]], *, continued: bool = False,
               **kwargs: Any) -> Table:
        """A table with its style; mirrored (first column on the right) in a right-to-left
        plan. ``continued``: its repeated heading says "(continued)" after a page break."""
        count = len(widths)
        if self.t.rtl:
            data, widths = mirror_rows(data), widths[::-1]
            style = mirror_commands(style, count)
        kwargs.setdefault("hAlign", "RIGHT" if self.t.rtl else "LEFT")
        cells, style = cell_styles(style, len(data), count)
        kwargs["cellStyles"] = cells
        if continued:
            table: Table = ContinuedTable(data, colWidths=widths,
                                          continued=self.t("(continued)"),
                                          label_col=count - 1 if self.t.rtl else 0, **kwargs)
        else:
            table = MeasuredTable(data, colWidths=widths, **kwargs)
        table.setStyle(TableStyle(style))
        return table

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

    def _level_name(self, level: int) -> str:
        return self.t("Postsecondary") if level == POSTSECONDARY \
            else self.t("Grade {n}", n=level)

    def _grid_widths(self) -> list[float]:
        w = self.width
        return [w * 0.45, w * 0.15, w * 0.1, w * 0.13, w * 0.17]

    def _level_table(self, level: LevelRows) -> Table:
        s = self.s
        widths = self._grid_widths()
        t = self.t
        band_label = f"<b>{markup_text(self._level_name(level.level))}</b>"
        if level.school_year:
            year = markup_text(t(level.school_year))
            band_label += f'  <font color="{MUTED.hexval()}">{year}</font>'
        college = level.level == POSTSECONDARY
        if college:
            credits_text = t.plural("{n} college credit hour", "{n} college credit hours",
                                    level.credits)
        else:
            credits_text = t.plural("{n} credit", "{n} credits", level.credits)
        band_label += f'  <font color="{ACCENT.hexval()}">· {credits_text}</font>'
        data: list[list[Any]] = [[self._p(band_label, s.band), self._head(t("Code").upper()),
                                  self._p(t("College hours" if college else "Credits").upper(),
                                          s.col_head_right),
                                  self._head(t("Term").upper()),
                                  self._head(t("Status").upper())]]
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
            text = t("No courses planned yet") if level.level != POSTSECONDARY \
                else t("No postsecondary courses planned")
            data.append([self._p(text, s.cell_muted), "", "", "", ""])
            style.append(("SPAN", (0, 1), (-1, 1)))
        for i, c in enumerate(level.courses, start=1):
            title = markup_text(c.title) if c.known \
                else f"<i>{t('Not in the course catalog')}</i>"
            if c.translated_title and c.translated_title != c.title:
                title += f'<br/><font color="{MUTED.hexval()}">' \
                         f"{markup_text(c.translated_title)}</font>"
            title += self._course_marks(c)
            status = t(c.status) + (f" · {c.final_mark}" if c.final_mark else "")
            credits = t.number(c.credits) if c.known else "—"
            data.append([self._p(title, s.cell if c.known else s.cell_muted),
                         self._plain_or_wrapped(c.code, widths[1]), credits,
                         self._plain_or_wrapped(t(c.term), widths[3]),
                         self._plain_or_wrapped(status, widths[4])])
            style.append(("TEXTCOLOR", (4, i), (4, i), STATUS_COLORS.get(c.status_key, MUTED)))
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), STRIPE))
            if i > 1:
                style.append(("LINEABOVE", (0, i), (-1, i), 0.25, HAIRLINE))
        return self._table(data, widths, style, continued=True, repeatRows=1)

    def _course_marks(self, c: CourseLine) -> str:
        """Kind marks (CTE, dual credit, AP, honors) and the numbers of review items.

        Words and bracketed numbers, not colours alone, so they survive black and white.
        """
        out = "".join(f'  <font size="8" color="{ACCENT.hexval()}"><b>{k}</b></font>'
                      for k in course_kinds(c, self.t))
        if c.marks:
            numbers = ", ".join(str(n) for n in c.marks)
            out += f'  <font color="{SHORT.hexval()}"><b>[{numbers}]</b></font>'
        return out

    def grid(self) -> list[Any]:
        s, r = self.s, self.r
        t = self.t
        out: list[Any] = [self._p(t("Course plan"), s.h2)]
        if r.course_count == 0:
            out.append(self._empty_grid())
        total = "<b>" + t("Total credits, grades 9–12: {n}", n=t.number(r.total_credits)) \
            + "</b>"
        if r.postsecondary_credits:
            total += (f'  <font color="{MUTED.hexval()}">· '
                      + t.plural("after high school: {n} college credit hour",
                                 "after high school: {n} college credit hours",
                                 r.postsecondary_credits) + "</font>")
        total_line = self._p(total, s.total)
        if r.course_count == 0:
            return [*out, total_line]
        for i, level in enumerate(r.levels):
            table = self._level_table(level)
            last = i == len(r.levels) - 1
            # a grade may split across pages (its heading repeats with "(continued)");
            # the total always stays with the last table
            if last:
                out.append(KeepTogether([table, Spacer(1, 5), total_line]))
            else:
                out += [table, Spacer(1, 5)]
        return out

    def _empty_grid(self) -> Table:
        """A plan without courses: one line per grade instead of five empty tables."""
        s, r = self.s, self.r
        text = self.t("No courses planned yet") if r.has_plan else \
            self.t("No plan has been started for this student yet")
        data = [[self._p(f"<b>{markup_text(self._level_name(level.level))}</b>", s.cell),
                 self._p(markup_text(self.t(level.school_year)), s.cell),
                 self._p(text, s.cell_muted)] for level in r.levels]
        w = self.width
        return self._table(data, [w * 0.2, w * 0.2, w * 0.6], [
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ])

