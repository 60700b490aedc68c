"""Plan services: creation from a program, copies, deletion, course edits, unknown codes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select

from counselor_app.domain import (
    Course,
    CoursePrerequisite,
    Plan,
    PlanCourse,
)
from counselor_app.services import plans, students
from counselor_app.services.school_years import current_school_year
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from tests.approving import approve
from tests.catalog import PROGRAM, add_test_catalog


def _student(db: Database, sid: str = "S1") -> int:
    return students.create_student(db, StudentData(sid, "Ana", "Núñez", 9,
                                                   current_school_year() + 3))  # a 9th grader now


def _codes_by_level(view: plans.PlanView) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for c in view.courses:
        out.setdefault(c.level, []).append(c.code)
    return out


def test_create_plan_from_program_copies_courses_by_grade(db: Database) -> None:
    add_test_catalog(db)
    pk = _student(db)
    plan_id = plans.create_plan(db, pk, "Main", PROGRAM)
    view = plans.load_plan(db, plan_id)
    assert _codes_by_level(view) == {9: ["ZTENG9", "ZTALG1", "ZTWLD1"],
                                     10: ["ZTENG10", "ZTGEO", "ZTWLD2"], 13: ["ZTWLD3"]}
    assert all(c.term == "year" and c.status == "planned" and c.known for c in view.courses)
    assert view.is_active and view.program_code == PROGRAM
    assert view.program_name == "Welding Technology (test)"


def test_blank_plan_and_only_first_plan_is_active(db: Database) -> None:
    pk = _student(db)
    first = plans.create_plan(db, pk, "First")
    second = plans.create_plan(db, pk, "  ")
    summaries = plans.list_plans(db, pk)
    assert [(p.id, p.is_active) for p in summaries] == [(first, True), (second, False)]
    assert summaries[1].name == "Plan"
    assert plans.load_plan(db, second).courses == ()


def test_unknown_program_writes_nothing(db: Database) -> None:
    pk = _student(db)
    try:
        plans.create_plan(db, pk, "X", "NO-SUCH-PROGRAM")
    except LookupError:
        pass
    else:
        raise AssertionError("expected LookupError")
    assert plans.list_plans(db, pk) == []


def test_duplicate_is_an_inactive_draft_copy(db: Database) -> None:
    add_test_catalog(db)
    pk = _student(db)
    src = plans.create_plan(db, pk, "Main", PROGRAM)
    plans.update_plan_fields(db, src, notes="likes welding", career_goal_text="Welder")
    approve(db, src)
    copy = plans.duplicate_plan(db, src, "What-if")
    a, b = plans.load_plan(db, src), plans.load_plan(db, copy)
    assert b.name == "What-if" and not b.is_active and b.status == "draft"
    assert b.notes == "likes welding" and b.career_goal_text == "Welder"
    assert _codes_by_level(a) == _codes_by_level(b)
    assert {c.id for c in a.courses}.isdisjoint({c.id for c in b.courses})


def test_delete_active_plan_makes_another_active(db: Database) -> None:
    pk = _student(db)
    first = plans.create_plan(db, pk, "First")
    second = plans.create_plan(db, pk, "Second")
    third = plans.create_plan(db, pk, "Third")
    assert plans.active_plan_id(db, pk) == first
    plans.delete_plan(db, first)
    assert plans.active_plan_id(db, pk) in (second, third)
    assert sum(p.is_active for p in plans.list_plans(db, pk)) == 1
    plans.set_active_plan(db, third)
    plans.delete_plan(db, second)  # not active: the active one stays
    assert plans.active_plan_id(db, pk) == third


def test_delete_plan_removes_its_courses(db: Database) -> None:
    add_test_catalog(db)
    plan_id = plans.create_plan(db, _student(db), "Main", PROGRAM)
    plans.delete_plan(db, plan_id)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PlanCourse)
                        .where(PlanCourse.plan_id == plan_id)) == 0


def test_unknown_course_stays_in_the_plan_and_is_flagged(db: Database) -> None:
    add_test_catalog(db)
    plan_id = plans.create_plan(db, _student(db), "Main", PROGRAM)
    gone = plans.add_course(db, plan_id, "GONE101", 11)
    # a catalog update drops a course that the plan uses
    with db.transaction() as s:
        s.execute(delete(CoursePrerequisite).where(CoursePrerequisite.course_code == "ZTART"))
        s.execute(delete(Course).where(Course.code == "ZTART"))
    art = plans.add_course(db, plan_id, "ZTART", 12)
    view = plans.load_plan(db, plan_id)
    flagged = {c.id: c for c in view.courses if not c.known}
    assert set(flagged) == {gone, art}
    assert flagged[gone].code == "GONE101" and flagged[gone].credits == 0
    result = plans.validate(db, plan_id)
    rules = {i.rule for i in result.issues_for(gone)}
    assert rules == {"unknown_course"}
    assert {i.rule for i in result.issues_for(art)} == {"unknown_course"}


def test_course_edits_remove_and_restore(db: Database) -> None:
    add_test_catalog(db)
    plan_id = plans.create_plan(db, _student(db), "Main", PROGRAM)
    view = plans.load_plan(db, plan_id)
    geo = next(c for c in view.courses if c.code == "ZTGEO")
    assert plans.move_course(db, geo.id, 11) == 10
    plans.update_course(db, geo.id, term="sem1", status="completed", final_mark=" A- ")
    removed = plans.remove_course(db, geo.id)
    assert removed.level == 11 and removed.term == "sem1" and removed.final_mark == "A-"
    new_id = plans.restore_course(db, removed)
    back = next(c for c in plans.load_plan(db, plan_id).courses if c.id == new_id)
    assert (back.code, back.level, back.term, back.status, back.final_mark,
            back.sort_order) == ("ZTGEO", 11, "sem1", "completed", "A-", removed.sort_order)


def test_bad_level_or_term_is_refused(db: Database) -> None:
    plan_id = plans.create_plan(db, _student(db), "Main")
    for kwargs in ({"level": 8}, {"level": 9, "term": "winter"}):
        try:
            plans.add_course(db, plan_id, "ZTART", **kwargs)
        except ValueError:
            continue
        raise AssertionError(f"accepted {kwargs}")
    assert plans.load_plan(db, plan_id).courses == ()


def test_every_change_stamps_the_plan(db: Database) -> None:
    plan_id = plans.create_plan(db, _student(db), "Main")
    old = dt.datetime(2020, 1, 1)
    with db.transaction() as s:
        plan = s.get(Plan, plan_id)
        assert plan is not None
        plan.updated_at = old
    plans.add_course(db, plan_id, "ZTART", 9)
    assert plans.load_plan(db, plan_id).updated_at > old


def test_status_and_its_restore(db: Database) -> None:
    plan_id = plans.create_plan(db, _student(db), "Main")
    plans.set_plan_status(db, plan_id, "reviewed", "Ms. Test")
    view = plans.load_plan(db, plan_id)
    assert (view.status, view.status_by) == ("reviewed", "Ms. Test")
    assert view.status_at is not None
    plans.restore_plan_status(db, plan_id, "draft", "", None)
    view = plans.load_plan(db, plan_id)
    assert (view.status, view.status_by, view.status_at) == ("draft", "", None)


def test_plan_fields_and_comments(db: Database) -> None:
    plan_id = plans.create_plan(db, _student(db), "Main")
    plans.update_plan_fields(db, plan_id, postsecondary_type="Apprenticeship",
                             postsecondary_institution="Local 597", notes="n")
    cid = plans.add_comment(db, plan_id, "Ms. Test", "Met with family")
    view = plans.load_plan(db, plan_id)
    assert (view.postsecondary_type, view.postsecondary_institution, view.notes) == (
        "Apprenticeship", "Local 597", "n")
    assert [(c.author, c.text) for c in view.comments] == [("Ms. Test", "Met with family")]
    plans.delete_comment(db, cid)
    assert plans.load_plan(db, plan_id).comments == ()
    try:
        plans.update_plan_fields(db, plan_id, career_goal_soc="99-9999.99")
    except LookupError:
        pass
    else:
        raise AssertionError("unknown occupation accepted")


def test_a_course_is_placed_where_asked_within_its_grade(db: Database) -> None:
    add_test_catalog(db)
    plan_id = plans.create_plan(db, _student(db), "Main", PROGRAM)

    def grade(level: int) -> list[str]:
        return _codes_by_level(plans.load_plan(db, plan_id)).get(level, [])

    geo = next(c.id for c in plans.load_plan(db, plan_id).courses if c.code == "ZTGEO")
    assert plans.place_course(db, geo, 9, 1) == (10, 1)  # it was second in grade 10
    assert grade(9) == ["ZTENG9", "ZTGEO", "ZTALG1", "ZTWLD1"]
    assert plans.place_course(db, geo, 9, 0) == (9, 1)  # within its grade
    assert grade(9) == ["ZTGEO", "ZTENG9", "ZTALG1", "ZTWLD1"]
    assert plans.place_course(db, geo, 10, 1) == (9, 0)  # back where it was
    assert grade(10) == ["ZTENG10", "ZTGEO", "ZTWLD2"]
    plans.move_course(db, geo, 9)  # no place given: the end of the grade
    assert grade(9) == ["ZTENG9", "ZTALG1", "ZTWLD1", "ZTGEO"]
    plans.add_course(db, plan_id, "ZTART", 9, position=0)
    plans.add_course(db, plan_id, "ZTART", 11)
    assert grade(9)[0] == "ZTART" and grade(11) == ["ZTART"]
