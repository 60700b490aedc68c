"""The plan's sections other than the course grid: header, student, direction,
requirements, concentrator, review, occupations, notes, signatures."""

from __future__ import annotations

import logging
from typing import Any

from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer

from counselor_app.reports.markup import markup_lines, markup_text
from counselor_app.reports.model import (
    POSTSECONDARY,
    report_title,
)
from counselor_app.reports.plan_text import labor_source, outlook_text, pay_text, review_text
from counselor_app.reports.styles import (
    ACCENT,
    BAND,
    INK,
)
from counselor_app.reports.tables import TableKit

log = logging.getLogger(__name__)

GLOSSARY = (
    ("Credit", "A unit a course earns when it is passed; a full-year course usually earns "
               "one credit. A diploma needs a set number of credits in each subject."),
    ("College credit hour", "A unit of college work, counted by the college; a one-semester "
                            "college course is often three credit hours."),
    ("CTE", "Career and technical education: courses that teach the skills of a trade or "
            "career field, such as welding, nursing or programming."),
    ("Concentrator", "A student who has taken enough CTE courses in one program of study to "
                     "be counted as focused on that career field."),
    ("Endorsement", "A mark on the diploma for finishing a chosen group of courses, such "
                    "as a career field or the arts."),
    ("Dual credit", "A course that earns high school credit and college credit at the "
                    "same time."),
    ("AP and honors", "Courses taught at a faster pace or greater depth; AP courses end "
                      "with an exam that some colleges count for credit."),
)


# what an option after high school is, in words the catalogs translate
OPTION_KINDS = {"employment": "Employment", "military": "Military",
                "certificate": "Certificate", "apprenticeship": "Apprenticeship",
                "associate": "Associate degree", "bachelor": "Bachelor's degree"}


