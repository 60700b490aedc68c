"""The accessible copy of the printed plan: one HTML file from the same report model.

reportlab cannot make a tagged PDF, so a screen reader gets this instead: headings in
order, real tables with header cells and captions, lists, the page language (and each
student's) in ``lang``, right to left with ``dir``, and colours with at least 4.5:1
contrast (WCAG 2.1 AA). Nothing is conveyed by colour alone; there are no scripts,
images or outside links, so the file opens anywhere without a network.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path

from counselor_app.reports.audit_words import amount_text, cte_summary, row_status
from counselor_app.reports.i18n import ENGLISH, Translator
from counselor_app.reports.model import POSTSECONDARY, LevelRows, PlanReport
from counselor_app.reports.plan_text import (
    course_kinds,
    labor_source,
    outlook_text,
    pay_text,
    review_text,
)
from counselor_app.reports.sections import GLOSSARY, OPTION_KINDS

CSS = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 1rem;
       line-height: 1.5; color: #1f2933; background: #ffffff; max-width: 60rem;
       margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; color: #00594f; } h2 { font-size: 1.3rem; color: #00594f; }
h3 { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: start; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #8a969e; padding: 0.25rem 0.5rem; text-align: start;
         vertical-align: top; }
th { background: #e0f2f1; }
.num { text-align: end; }
.mark { font-weight: bold; }
.draft { border: 2px solid #1f2933; padding: 0.5rem; font-weight: bold; }
dt { font-weight: bold; } dd { margin: 0 0 0.5rem 1.5rem; }
article { border-top: 3px solid #00594f; margin-top: 2rem; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


_TAG = re.compile(r"(<[^>]*>)")
_RANGE = re.compile(r"\d+(?:[.,]\d+)?(?:\s?[–—]\s?\d+(?:[.,]\d+)?)+")


def _isolate_ranges(markup: str) -> str:
    """Number ranges ("2025–26", "9–12") in right-to-left text, isolated left to right:
    a browser's bidi algorithm would draw them "26–2025" (the dash is a neutral between
    two numbers). Text between tags only."""
    return "".join(part if part.startswith("<") else
                   _RANGE.sub(lambda m: f'<bdi dir="ltr">{m.group(0)}</bdi>', part)
                   for part in _TAG.split(markup))


class _Plan:
    """The HTML of one plan, section by section, in reading order."""

    def __init__(self, report: PlanReport) -> None:
        self.r = report
        self.t = Translator(report.language)

    def html(self, level: int = 1) -> str:
        r, t = self.r, self.t
        h = f"h{level}"
        title = f"{t('Educational and Career Plan')} — {r.student.full_name}"
        parts = [f'<article lang="{self.t.code}" dir="{"rtl" if t.rtl else "ltr"}">',
                 f"<{h}>{_e(title)}</{h}>"]
        if r.school.name:
            parts.append(f"<p>{_e(r.school.name)}</p>")
        if r.has_plan and r.status_key != "approved":
            state = t(r.status_key.capitalize()) if r.status_key else t("Draft")
            parts.append(f'<p class="draft">{_e(t("DRAFT"))}: {_e(state)}</p>')
        parts += self.student(level + 1)
        parts += self.direction(level + 1)
        parts += self.grid(level + 1)
        parts += self.audit(level + 1)
        parts += self.review(level + 1)
        parts += self.occupations(level + 1)
        parts += self.program_paths(level + 1)
        parts += self.notes(level + 1)
        parts += self.glossary(level + 1)
        parts.append("</article>")
        text = "\n".join(parts)
        return _isolate_ranges(text) if t.rtl else text

    def _dl(self, rows: Iterable[tuple[str, str]]) -> list[str]:
        out = ["<dl>"]
        for label, value in rows:
            out.append(f"<dt>{_e(self.t(label))}</dt><dd>{_e(value) or '—'}</dd>")
        return out + ["</dl>"]

    def student(self, level: int) -> list[str]:
        st, t, school = self.r.student, self.t, self.r.school
        contact = " · ".join(x for x in (st.counselor, school.counselor_email,
                                          school.counselor_phone, school.address) if x)
        return [f"<h{level}>{_e(t('Student'))}</h{level}>", *self._dl([
            ("Student", st.full_name), ("Student ID", st.student_id),
            ("Grade", str(st.grade or "")), ("Graduation year", str(st.graduation_year or "")),
            ("Counselor", contact), ("Date printed", t.date(st.date_printed))])]

    def direction(self, level: int) -> list[str]:
        d, g, t = self.r.direction, self.r.goals, self.t
        program = d.program + (f" ({d.program_code})" if d.program and d.program_code else "")
        after = " — ".join(x for x in (t(g.postsecondary_type) if g.postsecondary_type else "",
                                        g.postsecondary_institution) if x)
        return [f"<h{level}>{_e(t('Career direction and goals'))}</h{level}>", *self._dl([
            ("Career cluster", t.name(d.cluster)), ("Pathway", t.name(d.pathway)),
            ("Program of study", program), ("Career goal", g.career),
            ("After high school", after)])]

    def _level(self, lv: LevelRows) -> list[str]:
        t = self.t
        name = t("Postsecondary") if lv.level == POSTSECONDARY else t("Grade {n}", n=lv.level)
        if lv.level == POSTSECONDARY:
            credits = t.plural("{n} college credit hour", "{n} college credit hours", lv.credits)
        else:
            credits = t.plural("{n} credit", "{n} credits", lv.credits)
        caption = f"{name} {lv.school_year and t(lv.school_year)} · {credits}"
        heads = ["Course plan", "Code", "College hours" if lv.level == POSTSECONDARY
                 else "Credits", "Term", "Status"]
        out = [f"<table><caption>{_e(caption)}</caption><thead><tr>"]
        out += [f'<th scope="col">{_e(t(h))}</th>' for h in heads]
        out.append("</tr></thead><tbody>")
        if not lv.courses:
            out.append(f'<tr><td colspan="5">{_e(t("No courses planned yet"))}</td></tr>')
        for c in lv.courses:
            marks = course_kinds(c, t)
            if c.marks:
                marks.append(", ".join(f"[{n}]" for n in c.marks))
            title = _e(c.title if c.known else t("Not in the course catalog"))
            if c.known and t.code != ENGLISH:  # the catalog's words, read as English
                title = f'<span lang="{ENGLISH}">{title}</span>'
            if c.translated_title and c.translated_title != c.title:
                title += f"<br>{_e(c.translated_title)}"
            extra = f' <span class="mark">{_e(" ".join(marks))}</span>' if marks else ""
            status = t(c.status) + (f" · {c.final_mark}" if c.final_mark else "")
            out.append(f'<tr><th scope="row">{title}{extra}</th><td>{_e(c.code)}</td>'
                       f'<td class="num">{_e(t.number(c.credits))}</td><td>{_e(t(c.term))}</td>'
                       f"<td>{_e(status)}</td></tr>")
        return out + ["</tbody></table>"]

    def grid(self, level: int) -> list[str]:
        t, r = self.t, self.r
        out = [f"<h{level}>{_e(t('Course plan'))}</h{level}>"]
        for lv in r.levels:
            out += self._level(lv)
        total = t("Total credits, grades 9–12: {n}", n=t.number(r.total_credits))
        out.append(f"<p>{_e(total)}</p>")
        return out

    def audit(self, level: int) -> list[str]:
        t, audit = self.t, self.r.audit
        if audit is None or not audit.sets:
            return []
        out = [f"<h{level}>{_e(t('Graduation audit'))}</h{level}>"]
        for block in audit.sets:
            out.append(f"<table><caption>{_e(t.label(block.name))} · {_e(t(block.status_text))}"
                       "</caption><thead><tr>")
            out += [f'<th scope="col">{_e(t(h))}</th>' for h in
                    ("Requirement", "Needed", "Earned", "Planned", "Status")]
            out.append("</tr></thead><tbody>")
            for row in block.rows:
                out.append(f'<tr><th scope="row">{_e(t.label(row.label))}</th>'
                           f'<td class="num">{_e(amount_text(row.required_text, t))}</td>'
                           f'<td class="num">{_e(amount_text(row.counted_text, t))}</td>'
                           f'<td class="num">{_e(amount_text(row.coming_text, t))}</td>'
                           f"<td>{_e(row_status(row, t))}</td></tr>")
            out.append("</tbody></table>")
        if audit.concentrator is not None:
            c = audit.concentrator
            out += [f"<h{level + 1}>{_e(t('CTE concentrator status'))}</h{level + 1}>",
                    f"<p><strong>{_e(t(c.status_text))}</strong> — "
                    f"{_e(cte_summary(c, t))}</p>"]
        return out

    def review(self, level: int) -> list[str]:
        r, t = self.r, self.t
        if not r.review:
            return []
        items = "".join(f"<li>{_e(review_text(r, i, t))}</li>" for i in range(len(r.review)))
        return [f"<h{level}>{_e(t('Items to review with your counselor'))}</h{level}>",
                f"<ol>{items}</ol>"]

    def occupations(self, level: int) -> list[str]:
        r, t = self.r, self.t
        if not r.occupations:
            return []
        out = [f"<h{level}>{_e(t('Related occupations'))}</h{level}>", "<table><thead><tr>"]
        out += [f'<th scope="col">{_e(t(h))}</th>' for h in
                ("Occupation", "SOC code", "Typical education", "Median pay", "Job outlook")]
        out.append("</tr></thead><tbody>")
        for occ in r.occupations:
            out.append(f'<tr><th scope="row">{_e(occ.title)}</th><td>{_e(occ.soc)}</td>'
                       f"<td>{_e(t(occ.education) if occ.education else '—')}</td>"
                       f"<td>{_e(pay_text(occ, t))}</td><td>{_e(outlook_text(occ, t))}</td>"
                       "</tr>")
        out.append("</tbody></table>")
        source = labor_source(r, t)
        return out + ([f"<p>{_e(source)}</p>"] if source else [])

    def program_paths(self, level: int) -> list[str]:
        r, t = self.r, self.t
        if not r.credentials and not r.options:
            return []
        out = [f"<h{level}>{_e(t('Where this program of study leads'))}</h{level}>"]
        tables = [("Industry credential earned in high school", ("Issued by", "Grade"),
                   [(c.name, c.issuer, t.number(c.grade) if c.grade else "—")
                    for c in r.credentials]),
                  ("Program or path", ("After high school", "Leads to"),
                   [(o.title, t(OPTION_KINDS.get(o.kind, o.kind.capitalize())),
                     t(o.credential)) for o in r.options])]
        for first, others, rows in tables:
            if not rows:
                continue
            out.append("<table><thead><tr>" + "".join(
                f'<th scope="col">{_e(t(h))}</th>' for h in (first, *others))
                + "</tr></thead><tbody>")
            out += [f'<tr><th scope="row">{_e(a)}</th><td>{_e(b)}</td><td>{_e(c)}</td></tr>'
                    for a, b, c in rows]
            out.append("</tbody></table>")
        return out

    def notes(self, level: int) -> list[str]:
        r, t = self.r, self.t
        if not r.notes.strip():
            return []
        paras = "".join(f"<p>{_e(p.strip())}</p>" for p in r.notes.split("\n\n") if p.strip())
        return [f"<h{level}>{_e(t('Notes'))}</h{level}>", paras]

    def glossary(self, level: int) -> list[str]:
        t = self.t
        if not self.r.has_plan:
            return []
        items = "".join(f"<dt>{_e(t(term))}</dt><dd>{_e(t(text))}</dd>"
                        for term, text in GLOSSARY)
        return [f"<h{level}>{_e(t('Words used in this plan'))}</h{level}>",
                f"<dl>{items}</dl>"]


def plans_html(reports: Iterable[PlanReport]) -> str:
    """One HTML document holding every plan, each an article with its own language."""
    reports = list(reports)
    if not reports:
        raise ValueError("no plans to write")
    first = Translator(reports[0].language)
    single = len(reports) == 1
    title = (f"{first('Educational and Career Plan')} — {reports[0].student.full_name}"
             if single else first("Educational and Career Plan"))
    body = "\n".join(_Plan(r).html(1 if single else 2) for r in reports)
    heading = "" if single else f"<h1>{_e(title)}</h1>"
    return (f'<!DOCTYPE html>\n<html lang="{first.code}" dir="{"rtl" if first.rtl else "ltr"}">'
            f'<head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{_e(title)}</title>'
            f"<style>{CSS}</style></head><body><main>{heading}\n{body}\n</main></body></html>\n")


def write_html(reports: Iterable[PlanReport], path: Path) -> None:
    from counselor_app.reports.render import write_atomically

    text = plans_html(reports).encode("utf-8")
    write_atomically(Path(path), lambda fh: fh.write(text))
