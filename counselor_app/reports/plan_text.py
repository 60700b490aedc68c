"""Sentences of the printed plan built from its data, in the plan's language."""

from __future__ import annotations

from counselor_app.reports.i18n import ENGLISH, Translator
from counselor_app.reports.model import CourseLine, OccupationLine, PlanReport

# One sentence per planner rule, for languages other than English (whose detailed
# messages come from the rules themselves). {course} is the course title.
REVIEW_TEMPLATES = {
    "unknown_course": "{course} is no longer in the course catalog and counts no credits.",
    "grade_range": "{course} is planned for a grade in which it is not offered.",
    "prerequisite_missing": "{course} needs a course that comes before it and is not in "
                            "the plan.",
    "prerequisite_order": "{course} is planned before the course it needs.",
    "duplicate": "{course} appears more than once in the plan.",
    "credit_load": "One year of this plan has more credits than the school allows.",
    "past_planned": "{course} is still listed as planned in a school year that is over; "
                    "your counselor will mark it completed or move it.",
    # the same, naming the course needed first ({other}: "English 9 (01001)")
    "prerequisite_missing:named": "{course} needs {other}, which is not in the plan.",
    "prerequisite_order:named": "{course} is planned before {other}, which it needs.",
}
OTHER_REVIEW = "Your counselor will go over this item with you."


def review_text(report: PlanReport, index: int, t: Translator) -> str:
    """Review item ``index`` (0-based) in the plan's language."""
    message = report.review[index]
    if t.code == ENGLISH or index >= len(report.review_rules):
        return message
    rule, course, *rest = report.review_rules[index]
    other = rest[0] if rest else ""
    template = REVIEW_TEMPLATES.get(f"{rule}:named") if other else None
    template = template or REVIEW_TEMPLATES.get(rule)
    if template is None:
        return t(OTHER_REVIEW)
    values = {"other": other} if "{other}" in template else {}
    return t(template, course=course or t("A course"), **values)


def course_kinds(c: CourseLine, t: Translator) -> list[str]:
    """The marks of a course row in the plan's language: AP, HONORS, DUAL CREDIT, CTE.

    AP and honors come from the catalog title (catalogs have no flag for them)."""
    kinds = []
    title = c.title.casefold()
    if title.startswith("ap ") or "advanced placement" in title:
        kinds.append(t("AP"))
    if "honors" in title:
        kinds.append(t("Honors").upper())
    if c.dual_credit or "dual credit" in title:
        kinds.append(t("Dual credit").upper())
    if c.cte:
        kinds.append(t("CTE"))
    return kinds


def pay_text(occ: OccupationLine, t: Translator) -> str:
    """BLS median pay in the plan's language, or a dash where BLS publishes none."""
    if occ.median_annual is not None:
        return t.money(occ.median_annual)
    if occ.median_hourly is not None:
        return t.money(occ.median_hourly, hourly=True)
    return "—"


def outlook_text(occ: OccupationLine, t: Translator) -> str:
    """BLS's growth words and the ten-year change: "Faster than average (+6.1%)"."""
    if not occ.outlook:
        return "—"
    if occ.change_percent is None:
        return t(occ.outlook)
    return f"{t(occ.outlook)} ({t.percent_change(occ.change_percent)})"


def labor_source(report: PlanReport, t: Translator) -> str:
    """One credit line under the occupations table ("" when no row has BLS figures)."""
    sources = sorted({o.source for o in report.occupations if o.source})
    if not sources:
        return ""
    return t("Pay and outlook: U.S. Bureau of Labor Statistics ({source}). Pay is the "
             "national median; it differs by place and experience.", source="; ".join(sources))
