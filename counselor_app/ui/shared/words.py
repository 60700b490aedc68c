"""Words that come from the layers below ui/ (grade titles, course statuses, the audit's
statuses and amounts) in the interface language.

The pure layers build these words in English and never import Qt. Grade, term and
status names go through this module's Qt catalog context ("Words"); the audit's
sentences ("Short by 1.5 credits", "Needs Algebra II") reuse the printed plan's message
catalog (resources/translations/pdf), so the screen and the family's paper agree.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from counselor_app.reports.audit_text import (
    amount_words,
    concentrator_words,
    format_amount,
    progress_words,
    status_words,
)
from counselor_app.reports.audit_words import missing_text, status_text
from counselor_app.reports.i18n import ENGLISH, Translator
from counselor_app.services.rules import Issue
from counselor_app.ui.i18n import current_language

if TYPE_CHECKING:  # these load the ORM; the student list's cluster words must not
    from counselor_app.audit.results import AppliedException
    from counselor_app.services.plan_changes import Change
    from counselor_app.services.versions import ApprovalState, Shortfall

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_UNITS = {"credits": ("{n} credit", "{n} credits"), "courses": ("{n} course", "{n} courses"),
          "items": ("{n} item", "{n} items"),
          "requirements": ("{n} requirement", "{n} requirements")}


def printed() -> Translator:
    """The printed plan's catalog for the interface language (audit sentences, amounts)."""
    return Translator(current_language())


def _english() -> bool:
    return current_language() == ENGLISH


def number(value: float) -> str:
    """1.0 -> '1', 2.5 -> '2.5' (Spanish '2,5')."""
    return format_amount(value) if _english() else printed().number(value)


def grade_title(level: int) -> str:
    """'Grade 9' ... 'Grade 12', 'Postsecondary'."""
    from counselor_app.domain.base import POSTSECONDARY  # here: the models load the ORM

    if level == POSTSECONDARY:
        return translate("Words", "Postsecondary")
    return translate("Words", "Grade %d") % level


def term_title(term: str) -> str:
    return {"year": translate("Words", "Full year"), "sem1": translate("Words", "Semester 1"),
            "sem2": translate("Words", "Semester 2"),
            "summer": translate("Words", "Summer")}.get(term, term)


def short_term_title(term: str) -> str:
    """A term on a course chip: Year, Sem 1, Sem 2, Summer."""
    return {"year": translate("Words", "Year"), "sem1": translate("Words", "Sem 1"),
            "sem2": translate("Words", "Sem 2"),
            "summer": translate("Words", "Summer")}.get(term, term)


def course_status_title(status: str) -> str:
    """A planned course's status: Planned, In progress, Completed."""
    return {"planned": translate("Words", "Planned"),
            "in_progress": translate("Words", "In progress"),
            "completed": translate("Words", "Completed")}.get(status, status)


def plan_status_title(status: str) -> str:
    """A plan's status: Draft, Reviewed, Approved."""
    return {"draft": translate("Words", "Draft"), "reviewed": translate("Words", "Reviewed"),
            "approved": translate("Words", "Approved")}.get(status, status)


def audit_status(status: str, missing: str = "", kind: str = "") -> str:
    """'On track', 'Met', 'Short by 1.5 credits', 'Needs Algebra II'..."""
    text = status_words(status, missing, kind)
    return text if _english() else status_text(text, printed(), kind)


def set_word(text: str) -> str:
    """A requirement set's name, a requirement's label or description, a set's source in
    the interface language (``reports.requirement_words``); as it is when untranslated."""
    return text if _english() else printed().label(text)


def missing_words(missing: str, kind: str) -> str:
    """What a short requirement lacks ("1.5 credits", the labels of short requirements)."""
    return missing if _english() else missing_text(missing, printed(), kind)


def decision_text(e: AppliedException) -> str:
    """'1 credit waived by Ms. Ruiz on March 4, 2026: why' in the interface language."""
    if _english():
        return e.text
    what = {"waiver": translate("Words", "Waived"), "exemption": translate("Words", "Exempt"),
            "substitution": translate("Words", "Substitution")}.get(e.kind, e.kind)
    if e.kind == "substitution" and e.course:
        what = _fill(translate("Words", "%1 counts as %2"), e.course,
                     e.counts_as or translate("Words", "this requirement"))
    if e.kind == "waiver" and e.credits:
        what = translate("Words", "Waived: %1").replace("%1", amount(e.credits, "credits"))
    if e.by:
        what += " " + translate("Words", "by %1").replace("%1", e.by)
    if e.on:
        what += " " + translate("Words", "on %1").replace("%1", date_words(e.on))
    return f"{what}: {e.reason}" if e.reason else what


