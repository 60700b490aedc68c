"""HTML pages for the detail pane. All user and data text is escaped here."""

from __future__ import annotations

from collections import defaultdict
from html import escape

from counselor_app.domain.base import GRADE_LEVELS, level_label
from counselor_app.services.browse import (
    ClusterDetail,
    PathwayDetail,
    ProgramDetail,
    ProgramOptionRow,
)
from counselor_app.services.courses import CourseDetail, tag_label
from counselor_app.ui.occupation_html import occupation_table

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
    return f"{value:g}"


def _link(kind: str, code: str, text: str) -> str:
    return f'<a href="{kind}:{escape(code, quote=True)}">{escape(text)}</a>'


def _grade_range(low: int, high: int) -> str:
    lo = "PS" if low == 13 else str(low)
    hi = "PS" if high == 13 else str(high)
    return lo if lo == hi else f"{lo}–{hi}"


def cluster_page(d: ClusterDetail, pathway_label: str) -> str:
    plural = "sub-clusters" if pathway_label == "Sub-cluster" else "pathways"
    rows = "".join(f"<tr><td>{_link('pathway', code, name)}</td><td class='num'>{n}</td></tr>"
                   for code, name, n in d.pathways)
    kind = "Cross-cutting career cluster" if d.cross_cutting else "Career cluster"
    return (f"{CSS}<h1>{escape(d.name)}</h1>"
            f'<p class="meta">{kind} · {escape(d.framework.name)} · '
            f"{len(d.pathways)} {plural} · {d.occupation_count} occupations</p>"
            f'<p class="desc">{escape(d.description)}</p>'
            f"<h2>{plural.capitalize()}</h2>"
            f'<table class="grid" width="100%"><tr><th>{escape(pathway_label)}</th>'
            f"<th>Occupations</th></tr>{rows}</table>")


def pathway_page(d: PathwayDetail, sort: str = "title") -> str:
    label = d.framework.pathway_label
    parts = [f"{CSS}<h1>{escape(d.name)}</h1>",
             f'<p class="meta">{escape(label)} · {escape(d.framework.name)} · '
             f"{len(d.programs)} program{'s' if len(d.programs) != 1 else ''} of study · "
             f"{len(d.occupations)} occupations</p>",
             f'<p class="desc">{escape(d.description)}</p>',
             "<h2>Programs of study</h2>"]
    if d.programs:
        parts.append("<ul>" + "".join(f"<li>{_link('program', p.code, p.name)}</li>"
                                      for p in d.programs) + "</ul>")
    else:
        parts.append('<p class="meta">No program of study is defined here yet.</p>')
    basis = ("Linked by Advance CTE's official Framework Crosswalk (September 2025)."
             if label != "Pathway" else "Linked as O*NET's career cluster export links them, "
             "with some of our own additions.")
    if label != "Pathway" and d.code == "060105":
        basis = ("The official crosswalk links no occupation here; these are our own links.")
    parts += ["<h2>Occupations</h2>", f'<p class="meta">{basis}</p>',
              occupation_table(d.occupations, sort)]
    if d.crosswalk:
        other = "2024 sub-clusters" if label == "Pathway" else "Legacy pathways"
        links = ", ".join(_link("pathway", code, name) for code, name in d.crosswalk)
        parts.append(f"<h2>Related {other}</h2><p>{links}</p>"
                     '<p class="meta">Crosswalk between the legacy and 2024 frameworks: '
                     "our own mapping (no official table was available).</p>")
    return "".join(parts)


