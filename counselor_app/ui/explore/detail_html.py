"""HTML pages for the detail pane. All user and data text is escaped here."""

from __future__ import annotations

from collections import defaultdict
from html import escape

from PySide6.QtCore import QCoreApplication

from counselor_app.domain.base import GRADE_LEVELS
from counselor_app.services.browse import (
    ClusterDetail,
    PathwayDetail,
    ProgramDetail,
    ProgramOptionRow,
)
from counselor_app.services.courses import CourseDetail
from counselor_app.ui.explore.occupation_html import occupation_table
from counselor_app.ui.shared.words import data_word, grade_title, number, tag_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

CSS = """
<style>
body { font-size: 10.5pt; }
h1 { font-size: 17pt; margin: 0 0 4px 0; color: #1a3a4a; }
h2 { font-size: 12.5pt; margin: 16px 0 6px 0; color: #1a3a4a; }
p.desc { font-size: 11pt; color: #263238; margin: 4px 0 8px 0; }
p.meta { color: #546e7a; margin: 0 0 6px 0; }
table.grid { border-collapse: collapse; margin: 2px 0 6px 0; }
table.grid th { background: #e3ecf0; color: #263238; text-align: left; padding: 4px 8px; }
table.grid td { padding: 3px 8px; border-bottom: 1px solid #e0e6e9; vertical-align: top; }
td.num { text-align: right; }
span.tag { color: #00695c; font-weight: bold; }
span.muted { color: #78909c; }
a { color: #0b5e8a; text-decoration: none; }
</style>
"""

EDUCATION_ORDER = ("High school diploma", "Postsecondary certificate", "Apprenticeship",
                   "Associate degree", "Bachelor's degree", "Master's degree",
                   "Doctoral or professional degree")


def _fmt(value: float) -> str:
    return number(value)


def _link(kind: str, code: str, text: str) -> str:
    return f'<a href="{kind}:{escape(code, quote=True)}">{escape(text)}</a>'


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _meta(html: str) -> str:
    """A grey line; ``html`` is already escaped."""
    return f'<p class="meta">{html}</p>'


def _heads(*names: str) -> str:
    return '<table class="grid" width="100%"><tr>' + "".join(
        f"<th>{escape(n)}</th>" for n in names) + "</tr>"


def _grade_range(low: int, high: int) -> str:
    ps = translate("DetailHtml", "PS")
    lo = ps if low == 13 else str(low)
    hi = ps if high == 13 else str(high)
    return lo if lo == hi else f"{lo}–{hi}"


def cluster_page(d: ClusterDetail, pathway_label: str) -> str:
    sub = pathway_label == "Sub-cluster"
    plural = (translate("DetailHtml", "Sub-clusters") if sub
              else translate("DetailHtml", "Pathways"))
    rows = "".join(f"<tr><td>{_link('pathway', code, name)}</td><td class='num'>{n}</td></tr>"
                   for code, name, n in d.pathways)
    kind = (translate("DetailHtml", "Cross-cutting career cluster") if d.cross_cutting
            else translate("DetailHtml", "Career cluster"))
    counts = (translate("DetailHtml", "%d sub-clusters · %d occupations") if sub
              else translate("DetailHtml", "%d pathways · %d occupations")) % (
                  len(d.pathways), d.occupation_count)
    label = (translate("DetailHtml", "Sub-cluster") if sub
             else translate("DetailHtml", "Pathway"))
    return (f"{CSS}<h1>{escape(data_word(d.name))}</h1>"
            + _meta(f"{escape(kind)} · {escape(d.framework.name)} · {escape(counts)}")
            + f'<p class="desc">{escape(d.description)}</p>' + _h2(plural)
            + _heads(label, translate("DetailHtml", "Occupations")) + f"{rows}</table>")