def shortfall_text(s: Shortfall) -> str:
    """'Texas Foundation: Mathematics: 4 credits — Short by 1 credit' (approval checks)."""
    if _english():
        return s.text
    status = audit_status("short", s.missing, s.kind)
    return f"{set_word(s.set_name)}: {set_word(s.label)} — {status}"


def concentrator_status(status: str) -> str:
    text = concentrator_words(status)
    return text if _english() else printed()(text)


def amount(value: float, unit: str) -> str:
    """'1 credit', '2.5 credits', '3 courses'."""
    if _english() or unit not in _UNITS:
        return amount_words(value, unit)
    return printed().plural(*_UNITS[unit], value)


def short_amount(have: float, needed: float, unit: str) -> str:
    """'5 / 4 cr' for credits, '2 / 3' for other units (spelled out in tooltips)."""
    text = f"{number(have)} / {number(needed)}"
    return text + " " + translate("Words", "cr") if unit == "credits" else text


def progress(required: float, earned: float, in_progress: float, planned: float,
             unit: str) -> str:
    """'2 of 4 credits earned, 1 in progress, 1 planned' (parts that are zero left out)."""
    if _english():
        return progress_words(required, earned, in_progress, planned, unit)
    parts = [translate("Words", "%1 of %2 earned").replace("%1", number(earned))
             .replace("%2", amount(required, unit))]
    if in_progress:
        parts.append(translate("Words", "%1 in progress").replace("%1", number(in_progress)))
    if planned:
        parts.append(translate("Words", "%1 planned").replace("%1", number(planned)))
    return ", ".join(parts)



def data_word(text: str) -> str:
    """A word from the built-in data (BLS outlook and education levels, subject areas;
    cluster, pathway and program names) in the interface language when the printed plan's
    catalog or our translated names have it; as it is otherwise."""
    if _english() or not text:
        return text
    word = printed().name(text)
    return word if word != text else _names_by_english(current_language()).get(text, text)


@functools.lru_cache(maxsize=4)
def _names_by_english(language: str) -> dict[str, str]:
    """English name -> translated name of every cluster, pathway and program (the
    translated-names files, read without the database)."""
    from counselor_app.services.reference_names import localized_names, names_in_english

    out: dict[str, str] = {}
    for kind in ("programs", "pathways", "clusters"):  # a cluster's name wins a tie
        english = names_in_english(kind, language)
        out.update({english[code]: name for code, name in localized_names(kind, language).items()
                    if code in english})
    return out


def status_help(status: str) -> str:
    """What an audit status means (the tooltip beside the status words)."""
    return {"met": translate("Words", "Met with completed courses that passed."),
            "in_progress": translate("Words", "Met once the courses under way are finished "
                                     "and passed."),
            "on_track": translate("Words", "Met only if the planned courses are taken and "
                                  "passed."),
            "short": translate("Words", "Not met even if every planned course is finished."),
            "waived": translate("Words", "Waived or exempt by a counselor's decision.")
            }.get(status, "")


def date_words(day: dt.date) -> str:
    """'December 1, 2026' / '1 de diciembre de 2026'."""
    return printed().date(day)


def short_date_year(day: dt.date) -> str:
    """'Dec 1, 2025' / '1 dic 2025'."""
    return f"{short_date(day)}, {day.year}" if _english() else f"{short_date(day)} {day.year}"


def short_date(day: dt.date) -> str:
    """'Dec 1' / '1 dic'."""
    if _english():
        return f"{day.strftime('%b')} {day.day}"
    months = printed().catalog.months
    month = months[day.month - 1][:3] if len(months) == 12 else str(day.month)
    return f"{day.day} {month}"


def severity_title(severity: str) -> str:
    return {"error": translate("Words", "Error"),
            "warning": translate("Words", "Warning")}.get(severity, severity)


def grade_range(low: int, high: int) -> str:
    """'grade 9 only', 'grades 9-12', 'grade 11 through postsecondary'."""
    from counselor_app.domain.base import POSTSECONDARY

    if low == high:
        return translate("Issues", "postsecondary only") if low == POSTSECONDARY else \
            translate("Issues", "grade %d only") % low
    if high == POSTSECONDARY:
        return translate("Issues", "grade %d through postsecondary") % low
    return translate("Issues", "grades %d-%d") % (low, high)