def program_page(d: ProgramDetail, sort: str = "title") -> str:
    by_level: dict[int, list] = defaultdict(list)
    for pc in d.courses:
        by_level[pc.level].append(pc)
    titles = {pc.course.code: pc.course.title for pc in d.courses}
    parts = [f"{CSS}<h1>{escape(d.name)}</h1>",
             '<p class="meta">Program of study · code '
             f'{escape(d.code)} · legacy pathway '
             f'{_link("pathway", d.pathway_code, d.pathway_name)}'
             + ("".join(f" · 2024 sub-cluster {_link('pathway', sc, sn)}"
                        for _cc, _cn, sc, sn in d.subclusters)) + "</p>",
             f'<p class="desc">{escape(d.description)}</p>', "<h2>Course sequence</h2>"]
    for level in GRADE_LEVELS:
        items = by_level.get(level, [])
        firsts: dict[str, float] = {}
        for pc in items:  # a choose-one group counts once, by its default
            firsts.setdefault(pc.group or pc.course.code, pc.course.credits)
        credits = sum(firsts.values())
        unit = "college credits" if level == 13 else "credits"
        parts.append(f"<h3>{level_label(level)} <span class='muted'>· {_fmt(credits)} "
                     f"{unit}</span></h3>")
        if not items:
            parts.append('<p class="meta">No courses at this level.</p>')
            continue
        lines = []
        groups: dict[str, list] = defaultdict(list)
        for pc in items:
            if pc.group:
                groups[pc.group].append(pc)
        shown: set[str] = set()
        for pc in items:
            c = pc.course
            if pc.group and pc.group in shown:
                continue
            prereq = ", ".join(escape(titles.get(p, p)) for p in c.prerequisites) or "—"
            tags = []
            if c.cte:
                tags.append("CTE")
            if c.dual_credit:
                tags.append("Dual credit")
            if not pc.required:
                tags.append("Elective")
            tag = f" <span class='tag'>{' · '.join(tags)}</span>" if tags else ""
            course = _link("course", c.code, c.title)
            if pc.group:
                shown.add(pc.group)
                others = [o.course for o in groups[pc.group][1:]]
                course = (f"<span class='muted'>{escape(pc.group)}: choose one of</span><br>"
                          f"{course}{tag}<br><span class='muted'>or</span> " + " · ".join(
                              _link("course", o.code, o.title) for o in others))
                tag = ""
            lines.append(f"<tr><td>{escape(c.code)}</td><td>{course}"
                         f"{tag}</td><td class='num'>{_fmt(c.credits)}</td>"
                         f"<td>{escape(c.subject_area)}</td><td>{prereq}</td></tr>")
        parts.append('<table class="grid" width="100%"><tr><th>Code</th><th>Course</th>'
                     "<th>Credits</th><th>Subject</th><th>Prerequisites</th></tr>"
                     + "".join(lines) + "</table>")
    parts.append("<h2>Credentials earned in high school</h2>")
    if d.credentials:
        rows = "".join(f"<tr><td>Grade {x.grade}</td><td>{escape(x.name)}</td>"
                       f"<td>{escape(x.issuer)}</td></tr>" for x in d.credentials)
        parts.append('<table class="grid" width="100%"><tr><th>Earned in</th>'
                     f"<th>Credential</th><th>Issued by</th></tr>{rows}</table>")
    else:
        parts.append('<p class="meta">None listed.</p>')
    parts.append("<h2>After high school</h2>")
    if d.options:
        kinds = {"employment": "Work", "military": "Military", "certificate": "Certificate",
                 "apprenticeship": "Apprenticeship", "associate": "Associate",
                 "bachelor": "Bachelor's"}
        def cip(o: ProgramOptionRow) -> str:
            if not o.cip:
                return "—"
            return f"{escape(o.cip)}<br><span class='muted'>{escape(o.cip_title)}</span>"

        rows = "".join(
            f"<tr><td>{escape(kinds.get(o.kind, o.kind.capitalize()))}</td>"
            f"<td>{escape(o.title)}</td><td>{escape(o.credential)}</td>"
            f"<td>{cip(o)}</td></tr>" for o in d.options)
        parts.append('<table class="grid" width="100%"><tr><th>Kind</th><th>Option</th>'
                     f"<th>Credential</th><th>CIP 2020</th></tr>{rows}</table>")
    else:
        parts.append('<p class="meta">None listed.</p>')
    parts += ["<h2>Occupations this program leads to</h2>", occupation_table(d.occupations, sort)]
    return "".join(parts)


def course_page(d: CourseDetail) -> str:
    c = d.course
    flags = [f for f, on in (("CTE", c.cte), ("Dual credit", c.dual_credit),
                             ("Repeatable", c.repeatable)) if on]
    sced = (f"NCES SCED v12 code {escape(d.sced)}" if d.sced
            else "Local course (no NCES SCED equivalent)")

    def course_list(items: tuple[tuple[str, str], ...]) -> str:
        return ", ".join(_link("course", code, title) for code, title in items) or "none"

    programs = "".join(
        f"<li>{_link('program', code, name)} <span class='muted'>· "
        f"{escape(level_label(level))}</span></li>" for code, name, level in d.programs)
    tags = "".join(f"<li>{escape(tag_label(t))} <span class='muted'>({escape(t)})</span></li>"
                   for t in d.tags)
    return (f"{CSS}<h1>{escape(c.title)}</h1>"
            f'<p class="meta">Course {escape(c.code)} · {escape(c.subject_area)}'
            f"{' · ' + ', '.join(flags) if flags else ''}</p>"
            f"<p><b>Credits:</b> {_fmt(c.credits)} &nbsp; <b>Grades:</b> "
            f"{_grade_range(c.grade_low, c.grade_high)} &nbsp; <b>Course code:</b> {sced}</p>"
            f"<p><b>Prerequisites:</b> {course_list(d.prerequisites)}</p>"
            f"<p><b>Prerequisite for:</b> {course_list(d.prerequisite_for)}</p>"
            "<h2>Counts toward</h2>"
            + (f"<ul>{tags}</ul>" if tags else
               '<p class="meta">No requirement tags; it counts in its subject area.</p>')
            + "<h2>Programs of study that include it</h2>"
            + (f"<ul>{programs}</ul>" if programs else
               '<p class="meta">No program of study includes it.</p>'))