def pathway_page(d: PathwayDetail, sort: str = "title") -> str:
    label = d.framework.pathway_label
    kind = (translate("DetailHtml", "Pathway") if label == "Pathway"
            else translate("DetailHtml", "Sub-cluster"))
    programs = (translate("DetailHtml", "1 program of study") if len(d.programs) == 1
                else translate("DetailHtml", "%d programs of study") % len(d.programs))
    occupations = translate("DetailHtml", "%d occupations") % len(d.occupations)
    parts = [f"{CSS}<h1>{escape(data_word(d.name))}</h1>",
             _meta(f"{escape(kind)} · {escape(d.framework.name)} · {escape(programs)} · "
                   f"{escape(occupations)}"),
             f'<p class="desc">{escape(d.description)}</p>',
             _h2(translate("DetailHtml", "Programs of study"))]
    if d.programs:
        parts.append("<ul>" + "".join(f"<li>{_link('program', p.code, p.name)}</li>"
                                      for p in d.programs) + "</ul>")
    else:
        parts.append(_meta(escape(translate("DetailHtml",
                                            "No program of study is defined here yet."))))
    if label == "Pathway":
        basis = translate("DetailHtml", "Linked as O*NET's career cluster export links them, "
                          "with some of our own additions.")
    elif d.code == "060105":
        basis = translate("DetailHtml", "The official crosswalk links no occupation here; "
                          "these are our own links.")
    else:
        basis = translate("DetailHtml", "Linked by Advance CTE's official Framework "
                          "Crosswalk (September 2025).")
    parts += [_h2(translate("DetailHtml", "Occupations")), _meta(escape(basis)),
              occupation_table(d.occupations, sort)]
    if d.crosswalk:
        other = (translate("DetailHtml", "Related 2024 sub-clusters") if label == "Pathway"
                 else translate("DetailHtml", "Related legacy pathways"))
        links = ", ".join(_link("pathway", code, name) for code, name in d.crosswalk)
        note = translate("DetailHtml", "Crosswalk between the legacy and 2024 frameworks: "
                         "our own mapping (no official table was available).")
        parts.append(f"{_h2(other)}<p>{links}</p>{_meta(escape(note))}")
    return "".join(parts)


def _course_rows(items: list, titles: dict[str, str]) -> str:
    """One grade's rows of a program's course sequence (a choose-one group in one row)."""
    groups: dict[str, list] = defaultdict(list)
    for pc in items:
        if pc.group:
            groups[pc.group].append(pc)
    shown: set[str] = set()
    lines = []
    for pc in items:
        c = pc.course
        if pc.group and pc.group in shown:
            continue
        prereq = ", ".join(escape(titles.get(p, p)) for p in c.prerequisites) or "—"
        tags = []
        if c.cte:
            tags.append("CTE")
        if c.dual_credit:
            tags.append(translate("DetailHtml", "Dual credit"))
        if not pc.required:
            tags.append(translate("DetailHtml", "Elective"))
        tag = f" <span class='tag'>{escape(' · '.join(tags))}</span>" if tags else ""
        course = _link("course", c.code, c.title)
        if pc.group:
            shown.add(pc.group)
            others = [o.course for o in groups[pc.group][1:]]
            choose = translate("DetailHtml", "%s: choose one of") % pc.group
            either = translate("DetailHtml", "or")
            course = (f"<span class='muted'>{escape(choose)}</span><br>{course}{tag}<br>"
                      f"<span class='muted'>{escape(either)}</span> "
                      + " · ".join(_link("course", o.code, o.title) for o in others))
            tag = ""
        lines.append(f"<tr><td>{escape(c.code)}</td><td>{course}"
                     f"{tag}</td><td class='num'>{_fmt(c.credits)}</td>"
                     f"<td>{escape(data_word(c.subject_area))}</td><td>{prereq}</td></tr>")
    return "".join(lines)


def _options(d: ProgramDetail) -> str:
    kinds = {"employment": translate("DetailHtml", "Work"),
             "military": translate("DetailHtml", "Military"),
             "certificate": translate("DetailHtml", "Certificate"),
             "apprenticeship": translate("DetailHtml", "Apprenticeship"),
             "associate": translate("DetailHtml", "Associate"),
             "bachelor": translate("DetailHtml", "Bachelor's")}

    def cip(o: ProgramOptionRow) -> str:
        if not o.cip:
            return "—"
        return f"{escape(o.cip)}<br><span class='muted'>{escape(o.cip_title)}</span>"

    rows = "".join(
        f"<tr><td>{escape(kinds.get(o.kind, o.kind.capitalize()))}</td>"
        f"<td>{escape(o.title)}</td><td>{escape(o.credential)}</td>"
        f"<td>{cip(o)}</td></tr>" for o in d.options)
    return _heads(translate("DetailHtml", "Kind"), translate("DetailHtml", "Option"),
                  translate("DetailHtml", "Credential"), "CIP 2020") + f"{rows}</table>"


