"""Where a planned course stands within its grade column.

A column shows its courses by ``PlanCourse.sort_order`` (then id). Placing a course at a
position renumbers that one column 1..n in the new order, so the order a counselor sees
after a drop is the order saved; other grades keep their numbers (plan order is by grade
first, so numbers only matter within a grade). Runs inside the caller's transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import PlanCourse


def _column(s: Session, plan_id: int, level: int, without: int) -> list[PlanCourse]:
    return list(s.scalars(select(PlanCourse).where(
        PlanCourse.plan_id == plan_id, PlanCourse.level == level, PlanCourse.id != without)
        .order_by(PlanCourse.sort_order, PlanCourse.id)))


def column_position(s: Session, pc: PlanCourse) -> int:
    """``pc``'s place (0 = top) among the courses of its grade."""
    return sum(1 for other in _column(s, pc.plan_id, pc.level, pc.id)
               if (other.sort_order, other.id) < (pc.sort_order, pc.id))


def place_in_column(s: Session, pc: PlanCourse, position: int | None) -> None:
    """Put ``pc`` (already in grade ``pc.level``, flushed) at ``position`` among the other
    courses of that grade: 0 = top, None or past the end = the end."""
    others = _column(s, pc.plan_id, pc.level, pc.id)
    at = len(others) if position is None else max(0, min(position, len(others)))
    others.insert(at, pc)
    for number, course in enumerate(others, start=1):
        if course.sort_order != number:
            course.sort_order = number