class Sections(TableKit):
    """Flowables of each section of one plan."""

    def header(self) -> list[Any]:
        s, r = self.s, self.r
        title_cell: list[Any] = []
        if r.school.name.strip():
            title_cell.append(self._p(markup_text(r.school.name), s.school))
        title_cell.append(self._p(self.t(report_title(r)), s.title))
        if r.has_plan:
            status = r.plan_status if self.t.code == "en" or not r.status_key \
                else self.t(r.status_key.capitalize())
            plan_cell = [self._p(f"<b>{markup_text(r.plan_name)}</b>", s.plan_name),
                         self._p(markup_text(status), s.printed)]
        else:
            plan_cell = [self._p(f"<b>{self.t('No plan started yet')}</b>", s.plan_name),
                         self._p(self.t("Blank sheet"), s.printed)]
        side = 2.0 * inch
        logo = school_logo(r.school.logo_path, max_w=1.5 * inch, max_h=0.65 * inch)
        if logo is not None:
            logo_w = logo.drawWidth + 10
            data = [[logo, title_cell, plan_cell]]
            widths = [logo_w, self.width - logo_w - side, side]
        else:
            data = [[title_cell, plan_cell]]
            widths = [self.width - side, side]
        table = self._table(data, widths, [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
        ])
        return [table, Spacer(1, 7)]

    def student_block(self) -> list[Any]:
        s, st = self.s, self.r.student

        def item(label: str, value: str) -> list[Paragraph]:
            return [self._p(self.t(label).upper(), s.label),
                    self._p(value or self._missing("—"), s.value)]

        grade = f"{st.grade}" if st.grade else ""
        data = [
            [item("Student", markup_text(st.full_name)),
             item("Student ID", markup_text(st.student_id)),
             item("Grade", grade)],
            [item("Counselor", markup_text(st.counselor)),
             item("Graduation year", str(st.graduation_year or "")),
             item("Date printed", self.t.date(st.date_printed))],
        ]
        w = self.width
        table = self._table(data, [w * 0.46, w * 0.30, w * 0.24], [
            ("BACKGROUND", (0, 0), (-1, -1), BAND),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ("TOPPADDING", (0, 1), (-1, 1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ])
        return [table]

    def direction(self) -> list[Any]:
        s, r = self.s, self.r
        d, g = r.direction, r.goals

        def value(text: str) -> str:
            return markup_text(text) if text.strip() else self._missing()

        program = d.program
        if program and d.program_code:
            program = f"{program} ({d.program_code})"
        t = self.t
        post = " — ".join(x for x in (t(g.postsecondary_type), g.postsecondary_institution)
                          if x.strip())
        rows = [
            [self._p(t("Career cluster"), s.key), self._p(value(t.name(d.cluster)), s.body),
             self._p(t("Career goal"), s.key), self._p(value(g.career), s.body)],
            [self._p(t("Pathway"), s.key), self._p(value(t.name(d.pathway)), s.body),
             self._p(t("After high school"), s.key), self._p(value(post), s.body)],
            [self._p(t("Program of study"), s.key), self._p(value(program), s.body), "", ""],
        ]
        w = self.width
        table = self._label_table(rows, [w * 0.15, w * 0.37, w * 0.15, w * 0.33])
        return [self._p(t("Career direction and goals"), s.h2), table]

    def review(self) -> list[Any]:
        s, r = self.s, self.r
        if not r.review:
            return []
        out: list[Any] = [self._p(self.t("Items to review with your counselor"), s.h2),
                          self._p(self.t("Each item has a number; the same number in brackets "
                                         "marks the course it is about in the course plan."),
                                  s.small)]
        out += [self._p(markup_text(review_text(r, i, self.t)), s.review,
                        bulletText=f"{i + 1}.") for i in range(len(r.review))]
        return out

    # -- occupations, notes, signatures

    def occupations(self) -> list[Any]:
        s, r = self.s, self.r
        heading = self._p(self.t("Related occupations"), s.h2)
        if not r.occupations:
            return [KeepTogether([heading, self._p(
                self.t("Choose a program of study or a career goal to see related "
                       "occupations."), s.small)])]
        widths = [self.width * f for f in (0.14, 0.29, 0.2, 0.16, 0.21)]
        data: list[list[Any]] = [[self._head(self.t(h).upper()) for h in (
            "SOC code", "Occupation", "Typical education", "Median pay", "Job outlook")]]
        for occ in r.occupations:
            data.append([self._plain_or_wrapped(occ.soc, widths[0]),
                         self._plain_or_wrapped(occ.title, widths[1]),
                         self._plain_or_wrapped(self.t(occ.education) if occ.education
                                                else "—", widths[2]),
                         self._plain_or_wrapped(pay_text(occ, self.t), widths[3]),
                         self._plain_or_wrapped(outlook_text(occ, self.t), widths[4])])
        table = self._table(data, widths, self._header_table_style("TOP"), continued=True,
                            repeatRows=1)
        items: list[Any] = [heading, table]
        if r.occupations_more:
            items += [Spacer(1, 2), self._p(
                self.t.plural("…and {n} more related occupation; ask your counselor.",
                              "…and {n} more related occupations; ask your counselor.",
                              r.occupations_more), s.small)]
        source = labor_source(r, self.t)
        if source:
            items += [Spacer(1, 2), self._p(markup_text(source), s.small)]
        return [KeepTogether(items)]

    def program_paths(self) -> list[Any]:
        """The program of study's industry credentials and its options after high school."""
        s, r, t = self.s, self.r, self.t
        if not r.credentials and not r.options:
            return []
        heading = self._p(t("Where this program of study leads"), s.h2)
        out: list[Any] = []
        if r.credentials:
            widths = [self.width * f for f in (0.55, 0.33, 0.12)]
            data: list[list[Any]] = [[self._head(t.heading(h).upper()) for h in (
                "Industry credential earned in high school", "Issued by", "Grade")]]
            data += [[self._plain_or_wrapped(c.name, widths[0]),
                      self._plain_or_wrapped(c.issuer, widths[1]),
                      t.number(c.grade) if c.grade else "—"] for c in r.credentials]
            out.append(self._table(data, widths, self._header_table_style("TOP"),
                                   continued=True, repeatRows=1))
        if r.options:
            widths = [self.width * f for f in (0.2, 0.45, 0.35)]
            data = [[self._head(t.heading(h).upper()) for h in (
                "After high school", "Program or path", "Leads to")]]
            data += [[self._plain_or_wrapped(t(OPTION_KINDS.get(o.kind, o.kind.capitalize())),
                                             widths[0]),
                      self._plain_or_wrapped(o.title, widths[1]),
                      self._plain_or_wrapped(t(o.credential), widths[2])] for o in r.options]
            if out:
                out.append(Spacer(1, 6))
            out.append(self._table(data, widths, self._header_table_style("TOP"),
                                   continued=True, repeatRows=1))
        return [KeepTogether([heading, out[0]]), *out[1:]]

    def notes(self) -> list[Any]:
        s, r = self.s, self.r
        if not r.notes.strip():
            return []
        paragraphs = [p for p in r.notes.strip().split("\n\n") if p.strip()]
        out: list[Any] = [self._p(self.t("Notes"), s.h2)]
        out += [self._p(markup_lines(p.strip()), s.note) for p in paragraphs]
        return out

    def glossary(self) -> list[Any]:
        """Words a family may not know, in our own words (once there is a plan)."""
        s = self.s
        if not self.r.has_plan:
            return []
        courses = [c for level in self.r.levels for c in level.courses]
        used = {"College credit hour": any(lv.courses for lv in self.r.levels
                                           if lv.level == POSTSECONDARY),
                "AP and honors": any(c.title.casefold().startswith("ap ")
                                     or "honors" in c.title.casefold() for c in courses)}
        rows = [[self._p(f"<b>{self.t(term)}</b>", s.cell), self._p(self.t(meaning), s.cell)]
                for term, meaning in GLOSSARY if used.get(term, True)]
        widths = [self.width * 0.2, self.width * 0.8]
        # the last two words in a table of their own: the signatures keep them company
        return [self._p(self.t("Words used in this plan"), s.h2),
                self._label_table(rows[:-2], widths), self._label_table(rows[-2:], widths)]

    def signatures(self) -> list[Any]:
        """Signature lines (the story keeps them with what comes before)."""
        s, r = self.s, self.r
        intro = self._p(self.t("We have reviewed this plan together. It will be reviewed "
                               "every year and can change as goals and interests change."),
                        s.small)
        gap = 0.3 * inch
        col = (self.width - gap) / 2

        def box(role: str, name: str, guardian: bool) -> list[Any]:
            label = f"<b>{self.t(role)}</b>"
            if name.strip():
                label += f"  {markup_text(name)}"
            lines: list[Any] = [self._p(label, s.sign_label)]
            if guardian:  # two labels on one line, mirrored in a right-to-left plan
                lines.append(self._table(
                    [[self._p(self.t("Printed name"), s.sign_label),
                      self._p(self.t("Relationship"), s.sign_label)]],
                    [col * 0.62, col * 0.38], [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            return lines

        boxes = [box("Student signature", r.student.full_name, False),
                 box("Counselor signature", r.student.counselor, False),
                 box("Parent or guardian signature", "", True),
                 box("Second parent or guardian signature (optional)", "", True)]
        date = self._p(f"<b>{self.t('Date')}</b>", s.sign_label)
        data: list[list[Any]] = []
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for pair in (boxes[:2], boxes[2:]):
            top = len(data)
            data += [["", "", ""], [pair[0], "", pair[1]], ["", "", ""], [date, "", date]]
            for c in (0, 2):
                style.append(("LINEBELOW", (c, top), (c, top), 0.8, INK))
                style.append(("LINEBELOW", (c, top + 2), (c, top + 2), 0.8, INK))
        heights = [28, None, 20, None] * 2
        table = self._table(data, [col, gap, col], style, rowHeights=heights)
        return [self._p(self.t("Signatures"), s.h2), intro, Spacer(1, 2), table]

    def contact(self) -> list[Any]:
        """Who to call: the counselor's name, email, phone and the school's address."""
        s, r = self.s, self.r
        parts = [markup_text(x) for x in (r.student.counselor, r.school.counselor_email,
                                          r.school.counselor_phone) if x.strip()]
        if r.school.address.strip():
            parts.append(markup_text(r.school.address))
        if not parts:
            return []
        return [Spacer(1, 3), self._p(f"<b>{self.t('Questions? Contact your counselor:')}</b> "
                                      + " · ".join(parts), s.small)]


def school_logo(path: str, max_w: float, max_h: float) -> Image | None:
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

