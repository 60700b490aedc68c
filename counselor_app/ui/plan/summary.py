"""The plan editor's one-line summary and the Checks tab's title, from the plan's issues
and its graduation audit (the same words as the audit tree and the printed plan)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from counselor_app.audit.results import AuditResult, RequirementResult
from counselor_app.services.rules import ERROR, WARNING, ValidationResult
from counselor_app.ui.plan.audit_model import STATUS_COLORS
from counselor_app.ui.plan.audit_panel import plan_issues
from counselor_app.ui.plan.models import ERROR_COLOR, OK_COLOR, WARNING_COLOR
from counselor_app.ui.shared.words import audit_status, concentrator_status, number, set_word


def _count(n: int, one: str, many: str) -> str:
    """'1 error' / '3 errors' in the interface language (Spanish plurals follow the same rule)."""
    return one if n == 1 else many.replace("%1", str(n))


def _total(requirements: tuple[RequirementResult, ...]) -> RequirementResult | None:
    for top in requirements:
        for node in top.walk():
            if node.kind == "total":
                return node
    return None


def short_count(audit: AuditResult | None) -> int:
    """Top-level requirements that are short, over every set audited."""
    if audit is None:
        return 0
    return sum(1 for s in audit.sets for r in s.requirements if r.status == "short")


def summary_html(result: ValidationResult, audit: AuditResult | None) -> str:
    """'1 warning · Texas Foundation: On track · 20 of 22 credits · CTE: On track'."""
    issues = plan_issues(result)
    errors = sum(1 for i in issues if i.severity == ERROR)
    warnings = sum(1 for i in issues if i.severity == WARNING)
    parts = []
    if errors:
        parts.append(f"<b style='color:{ERROR_COLOR.name()}'>"
                     + _count(errors, QCoreApplication.translate("PlanSummary", "1 error"),
                            QCoreApplication.translate("PlanSummary", "%1 errors"))
                     + "</b>")
    if warnings:
        parts.append(f"<b style='color:{WARNING_COLOR.name()}'>"
                     + _count(warnings, QCoreApplication.translate("PlanSummary", "1 warning"),
                            QCoreApplication.translate("PlanSummary", "%1 warnings"))
                     + "</b>")
    if not parts:
        parts.append(f"<b style='color:{OK_COLOR.name()}'>✓ "
                     + QCoreApplication.translate("PlanSummary", "No problems") + "</b>")
    if audit is not None and audit.sets:
        diploma = audit.sets[0]
        color = STATUS_COLORS.get(diploma.status)
        parts.append(f"{html.escape(set_word(diploma.name))}: <b style='color:"
                     f"{color.name() if color else 'palette(text)'}'>"
                     f"{html.escape(audit_status(diploma.status))}</b>")
        total = _total(diploma.requirements)
        if total is not None:
            have = total.earned + total.in_progress + total.planned
            if have < total.required:
                parts.append(QCoreApplication.translate(
                    "PlanSummary", "{have} of {needed} credits toward graduation").format(
                    have=number(have), needed=number(total.required)))
            else:
                parts.append(QCoreApplication.translate(
                    "PlanSummary", "{have} credits toward graduation ({needed} needed)").format(
                    have=number(have), needed=number(total.required)))
    c = audit.concentrator if audit is not None else None
    if c is not None and c.program_code:
        parts.append(f"CTE: {html.escape(concentrator_status(c.status))}")
    return "   ·   ".join(parts)


def checks_tab_text(result: ValidationResult, audit: AuditResult | None) -> str:
    count = len(plan_issues(result)) + short_count(audit)
    if count:
        return QCoreApplication.translate("PlanSummary", "Checks (%1)").replace("%1", str(count))
    return QCoreApplication.translate("PlanSummary", "Checks ✓")
