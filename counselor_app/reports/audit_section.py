"""The printed plan's graduation audit: one table per requirement set, the counselor's
exceptions (who, when, why), and the CTE concentrator box. Same words as the plan editor.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from counselor_app.reports.audit_report import (
    AuditReport,
    AuditRow,
    AuditSetBlock,
    ConcentratorBox,
)
from counselor_app.reports.audit_words import (
    amount_text,
    cte_summary,
    exception_what,
    nowhere_texts,
    row_note,
    row_status,
)
from counselor_app.reports.markup import markup_text
from counselor_app.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    BAND,
    MET,
    MUTED,
    PROGRESS,
    RULE,
    SHORT,
    SHORT_BG,
)
from counselor_app.reports.tables import TableKit

ON_TRACK = colors.HexColor("#00796b")
WAIVED = colors.HexColor("#546e7a")
AUDIT_COLORS = {"met": MET, "in_progress": PROGRESS, "on_track": ON_TRACK, "short": SHORT,
                "waived": WAIVED, "concentrator": MET}
KIND_WORDS = {"diploma": "Diploma", "endorsement": "Endorsement",
              "supplemental": "Supplemental", "seal": "Distinction"}
MAX_COURSES_LISTED = 8  # a long elective list is summarised to keep the table readable
LONG_SET_ROWS = 14  # a set with more rows may split (its heading row repeats) ...
LONG_SET_START = 7 * cm  # ... when it starts with at least this much room below


class AuditSection(TableKit):
    """``audit()``: the flowables of the graduation audit of one plan."""

    def audit(self) -> list[Any]:
        s = self.s
        audit: AuditReport | None = self.r.audit
        t = self.t
        heading = self._p(t("Graduation audit"), s.h2)
        if audit is None or not audit.sets:
            text = (t("The graduation audit appears here once a plan is started.")
                    if audit is None else t("No graduation requirement set is chosen."))
            return [KeepTogether([heading, self._p(text, s.small)])]
        out: list[Any] = []
        for i, block in enumerate(audit.sets):
            items = self._set_block(block)
            first = [heading, *items[:2]] if i == 0 else items[:2]
            if len(block.rows) <= LONG_SET_ROWS:
                out.append(KeepTogether(first))
            else:  # kept whole it would leave most of a page empty: start where room is
                out += [CondPageBreak(LONG_SET_START), KeepTogether(first[:-1]), first[-1]]
            out += items[2:]
        out.append(self._p(self._key(), s.small))
        if audit.unknown_courses:
            out.append(self._p(
                t("Not in the course catalog (counted nowhere): {codes}.",
                  codes=markup_text(", ".join(audit.unknown_courses))), s.small))
        out += self._exceptions(audit)
        if audit.concentrator is not None:
            out.append(KeepTogether([self._p(t("CTE concentrator status"), s.h2),
                                     self._cte_box(audit.concentrator)]))
        return out

    # -- one set -----------------------------------------------------------------------
    def _set_block(self, block: AuditSetBlock) -> list[Any]:
        s = self.s
        color = AUDIT_COLORS.get(block.status, MUTED)
        kind = self.t(KIND_WORDS.get(block.kind, block.kind.capitalize()))
        title = (f"<b>{markup_text(self.t.label(block.name))}</b>  "
                 f'<font color="{MUTED.hexval()}">{markup_text(kind)} · '
                 f"{markup_text(self.t(block.state))}</font>  "
                 f'<font color="{color.hexval()}"><b>{markup_text(self.t(block.status_text))}</b>'
                 "</font>")
        band = self._table([[self._p(title, s.band)]], [self.width], [
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
        ])
        source = (self.t("Rules checked {date} against {source}.",
                         date=self.t.date(block.checked),
                         source=markup_text(self.t.label(block.source)))
                  + f" {markup_text(self.t.label(block.notice))}")  # the default: a message
        out: list[Any] = [band, self._rows_table(block.rows)]
        if block.not_counted:
            out.append(Spacer(1, 2))
            out.append(self._p(self.t("Counted nowhere in this set: {codes}.",
                                      codes=markup_text("; ".join(nowhere_texts(block, self.t)))),
                               s.small))
        out += [Spacer(1, 1), self._p(source, s.small), Spacer(1, 4)]
        return out

    def _rows_table(self, rows: tuple[AuditRow, ...]) -> Table:
        s = self.s
        widths = [self.width * f for f in (0.28, 0.2, 0.14, 0.1, 0.1, 0.18)]
        data: list[list[Any]] = [[self._head(self.t.heading(h).upper()) for h in (
            "Requirement", "Counted courses", "Needed", "Earned", "Planned", "Status")]]
        style: list[tuple[Any, ...]] = [
            *self._header_table_style("TOP"),
            ("ALIGN", (2, 0), (4, -1), "RIGHT"),
            ("TOPPADDING", (0, 1), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
        ]
        for i, row in enumerate(rows, start=1):
            data.append([self._label_cell(row), self._courses_cell(row, widths[1]),
                         self._plain_or_wrapped(amount_text(row.required_text, self.t),
                                                widths[2]),
                         self._plain_or_wrapped(amount_text(row.counted_text, self.t),
                                                widths[3]),
                         self._plain_or_wrapped(amount_text(row.coming_text, self.t),
                                                widths[4]),
                         self._p(f"<b>{markup_text(row_status(row, self.t))}</b>", s.cell)])
            color = AUDIT_COLORS.get(row.status, MUTED)
            style.append(("TEXTCOLOR", (5, i), (5, i), color))
            if row.status == "short":
                style.append(("BACKGROUND", (0, i), (-1, i), SHORT_BG))
            if row.depth == 0 and i > 1:
                style.append(("LINEABOVE", (0, i), (-1, i), 0.5, RULE))
        return self._table(data, widths, style, continued=True, repeatRows=1)

    def _label_cell(self, row: AuditRow) -> Paragraph:
        s = self.s
        text = markup_text(self.t.label(row.label))
        if row.depth == 0:
            text = f"<b>{text}</b>"
        indent = 9 * row.depth
        return self._p(text, s.cell if not indent else _indented(s.cell, indent))

    def _fit_names(self, codes: tuple[str, ...], width: float) -> str:
        """As many course titles as fit on one line, then "and N more" (rows stay one line high)."""
        style = _smaller(self.s.cell)
        for count in range(min(len(codes), MAX_COURSES_LISTED), 0, -1):
            more = len(codes) - count
            text = ", ".join(codes[:count]) + (
                " " + self.t("and {n} more", n=more) if more else "")
            if count == 1 or stringWidth(text, style.fontName, style.fontSize) <= width:
                return text
        return ""

    def _courses_cell(self, row: AuditRow, width: float) -> Paragraph | str:
        """The courses filling the row (small), and its note (a decision, a date)."""
        parts = []
        if row.kind == "total":
            parts.append(self.t("every counted course") if row.courses else "")
        elif row.courses:
            parts.append(self._fit_names(row.courses, width - 10))
        if row.note:
            parts.append(row_note(row, self.t))
        text = " · ".join(p for p in parts if p)
        if not text:
            return ""
        return self._p(f'<font color="{MUTED.hexval()}">{markup_text(text)}</font>',
                       _smaller(self.s.cell))

    def _key(self) -> str:
        t = self.t
        return (f"<b>{t('Met')}</b>: {t('completed and passed.')} "
                f"<b>{t('In progress')}</b>: {t('met once courses under way pass.')} "
                f"<b>{t('On track')}</b>: {t('met only if the planned courses are passed.')}")

    # -- exceptions and concentrator -----------------------------------------------------
    def _exceptions(self, audit: AuditReport) -> list[Any]:
        s = self.s
        if not audit.exceptions:
            return []
        widths = [self.width * f for f in (0.15, 0.3, 0.14, 0.14, 0.27)]
        data: list[list[Any]] = [[self._head(self.t(h).upper()) for h in (
            "Decision", "What", "By", "Date", "Why")]]
        for e in audit.exceptions:
            data.append([self._plain_or_wrapped(self.t(e.kind), widths[0]),
                         self._p(markup_text(exception_what(e, self.t)), s.cell),
                         self._plain_or_wrapped(e.by, widths[2]),
                         self._plain_or_wrapped(self.t.date(e.on) if e.on else "", widths[3]),
                         self._p(markup_text(e.why), s.cell)])
        table = self._table(data, widths, self._header_table_style("TOP"), continued=True,
                            repeatRows=1)
        return [KeepTogether([self._p(self.t("Counselor decisions (waivers and substitutions)"),
                                      s.h2), table])]

    def _cte_box(self, c: ConcentratorBox) -> Table:
        s = self.s
        color = AUDIT_COLORS.get(c.status, SHORT)
        text = (f'<font color="{color.hexval()}"><b>{markup_text(self.t(c.status_text))}'
                f"</b></font> — {markup_text(cte_summary(c, self.t))}")
        if c.counted:
            text += " " + self.t("Counted: {codes}.", codes=markup_text(", ".join(c.counted)))
        return self._table([[self._p(text, s.body)]], [self.width], [
            ("BACKGROUND", (0, 0), (-1, -1), BAND),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, color),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ])


def _smaller(base: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{base.name}Small", base, fontSize=base.fontSize - 1,
                          leading=base.leading - 1)


def _indented(base: ParagraphStyle, indent: float) -> ParagraphStyle:
    return ParagraphStyle(f"{base.name}Indent{indent:g}", base, leftIndent=indent)
