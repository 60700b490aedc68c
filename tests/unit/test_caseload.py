"""The caseload dashboard's service: counts per category, filters, plan status, audit."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counselor_app.domain import Plan, PlanCourse
from counselor_app.services.caseload import CaseloadFilter, caseload, compute_caseload, summarize
from counselor_app.services.caseload_actions import (
    create_plans_from_program,
    export_caseload_csv,
)
from counselor_app.services.plans import add_course, update_plan_fields, validate
from counselor_app.services.students import StudentData, create_student
from counselor_app.store.engine import Database
from tests.caseload_data import PROGRAM, build_caseload


def _by_id(db: Database) -> dict[str, object]:
    return {st.student_id: st for st in compute_caseload(db)}


def test_counts_every_category_of_a_built_caseload(db: Database) -> None:
    build_caseload(db)
    s = caseload(db)
    assert s.total == 7  # the archived student is left out
    assert s.by_plan_status == {"none": 2, "draft": 3, "approved": 1, "changed": 1}
    assert s.by_audit == {"on_track": 1, "short": 2, "errors": 2, "none": 2}
    assert s.by_cte == {"yes": 0, "on_track": 1, "no": 6}
    assert s.by_grade == {9: 3, 10: 2, 11: 1, 12: 1}
    assert s.by_counselor == {"Mr. Lee": 3, "Ms. Ruiz": 4}
    assert s.by_graduation_year == {2027: 1, 2028: 1, 2029: 2, 2030: 3}
    assert s.plan_status_by_grade[9] == {"none": 1, "draft": 2, "approved": 0, "changed": 0}
    assert s.plan_status_by_grade[10] == {"none": 1, "draft": 0, "approved": 1, "changed": 0}
    assert [(p.code, p.yes, p.on_track) for p in s.concentrators_by_program] == [(PROGRAM, 0, 1)]
    rows = {st.student_id: st for st in s.students}
    assert (rows["C03"].plan_status, rows["C03"].audit, rows["C03"].cte) == (
        "draft", "on_track", "on_track")
    assert rows["C04"].plan_status == "approved" and rows["C04"].audit == "short"
    assert rows["C04"].short > 0
    assert rows["C05"].plan_status == "changed"
    assert rows["C06"].audit == "errors"
    # the errors the plan editor shows (English 11 in grade 9, without English 10 before it)
    checks = validate(db, rows["C06"].plan_id)
    assert rows["C06"].errors == sum(1 for i in checks.issues if i.severity == "error") == 2
    assert rows["C07"].audit == "errors"  # its diploma set is gone: not audited
    assert [st.student_id for st in s.students] == sorted(rows)  # by name
    assert sum(s.by_plan_status.values()) == sum(s.by_audit.values()) == s.total


def test_filters_by_grade_counselor_and_graduation_year(db: Database) -> None:
    build_caseload(db)
    everyone = compute_caseload(db)
    nine = summarize(everyone, CaseloadFilter(grade=9))
    assert {st.student_id for st in nine.students} == {"C01", "C03", "C06"}
    assert nine.by_grade == {9: 3} and nine.filter.grade == 9
    lee = summarize(everyone, CaseloadFilter(counselor="mr. lee"))  # case does not matter
    assert {st.student_id for st in lee.students} == {"C02", "C05", "C06"}
    both = summarize(everyone, CaseloadFilter(grade=9, counselor="Mr. Lee"))
    assert [st.student_id for st in both.students] == ["C06"]
    assert summarize(everyone, CaseloadFilter(graduation_year=2029)).by_grade == {10: 2}
    assert summarize(everyone, CaseloadFilter(plan_status="none")).total == 2
    assert summarize(everyone, CaseloadFilter(counselor="Nobody")).total == 0


def test_changed_since_approval_follows_the_approved_version(db: Database) -> None:
    built = build_caseload(db)
    with db.read() as s:
        plan = s.scalar(select(Plan.id).where(Plan.student_pk == built.approved))
    # counselor-only notes are not part of what was approved
    update_plan_fields(db, plan, notes="Call home in May.")
    assert _by_id(db)["C04"].plan_status == "approved"
    add_course(db, plan, "01001", 9)
    assert _by_id(db)["C04"].plan_status == "changed"
    # a plan changed back to what was approved is approved content again, but its status
    # stays a draft until it is approved again (the editor says the same)
    with db.transaction() as s:
        s.execute(PlanCourse.__table__.delete().where(PlanCourse.plan_id == plan))
    assert _by_id(db)["C04"].plan_status == "draft"


def test_bulk_plans_from_a_program_in_one_transaction(db: Database) -> None:
    built = build_caseload(db)
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Plan))
    with pytest.raises(LookupError):
        create_plans_from_program(db, [*built.none, built.draft], "NO-SUCH")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Plan)) == before
    done = create_plans_from_program(db, [*built.none, built.draft], PROGRAM)
    assert done.created == tuple(built.none) and done.skipped == ("C03",)
    assert str(done.summary()) == ("2 plans created from Biotechnology Laboratory Science; "
                                   "1 student skipped: already has a plan")
    rows = _by_id(db)
    assert rows["C01"].plan_status == "draft" and rows["C01"].program_code == PROGRAM
    assert rows["C01"].plan_name == "Biotechnology Laboratory Science"
    assert rows["C01"].cte == "on_track"


def test_csv_export_is_safe_to_open_in_a_spreadsheet(db: Database, tmp_path: Path) -> None:
    create_student(db, StudentData("=HYPERLINK(1)", "@Ann", "+Bad", 9, 2030,
                                   counselor="-Ms. X"))
    path = export_caseload_csv(tmp_path / "caseload.csv", compute_caseload(db))
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Student ID", "Last name", "First name"]
    assert rows[1][:3] == ["'=HYPERLINK(1)", "'+Bad", "'@Ann"]
    assert rows[1][5] == "'-Ms. X" and rows[1][8] == "none"
    assert path.stat().st_mode & 0o077 == 0


def test_only_some_students_can_be_recomputed_and_merged(db: Database) -> None:
    from counselor_app.services.caseload_summary import merge
    from counselor_app.services.students import set_archived

    built = build_caseload(db)
    everyone = compute_caseload(db)
    some = compute_caseload(db, student_pks=[built.draft, built.archived])
    assert [st.pk for st in some] == [built.draft]  # the archived one is left out
    set_archived(db, built.errors, True)
    merged = merge(everyone, compute_caseload(db, student_pks=[built.errors]),
                   [built.errors])
    assert [st.pk for st in merged] == [st.pk for st in everyone if st.pk != built.errors]
