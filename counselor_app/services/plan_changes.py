"""What changed between two frozen plans (versions, or a version and the plan now).

Courses are paired by code: same code and grade is unchanged (or its status or mark
changed), same code in another grade is a move, the rest are added or removed. Goal
fields are compared one by one. Plain data in, plain data out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from counselor_app.domain.base import level_label

FIELD_LABELS = {
    "name": "Plan name",
    "program_name": "Program of study",
    "career_goal": "Career goal",
    "postsecondary_type": "After high school",
    "postsecondary_institution": "School or employer",
    "family_notes": "Notes for the family",
}


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | moved | status | mark | field
    code: str  # course code, or the field key for kind "field"
    title: str
    old: str = ""
    new: str = ""
    old_level: int | None = None  # the grades behind old / new of a course change
    new_level: int | None = None


def _course_key(c: dict[str, Any]) -> str:
    return str(c.get("code", ""))


def diff_snapshots(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    for key, label in FIELD_LABELS.items():
        a, b = str(old.get(key) or ""), str(new.get(key) or "")
        if a.strip() != b.strip():
            changes.append(Change("field", key, label, a, b))
    before: dict[str, list[dict[str, Any]]] = defaultdict(list)
    after: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in old.get("courses", []):
        before[_course_key(c)].append(c)
    for c in new.get("courses", []):
        after[_course_key(c)].append(c)
    for code in sorted(set(before) | set(after)):
        olds, news = list(before.get(code, [])), list(after.get(code, []))
        for o in list(olds):  # same grade: unchanged, or status / mark changed
            n = next((x for x in news if x["level"] == o["level"]), None)
            if n is None:
                continue
            olds.remove(o)
            news.remove(n)
            if o.get("status") != n.get("status"):
                changes.append(Change("status", code, n.get("title", ""),
                                      str(o.get("status", "")), str(n.get("status", ""))))
            elif (o.get("mark") or "") != (n.get("mark") or ""):
                changes.append(Change("mark", code, n.get("title", ""),
                                      str(o.get("mark") or ""), str(n.get("mark") or "")))
        while olds and news:
            o, n = olds.pop(0), news.pop(0)
            changes.append(Change("moved", code, n.get("title", ""),
                                  level_label(int(o["level"])), level_label(int(n["level"])),
                                  int(o["level"]), int(n["level"])))
        changes += [Change("removed", code, o.get("title", ""), level_label(int(o["level"])),
                           old_level=int(o["level"])) for o in olds]
        changes += [Change("added", code, n.get("title", ""), "", level_label(int(n["level"])),
                           new_level=int(n["level"])) for n in news]
    return changes


_STATUS_WORDS = {"planned": "planned", "in_progress": "in progress", "completed": "completed"}


def describe(change: Change) -> str:
    """One line a counselor or family reads: 'Added BIO1 Biology to Grade 10'."""
    c = change
    course = f"{c.code} {c.title}".strip()
    if c.kind == "added":
        return f"Added {course} to {c.new}"
    if c.kind == "removed":
        return f"Removed {course} from {c.old}"
    if c.kind == "moved":
        return f"Moved {course} from {c.old} to {c.new}"
    if c.kind == "status":
        return (f"{course}: {_STATUS_WORDS.get(c.old, c.old)} → "
                f"{_STATUS_WORDS.get(c.new, c.new)}")
    if c.kind == "mark":
        return f"{course}: mark {c.old or '(none)'} → {c.new or '(none)'}"
    if not c.old:
        return f"{c.title}: set to \u201c{_short(c.new)}\u201d"
    if not c.new:
        return f"{c.title}: cleared (was \u201c{_short(c.old)}\u201d)"
    return f"{c.title}: \u201c{_short(c.old)}\u201d → \u201c{_short(c.new)}\u201d"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