def program_page(d: ProgramDetail, sort: str = "title") -> str:
    by_level: dict[int, list] = defaultdict(list)
    for pc in d.courses:
        by_level[pc.level].append(pc)
    titles = {pc.course.code: pc.course.title for pc in d.courses}
    sub = translate("DetailHtml", "2024 sub-cluster")
    meta = (escape(translate("DetailHtml", "Program of study · code %s · legacy pathway")
                   % d.code) + " " + _link("pathway", d.pathway_code, d.pathway_name)
            + "".join(f" · {escape(sub)} {_link('pathway', sc, sn)}"
                      for _cc, _cn, sc, sn in d.subclusters))
    parts = [f"{CSS}<h1>{escape(d.name)}</h1>", _meta(meta),
             f'<p class="desc">{escape(d.description)}</p>',
             _h2(translate("DetailHtml", "Course sequence"))]
    heads = _heads(translate("DetailHtml", "Code"), translate("DetailHtml", "Course"),
                   translate("DetailHtml", "Credits"), translate("DetailHtml", "Subject"),
                   translate("DetailHtml", "Prerequisites"))
    for level in GRADE_LEVELS:
        items = by_level.get(level, [])
        firsts: dict[str, float] = {}
        for pc in items:  # a choose-one group counts once, by its default
            firsts.setdefault(pc.group or pc.course.code, pc.course.credits)
        credits = sum(firsts.values())
        unit = (translate("DetailHtml", "%s college credits") if level == 13
                else translate("DetailHtml", "%s credits")) % _fmt(credits)
        parts.append(f"<h3>{escape(grade_title(level))} <span class='muted'>· "
                     f"{escape(unit)}</span></h3>")
        if not items:
            parts.append(_meta(escape(translate("DetailHtml", "No courses at this level."))))
            continue
        parts.append(heads + _course_rows(items, titles) + "</table>")
    none = _meta(escape(translate("DetailHtml", "None listed.")))
    parts.append(_h2(translate("DetailHtml", "Credentials earned in high school")))
    if d.credentials:
        rows = "".join(f"<tr><td>{escape(grade_title(x.grade))}</td><td>{escape(x.name)}</td>"
                       f"<td>{escape(x.issuer)}</td></tr>" for x in d.credentials)
        parts.append(_heads(translate("DetailHtml", "Earned in"),
                            translate("DetailHtml", "Credential"),
                            translate("DetailHtml", "Issued by")) + f"{rows}</table>")
    else:
        parts.append(none)
    parts.append(_h2(translate("DetailHtml", "After high school")))
    parts.append(_options(d) if d.options else none)
    parts += [_h2(translate("DetailHtml", "Occupations this program leads to")),
              occupation_table(d.occupations, sort)]
    return "".join(parts)


def course_page(d: CourseDetail) -> str:
    c = d.course
    flags = [f for f, on in (("CTE", c.cte), (translate("DetailHtml", "Dual credit"),
                                              c.dual_credit),
                             (translate("DetailHtml", "Repeatable"), c.repeatable)) if on]
    sced = (translate("DetailHtml", "NCES SCED v12 code %s") % d.sced if d.sced
            else translate("DetailHtml", "Local course (no NCES SCED equivalent)"))
    nothing = translate("DetailHtml", "none")

    def course_list(items: tuple[tuple[str, str], ...]) -> str:
        return ", ".join(_link("course", code, title) for code, title in items) or nothing

    def label(text: str) -> str:
        return f"<b>{escape(text)}</b>"

    programs = "".join(
        f"<li>{_link('program', code, name)} <span class='muted'>· "
        f"{escape(grade_title(level))}</span></li>" for code, name, level in d.programs)
    tags = "".join(f"<li>{escape(tag_title(t))} <span class='muted'>({escape(t)})</span></li>"
                   for t in d.tags)
    course = translate("DetailHtml", "Course %s") % c.code
    credits, grades = (label(translate("DetailHtml", "Credits:")),
                       label(translate("DetailHtml", "Grades:")))
    code = label(translate("DetailHtml", "Course code:"))
    needs, needed_by = (label(translate("DetailHtml", "Prerequisites:")),
                        label(translate("DetailHtml", "Prerequisite for:")))
    return (f"{CSS}<h1>{escape(c.title)}</h1>"
            + _meta(escape(f"{course} · {data_word(c.subject_area)}"
                           + (" · " + ", ".join(flags) if flags else "")))
            + f"<p>{credits} {_fmt(c.credits)} &nbsp; {grades} "
            f"{_grade_range(c.grade_low, c.grade_high)} &nbsp; {code} {escape(sced)}</p>"
            f"<p>{needs} {course_list(d.prerequisites)}</p>"
            f"<p>{needed_by} {course_list(d.prerequisite_for)}</p>"
            + _h2(translate("DetailHtml", "Counts toward"))
            + (f"<ul>{tags}</ul>" if tags else _meta(escape(translate(
                "DetailHtml", "No requirement tags; it counts in its subject area."))))
            + _h2(translate("DetailHtml", "Programs of study that include it"))
            + (f"<ul>{programs}</ul>" if programs else _meta(escape(translate(
                "DetailHtml", "No program of study includes it.")))))
