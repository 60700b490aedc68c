"""HTML for occupations in the detail pane: the sortable occupation table of pathway,
sub-cluster and program pages, the occupation page and its wage-range picture.
All data text is escaped here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from counselor_app.services.browse import OccupationInfo
from counselor_app.services.labor import LaborFigures, money
from counselor_app.services.occupations import OccupationDetail, PathwayLink
from counselor_app.ui.shared.words import data_word

ONET_CREDIT = ("Occupation codes and titles: O*NET 29.3 Database by the U.S. Department of "
               "Labor, Employment and Training Administration (USDOL/ETA), used under the "
               "CC BY 4.0 license.")
SORT_KEYS = ("title", "wage", "growth", "openings", "education")
_EDUCATION_RANK = {e: i for i, e in enumerate((
    "No formal educational credential", "High school diploma or equivalent",
    "Some college, no degree", "Postsecondary nondegree award", "Associate's degree",
    "Bachelor's degree", "Master's degree", "Doctoral or professional degree"))}


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _meta(text: str) -> str:
    return f'<p class="meta">{escape(text)}</p>'


def _link(kind: str, code: str, text: str) -> str:
    return f'<a href="{kind}:{escape(code, quote=True)}">{escape(text)}</a>'


def _sort_value(key: str) -> Callable[[OccupationInfo], tuple]:
    def value(o: OccupationInfo) -> tuple:
        lab = o.labor
        if key == "wage":
            v = lab.median_annual if lab and lab.median_annual is not None else None
            return (v is None, -(v or 0), o.title)
        if key == "growth":
            v = lab.change_percent if lab else None
            return (v is None, -(v or 0), o.title)
        if key == "openings":
            v = lab.openings_k if lab else None
            return (v is None, -(v or 0), o.title)
        if key == "education":
            return (_EDUCATION_RANK.get(o.education, 99), o.title)
        return (o.title.casefold(),)
    return value


def _growth(lab: LaborFigures | None) -> str:
    if lab is None or lab.change_percent is None:
        return "—"
    return f"{lab.change_percent:+.1f}% · {escape(data_word(lab.outlook))}"


def occupation_table(occupations: Sequence[OccupationInfo], sort: str = "title") -> str:
    """A table whose headers re-sort it (links ``sort:<key>``, handled by the page)."""
    if not occupations:
        return _meta(translate("OccupationHtml", "No occupations are linked here yet."))
    ordered = sorted(occupations, key=_sort_value(sort if sort in SORT_KEYS else "title"))
    heads = (("title", translate("OccupationHtml", "Occupation")),
             ("wage", translate("OccupationHtml", "Median wage")),
             ("growth", translate("OccupationHtml", "Outlook 2024-34")),
             ("openings", translate("OccupationHtml", "Openings a year")),
             ("education", translate("OccupationHtml", "Typical entry education")))
    cells = "".join(
        f"<th>{escape(label)}{' ▾' if key == sort else ''}</th>" if key == sort else
        f'<th><a href="sort:{key}">{escape(label)}</a></th>' for key, label in heads)
    per_hour = translate("OccupationHtml", "/hr")
    rows = []
    for o in ordered:
        lab = o.labor
        wage = money(lab.median_annual) if lab and lab.median_annual is not None else (
            money(lab.median_hourly, hourly=True) + per_hour if lab and lab.median_hourly
            else "—")
        openings = f"{lab.openings_k * 1000:,.0f}" if lab and lab.openings_k is not None else "—"
        education = escape(data_word(o.education) or "—")
        rows.append(f"<tr><td>{_link('occupation', o.soc, o.title)}"
                    f"<br><span class='muted'>{escape(o.soc)}</span></td>"
                    f"<td class='num'>{wage}</td><td>{_growth(lab)}</td>"
                    f"<td class='num'>{openings}</td><td>{education}</td></tr>")
    vintage = next((o.labor for o in occupations if o.labor), None)
    note = _meta(translate("OccupationHtml", "Wages and outlook: %s. Click a column heading "
                           "to sort.") % vintage.source) if vintage else ""
    return (f'<table class="grid" width="100%"><tr>{cells}</tr>{"".join(rows)}</table>{note}')


def wage_range(lab: LaborFigures, width: int = 480) -> str:
    """The 10th-90th percentile range as a bar with the median marked (HTML table cells,
    which the Qt rich-text engine draws)."""
    lo, mid, hi = lab.p10_annual, lab.median_annual, lab.p90_annual
    if lo is None or hi is None or mid is None or hi <= lo:
        return ""
    scale_max = max(hi * 1.08, 1.0)
    px = [max(1, round(width * v / scale_max)) for v in (lo, mid, hi)]
    left, bar1, bar2 = px[0], px[1] - px[0], px[2] - px[1]
    rest = max(1, width - px[2])
    low, median, high = (escape(translate("OccupationHtml", "10th percentile")),
                         escape(translate("OccupationHtml", "Median")),
                         escape(translate("OccupationHtml", "90th percentile")))
    return (
        f'<table cellspacing="0" cellpadding="0" width="{width}" style="margin-top:6px">'
        f'<tr><td width="{left}" height="14" bgcolor="#eceff1"></td>'
        f'<td width="{max(1, bar1 - 1)}" bgcolor="#80cbc4"></td>'
        f'<td width="3" bgcolor="#004d40"></td>'
        f'<td width="{max(1, bar2 - 2)}" bgcolor="#80cbc4"></td>'
        f'<td width="{rest}" bgcolor="#eceff1"></td></tr></table>'
        f'<table cellspacing="0" cellpadding="2" width="{width}"><tr>'
        f'<td width="33%" class="muted">{low}<br>{money(lo)}</td>'
        f'<td width="34%" align="center"><b>{median}<br>{money(mid)}</b></td>'
        f'<td width="33%" align="right" class="muted">{high}<br>'
        f"{money(hi)}</td></tr></table>")


def _figures(lab: LaborFigures, code: str) -> str:
    rows = []
    wage = translate("OccupationHtml", "Median annual wage")
    if lab.median_annual is not None or lab.median_hourly is not None:
        hourly = (" (" + translate("OccupationHtml", "%s an hour")
                  % money(lab.median_hourly, hourly=True) + ")"
                  if lab.median_hourly is not None else "")
        rows.append((wage, f"{money(lab.median_annual)}{escape(hourly)}"))
    else:
        rows.append((wage, escape(translate("OccupationHtml", "not published by BLS"))))
    if lab.employment is not None:
        rows.append((translate("OccupationHtml", "Employment (May 2025)"),
                     f"{lab.employment:,}"))
    if lab.change_percent is not None:
        rows.append((translate("OccupationHtml", "Projected growth 2024-34"), _growth(lab)))
    if lab.openings_k is not None:
        rows.append((translate("OccupationHtml", "Openings each year"),
                     f"{lab.openings_k * 1000:,.0f}"))
    none = translate("OccupationHtml", "None")
    rows.append((translate("OccupationHtml", "Work experience needed"),
                 escape(lab.work_experience or none)))
    rows.append((translate("OccupationHtml", "On-the-job training"),
                 escape(lab.on_the_job_training or none)))
    table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
    same = "" if lab.exact else _meta(translate(
        "OccupationHtml", "Figures for SOC %s (%s), which includes %s.") % (
            lab.soc, lab.title, code))
    source = _meta(translate("OccupationHtml", "Source: %s.") % lab.source)
    return f'<table class="grid">{table}</table>{wage_range(lab)}{same}{source}'


def _links(links: tuple[PathwayLink, ...]) -> str:
    if not links:
        return _meta(translate("OccupationHtml", "Not linked in this framework."))
    return "<ul>" + "".join(
        f"<li>{_link('pathway', p.code, p.name)} <span class='muted'>· {escape(p.cluster)} · "
        f"{escape(p.basis)}</span></li>" for p in links) + "</ul>"


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def occupation_page(d: OccupationDetail, css: str) -> str:
    o = d.info
    zone = (translate("OccupationHtml", "O*NET job zone %s") % o.job_zone if o.job_zone
            else translate("OccupationHtml", "O*NET job zone: varies"))
    occupation = translate("OccupationHtml", "Occupation")
    unpublished = translate("OccupationHtml", "not published by BLS")
    entry = translate("OccupationHtml", "Typical entry education (BLS):")
    parts = [f"{css}<h1>{escape(o.title)}</h1>",
             _meta(f"{occupation} · O*NET-SOC {o.soc} · {zone}"),
             f"<p><b>{escape(entry)}</b> {escape(data_word(o.education) or unpublished)}</p>",
             _h2(translate("OccupationHtml", "Wages and outlook"))]
    if o.labor is not None:
        parts.append(_figures(o.labor, o.soc))
    else:
        parts.append(_meta(translate("OccupationHtml", "BLS publishes no wage or projection "
                                     "figures for this occupation (for example, military "
                                     "occupations).")))
    parts.append(_h2(translate("OccupationHtml", "Programs of study that lead here")))
    if d.programs:
        parts.append("<ul>" + "".join(f"<li>{_link('program', c, n)}</li>"
                                      for c, n in d.programs) + "</ul>")
    else:
        parts.append(_meta(translate("OccupationHtml", "No program of study leads here yet.")))
    parts += [_h2(translate("OccupationHtml", "National Career Clusters Framework (2024)")),
              _links(d.subclusters),
              _h2(translate("OccupationHtml", "Legacy career clusters and pathways")),
              _links(d.pathways), _meta(ONET_CREDIT)]
    return "".join(parts)
