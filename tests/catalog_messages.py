"""The English messages of the printed plan, read from the source (for catalog tests)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "counselor_app"
# modules that build the printed plan
PDF_MODULES = ["reports/sections.py", "reports/tables.py", "reports/page.py",
               "reports/plan_text.py", "reports/story.py", "reports/html_export.py",
               "reports/audit_section.py", "reports/audit_words.py",
               "reports/blank_sheet.py"]
# data labels that reach the page through t(): statuses, terms, years, kinds, subjects
DATA_LABELS = [
    # passed to t() through small helpers (item(), box(), column-heading tuples)
    "Student", "Student ID", "Grade", "Counselor", "Graduation year", "Date printed",
    "Not chosen yet", "Course planning sheet", "Student signature", "Counselor signature",
    "Parent or guardian signature", "Second parent or guardian signature (optional)",
    "Subject area", "Required", "Completed", "SOC code", "Occupation", "Typical education",
    "College hours", "Credits", "Employment", "Postsecondary certificate",
    "High school diploma",
    "Requirement", "Counted courses", "Needed", "Earned", "Decision", "What", "By", "Why",
    # the audit's words (reports/audit_text.py, audit_report.py)
    "On track", "Short", "Waived", "Done", "Not done yet", "Diploma", "Supplemental",
    "Distinction", "Met", "Waiver", "Substitution", "Exemption", "district", "national",
    "Met with completed courses that passed.",
    # why a course counts nowhere (reports/audit_words.py, through a table)
    "{course}: not in the catalog; counts nowhere", "{course}: failed ({mark}); counts nowhere",
    "{course}: failed (no passing mark); counts nowhere",
    "{course}: repeat of a course that counts once",
    "{course}: taken in grade {grade}; this set does not count high-school courses taken in "
    "that grade", "{course}: taken in grade {grade} without high-school credit",
    "{course}: completed without a mark: counted as in progress",
    "{course}: mark {mark} is below what a requirement needs",
    # data"Planned", "In progress", "Completed", "Full year", "Semester 1",
               "Semester 2", "Summer", "After graduation", "DRAFT", "Draft", "Reviewed",
               "Approved", "English", "Mathematics", "Science", "Social Studies",
               "Fine Arts", "World Language", "PE/Health", "Computer Science", "Elective",
               "Career & Technical Education", "High school diploma or equivalent",
               "Associate's degree", "Bachelor's degree", "Master's degree",
               "Doctoral or professional degree", "Postsecondary nondegree award",
               "Some college, no degree", "No formal educational credential",
               "Certificate", "Associate degree", "Bachelor's degree", "Apprenticeship",
               "Military", "Work", "Four-year college", "Two-year college"]


def _strings(node: ast.AST) -> list[str]:
    """A literal, or literals joined by + / implicit concatenation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def messages() -> set[str]:
    found: set[str] = set()
    for rel in PDF_MODULES:
        path = ROOT / rel
        if not path.exists():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else \
                    func.id if isinstance(func, ast.Name) else ""
                target = func.value if isinstance(func, ast.Attribute) else None
                is_t = name == "t" or (isinstance(target, ast.Attribute | ast.Name)
                                       and getattr(target, "attr", getattr(target, "id", ""))
                                       == "t")
                if not is_t or not node.args:
                    continue
                if name == "plural" and len(node.args) >= 2:
                    one, other = _strings(node.args[0]), _strings(node.args[1])
                    if one and other:
                        found.add(f"{one[0]}|{other[0]}")
                elif name in ("t", "name") or name == "__call__":
                    found.update(_strings(node.args[0]))
            if isinstance(node, ast.Assign) and any(
                    getattr(t, "id", "") in ("GLOSSARY", "REVIEW_TEMPLATES", "OTHER_REVIEW")
                    for t in node.targets):
                for const in ast.walk(node.value):
                    if isinstance(const, ast.Constant) and isinstance(const.value, str) \
                            and " " in const.value or (isinstance(const, ast.Constant)
                                                       and const.value in ("Credit", "CTE",
                                                                           "Concentrator",
                                                                           "Endorsement")):
                        found.add(const.value)
    return found | set(DATA_LABELS)