def _fill(text: str, *values: str) -> str:
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", value)
    return text


def _level(issue: Issue, key: str = "level") -> str:
    text = issue.value(key)
    return grade_title(int(text)) if text.isdigit() else text


def issue_text(issue: Issue) -> str:
    """A plan check's message in the interface language (as the rules wrote it when the
    interface is English or the issue carries no values)."""
    if _english() or not issue.values:
        return issue.message
    v = issue.value
    rule = issue.rule
    if rule == "unknown_course":
        return _fill(translate("Issues", "%1: course %2 is no longer in the catalog; it "
                               "counts no credits."), _level(issue), v("code"))
    if rule == "grade_range":
        return _fill(translate("Issues", "%1: %2 is for %3."), _level(issue), v("course"),
                     grade_range(int(v("low")), int(v("high"))))
    if rule == "prerequisite_missing":
        return _fill(translate("Issues", "%1: %2 needs %3, which is not in the plan."),
                     _level(issue), v("course"), v("prereq"))
    if rule == "prerequisite_order":
        if v("prereq_level") == v("level"):
            return _fill(translate("Issues", "%1: %2 needs %3 first, but it is planned in "
                                   "the same grade (%4)."), _level(issue), v("course"),
                         v("prereq"), term_title(v("term")).lower())
        return _fill(translate("Issues", "%1: %2 needs %3 first, but it is planned later, "
                               "in %4."), _level(issue), v("course"), v("prereq"),
                     _level(issue, "prereq_level"))
    if rule == "duplicate":
        return _fill(translate("Issues", "%1: %2 is already planned in %3."), _level(issue),
                     v("course"), _level(issue, "first"))
    if rule == "past_planned":
        return _fill(translate("Issues", "%1: %2 is still planned in %3: mark it completed, "
                               "or move it."), _level(issue), v("course"), v("year"))
    if rule == "credit_load":
        return _fill(translate("Issues", "%1: %2 planned, more than the %3 allowed in one "
                               "year."), _level(issue),
                     amount(float(v("load")), "credits"), number(float(v("maximum"))))
    if rule == "requirement_shortfall":
        area = v("area")
        name = translate("Issues", "Total credits") if area == "*" else data_word(area)
        return _fill(translate("Issues", "%1: %2 short (%3 of %4)."), name,
                     amount(float(v("short")), "credits"), number(float(v("have"))),
                     number(float(v("required"))))
    return issue.message


def field_title(key: str) -> str:
    """A plan field's name (the fields compared between versions)."""
    return {"name": translate("Words", "Plan name"),
            "program_name": translate("Words", "Program of study"),
            "career_goal": translate("Words", "Career goal"),
            "postsecondary_type": translate("Words", "After high school"),
            "postsecondary_institution": translate("Words", "School or employer"),
            "family_notes": translate("Words", "Notes for the family")}.get(
                key, _field_labels().get(key, key))


def _field_labels() -> dict[str, str]:
    from counselor_app.services.plan_changes import FIELD_LABELS

    return FIELD_LABELS


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def change_text(c: Change) -> str:
    """A change since approval: 'Added BIO1 Biology to Grade 10' in the interface language."""
    if _english():
        from counselor_app.services.plan_changes import describe

        return describe(c)
    course = f"{c.code} {c.title}".strip()
    old = grade_title(c.old_level) if c.old_level is not None else c.old
    new = grade_title(c.new_level) if c.new_level is not None else c.new
    if c.kind == "added":
        return _fill(translate("Words", "Added %1 to %2"), course, new)
    if c.kind == "removed":
        return _fill(translate("Words", "Removed %1 from %2"), course, old)
    if c.kind == "moved":
        return _fill(translate("Words", "Moved %1 from %2 to %3"), course, old, new)
    if c.kind == "status":
        return f"{course}: {course_status_title(c.old).lower()} → " \
               f"{course_status_title(c.new).lower()}"
    if c.kind == "mark":
        none = translate("Words", "(none)")
        return _fill(translate("Words", "%1: mark %2 → %3"), course, c.old or none,
                     c.new or none)
    name = field_title(c.code)
    if not c.old:
        return _fill(translate("Words", "%1: set to “%2”"), name, _short(c.new))
    if not c.new:
        return _fill(translate("Words", "%1: cleared (was “%2”)"), name, _short(c.old))
    return f"{name}: “{_short(c.old)}” → “{_short(c.new)}”"


