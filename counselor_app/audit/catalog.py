"""Course facts for the audit from catalog fields, with the tags every course gets.

Built-in tags come from ``resources/data/course_tags.csv`` (and a course import's "Tags"
column); on top of those, a CTE course always carries ``cte`` and a dual-credit course
``dual-credit``, so sets can select them without a list.
"""

from __future__ import annotations

from collections.abc import Iterable

from counselor_app.audit.model import CourseFacts

TAG_SEPARATOR = ";"


def parse_tags(text: str) -> tuple[str, ...]:
    """'ag:d; Lab-Science' -> ('ag:d', 'lab-science'): case-folded, trimmed, each once."""
    tags = (t.strip().casefold() for t in text.replace(",", TAG_SEPARATOR).split(
        TAG_SEPARATOR))
    return tuple(dict.fromkeys(t for t in tags if t))


def course_facts(code: str, title: str, credits: float, area: str, tags: Iterable[str] = (),
                 *, cte: bool = False, dual_credit: bool = False,
                 repeatable: bool = False) -> CourseFacts:
    all_tags = {t.strip().casefold() for t in tags if t.strip()}
    if cte:
        all_tags.add("cte")
    if dual_credit:
        all_tags.add("dual-credit")
    return CourseFacts(code, title, float(credits), area, frozenset(all_tags), repeatable, cte)
