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

ONET_CREDIT = ("Occupation codes and titles: O*NET 29.3 Database by the U.S. Department of "
               "Labor, Employment and Training Administration (USDOL/ETA), used under the "
               "CC BY 4.0 license.")
SORT_KEYS = ("title", "wage", "growth", "openings", "education")
_EDUCATION_RANK = {e: i for i, e in enumerate((
    "No formal educational credential", "High school diploma or equivalent",
    "Some college, no degree", "Postsecondary nondegree award", "Associate's degree",
    "Bachelor's degree", "Master's degree", "Doctoral or professional degree"))}


def tr(text: str) -> str:
    return QCoreApplication.translate("OccupationHtml", text)


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
    return f"{lab.change_percent:+.1f}% · {escape(lab.outlook)}"


def occupation_table(occupations: Sequence[OccupationInfo], sort: str = "title") -> str:
    """A table whose headers re-sort it (links ``sort:<key>``, handled by the page)."""
    if not occupations:
        return f'<p class="meta">{tr("No occupations are linked here yet.")}</p>'
    ordered = sorted(occupations, key=_sort_value(sort if sort in SORT_KEYS else "title"))
    heads = (("title", tr("Occupation")), ("wage", tr("Median wage")),
             ("growth", tr("Outlook 2024-34")), ("openings", tr("Openings a year")),
             ("education", tr("Typical entry education")))
    cells = "".join(
        f"<th>{escape(label)}{' ▾' if key == sort else ''}</th>" if key == sort else
        f'<th><a href="sort:{key}">{escape(label)}</a></th>' for key, label in heads)
    rows = []
    for o in ordered:
        lab = o.labor
        wage = money(lab.median_annual) if lab and lab.median_annual is not None else (
            money(lab.median_hourly, hourly=True) + "/hr" if lab and lab.median_hourly else "—")
        openings = f"{lab.openings_k * 1000:,.0f}" if lab and lab.openings_k is not None else "—"
        rows.append(f"<tr><td>{_link('occupation', o.soc, o.title)}"
                    f"<br><span class='muted'>{escape(o.soc)}</span></td>"
                    f"<td class='num'>{wage}</td><td>{_growth(lab)}</td>"
                    f"<td class='num'>{openings}</td><td>{escape(o.education or '—')}</td></tr>")
    vintage = next((o.labor for o in occupations if o.labor), None)
    note = (f'<p class="meta">{escape(tr("Wages and outlook:"))} {escape(vintage.source)}. '
            f'{escape(tr("Click a column heading to sort."))}</p>' if vintage else "")
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
    return (
        f'<table cellspacing="0" cellpadding="0" width="{width}" style="margin-top:6px">'
        f'<tr><td width="{left}" height="14" bgcolor="#eceff1"></td>'
        f'<td width="{max(1, bar1 - 1)}" bgcolor="#80cbc4"></td>'
        f'<td width="3" bgcolor="#004d40"></td>'
        f'<td width="{max(1, bar2 - 2)}" bgcolor="#80cbc4"></td>'
        f'<td width="{rest}" bgcolor="#eceff1"></td></tr></table>'
        f'<table cellspacing="0" cellpadding="2" width="{width}"><tr>'
        f'<td width="33%" class="muted">{escape(tr("10th percentile"))}<br>{money(lo)}</td>'
        f'<td width="34%" align="center"><b>{escape(tr("Median"))}<br>{money(mid)}</b></td>'
        f'<td width="33%" align="right" class="muted">{escape(tr("90th percentile"))}<br>'
        f"{money(hi)}</td></tr></table>")


def _figures(lab: LaborFigures, code: str) -> str:
    rows = []
    if lab.median_annual is not None or lab.median_hourly is not None:
        hourly = (f" ({money(lab.median_hourly, hourly=True)} {escape(tr('an hour'))})"
                  if lab.median_hourly is not None else "")
        rows.append((tr("Median annual wage"), f"{money(lab.median_annual)}{hourly}"))
    else:
        rows.append((tr("Median annual wage"), tr("not published by BLS")))
    if lab.employment is not None:
        rows.append((tr("Employment (May 2025)"), f"{lab.employment:,}"))
    if lab.change_percent is not None:
        rows.append((tr("Projected growth 2024-34"), _growth(lab)))
    if lab.openings_k is not None:
        rows.append((tr("Openings each year"), f"{lab.openings_k * 1000:,.0f}"))
    rows.append((tr("Work experience needed"), escape(lab.work_experience or "None")))
    rows.append((tr("On-the-job training"), escape(lab.on_the_job_training or "None")))
    table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
    same = "" if lab.exact else (
        f'<p class="meta">{escape(tr("Figures for SOC"))} {escape(lab.soc)} '
        f"({escape(lab.title)}), {escape(tr('which includes'))} {escape(code)}.</p>")
    return (f'<table class="grid">{table}</table>{wage_range(lab)}{same}'
            f'<p class="meta">{escape(tr("Source:"))} {escape(lab.source)}.</p>')


def _links(links: tuple[PathwayLink, ...]) -> str:
    if not links:
        return f'<p class="meta">{escape(tr("Not linked in this framework."))}</p>'
    return "<ul>" + "".join(
        f"<li>{_link('pathway', p.code, p.name)} <span class='muted'>· {escape(p.cluster)} · "
        f"{escape(p.basis)}</span></li>" for p in links) + "</ul>"


def occupation_page(d: OccupationDetail, css: str) -> str:
    o = d.info
    zone = (f"O*NET job zone {o.job_zone}" if o.job_zone
            else tr("O*NET job zone: varies"))
    parts = [f"{css}<h1>{escape(o.title)}</h1>",
             f'<p class="meta">{escape(tr("Occupation"))} · O*NET-SOC {escape(o.soc)} · '
             f"{escape(zone)}</p>",
             f"<p><b>{escape(tr('Typical entry education (BLS):'))}</b> "
             f"{escape(o.education or tr('not published by BLS'))}</p>",
             f"<h2>{escape(tr('Wages and outlook'))}</h2>"]
    if o.labor is not None:
        parts.append(_figures(o.labor, o.soc))
    else:
        none = tr("BLS publishes no wage or projection figures for this occupation "
                  "(for example, military occupations).")
        parts.append(f'<p class="meta">{escape(none)}</p>')
    parts.append(f"<h2>{escape(tr('Programs of study that lead here'))}</h2>")
    if d.programs:
        parts.append("<ul>" + "".join(f"<li>{_link('program', c, n)}</li>"
                                      for c, n in d.programs) + "</ul>")
    else:
        parts.append(f'<p class="meta">{escape(tr("No program of study leads here yet."))}</p>')
    parts += [f"<h2>{escape(tr('National Career Clusters Framework (2024)'))}</h2>",
              _links(d.subclusters),
              f"<h2>{escape(tr('Legacy career clusters and pathways'))}</h2>",
              _links(d.pathways), f'<p class="meta">{escape(ONET_CREDIT)}</p>']
    return "".join(parts)
