"""The graduation audit's words in the plan's language (the audit builds them in English)."""

from __future__ import annotations

import re

from counselor_app.reports.audit_report import AuditRow, ConcentratorBox
from counselor_app.reports.audit_text import CHECKLIST_WORDS, STATUS_WORDS
from counselor_app.reports.i18n import ENGLISH, Translator

_SHORT_BY = re.compile(r"^Short by (\d+(?:\.\d+)?) (?:more )?(credit|course|item|requirement)s?$")
_NEEDS = re.compile(r"^Needs (.+)$")


def row_status(row: AuditRow, t: Translator) -> str:
    """'On track', 'Short by 1.5 credits', 'Needs Algebra II' in the plan's language."""
    return status_text(row.status_text, t)


def status_text(text: str, t: Translator) -> str:
    """The audit's English status words (``audit_text.status_words``) in ``t``'s language;
    also used by the interface, so the screen says what the paper says."""
    if t.code == ENGLISH:
        return text
    m = _SHORT_BY.match(text)
    if m:
        n = float(m.group(1))
        return {"credit": t.plural("Short by {n} credit", "Short by {n} credits", n),
                "course": t.plural("Short by {n} course", "Short by {n} courses", n),
                "item": t.plural("Short by {n} item", "Short by {n} items", n),
                "requirement": t.plural("Short by {n} requirement",
                                        "Short by {n} requirements", n)}[m.group(2)]
    m = _NEEDS.match(text)
    if m:
        # the audit joins alternatives with "or": in the plan's language too
        what = t.name(m.group(1)).replace(" or ", f" {t('or')} ")
        return t("Needs {what}", what=what)
    for words in (STATUS_WORDS, CHECKLIST_WORDS):
        if text in words.values():
            return t(text)
    return t(text)


_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_AMOUNT = re.compile(r"^(\d+(?:\.\d+)?) (credit|course|item|requirement)s?$")


def amount_text(text: str, t: Translator) -> str:
    """'4 credits', '1 course' in the plan's language (other text as it is)."""
    m = _AMOUNT.match(text)
    if t.code == ENGLISH:
        return text
    if not m:
        return t.number(float(text)) if _NUMBER.match(text) else text
    n = float(m.group(1))
    forms = {"credit": ("{n} credit", "{n} credits"), "course": ("{n} course", "{n} courses"),
             "item": ("{n} item", "{n} items"),
             "requirement": ("{n} requirement", "{n} requirements")}[m.group(2)]
    return t.plural(*forms, n)


def cte_summary(c: ConcentratorBox, t: Translator) -> str:
    """'2 CTE courses completed and 1 planned in Welding (WLD); 3 courses must be
    completed.' in the plan's language."""
    if t.code == ENGLISH:
        return c.summary
    if c.mode == "courses":
        done = t.plural("{n} CTE course completed", "{n} CTE courses completed", c.earned)
        need = t.plural("{n} course must be completed.", "{n} courses must be completed.",
                        c.threshold)
    else:
        done = t.plural("{n} CTE credit completed", "{n} CTE credits completed", c.earned)
        need = t.plural("{n} credit must be completed.", "{n} credits must be completed.",
                        c.threshold)
    parts = [done]
    if c.in_progress:
        parts.append(t("{n} in progress", n=t.number(c.in_progress)))
    if c.planned:
        parts.append(t("{n} planned", n=t.number(c.planned)))
    text = ", ".join(parts)
    if c.program_name:
        program = t.name(c.program_name) + (f" ({c.program_code})" if c.program_code else "")
        text = t("{amount} in {program}", amount=text, program=program)
    return f"{text}; {need}"
