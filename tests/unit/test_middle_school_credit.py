"""High-school courses taken in grades 6-8: the set option, the audit, the plan checks, and
courses still planned in a school year that is over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counselor_app.audit import MET, Attempt, SetFileError, audit
from counselor_app.audit.results import MIDDLE_SCHOOL, NO_HS_CREDIT
from counselor_app.services import plans
from counselor_app.services.report_data import build_plan_report
from counselor_app.services.rules import (
    CourseInfo,
    PlanInput,
    PlannedCourse,
    validate_plan,
)
from counselor_app.services.students import StudentData, create_student
from counselor_app.store.engine import Database
from tests.audit_builtin import SETS_DIR
from tests.audit_data import inputs, make_set

MATH = {"kind": "credits", "label": "Mathematics", "credits": 2,
        "from": {"areas": ["Mathematics"]}}

ALG1 = CourseInfo("ALG1", "Algebra I", 1.0, "Mathematics", 9, 10, False, False)
GEOM = CourseInfo("GEOM", "Geometry", 1.0, "Mathematics", 9, 11, False, False, ("ALG1",))
APSTAT = CourseInfo("APSTAT", "AP Statistics", 1.0, "Mathematics", 11, 12, False, False)


def _math(*attempts: Attempt, **top: object):
    result = audit([make_set(MATH, **top)], inputs(*attempts))
    return result.sets[0]


# ---------------------------------------------------------------- the set option


def test_a_set_counts_middle_school_courses_only_where_it_says_so() -> None:
    eighth = Attempt("ALG1", 8, status="completed", mark="A")
    ninth = Attempt("GEO", 9, status="completed", mark="B")
    texas = _math(eighth, ninth, hs_credit_grades=[7, 8])
    assert texas.requirements[0].status == MET
    assert texas.requirements[0].earned == 2
    other = _math(eighth, ninth)  # no hs_credit_grades: the default counts grades 9-12
    assert other.requirements[0].earned == 1
    assert [(n.code, n.reason) for n in other.not_counted] == [("ALG1", MIDDLE_SCHOOL)]
    assert "taken in grade 8" in other.not_counted[0].text
    sixth = _math(Attempt("ALG1", 6), ninth, hs_credit_grades=[7, 8])
    assert [n.reason for n in sixth.not_counted] == [MIDDLE_SCHOOL]


def test_a_course_taken_without_high_school_credit_counts_nowhere() -> None:
    no_credit = Attempt("ALG1", 8, status="completed", mark="A", source="transcript",
                        hs_credit=False)
    result = _math(no_credit, Attempt("GEO", 9), hs_credit_grades=[8])
    assert result.requirements[0].status != MET
    assert [(n.code, n.reason) for n in result.not_counted] == [("ALG1", NO_HS_CREDIT)]
    assert result.not_counted[0].text.endswith("taken in grade 8 without high-school credit")


def test_older_files_listing_grades_6_to_8_under_levels_mean_the_same() -> None:
    rs = make_set(MATH, levels=[8, 9, 10, 11, 12])
    assert rs.levels == (9, 10, 11, 12) and rs.hs_credit_grades == (8,)


@pytest.mark.parametrize(("value", "reason"), [
    ([9], "middle-school grades 6, 7 or 8"),
    ("8", "middle-school grades 6, 7 or 8"),
    ([True], "middle-school grades 6, 7 or 8"),
])
def test_a_bad_hs_credit_grades_is_refused_naming_the_key(value: object, reason: str) -> None:
    with pytest.raises(SetFileError) as info:
        make_set(MATH, hs_credit_grades=value)
    assert info.value.place == "hs_credit_grades"
    assert reason in str(info.value)


def test_built_in_sets_allow_it_where_the_state_does() -> None:
    from counselor_app.audit import load_set_file

    grades = {p.stem: load_set_file(p).hs_credit_grades for p in SETS_DIR.glob("*.toml")}
    assert grades["tx-foundation"] == (6, 7, 8)
    assert grades["tx-foundation-endorsement"] == (6, 7, 8)
    assert grades["fl-standard-24"] == (6, 7, 8)
    assert grades["ca-state-minimum"] == ()  # not stated by the set: nothing counts early
    assert all(grades[code] == (6, 7, 8) for code in grades if code.startswith("tx-"))


# ---------------------------------------------------------------- the plan checks


def _check(*courses: PlannedCourse, past: dict[int, str] | None = None):
    return validate_plan(PlanInput(tuple(courses), (), past_years=past or {}))


def test_a_ninth_grade_course_in_middle_school_is_not_an_error() -> None:
    result = _check(PlannedCourse(1, "ALG1", 7, course=ALG1),
                    PlannedCourse(2, "GEOM", 8, course=GEOM))
    assert result.issues == ()
    assert result.credits_by_level[7] == 1 and result.credits_by_level[8] == 1
    assert result.total_credits == 0  # the grades 9-12 total; the audit decides the rest


def test_a_course_for_later_grades_is_still_flagged_in_middle_school() -> None:
    result = _check(PlannedCourse(1, "APSTAT", 8, course=APSTAT))
    assert [(i.rule, i.severity, i.message) for i in result.issues] == [
        ("grade_range", "error", "Grade 8: AP Statistics (APSTAT) is for grades 11-12.")]


def test_a_course_still_planned_in_a_past_year_is_a_warning() -> None:
    result = _check(PlannedCourse(1, "ALG1", 9, course=ALG1),
                    PlannedCourse(2, "GEOM", 9, status="completed", course=GEOM),
                    PlannedCourse(3, "APSTAT", 11, course=APSTAT),
                    past={9: "2024–25"})
    past = [i for i in result.issues if i.rule == "past_planned"]
    assert [(i.plan_course_id, i.severity, i.message) for i in past] == [
        (1, "warning", "Grade 9: Algebra I (ALG1) is still planned in 2024–25: mark it "
                       "completed, or move it.")]


# ---------------------------------------------------------------- over a database


TODAY = dt.date(2026, 10, 1)  # school year 2026-27


def _eighth_grader(db: Database) -> int:
    pk = create_student(db, StudentData("MS-8", "Ada", "Early", 8, 2031))
    return plans.create_plan(db, pk, "Main", None, first_level=8)


def test_plan_past_years_come_from_the_students_graduation_year(db: Database) -> None:
    pk = create_student(db, StudentData("S-11", "Ben", "Late", 11, 2028))
    plan_id = plans.create_plan(db, pk, "Main", None)
    plans.add_course(db, plan_id, "02052", 9)  # Algebra I, left planned in 2024-25
    result = plans.validate(db, plan_id, today=TODAY)
    past = [i for i in result.issues if i.rule == "past_planned"]
    assert [i.message for i in past] == [
        "Grade 9: Algebra I (02052) is still planned in 2024–25: mark it completed, "
        "or move it."]
    assert plans.load_plan(db, plan_id, TODAY).past_planned == (past[0].plan_course_id,)


def test_texas_counts_algebra_in_grade_8_and_the_printed_plan_shows_it(
        db: Database, tmp_path: Path) -> None:
    from counselor_app.services.audit import audit_plan, set_plan_sets

    plan_id = _eighth_grader(db)
    pc = plans.add_course(db, plan_id, "02052", 8)
    plans.update_course(db, pc, status="completed", final_mark="A")
    assert [i for i in plans.validate(db, plan_id).issues if i.rule == "grade_range"] == []
    set_plan_sets(db, plan_id, "tx-foundation", ())
    texas = audit_plan(db, plan_id).result.sets[0]
    used = {c.code for top in texas.requirements for r in top.walk() for c in r.courses}
    assert "02052" in used
    set_plan_sets(db, plan_id, "ca-state-minimum", ())
    california = audit_plan(db, plan_id).result.sets[0]
    assert [(n.code, n.reason) for n in california.not_counted] == [("02052", MIDDLE_SCHOOL)]
    report = build_plan_report(db, plan_id)
    assert [lv.level for lv in report.levels][:2] == [8, 9]
    assert [c.code for c in report.levels[0].courses] == ["02052"]
