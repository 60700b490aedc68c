"""Plan validation rules (counselor_app.services.rules): pure Python, no Qt, no database."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from dataclasses import replace
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselor_app.services.rules import (
    RULES,
    ConcentratorStatus,
    CourseInfo,
    Issue,
    PlanInput,
    PlannedCourse,
    ProgramCourses,
    RequirementProgress,
    RuleSettings,
    ValidationResult,
    validate_plan,
)

PS = 13


def course(code: str, title: str, *, credits: float = 1.0, area: str = "Electives",
           low: int = 9, high: int = 12, cte: bool = False, repeatable: bool = False,
           prereqs: tuple[str, ...] = (), prereq_titles: tuple[str, ...] = ()) -> CourseInfo:
    return CourseInfo(code=code, title=title, credits=credits, subject_area=area,
                      grade_low=low, grade_high=high, cte=cte, repeatable=repeatable,
                      prerequisites=prereqs, prerequisite_titles=prereq_titles)


CATALOG = {c.code: c for c in (
    course("ALG1", "Algebra I", area="Mathematics"),
    course("GEOM", "Geometry", area="Mathematics", prereqs=("ALG1",),
           prereq_titles=("Algebra I",)),
    course("ALG2", "Algebra II", area="Mathematics", prereqs=("ALG1", "GEOM")),
    course("APSTAT", "AP Statistics", area="Mathematics", low=11, high=12),
    course("STATA", "Statistics A", credits=0.5, area="Mathematics", prereqs=()),
    course("STATB", "Statistics B", credits=0.5, area="Mathematics", prereqs=("STATA",)),
    course("ENG9", "English 9", area="English", low=9, high=9),
    course("ENG10", "English 10", area="English", low=10, high=10),
    course("BIO", "Biology", area="Science"),
    course("HEALTH", "Health", credits=0.5, area="Health"),
    course("PE", "Physical Education", credits=0.5, area="PE", repeatable=True),
    course("CHOIR", "Choir", area="Fine Arts", repeatable=True),
    course("ELEC", "Study Hall Elective", repeatable=True),
    course("HALFE", "Half-credit Elective", credits=0.5, repeatable=True),
    course("DUAL", "Dual Credit Writing", area="English", low=11, high=PS),
    course("CAP", "Senior Capstone", area="English", low=12, high=12, prereqs=("DUAL",)),
    course("COMP2", "College Composition II", credits=3.0, area="English", low=PS, high=PS,
           prereqs=("DUAL",)),
    course("PSGEN", "College Elective", credits=3.0, low=PS, high=PS, repeatable=True),
    course("NEWC", "New Course", prereqs=("OLD1",)),
    course("W1", "Welding I", area="CTE", cte=True),
    course("W2", "Welding II", area="CTE", cte=True, prereqs=("W1",)),
    course("W3", "Welding III", credits=0.5, area="CTE", cte=True),
    course("WPS", "Welding Technology (college)", credits=4.0, area="CTE", low=PS, high=PS,
           cte=True),
    course("N1", "Health Science I", area="CTE", cte=True),
    course("N2", "Health Science II", area="CTE", cte=True),
    course("BIZ", "Intro to Business", credits=0.5, area="CTE", cte=True),
    course("SHOP", "Shop Safety (not CTE)", area="CTE", cte=False),
)}


def pc(id: int, code: str, level: int, term: str = "year",
       status: str = "planned") -> PlannedCourse:
    """A plan row; codes missing from CATALOG are 'no longer in the catalog'."""
    return PlannedCourse(id=id, code=code, level=level, term=term, status=status,
                         course=CATALOG.get(code))


def fill(first_id: int, level: int, credits: float) -> list[PlannedCourse]:
    """Repeatable fillers adding up to `credits` (whole + one half) in a level."""
    rows = [pc(first_id + i, "ELEC", level) for i in range(int(credits))]
    if credits % 1:
        rows.append(pc(first_id + len(rows), "HALFE", level))
    return rows


DEFAULT = RuleSettings()


def run(courses: list[PlannedCourse], requirements: tuple[tuple[str, float], ...] = (), *,
        programs: tuple[ProgramCourses, ...] = (), plan_program: str | None = None,
        settings: RuleSettings = DEFAULT) -> ValidationResult:
    return validate_plan(PlanInput(courses=tuple(courses), requirements=requirements,
                                   programs=programs, plan_program=plan_program,
                                   settings=settings))


Found = tuple[str, int | None, int | None]  # (rule, plan_course_id, level)


def found(result: ValidationResult) -> Counter[Found]:
    return Counter((i.rule, i.plan_course_id, i.level) for i in result.issues)


def expect(*items: Found) -> Counter[Found]:
    return Counter(items)


# ---------------------------------------------------------------- per-course rules

COURSE_CASES = [
    # unknown_course
    pytest.param([pc(1, "GONE", 10)], [("unknown_course", 1, 10)], id="unknown-course"),
    pytest.param([pc(1, "GONE", 10), pc(2, "GONE", 10)],
                 [("unknown_course", 1, 10), ("unknown_course", 2, 10)],
                 id="unknown-twice-no-duplicate-check"),
    pytest.param([pc(1, "GONE", 8)], [("unknown_course", 1, 8)],
                 id="unknown-no-grade-range-check"),
    pytest.param([pc(1, "OLD1", 9), pc(2, "NEWC", 10)], [("unknown_course", 1, 9)],
                 id="unknown-prerequisite-earlier-still-satisfies"),
    pytest.param([pc(1, "NEWC", 9), pc(2, "OLD1", 10)],
                 [("prerequisite_order", 1, 9), ("unknown_course", 2, 10)],
                 id="unknown-prerequisite-later"),
    pytest.param([pc(1, "NEWC", 9)], [("prerequisite_missing", 1, 9)],
                 id="prerequisite-not-in-catalog-nor-plan"),
    # prerequisite_missing / prerequisite_order
    pytest.param([pc(1, "ALG1", 9), pc(2, "GEOM", 10)], [], id="prereq-earlier-level"),
    pytest.param([pc(2, "GEOM", 10), pc(1, "ALG1", 9)], [],
                 id="prereq-earlier-level-listed-after"),
    pytest.param([pc(1, "GEOM", 10)], [("prerequisite_missing", 1, 10)], id="prereq-missing"),
    pytest.param([pc(1, "ALG1", 9), pc(2, "ALG2", 11)], [("prerequisite_missing", 2, 11)],
                 id="two-prereqs-one-missing"),
    pytest.param([pc(1, "ALG2", 11)],
                 [("prerequisite_missing", 1, 11), ("prerequisite_missing", 1, 11)],
                 id="two-prereqs-both-missing"),
    pytest.param([pc(1, "ALG1", 10), pc(2, "GEOM", 10)], [("prerequisite_order", 2, 10)],
                 id="prereq-same-level-year"),
    pytest.param([pc(1, "ALG1", 11), pc(2, "GEOM", 10)], [("prerequisite_order", 2, 10)],
                 id="prereq-later-level"),
    pytest.param([pc(1, "ALG1", 9), pc(2, "GEOM", 10), pc(3, "ALG2", 10)],
                 [("prerequisite_order", 3, 10)], id="prereq-chain-one-late"),
    pytest.param([pc(1, "STATA", 11, "sem1"), pc(2, "STATB", 11, "sem2")], [],
                 id="sem1-then-sem2-same-level-ok"),
    pytest.param([pc(1, "STATA", 11, "sem2"), pc(2, "STATB", 11, "sem1")],
                 [("prerequisite_order", 2, 11)], id="sem2-then-sem1-same-level"),
    pytest.param([pc(1, "STATA", 11, "sem1"), pc(2, "STATB", 11, "sem1")],
                 [("prerequisite_order", 2, 11)], id="sem1-sem1-same-level"),
    pytest.param([pc(1, "STATA", 11, "sem1"), pc(2, "STATB", 11, "year")],
                 [("prerequisite_order", 2, 11)], id="sem1-then-year-same-level"),
    pytest.param([pc(1, "STATA", 11, "year"), pc(2, "STATB", 11, "sem2")],
                 [("prerequisite_order", 2, 11)], id="year-then-sem2-same-level"),
    pytest.param([pc(1, "STATA", 11, "summer"), pc(2, "STATB", 11, "sem1")],
                 [("prerequisite_order", 2, 11)], id="summer-same-level-not-before"),
    pytest.param([pc(1, "STATA", 10, "summer"), pc(2, "STATB", 11, "sem1")], [],
                 id="summer-of-earlier-level-ok"),
    pytest.param([pc(1, "STATA", 10, "sem2"), pc(2, "STATB", 11, "sem1")], [],
                 id="sem2-earlier-level-then-sem1-ok"),
    pytest.param([pc(1, "DUAL", PS), pc(2, "CAP", 12)], [("prerequisite_order", 2, 12)],
                 id="prereq-in-postsecondary-for-grade-12"),
    pytest.param([pc(1, "DUAL", 12), pc(2, "COMP2", PS)], [],
                 id="grade-12-prereq-for-postsecondary"),
    pytest.param([pc(1, "DUAL", PS), pc(2, "COMP2", PS)], [("prerequisite_order", 2, PS)],
                 id="prereq-same-postsecondary-level"),
    pytest.param([pc(1, "ALG1", 11), pc(2, "ALG1", 9), pc(3, "GEOM", 10)],
                 [("duplicate", 1, 11)], id="prereq-one-of-two-occurrences-in-time"),
    pytest.param([pc(1, "ALG1", 9, status="completed"), pc(2, "GEOM", 10, status="completed")],
                 [], id="prereq-completed"),
    # grade_range
    pytest.param([pc(1, "APSTAT", 11)], [], id="grade-low-boundary"),
    pytest.param([pc(1, "APSTAT", 12)], [], id="grade-high-boundary"),
    pytest.param([pc(1, "APSTAT", 10)], [("grade_range", 1, 10)], id="below-grade-low"),
    pytest.param([pc(1, "ENG9", 10)], [("grade_range", 1, 10)], id="above-grade-high"),
    pytest.param([pc(1, "ENG9", 9)], [], id="single-grade-course"),
    pytest.param([pc(1, "ALG1", PS)], [("grade_range", 1, PS)],
                 id="high-school-course-in-postsecondary"),
    pytest.param([pc(1, "WPS", 12)], [("grade_range", 1, 12)],
                 id="postsecondary-course-in-grade-12"),
    pytest.param([pc(1, "WPS", PS)], [], id="postsecondary-course-in-postsecondary"),
    pytest.param([pc(1, "DUAL", PS), pc(2, "DUAL", 10)],
                 [("grade_range", 2, 10), ("duplicate", 1, PS)],
                 id="dual-credit-range-through-postsecondary"),
    # duplicate
    pytest.param([pc(1, "ALG1", 9), pc(2, "ALG1", 10)], [("duplicate", 2, 10)],
                 id="duplicate-later-level"),
    pytest.param([pc(1, "ALG1", 10), pc(2, "ALG1", 9)], [("duplicate", 1, 10)],
                 id="duplicate-first-is-earliest-level"),
    pytest.param([pc(1, "ALG1", 9), pc(2, "ALG1", 9)], [("duplicate", 2, 9)],
                 id="duplicate-same-level-second-flagged"),
    pytest.param([pc(1, "ALG1", 9), pc(2, "ALG1", 10), pc(3, "ALG1", 11)],
                 [("duplicate", 2, 10), ("duplicate", 3, 11)], id="triplicate"),
    pytest.param([pc(1, "PE", 9), pc(2, "PE", 10), pc(3, "PE", 10), pc(4, "PE", 12)], [],
                 id="repeatable-not-duplicate"),
    pytest.param([pc(1, "CHOIR", 9), pc(2, "CHOIR", 9, "sem1")], [],
                 id="repeatable-same-level"),
    pytest.param([pc(1, "ALG1", 9, status="completed"), pc(2, "ALG1", 10)],
                 [("duplicate", 2, 10)], id="duplicate-of-completed"),
    pytest.param([pc(1, "GONE", 9), pc(2, "ALG1", 9), pc(3, "ALG1", 10)],
                 [("unknown_course", 1, 9), ("duplicate", 3, 10)],
                 id="duplicate-beside-unknown"),
    pytest.param([pc(1, "GEOM", 10), pc(2, "GEOM", 11)],
                 [("duplicate", 2, 11), ("prerequisite_missing", 1, 10),
                  ("prerequisite_missing", 2, 11)],
                 id="duplicate-each-checked-for-prereqs"),
    # clean
    pytest.param([], [], id="empty-plan"),
    pytest.param([pc(1, "ENG9", 9), pc(2, "ALG1", 9), pc(3, "BIO", 9), pc(4, "PE", 9),
                  pc(5, "ENG10", 10), pc(6, "GEOM", 10), pc(7, "PE", 10)],
                 [], id="clean-plan"),
]


@pytest.mark.parametrize(("courses", "expected"), COURSE_CASES)
def test_course_rules(courses: list[PlannedCourse],
                      expected: list[Found]) -> None:
    assert found(run(courses)) == Counter(expected)


# ---------------------------------------------------------------- credit load


LOAD_CASES = [
    pytest.param(fill(1, 9, 8), RuleSettings(), [], id="exactly-max-ok"),
    pytest.param(fill(1, 9, 8.5), RuleSettings(), [("credit_load", None, 9)],
                 id="max-plus-half"),
    pytest.param(fill(1, 10, 7.5), RuleSettings(), [], id="half-below-max"),
    pytest.param(fill(1, 9, 9) + fill(20, 12, 10), RuleSettings(),
                 [("credit_load", None, 9), ("credit_load", None, 12)],
                 id="one-issue-per-level"),
    pytest.param(fill(1, 11, 12), RuleSettings(), [("credit_load", None, 11)],
                 id="many-courses-one-issue"),
    pytest.param([pc(1, "PSGEN", PS), pc(2, "PSGEN", PS), pc(3, "PSGEN", PS)], RuleSettings(),
                 [], id="postsecondary-not-limited"),
    pytest.param(fill(1, 9, 8) + [pc(50, "GONE", 9)], RuleSettings(),
                 [("unknown_course", 50, 9)], id="unknown-counts-no-credits"),
    pytest.param(fill(1, 9, 6.5), RuleSettings(max_credits_per_year=6),
                 [("credit_load", None, 9)], id="custom-max-exceeded"),
    pytest.param(fill(1, 9, 6), RuleSettings(max_credits_per_year=6), [],
                 id="custom-max-exact"),
    pytest.param(fill(1, 9, 7) + [pc(20, "STATA", 9, "sem1"), pc(21, "STATB", 9, "sem2")],
                 RuleSettings(), [], id="semester-halves-add-up-to-max"),
    pytest.param(fill(1, 9, 7) + [pc(20, "ALG1", 9, status="completed"),
                                  pc(21, "HALFE", 9, status="in_progress")],
                 RuleSettings(), [("credit_load", None, 9)],
                 id="every-status-counts-toward-load"),
]


@pytest.mark.parametrize(("courses", "rule_settings", "expected"), LOAD_CASES)
def test_credit_load(courses: list[PlannedCourse], rule_settings: RuleSettings,
                     expected: list[Found]) -> None:
    assert found(run(courses, settings=rule_settings)) == Counter(expected)


def test_credit_load_message() -> None:
    issue, = run(fill(1, 10, 8.5)).issues
    assert issue.severity == "warning"
    assert issue.message == "Grade 10: 8.5 credits planned, more than the 8 allowed in one year."


# ---------------------------------------------------------------- credits by level


def test_credits_by_level_all_levels_present_when_empty() -> None:
    result = run([])
    assert dict(result.credits_by_level) == {6: 0.0, 7: 0.0, 8: 0.0, 9: 0.0, 10: 0.0, 11: 0.0,
                                             12: 0.0, PS: 0.0}
    assert result.total_credits == 0.0


def test_credits_by_level_and_total() -> None:
    courses = [pc(1, "ALG1", 9), pc(2, "PE", 9), pc(3, "GEOM", 10, status="completed"),
               pc(4, "STATA", 11, "sem1"), pc(5, "STATB", 11, "sem2"), pc(6, "HEALTH", 11),
               pc(7, "DUAL", 12), pc(8, "COMP2", PS), pc(9, "WPS", PS), pc(10, "GONE", 12)]
    result = run(courses)
    assert dict(result.credits_by_level) == {6: 0.0, 7: 0.0, 8: 0.0, 9: 1.5, 10: 1.0, 11: 1.5,
                                             12: 1.0, PS: 7.0}
    assert result.total_credits == 5.0  # postsecondary excluded


def test_flagged_duplicates_still_count_credits() -> None:
    result = run([pc(1, "ALG1", 9), pc(2, "ALG1", 9)], (("Mathematics", 2),))
    assert result.credits_by_level[9] == 2.0
    assert result.requirements[0].met


# ---------------------------------------------------------------- graduation requirements


def progress(area: str, required: float, completed: float, planned: float
             ) -> RequirementProgress:
    return RequirementProgress(area, required, completed, planned)


REQUIREMENT_CASES = [
    pytest.param([], (("Mathematics", 4),), [progress("Mathematics", 4, 0, 0)],
                 id="nothing-planned"),
    pytest.param([pc(1, "ALG1", 9, status="completed"), pc(2, "GEOM", 10, status="in_progress"),
                  pc(3, "ALG2", 11)],
                 (("Mathematics", 4),), [progress("Mathematics", 4, 1, 2)],
                 id="completed-vs-planned-and-in-progress"),
    pytest.param([pc(1, "HEALTH", 9, status="completed")], (("Health", 0.5),),
                 [progress("Health", 0.5, 0.5, 0)], id="half-credit-met"),
    pytest.param([pc(1, "STATA", 11, "sem1"), pc(2, "STATB", 11, "sem2", status="completed")],
                 (("Mathematics", 1.5),), [progress("Mathematics", 1.5, 0.5, 0.5)],
                 id="half-credits-short"),
    pytest.param([pc(1, "DUAL", 12), pc(2, "COMP2", PS, status="completed")],
                 (("English", 4), ("*", 22)),
                 [progress("English", 4, 0, 1), progress("*", 22, 0, 1)],
                 id="postsecondary-excluded"),
    pytest.param([pc(1, "GONE", 9)], (("*", 1),), [progress("*", 1, 0, 0)],
                 id="unknown-course-excluded"),
    pytest.param([pc(1, "ALG1", 9, status="completed"), pc(2, "BIO", 9), pc(3, "PE", 10)],
                 (("*", 24), ("Mathematics", 4), ("Science", 3)),
                 [progress("Mathematics", 4, 1, 0), progress("Science", 3, 0, 1),
                  progress("*", 24, 1, 1.5)],
                 id="total-last-and-counts-every-area"),
    pytest.param([pc(1, "ALG1", 9)], (("  mathematics ", 1),),
                 [progress("  mathematics ", 1, 0, 1)],
                 id="subject-area-ignores-case-and-spaces"),
    pytest.param([pc(1, "ALG1", 9)], (("Science", 3), ("Mathematics", 1)),
                 [progress("Science", 3, 0, 0), progress("Mathematics", 1, 0, 1)],
                 id="input-order-kept"),
    pytest.param([pc(1, "PE", 9), pc(2, "PE", 10, status="completed")], (("PE", 1),),
                 [progress("PE", 1, 0.5, 0.5)], id="repeatable-counts-each-time"),
    pytest.param([], (), [], id="no-requirements"),
]


@pytest.mark.parametrize(("courses", "requirements", "expected"), REQUIREMENT_CASES)
def test_requirement_progress(courses: list[PlannedCourse],
                              requirements: tuple[tuple[str, float], ...],
                              expected: list[RequirementProgress]) -> None:
    result = run(courses, requirements)
    assert list(result.requirements) == expected
    short = [i for i in result.issues if i.rule == "requirement_shortfall"]
    assert len(short) == sum(1 for p in expected if not p.met)
    assert all(i.severity == "warning" and i.plan_course_id is None and i.level is None
               for i in short)


@pytest.mark.parametrize(("required", "completed", "planned", "shortfall", "met"), [
    pytest.param(4, 1, 2, 1, False, id="short"),
    pytest.param(4, 2, 2, 0, True, id="exact"),
    pytest.param(4, 3, 3, 0, True, id="over-never-negative"),
    pytest.param(0.5, 0, 0, 0.5, False, id="half"),
    pytest.param(0, 0, 0, 0, True, id="zero-required"),
    pytest.param(1, 0.1 + 0.2, 0.7, 0, True, id="float-noise"),
])
def test_requirement_progress_properties(required: float, completed: float, planned: float,
                                         shortfall: float, met: bool) -> None:
    item = RequirementProgress("Mathematics", required, completed, planned)
    assert item.shortfall == pytest.approx(shortfall)
    assert item.met is met


@pytest.mark.parametrize(("courses", "requirement", "message"), [
    pytest.param([pc(1, "ALG1", 9, status="completed"), pc(2, "GEOM", 10), pc(3, "ALG2", 11)],
                 ("Mathematics", 4), "Mathematics: 1 credit short (3 of 4).",
                 id="whole-credit"),
    pytest.param([], ("Health", 0.5), "Health: 0.5 credit short (0 of 0.5).", id="half-credit"),
    pytest.param([pc(1, "STATA", 11)], ("Mathematics", 2),
                 "Mathematics: 1.5 credits short (0.5 of 2).", id="credits-plural"),
    pytest.param([pc(1, "ALG1", 9), pc(2, "PE", 9), pc(3, "BIO", 10), pc(4, "STATA", 11)],
                 ("*", 24), "Total credits: 21 credits short (3 of 24).", id="total"),
])
def test_requirement_shortfall_message(courses: list[PlannedCourse],
                                       requirement: tuple[str, float], message: str) -> None:
    result = run(courses, (requirement,))
    assert [i.message for i in result.issues if i.rule == "requirement_shortfall"] == [message]


# ---------------------------------------------------------------- concentrator

WELD = ProgramCourses("B-WELD", "Welding", frozenset({"W1", "W2", "W3", "WPS", "SHOP", "GONE"}))
NURS = ProgramCourses("A-NURS", "Health Science", frozenset({"N1", "N2", "BIZ"}))
BIZ = ProgramCourses("C-BIZ", "Business", frozenset({"BIZ"}))
CREDITS2 = RuleSettings(cte_mode="credits", cte_threshold=2.0)


CONCENTRATOR_CASES = [
    pytest.param([pc(1, "W1", 9), pc(2, "W2", 10)], (), None, RuleSettings(),
                 (False, 0.0, None, ()), id="no-programs"),
    pytest.param([pc(1, "W1", 9), pc(2, "W2", 10)], (WELD,), None, RuleSettings(),
                 (True, 2.0, "B-WELD", ("W1", "W2")), id="two-courses-met"),
    pytest.param([pc(1, "W1", 9)], (WELD,), None, RuleSettings(),
                 (False, 1.0, "B-WELD", ("W1",)), id="one-course-not-met"),
    pytest.param([pc(2, "W2", 11), pc(1, "W1", 10)], (WELD,), None, RuleSettings(),
                 (True, 2.0, "B-WELD", ("W1", "W2")), id="counted-in-plan-order"),
    pytest.param([pc(1, "W1", 9), pc(2, "W1", 10)], (WELD,), None, RuleSettings(),
                 (False, 1.0, "B-WELD", ("W1",)), id="same-code-counted-once"),
    pytest.param([pc(1, "W1", 9), pc(2, "SHOP", 10)], (WELD,), None, RuleSettings(),
                 (False, 1.0, "B-WELD", ("W1",)), id="non-cte-course-not-counted"),
    pytest.param([pc(1, "W1", 9), pc(2, "GONE", 10)], (WELD,), None, RuleSettings(),
                 (False, 1.0, "B-WELD", ("W1",)), id="unknown-course-not-counted"),
    pytest.param([pc(1, "W1", 9), pc(2, "N1", 10)], (WELD, NURS), None, RuleSettings(),
                 (False, 1.0, "A-NURS", ("N1",)), id="courses-of-different-programs-dont-add"),
    pytest.param([pc(1, "W1", 9, status="completed"), pc(2, "W2", 10, status="in_progress"),
                  pc(3, "W3", 11)], (WELD,), None, RuleSettings(),
                 (True, 3.0, "B-WELD", ("W1", "W2", "W3")), id="any-status-counts"),
    pytest.param([pc(1, "W1", 12), pc(2, "WPS", PS)], (WELD,), None, RuleSettings(),
                 (False, 1.0, "B-WELD", ("W1",)), id="postsecondary-course-does-not-count"),
    pytest.param([pc(1, "W1", 9), pc(2, "W2", 10), pc(3, "N1", 9), pc(4, "N2", 10)],
                 (WELD, NURS), None, RuleSettings(),
                 (True, 2.0, "A-NURS", ("N1", "N2")), id="tie-goes-to-code-order"),
    pytest.param([pc(1, "W1", 9), pc(2, "W2", 10), pc(3, "N1", 9), pc(4, "N2", 10)],
                 (WELD, NURS), "B-WELD", RuleSettings(),
                 (True, 2.0, "B-WELD", ("W1", "W2")), id="tie-goes-to-plan-program"),
    pytest.param([pc(1, "W1", 9), pc(2, "W2", 10), pc(3, "N1", 9), pc(4, "N2", 10)],
                 (NURS, WELD), "Z-OTHER", RuleSettings(),
                 (True, 2.0, "A-NURS", ("N1", "N2")), id="plan-program-not-a-candidate"),
    pytest.param([pc(1, "W1", 9), pc(2, "N1", 9), pc(3, "N2", 10)],
                 (WELD, NURS), "B-WELD", RuleSettings(),
                 (True, 2.0, "A-NURS", ("N1", "N2")), id="more-beats-plan-program"),
    pytest.param([pc(1, "ALG1", 9)], (NURS, WELD), "B-WELD", RuleSettings(),
                 (False, 0.0, "B-WELD", ()), id="nothing-counted-plan-program-shown"),
    pytest.param([pc(1, "ALG1", 9)], (WELD, NURS), None, RuleSettings(),
                 (False, 0.0, "A-NURS", ()), id="nothing-counted-first-code-shown"),
    pytest.param([pc(1, "BIZ", 9)], (NURS, BIZ), None, RuleSettings(),
                 (False, 1.0, "A-NURS", ("BIZ",)), id="course-in-two-programs"),
    # credits mode
    pytest.param([pc(1, "W1", 9), pc(2, "W3", 10)], (WELD,), None, CREDITS2,
                 (False, 1.5, "B-WELD", ("W1", "W3")), id="credits-below-threshold"),
    pytest.param([pc(1, "W1", 9), pc(2, "W2", 10)], (WELD,), None, CREDITS2,
                 (True, 2.0, "B-WELD", ("W1", "W2")), id="credits-exactly-threshold"),
    pytest.param([pc(1, "W1", 9), pc(2, "W1", 10), pc(3, "W3", 11)], (WELD,), None, CREDITS2,
                 (False, 1.5, "B-WELD", ("W1", "W3")), id="credits-each-code-once"),
    pytest.param([pc(1, "W3", 9), pc(2, "BIZ", 10)], (WELD, BIZ), None,
                 RuleSettings(cte_mode="credits", cte_threshold=0.5),
                 (True, 0.5, "B-WELD", ("W3",)), id="credits-tie-code-order"),
    pytest.param([pc(1, "N1", 9), pc(2, "N2", 9), pc(3, "W1", 10), pc(4, "WPS", PS)],
                 (WELD, NURS), None, CREDITS2,
                 (True, 2.0, "A-NURS", ("N1", "N2")),
                 id="credits-mode-ignores-postsecondary-credits"),
    pytest.param([pc(1, "N1", 9), pc(2, "N2", 9), pc(3, "W1", 10), pc(4, "WPS", PS)],
                 (WELD, NURS), None, RuleSettings(),
                 (True, 2.0, "A-NURS", ("N1", "N2")), id="courses-mode-same-plan-tie"),
    pytest.param([pc(1, "W3", 9), pc(2, "BIZ", 9)], (WELD, NURS), None,
                 RuleSettings(cte_threshold=1),
                 (True, 1.0, "A-NURS", ("BIZ",)), id="courses-mode-ignores-half-credits"),
    pytest.param([pc(1, "W1", 9), pc(2, "W2", 9), pc(3, "W3", 9)], (WELD,), None,
                 RuleSettings(cte_threshold=4),
                 (False, 3.0, "B-WELD", ("W1", "W2", "W3")), id="custom-course-threshold"),
]


@pytest.mark.parametrize(("courses", "programs", "plan_program", "rule_settings", "expected"),
                         CONCENTRATOR_CASES)
def test_concentrator(courses: list[PlannedCourse], programs: tuple[ProgramCourses, ...],
                      plan_program: str | None, rule_settings: RuleSettings,
                      expected: tuple[bool, float, str | None, tuple[str, ...]]) -> None:
    status = run(courses, programs=programs, plan_program=plan_program,
                 settings=rule_settings).concentrator
    assert (status.met, status.amount, status.program_code, status.counted) == expected
    assert status.mode == rule_settings.cte_mode
    assert status.threshold == rule_settings.cte_threshold


def test_concentrator_full_status() -> None:
    status = run([pc(1, "N1", 9), pc(2, "N2", 10)], programs=(NURS,)).concentrator
    assert status == ConcentratorStatus(met=True, mode="courses", threshold=2.0, amount=2.0,
                                        program_code="A-NURS", program_name="Health Science",
                                        counted=("N1", "N2"))


def test_concentrator_without_programs() -> None:
    status = run([pc(1, "N1", 9)]).concentrator
    assert status == ConcentratorStatus(met=False, mode="courses", threshold=2.0, amount=0.0,
                                        program_code=None, program_name="", counted=())


def test_concentrator_unknown_mode_counts_courses() -> None:
    status = run([pc(1, "W1", 9), pc(2, "W3", 10)], programs=(WELD,),
                 settings=RuleSettings(cte_mode="bogus")).concentrator
    assert (status.mode, status.amount, status.met) == ("courses", 2.0, True)


def test_concentrator_raises_no_issue() -> None:
    result = run([pc(1, "W1", 9)], programs=(WELD,))
    assert result.issues == ()


# ---------------------------------------------------------------- messages


MESSAGE_CASES = [
    pytest.param([pc(1, "GONE", 10)], "unknown_course", "warning",
                 "Grade 10: course GONE is no longer in the catalog; it counts no credits.",
                 id="unknown_course"),
    pytest.param([pc(1, "GEOM", 10)], "prerequisite_missing", "error",
                 "Grade 10: Geometry (GEOM) needs Algebra I (ALG1), which is not in the plan.",
                 id="prerequisite_missing"),
    pytest.param([pc(1, "ALG1", 11), pc(2, "GEOM", 10)], "prerequisite_order", "error",
                 "Grade 10: Geometry (GEOM) needs Algebra I (ALG1) first, "
                 "but it is planned later, in Grade 11.", id="prerequisite_order-later"),
    pytest.param([pc(1, "STATA", 11, "sem2"), pc(2, "STATB", 11, "sem1")],
                 "prerequisite_order", "error",
                 "Grade 11: Statistics B (STATB) needs Statistics A (STATA) first, "
                 "but it is planned in the same grade (semester 2).",
                 id="prerequisite_order-same-grade"),
    pytest.param([pc(1, "DUAL", PS), pc(2, "CAP", 12)], "prerequisite_order", "error",
                 "Grade 12: Senior Capstone (CAP) needs Dual Credit Writing (DUAL) first, "
                 "but it is planned later, in Postsecondary.", id="prerequisite_order-ps"),
    pytest.param([pc(1, "NEWC", 9), pc(2, "OLD1", 10)], "prerequisite_order", "error",
                 "Grade 9: New Course (NEWC) needs OLD1 first, "
                 "but it is planned later, in Grade 10.", id="prerequisite_order-unknown"),
    pytest.param([pc(1, "APSTAT", 10)], "grade_range", "error",
                 "Grade 10: AP Statistics (APSTAT) is for grades 11-12.", id="grade_range"),
    pytest.param([pc(1, "ENG9", 11)], "grade_range", "error",
                 "Grade 11: English 9 (ENG9) is for grade 9 only.", id="grade_range-single"),
    pytest.param([pc(1, "WPS", 12)], "grade_range", "error",
                 "Grade 12: Welding Technology (college) (WPS) is for postsecondary only.",
                 id="grade_range-ps-only"),
    pytest.param([pc(1, "DUAL", 10)], "grade_range", "error",
                 "Grade 10: Dual Credit Writing (DUAL) is for grade 11 through postsecondary.",
                 id="grade_range-through-ps"),
    pytest.param([pc(1, "ALG1", PS)], "grade_range", "error",
                 "Postsecondary: Algebra I (ALG1) is for grades 9-12.", id="grade_range-in-ps"),
    pytest.param([pc(1, "ALG1", 9), pc(2, "ALG1", 11)], "duplicate", "error",
                 "Grade 11: Algebra I (ALG1) is already planned in Grade 9.", id="duplicate"),
]


@pytest.mark.parametrize(("courses", "rule", "severity", "message"), MESSAGE_CASES)
def test_messages(courses: list[PlannedCourse], rule: str, severity: str, message: str) -> None:
    issues = [i for i in run(courses).issues if i.rule == rule]
    assert [(i.severity, i.message) for i in issues] == [(severity, message)]


# ---------------------------------------------------------------- combinations


def messy_plan() -> list[PlannedCourse]:
    return [
        pc(1, "APSTAT", 10),                # grade_range
        pc(2, "ALG1", 9, status="completed"),
        pc(3, "ALG1", 10),                  # duplicate
        pc(4, "GONE", 11),                  # unknown_course
        pc(5, "ALG2", 10),                  # prerequisite_order (GEOM in 11)
        pc(6, "GEOM", 11),                  # prerequisite ok (ALG1 in 9)
        pc(10, "CAP", 12),                  # prerequisite_missing (DUAL)
        pc(7, "ENG9", 12),                  # grade_range
        pc(8, "N1", 12), pc(9, "N2", 12),   # concentrator met
        *fill(20, 12, 5.5),                 # grade 12: 4 + 5.5 = 9.5 credits -> credit_load
    ]


def test_plan_with_several_problems_reports_each_once() -> None:
    result = run(messy_plan(), (("Mathematics", 6), ("English", 4), ("*", 10)),
                 programs=(WELD, NURS))
    assert found(result) == expect(
        ("grade_range", 1, 10), ("duplicate", 3, 10), ("unknown_course", 4, 11),
        ("prerequisite_order", 5, 10), ("grade_range", 7, 12), ("prerequisite_missing", 10, 12),
        ("credit_load", None, 12),
        ("requirement_shortfall", None, None), ("requirement_shortfall", None, None),
    )
    assert [i.message for i in result.issues if i.rule == "requirement_shortfall"] == [
        "Mathematics: 1 credit short (5 of 6).", "English: 2 credits short (2 of 4)."]
    assert result.error_count == 5
    assert result.warning_count == 4  # unknown, load, two shortfalls
    assert [i.rule for i in result.issues_for(1)] == ["grade_range"]
    assert [i.rule for i in result.issues_for(5)] == ["prerequisite_order"]
    assert [i.rule for i in result.issues_for(10)] == ["prerequisite_missing"]
    assert result.issues_for(6) == ()
    assert result.issues_for(999) == ()
    assert result.total_credits == 14.5
    assert result.requirements[-1] == progress("*", 10, 1, 13.5)
    assert result.concentrator.met and result.concentrator.program_code == "A-NURS"


def test_course_issues_come_in_plan_order_then_load_then_requirements() -> None:
    result = run(messy_plan(), (("Mathematics", 6),))
    levels = [i.level for i in result.issues if i.plan_course_id is not None]
    assert levels == sorted(levels)  # type: ignore[type-var]
    rules = [i.rule for i in result.issues]
    assert rules[-2:] == ["credit_load", "requirement_shortfall"]


def test_one_course_with_several_problems() -> None:
    # Geometry planned twice: second time also out of range (custom range) and before ALG1.
    narrow = replace(CATALOG["GEOM"], grade_low=10, grade_high=10)
    courses = [PlannedCourse(1, "GEOM", 10, course=narrow),
               PlannedCourse(2, "GEOM", 9, course=narrow), pc(3, "ALG1", 9)]
    result = run(courses)
    assert Counter(i.rule for i in result.issues_for(2)) == Counter(
        {"grade_range": 1, "prerequisite_order": 1})
    assert Counter(i.rule for i in result.issues_for(1)) == Counter({"duplicate": 1})


def test_issue_counts_and_result_is_deterministic() -> None:
    plan = PlanInput(courses=tuple(messy_plan()), requirements=(("*", 24),), programs=(NURS,))
    assert validate_plan(plan) == validate_plan(plan)


def test_result_is_read_only() -> None:
    result = run([])
    with pytest.raises(TypeError):
        result.credits_by_level[9] = 5.0  # type: ignore[index]


def test_defaults() -> None:
    plan = PlanInput(courses=(), requirements=())
    assert plan.settings == RuleSettings(max_credits_per_year=8.0, cte_mode="courses",
                                         cte_threshold=2.0)
    assert plan.programs == () and plan.plan_program is None
    row = PlannedCourse(1, "X", 9)
    assert (row.term, row.status, row.course) == ("year", "planned", None)
    assert Issue("duplicate", "error", "m") == Issue("duplicate", "error", "m", None, None)
    assert RULES == ("unknown_course", "prerequisite_missing", "prerequisite_order",
                     "grade_range", "duplicate", "credit_load", "requirement_shortfall",
                     "past_planned")
    assert plan.past_years == {}


def test_rules_module_imports_neither_qt_nor_sqlalchemy() -> None:
    code = ("import sys, counselor_app.services.rules; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# ---------------------------------------------------------------- property tests

CODES = ("A", "B", "C", "D", "E", "F")
LEVELS = (9, 10, 11, 12, PS)
TERMS = ("year", "sem1", "sem2", "summer")
STATUSES = ("planned", "in_progress", "completed")
AREAS = ("Mathematics", "English", "CTE")
CREDIT_VALUES = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0)


@st.composite
def course_infos(draw: st.DrawFn, code: str) -> CourseInfo:
    low = draw(st.sampled_from(LEVELS))
    high = draw(st.sampled_from([lv for lv in LEVELS if lv >= low]))
    return CourseInfo(
        code=code, title=f"Course {code}", credits=draw(st.sampled_from(CREDIT_VALUES)),
        subject_area=draw(st.sampled_from(AREAS)), grade_low=low, grade_high=high,
        cte=draw(st.booleans()), repeatable=draw(st.booleans()),
        prerequisites=tuple(draw(st.lists(st.sampled_from((*CODES, "ZZ")), max_size=3))))


@st.composite
def plans(draw: st.DrawFn) -> PlanInput:
    catalog = {code: draw(course_infos(code)) for code in CODES
               if draw(st.booleans()) or code == "A"}
    rows = draw(st.lists(st.tuples(st.sampled_from(CODES), st.sampled_from((8, *LEVELS, 14)),
                                   st.sampled_from(TERMS), st.sampled_from(STATUSES)),
                         max_size=25))
    courses = tuple(PlannedCourse(id=100 + n, code=code, level=level, term=term, status=status,
                                  course=catalog.get(code))
                    for n, (code, level, term, status) in enumerate(rows))
    requirements = tuple(draw(st.lists(
        st.tuples(st.sampled_from((*AREAS, "*")), st.sampled_from(CREDIT_VALUES)), max_size=5)))
    programs = tuple(
        ProgramCourses(code=f"P{n}", name=f"Program {n}",
                       cte_courses=frozenset(draw(st.lists(st.sampled_from(CODES)))))
        for n in range(draw(st.integers(0, 3))))
    rule_settings = RuleSettings(
        max_credits_per_year=draw(st.sampled_from((1.0, 4.0, 8.0, 8.5))),
        cte_mode=draw(st.sampled_from(("courses", "credits"))),
        cte_threshold=draw(st.sampled_from((0.5, 1.0, 2.0, 3.0))))
    plan_program = draw(st.sampled_from((None, "P0", "P1", "P9")))
    return PlanInput(courses=courses, requirements=requirements, programs=programs,
                     plan_program=plan_program, settings=rule_settings)


@settings(max_examples=300, deadline=None)
@given(plans())
def test_random_plans_are_consistent(plan: PlanInput) -> None:
    result = validate_plan(plan)

    levels = result.credits_by_level
    assert set(levels) == {6, 7, 8, *LEVELS}  # grades 6-8: courses for high-school credit
    early = levels[6] + levels[7] + levels[8]  # not in the grades 9-12 total
    assert sum(levels.values()) == pytest.approx(result.total_credits + levels[PS] + early)
    assert all(value >= 0 for value in levels.values())

    by_id = {row.id: row for row in plan.courses}
    for issue in result.issues:
        assert issue.rule in RULES
        assert issue.severity in ("error", "warning")
        assert issue.message
        if issue.plan_course_id is not None:
            assert issue.plan_course_id in by_id
            assert issue.level == by_id[issue.plan_course_id].level
    assert result.error_count + result.warning_count == len(result.issues)

    for row in plan.courses:
        rules = [i.rule for i in result.issues_for(row.id)]
        if row.course is None:
            assert rules == ["unknown_course"]
        else:
            assert "unknown_course" not in rules
            assert rules.count("duplicate") <= 1
            assert rules.count("grade_range") <= 1

    areas = [p.subject_area for p in result.requirements]
    assert sorted(areas, key=lambda a: a == "*") == areas
    assert len(result.requirements) == len(plan.requirements)
    shortfalls = [i for i in result.issues if i.rule == "requirement_shortfall"]
    assert len(shortfalls) == sum(1 for p in result.requirements if not p.met)
    for item in result.requirements:
        assert item.shortfall >= 0
        if item.subject_area == "*":
            assert item.completed + item.planned == pytest.approx(result.total_credits)

    status = result.concentrator
    assert len(set(status.counted)) == len(status.counted)
    assert status.amount >= 0
    assert status.met == (status.amount >= status.threshold - 1e-9) or status.program_code is None
    if not plan.programs:
        assert status.program_code is None and not status.met


@settings(max_examples=100, deadline=None)
@given(plans(), st.randoms(use_true_random=False))
def test_totals_do_not_depend_on_input_order(plan: PlanInput, rnd: Random) -> None:
    shuffled = list(plan.courses)
    rnd.shuffle(shuffled)
    first = validate_plan(plan)
    second = validate_plan(replace(plan, courses=tuple(shuffled)))
    assert dict(first.credits_by_level) == dict(second.credits_by_level)
    assert first.requirements == second.requirements
    assert first.concentrator.amount == second.concentrator.amount
    assert Counter(i.rule for i in first.issues) == Counter(i.rule for i in second.issues)
