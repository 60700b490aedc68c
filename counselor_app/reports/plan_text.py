"""Sentences of the printed plan built from its data, in the plan's language."""

from __future__ import annotations

from counselor_app.reports.i18n import ENGLISH, Translator
from counselor_app.reports.model import ConcentratorLine, PlanReport

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


def concentrator_summary(c: ConcentratorLine, t: Translator) -> str:
    """'4 CTE courses in Welding Technology (WELD) are in this plan; 2 are needed.'"""
    if c.mode == "courses":
        amount = t.plural("{n} CTE course", "{n} CTE courses", c.amount)
    else:
        amount = t.plural("{n} CTE credit", "{n} CTE credits", c.amount)
    if c.program_name:
        program = t.name(c.program_name) + (f" ({c.program_code})" if c.program_code else "")
        amount = t("{amount} in {program}", amount=amount, program=program)
    have = t.plural("{what} is in this plan;", "{what} are in this plan;", c.amount,
                    what=amount)
    need = t.plural("{n} is needed.", "{n} are needed.", c.threshold)
    return f"{have} {need}"
