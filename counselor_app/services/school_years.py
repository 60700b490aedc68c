"""School years: which year a grade column stands for, and whether it is past.

A US school year runs from August to June and is named by both calendar years
("2024-25"); here a year is held as the calendar year it ends in (2025). A student
graduating in June 2027 is in grade 12 in 2026-27, grade 11 in 2025-26, and so on.
No database, no Qt.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from counselor_app.messages import msg

NEW_YEAR_MONTH = 7
"""From July on, the school year that ends next summer is the current one."""


class Phase(StrEnum):
    PAST = "past"
    CURRENT = "current"
    FUTURE = "future"


def current_school_year(today: dt.date | None = None) -> int:
    """The calendar year the current school year ends in."""
    today = today or dt.date.today()
    return today.year + (1 if today.month >= NEW_YEAR_MONTH else 0)


def school_year_of(level: int, graduation_year: int) -> int | None:
    """The year (ending) a student graduating in ``graduation_year`` is in ``level``."""
    from counselor_app.domain.base import POSTSECONDARY  # here: the main window needs no ORM

    if level == POSTSECONDARY or not graduation_year:
        return None
    return graduation_year - (12 - level)


def level_in_year(end_year: int, graduation_year: int) -> int:
    """The grade a student graduating in ``graduation_year`` is in during ``end_year``."""
    return 12 - (graduation_year - end_year)


def year_label(end_year: int | None) -> str:
    """2025 -> '2024-25' (with an en dash, as printed)."""
    if end_year is None:
        return ""
    return f"{end_year - 1}–{end_year % 100:02d}"


def parse_school_year(text: str) -> int:
    """'2024-25', '2024-2025', '2025', '24-25' -> 2025 (the year it ends). ValueError."""
    t = text.strip().replace("–", "-").replace("/", "-")
    parts = [p.strip() for p in t.split("-")] if "-" in t else [t]
    if len(parts) > 2 or not all(p.isdigit() for p in parts):
        raise ValueError(msg("{text!r} is not a school year", text=text))
    nums = [int(p) for p in parts]
    nums = [n + 2000 if n < 100 else n for n in nums] if len(parts[0]) <= 2 else nums
    if len(nums) == 2:
        first, second = nums
        if second < 100:  # 2024-25
            second = first // 100 * 100 + second
            if second < first:
                second += 100
        if second != first + 1:
            raise ValueError(msg("{text!r} is not a school year (the years must follow each other)",
                                 text=text))
        end = second
    else:
        end = nums[0]
    if not 1950 <= end <= 2100:
        raise ValueError(msg("{text!r} is not a plausible school year", text=text))
    return end


def phase_of(level: int, graduation_year: int, today: dt.date | None = None) -> Phase:
    """Past, current or future for a plan column (postsecondary is always future)."""
    year = school_year_of(level, graduation_year)
    if year is None:
        return Phase.FUTURE
    current = current_school_year(today)
    if year < current:
        return Phase.PAST
    return Phase.CURRENT if year == current else Phase.FUTURE
