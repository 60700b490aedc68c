"""A small caseload in every state the dashboard counts, for service, CLI and GUI tests."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import update

from counselor_app.domain import Plan
from counselor_app.services.plans import add_course, create_plan, update_plan_fields
from counselor_app.services.students import StudentData, create_student, set_archived
from counselor_app.store.engine import Database
from tests.approving import approve

PROGRAM = "L08-01-P1"  # a CTE program of study with grade 9 courses (on track at once)
OUT_OF_GRADE = "01003"  # English 11: planned in grade 9 it is a grade-range error


@dataclass(frozen=True)
class Built:
    none: list[int]  # student pks without a plan
    draft: int
    approved: int
    changed: int
    errors: int
    missing_set: int
    archived: int


def build_caseload(db: Database) -> Built:
    """Eight students (one archived): no plan (2), draft from a program (on track, CTE on
    track), approved, approved then changed, a grade-range error, a set that is gone."""
    def student(sid: str, first: str, last: str, grade: int, counselor: str) -> int:
        return create_student(db, StudentData(sid, first, last, grade, 2039 - grade,
                                              counselor=counselor))
    none = [student("C01", "Ana", "Abbot", 9, "Ms. Ruiz"),
            student("C02", "Ben", "Baker", 10, "Mr. Lee")]
    draft = student("C03", "Cruz", "Carter", 9, "Ms. Ruiz")
    create_plan(db, draft, "Main", PROGRAM)
    approved = student("C04", "Dee", "Dunn", 10, "Ms. Ruiz")
    approve(db, create_plan(db, approved, "Main"))
    changed = student("C05", "Eve", "Evans", 11, "Mr. Lee")
    plan = create_plan(db, changed, "Main")
    approve(db, plan)
    update_plan_fields(db, plan, family_notes="We moved Art to next year.")
    errors = student("C06", "Fay", "Fox", 9, "Mr. Lee")
    add_course(db, create_plan(db, errors, "Main"), OUT_OF_GRADE, 9)
    missing_set = student("C07", "Gus", "Gray", 12, "Ms. Ruiz")
    gone = create_plan(db, missing_set, "Main")
    with db.transaction() as s:
        s.execute(update(Plan).where(Plan.id == gone).values(diploma_set="zz-gone"))
    archived = student("C08", "Hal", "Hunt", 9, "Ms. Ruiz")
    create_plan(db, archived, "Main", PROGRAM)
    set_archived(db, archived, True)
    return Built(none, draft, approved, changed, errors, missing_set, archived)
