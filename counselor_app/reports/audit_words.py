"""The graduation audit's words in the plan's language (the audit builds them in English)."""

from __future__ import annotations

import re

from counselor_app.reports.audit_report import (
    AuditRow,
    AuditSetBlock,
    ConcentratorBox,
    ExceptionLine,
)
from counselor_app.reports.audit_text import CHECKLIST_WORDS, STATUS_WORDS
from counselor_app.reports.i18n import ENGLISH, Translator

_SHORT_BY = re.compile(r"^Short by (\d+(?:\.\d+)?) (?:more )?(credit|course|item|requirement)s?$")
_NEEDS = re.compile(r"^Needs (.+)$")


def row_status(row: AuditRow, t: Translator) -> str:
    """'On track', 'Short by 1.5 credits', 'Needs Algebra II' in the plan's language."""
    return status_text(row.status_text, t, row.kind)


def status_text(text: str, t: Translator, kind: str = "") -> str:
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
        return t("Needs {what}", what=missing_text(m.group(1), t, kind))
    for words in (STATUS_WORDS, CHECKLIST_WORDS):
        if text in words.values():
            return t(text)
    return t(text)


_MORE_OF = re.compile(r"^(\d+) more of: (.+)$")


def missing_text(text: str, t: Translator, kind: str = "") -> str:
    """What a short requirement of ``kind`` lacks (``RequirementResult.missing``:
    "1.5 credits", "Algebra II or Geometry", "2 more of: Biology; Chemistry", the labels
    of short requirements joined by "; ", a set's name) in ``t``'s language: labels and
    set names from the requirement catalogs; course titles (a ``courses`` requirement)
    as the course catalog has them."""
    text = text.strip()
    if t.code == ENGLISH or not text:
        return text
    if _AMOUNT.match(text):
        return amount_text(text, t)
    if text == "not marked done":
        return t(text)
    m = _MORE_OF.match(text)
    if m:
        return t("{n} more of: {what}", n=m.group(1),
                 what=_listed(m.group(2), t, kind != "courses"))
    return _listed(text, t, kind != "courses")


def _listed(text: str, t: Translator, labels: bool) -> str:
    """Labels joined by "; " (or course titles), alternatives joined by "or"."""
    word = t.label if labels else t.name
    whole = word(text)
    if whole != text:
        return whole
    parts = []
    for part in text.split("; "):
        found = word(part)
        # the audit joins alternatives with "or": in the plan's language too
        parts.append(found if found != part else
                     f" {t('or')} ".join(word(p) for p in part.split(" or ")))
    return "; ".join(parts)


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


# why a course counts nowhere (``audit.results`` reasons; not imported: that loads the engine)
_NOWHERE = {"not in the catalog": "{course}: not in the catalog; counts nowhere",
            "repeat": "{course}: repeat of a course that counts once",
            "middle school": "{course}: taken in grade {grade}; this set does not count "
                             "high-school courses taken in that grade",
            "no high-school credit": "{course}: taken in grade {grade} without high-school "
                                     "credit",
            "no mark": "{course}: completed without a mark: counted as in progress",
            "mark too low": "{course}: mark {mark} is below what a requirement needs"}


def nowhere_texts(block: AuditSetBlock, t: Translator) -> tuple[str, ...]:
    """'Biology (SCI1): repeat of a course that counts once' for each course that counts
    nowhere in the set, in the plan's language."""
    if t.code == ENGLISH or len(block.nowhere) != len(block.not_counted):
        return block.not_counted
    out = []
    for (course, reason, level, mark), english in zip(block.nowhere, block.not_counted,
                                                      strict=True):
        if reason == "failed":
            message = ("{course}: failed ({mark}); counts nowhere" if mark
                       else "{course}: failed (no passing mark); counts nowhere")
        else:
            message = _NOWHERE.get(reason, "")
        out.append(t(message, course=course, grade=level, mark=mark) if message else english)
    return tuple(out)


def row_note(row: AuditRow, t: Translator) -> str:
    """'Done March 4, 2026 · Waiver by Ms. Ruiz' in the plan's language."""
    if t.code == ENGLISH:
        return row.note
    parts = [t("Done {date}", date=t.date(row.done_on))] if row.done_on else []
    decisions = [t("{decision} by {name}", decision=t(kind), name=by) if by else t(kind)
                 for kind, by in row.decisions]
    if decisions:
        parts.append("; ".join(decisions))
    return " · ".join(parts) if parts or not row.note else row.note


def exception_what(e: ExceptionLine, t: Translator) -> str:
    """What a counselor's decision is about ("Texas Foundation: Fine arts (1 credits)",
    "... — Art II (ART2) counts as Art I (ART1)") in the plan's language."""
    if t.code == ENGLISH or not e.set_name:
        return e.what
    what = t.label(e.set_name)
    if e.label:
        what += f": {t.label(e.label)}"
    if e.credits:
        what += " (" + t.plural("{n} credit", "{n} credits", e.credits) + ")"
    swaps = ", ".join(t("{course} counts as {other}", course=a, other=b) for a, b in e.swaps)
    if swaps:
        what += (" — " if e.label else ": ") + swaps
    return what
