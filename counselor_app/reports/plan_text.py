"""Sentences of the printed plan built from its data, in the plan's language."""

from __future__ import annotations

from counselor_app.reports.i18n import ENGLISH, Translator
from counselor_app.reports.model import PlanReport

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
}
OTHER_REVIEW = "Your counselor will go over this item with you."


def review_text(report: PlanReport, index: int, t: Translator) -> str:
    """Review item ``index`` (0-based) in the plan's language."""
    message = report.review[index]
    if t.code == ENGLISH or index >= len(report.review_rules):
        return message
    rule, course = report.review_rules[index]
    template = REVIEW_TEMPLATES.get(rule)
    if template is None:
        return t(OTHER_REVIEW)
    return t(template, course=course or t("A course"))