def approval_headline(state: ApprovalState) -> str:
    """'Approved by Ms. Ruiz on December 1, 2026' / 'Changed since approval on ...'."""
    if state.last is None:
        return ""
    if _english():
        return state.headline()
    when = date_words(state.last.approved_at.date())
    if state.changes:
        return translate("Words", "Changed since approval on %s") % when
    return _fill(translate("Words", "Approved by %1 on %2"), state.last.approved_by, when)


def date_field_format() -> str:
    """The display format of date fields: 'Dec 1, 2026' / '1 dic 2026'."""
    return "MMM d, yyyy" if _english() else "d MMM yyyy"


def changed_field(label: str) -> str:
    """A field someone else changed meanwhile (``services.concurrency`` labels)."""
    course, _, code = label.partition(" of ")
    names = {
        "Student ID": translate("Words", "Student ID"),
        "First name": translate("Words", "First name"),
        "Last name": translate("Words", "Last name"),
        "Preferred name": translate("Words", "Preferred name"),
        "Grade": translate("Words", "Grade"),
        "Graduation year": translate("Words", "Graduation year"),
        "School": translate("Words", "School"), "Counselor": translate("Words", "Counselor"),
        "Career interests": translate("Words", "Career interests"),
        "Notes": translate("Words", "Notes"),
        "Family language": translate("Words", "Family language"),
        "the name": translate("Words", "the name"),
        "the career goal": translate("Words", "the career goal"),
        "the notes": translate("Words", "the notes"),
        "the notes for the family": translate("Words", "the notes for the family"),
        "the plan after high school": translate("Words", "the plan after high school"),
        "the term": translate("Words", "the term"),
        "the status": translate("Words", "the status"),
        "the final mark": translate("Words", "the final mark"),
        "the grade": translate("Words", "the grade"),
        "the courses": translate("Words", "the courses"),
        "the program of study": translate("Words", "the program of study"),
        "the requirement sets": translate("Words", "the requirement sets"),
        "this waiver or substitution": translate("Words", "this waiver or substitution"),
        "the requirements": translate("Words", "the requirements"),
        "the match": translate("Words", "the match"),
        "the comment": translate("Words", "the comment"),
        "this comment": translate("Words", "this comment"),
        "this course": translate("Words", "this course"),
        "this plan": translate("Words", "this plan"),
        "the start grade": translate("Words", "the start grade")}
    plan = label.removeprefix("the plan ")
    if plan != label and label not in names:  # "the plan after high school" is a field
        return _fill(translate("Words", "the plan %1"), plan)
    item = label.removeprefix("the checklist item ")
    if item != label:
        return _fill(translate("Words", "the checklist item %1"), item)
    if code and course in names:
        return _fill(translate("Words", "%1 of %2"), names[course], code)
    return names.get(label, label)


def tag_title(tag: str) -> str:
    """A course tag ('ag:c', 'lab-science', 'cluster:health') as the requirement it counts
    toward, in the interface language."""
    from counselor_app.services.courses import tag_label  # loads the ORM: only when used

    if _english():
        return tag_label(tag)
    if tag.startswith("cluster:"):
        return translate("Words", "CTE cluster: %s") % tag.split(":", 1)[1].replace("-", " ")
    return {
        "ag:a": translate("Words", "UC/CSU A-G: (a) history"),
        "ag:b": translate("Words", "UC/CSU A-G: (b) English"),
        "ag:c": translate("Words", "UC/CSU A-G: (c) mathematics"),
        "ag:d": translate("Words", "UC/CSU A-G: (d) science"),
        "ag:e": translate("Words", "UC/CSU A-G: (e) language other than English"),
        "ag:f": translate("Words", "UC/CSU A-G: (f) visual and performing arts"),
        "ag:g": translate("Words", "UC/CSU A-G: (g) college-preparatory elective"),
        "ncaa:english": translate("Words", "NCAA Division I core: English"),
        "ncaa:math": translate("Words", "NCAA Division I core: math"),
        "ncaa:science": translate("Words", "NCAA Division I core: science"),
        "ncaa:social": translate("Words", "NCAA Division I core: social science"),
        "ncaa:language": translate("Words", "NCAA Division I core: world language"),
        "lab-science": translate("Words", "laboratory science"),
        "advanced-placement": translate("Words", "Advanced Placement"),
        "advanced-math": translate("Words", "advanced mathematics"),
        "advanced-science": translate("Words", "advanced science"),
        "cte": translate("Words", "career and technical education"),
        "dual-credit": translate("Words", "dual credit")}.get(tag, tag_label(tag))
