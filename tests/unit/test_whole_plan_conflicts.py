"""Two copies of the app on one database: removing a planned course, a plan's start
grade, deleting a plan and choosing the active one never silently undo another
counselor's newer change, and a course or plan already deleted elsewhere says so."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_app.services import plans, students
from counselor_app.services.concurrency import ConflictError
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from tests.catalog import PROGRAM, add_test_catalog
from tests.two_copies import as_counselor


def _plan(db: Database) -> int:
    add_test_catalog(db)
    pk = students.create_student(db, StudentData("W1", "Wen", "Okoro", 9,
                                                 dt.date.today().year + 4))
    return plans.create_plan(db, pk, "Main", PROGRAM)


def _shown(course: plans.PlanCourseView) -> dict[str, str | int]:
    return {"level": course.level, "term": course.term, "status": course.status,
            "final_mark": course.final_mark}


def _course(db: Database, plan_id: int, code: str) -> plans.PlanCourseView | None:
    return next((c for c in plans.load_plan(db, plan_id).courses if c.code == code), None)


def test_removing_a_course_another_copy_changed_keeps_their_change(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    geometry = _course(db, plan_id, "ZTGEO")
    assert geometry is not None
    shown = _shown(geometry)  # this window shows Geometry planned for the year
    as_counselor(other, "Mr. Okafor")
    plans.update_course(other, geometry.id, status="completed", final_mark="A")
    with pytest.raises(ConflictError) as info:
        plans.remove_course(db, geometry.id, expect=shown)
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("the status of ZTGEO", "the final mark of ZTGEO")
    assert "Mr. Okafor changed the status of ZTGEO, the final mark of ZTGEO" in str(info.value)
    kept = _course(other, plan_id, "ZTGEO")
    assert kept is not None and (kept.status, kept.final_mark) == ("completed", "A")
    moved = _course(db, plan_id, "ZTGEO")
    assert moved is not None
    plans.move_course(other, geometry.id, 11)  # a move is a change too
    with pytest.raises(ConflictError) as info:
        plans.remove_course(db, geometry.id, expect=_shown(moved))
    assert info.value.change.fields == ("the grade of ZTGEO",)
    removed = plans.remove_course(db, geometry.id)  # Overwrite: theirs is what undo restores
    assert (removed.level, removed.status, removed.final_mark) == (11, "completed", "A")
    assert _course(other, plan_id, "ZTGEO") is None


def test_removing_a_course_unchanged_elsewhere_just_removes_it(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    algebra = _course(db, plan_id, "ZTALG1")
    assert algebra is not None
    as_counselor(other, "Mr. Okafor")
    plans.update_course(other, _course(other, plan_id, "ZTGEO").id, term="sem1")  # type: ignore[union-attr]
    plans.remove_course(db, algebra.id, expect=_shown(algebra))  # another course: merges
    assert _course(other, plan_id, "ZTALG1") is None


def test_removing_a_course_another_copy_removed_says_it_is_gone(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    welding = _course(db, plan_id, "ZTWLD1")
    assert welding is not None
    plans.remove_course(other, welding.id, expect=_shown(welding))
    with pytest.raises(ConflictError) as info:
        plans.remove_course(db, welding.id, expect=_shown(welding))
    assert info.value.change.gone
    assert str(info.value) == "Someone deleted this course after you opened it."
    with pytest.raises(LookupError):  # unchecked (an undo's own row): still a LookupError
        plans.remove_course(db, welding.id)


def test_the_start_grade_over_another_copys_start_grade_is_refused(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    shown = plans.load_plan(db, plan_id).first_level
    assert shown == 9
    as_counselor(other, "Mr. Okafor")
    plans.set_first_level(other, plan_id, 7, expect=shown)
    with pytest.raises(ConflictError) as info:
        plans.set_first_level(db, plan_id, 8, expect=shown)
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("the start grade",)
    assert plans.first_level(db, plan_id) == 7  # theirs kept
    plans.set_first_level(db, plan_id, 7, expect=shown)  # the same choice: no clash
    plans.set_first_level(db, plan_id, 8)  # Overwrite
    assert plans.first_level(other, plan_id) == 8


def _summary(db: Database, plan_id: int) -> plans.PlanSummary:
    pk = plans.load_plan(db, plan_id).student_pk
    return next(p for p in plans.list_plans(db, pk) if p.id == plan_id)


def test_deleting_a_plan_another_copy_changed_meanwhile_is_refused(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    listed = _summary(db, plan_id)  # the Students page lists it
    as_counselor(other, "Mr. Okafor")
    plans.update_plan_fields(other, plan_id, family_notes="Wants to visit the welding lab")
    with pytest.raises(ConflictError) as info:
        plans.delete_plan(db, plan_id, expect=listed.row_version)
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("the plan Main",)
    assert "Mr. Okafor changed the plan Main of this student" in str(info.value)
    assert plans.load_plan(other, plan_id).family_notes == "Wants to visit the welding lab"
    fresh = _summary(db, plan_id)  # Reload shows theirs; deleting that version works
    plans.delete_plan(db, plan_id, expect=fresh.row_version)
    with pytest.raises(LookupError):
        plans.load_plan(other, plan_id)


def test_deleting_a_plan_another_copy_deleted_says_it_is_gone(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    listed = _summary(db, plan_id)
    plans.delete_plan(other, plan_id, expect=listed.row_version)
    with pytest.raises(ConflictError) as info:
        plans.delete_plan(db, plan_id, expect=listed.row_version)
    assert info.value.change.gone
    assert str(info.value) == "Someone deleted this plan after you opened it."
    plans.delete_plan(db, plan_id)  # unchecked: nothing to do


def test_choosing_a_plan_another_copy_changed_or_deleted_as_active_is_refused(
        db: Database, other: Database) -> None:
    first = _plan(db)
    pk = plans.load_plan(db, first).student_pk
    second = plans.create_plan(db, pk, "What if")
    listed = _summary(db, second)
    as_counselor(other, "Mr. Okafor")
    plans.update_plan_fields(other, second, name="What if: nursing")
    with pytest.raises(ConflictError) as info:
        plans.set_active_plan(db, second, expect=listed.row_version)
    assert info.value.change.fields == ("the plan What if: nursing",)
    assert plans.active_plan_id(other, pk) == first  # not chosen
    plans.set_active_plan(db, second, expect=_summary(db, second).row_version)
    assert plans.active_plan_id(other, pk) == second
    third = plans.create_plan(db, pk, "Another")
    listed = _summary(db, third)
    plans.delete_plan(other, third)
    with pytest.raises(ConflictError) as info:
        plans.set_active_plan(db, third, expect=listed.row_version)
    assert info.value.change.gone
    assert plans.active_plan_id(other, pk) == second
