"""Plain words for audit statuses, shared by the plan editor and the printed plan.

The audit's status keys (``met``, ``on_track``...) become what a family reads:
"On track", "Short by 1.5 credits", "Needs Algebra II". One function each, so the
screen and the paper never disagree.
"""

from __future__ import annotations

import re

_QUANTITY = re.compile(r"^\d+(?:\.\d+)?\s+(?:more\s+)?(?:credits?|courses?|items?|"
                       r"requirements?)$")

STATUS_WORDS = {"met": "Met", "in_progress": "In progress", "on_track": "On track",
                "short": "Short", "waived": "Waived"}

CONCENTRATOR_WORDS = {"concentrator": "Concentrator", "on_track": "On track",
                      "short": "Not yet a concentrator"}

STATUS_HELP = {
    "met": "Met with completed courses that passed.",
    "in_progress": "Met once the courses under way are finished and passed.",
    "on_track": "Met only if the planned courses are taken and passed.",
    "short": "Not met even if every planned course is finished.",
    "waived": "Waived or exempt by a counselor's decision.",
}


def format_amount(value: float) -> str:
    """1.0 -> '1', 0.5 -> '0.5', 3.25 -> '3.25' (at most two decimals)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


CHECKLIST_WORDS = {"met": "Done", "short": "Not done yet"}
PARENT_KINDS = frozenset({"all", "any", "some"})


def status_words(status: str, missing: str = "", kind: str = "") -> str:
    """'On track', 'Met', 'Short by 1.5 credits', 'Needs Algebra II'...

    A checklist item (``kind`` "checklist") is "Done" or "Not done yet"; a group of
    requirements (all / any / some of) is just "Short": its children say what is missing.
    """
    if kind == "checklist" and status in CHECKLIST_WORDS:
        return CHECKLIST_WORDS[status]
    if kind in PARENT_KINDS:  # its children say what is missing
        missing = ""
    if status == "short" and missing.strip():
        missing = missing.strip()
        if _QUANTITY.match(missing):
            return f"Short by {missing}"
        return f"Needs {missing}"
    return STATUS_WORDS.get(status, status.replace("_", " ").capitalize())


def amount_words(value: float, unit: str) -> str:
    """'1 credit', '2.5 credits', '3 courses', '1 item'."""
    singular = {"credits": "credit", "courses": "course", "items": "item",
                "requirements": "requirement"}.get(unit, unit)
    return f"{format_amount(value)} {singular if abs(value - 1) < 1e-9 else unit}"


def progress_words(required: float, earned: float, in_progress: float, planned: float,
                   unit: str) -> str:
    """'2 of 4 credits earned, 1 in progress, 1 planned' (parts that are zero left out)."""
    parts = [f"{format_amount(earned)} of {amount_words(required, unit)} earned"]
    if in_progress:
        parts.append(f"{format_amount(in_progress)} in progress")
    if planned:
        parts.append(f"{format_amount(planned)} planned")
    return ", ".join(parts)


def concentrator_words(status: str) -> str:
    return CONCENTRATOR_WORDS.get(status, status.replace("_", " ").capitalize())
