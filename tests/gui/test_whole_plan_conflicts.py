# ruff: noqa: F811  (the fixtures editor and page are imported from other test modules)
"""Another copy of the app changed or deleted a course or a plan while this one showed
it: removing the course, changing the plan's start grade, deleting the plan or making it
the active one offers Reload or Overwrite (or says it is gone), and no refused step stays
on the undo stack."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counselor_app.services import plans, students
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.editor import PlanEditor
from counselor_app.ui.shared.conflict_dialog import OVERWRITE, RELOAD, ConflictDialog
from counselor_app.ui.students.page import StudentsPage
from tests.catalog import PROGRAM
from tests.gui.test_plan_conflicts import editor  # noqa: F401  (the fixture: a plan open)
from tests.gui.test_students_page import page  # noqa: F401  (the fixture)
from tests.two_copies import answer_conflicts, as_counselor, rivera_context

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    return rivera_context(db, tmp_path)


def _student(ctx: AppContext) -> int:
    return students.create_student(ctx.db, StudentData("K-2", "Kai", "Mendes", 9,
                                                       dt.date.today().year + 3))


def _course(db: Database, plan_id: int, code: str) -> plans.PlanCourseView | None:
    return next((c for c in plans.load_plan(db, plan_id).courses if c.code == code), None)


def test_removing_a_course_changed_elsewhere_offers_reload_or_remove_anyway(
        editor: PlanEditor, ctx: AppContext, other: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None
    geometry = _course(ctx.db, plan_id, "ZTGEO")
    assert geometry is not None
    as_counselor(other, "Mr. Okafor")
    plans.update_course(other, geometry.id, status="completed", final_mark="B+")
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen, "remove-course")
    editor.remove_course(geometry.id)  # this editor still shows it planned
    assert "Mr. Okafor changed the status of ZTGEO, the final mark of ZTGEO" in \
        seen[0].message.text()
    assert seen[0].overwrite_button.text() == "&Remove anyway"
    assert not seen[0].text.isVisibleTo(seen[0])  # nothing typed
    assert ctx.undo.count() == 0  # refused: not left on the stack
    kept = _course(other, plan_id, "ZTGEO")
    assert kept is not None and kept.final_mark == "B+"
    shown = next(c for c in editor.view.courses if c.code == "ZTGEO")  # type: ignore[union-attr]
    assert shown.final_mark == "B+"  # reloaded: theirs is shown

    plans.update_course(other, geometry.id, final_mark="A-")  # again: remove anyway
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    editor.remove_course(geometry.id)
    assert len(seen) == 2
    assert _course(other, plan_id, "ZTGEO") is None
    assert ctx.undo.count() == 1
    ctx.undo.undo()  # back as they left it
    back = _course(other, plan_id, "ZTGEO")
    assert back is not None and (back.status, back.final_mark) == ("completed", "A-")
    ctx.undo.redo()
    assert _course(other, plan_id, "ZTGEO") is None


def test_removing_a_course_removed_elsewhere_says_it_is_gone(
        editor: PlanEditor, ctx: AppContext, other: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None
    welding = _course(ctx.db, plan_id, "ZTWLD1")
    assert welding is not None
    plans.remove_course(other, welding.id)
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, OVERWRITE, seen, "remove-gone")
    editor.remove_course(welding.id)
    assert seen[0].message.text() == "Someone else deleted this course after you opened it."
    assert seen[0].overwrite_button.isHidden()
    assert ctx.undo.count() == 0
    assert editor.view is not None and "ZTWLD1" not in [c.code for c in editor.view.courses]


def test_the_start_grade_over_another_copys_offers_reload_or_overwrite(
        editor: PlanEditor, ctx: AppContext, other: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None and editor.view is not None
    assert editor.view.first_level == 9
    as_counselor(other, "Mr. Okafor")
    plans.set_first_level(other, plan_id, 7)
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen, "start-grade")
    editor.set_first_level(8)  # this editor still shows grade 9
    assert "Mr. Okafor changed the start grade of this plan" in seen[0].message.text()
    assert ctx.undo.count() == 0
    assert plans.first_level(other, plan_id) == 7
    assert editor.view.first_level == 7  # reloaded

    plans.set_first_level(other, plan_id, 6)
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    editor.set_first_level(8)
    assert len(seen) == 2 and plans.first_level(other, plan_id) == 8
    ctx.undo.undo()  # puts back theirs
    assert plans.first_level(other, plan_id) == 6


def _select(page: StudentsPage, plan_id: int) -> None:
    page.plan_list.setCurrentIndex(page.plan_model.index(page.plan_model.row_of(plan_id) or 0,
                                                         0))


def test_deleting_or_choosing_a_plan_changed_elsewhere_asks_first(
        page: StudentsPage, ctx: AppContext, other: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pk = _student(ctx)
    first = plans.create_plan(ctx.db, pk, "Main", PROGRAM)
    second = plans.create_plan(ctx.db, pk, "What if")
    ctx.bus.students_changed.emit()
    page.open_student(pk)
    page.show_list()
    _select(page, second)
    as_counselor(other, "Mr. Okafor")
    plans.update_plan_fields(other, second, family_notes="Call before choosing")
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen, "choose-plan")
    page.set_active_plan()
    assert "Mr. Okafor changed the plan What if of this student" in seen[0].message.text()
    assert seen[0].overwrite_button.text() == "&Make it active anyway"
    assert plans.active_plan_id(other, pk) == first  # not chosen
    _select(page, second)
    page.set_active_plan()  # the list now shows their version: no question
    assert len(seen) == 1 and plans.active_plan_id(other, pk) == second

    monkeypatch.setattr(page, "confirm", lambda *_: True)
    plans.update_plan_fields(other, first, name="Main (checked)")
    _select(page, first)
    answer_conflicts(monkeypatch, RELOAD, seen, "delete-plan")
    page.delete_plan()
    assert "Mr. Okafor changed the plan Main (checked)" in seen[1].message.text()
    assert seen[1].overwrite_button.text() == "&Delete it anyway"
    assert {p.id for p in plans.list_plans(other, pk)} == {first, second}  # kept
    plans.update_plan_fields(other, first, notes="Keep?")
    _select(page, first)
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    page.delete_plan()
    assert len(seen) == 3
    assert [p.id for p in plans.list_plans(other, pk)] == [second]

    _select(page, second)
    plans.delete_plan(other, second)  # deleted elsewhere
    page.delete_plan()
    assert seen[3].message.text() == "Someone else deleted this plan after you opened it."
    assert seen[3].overwrite_button.isHidden()
    assert page.plan_model.rowCount() == 0


def test_a_waiver_granted_meanwhile_in_another_copy_is_not_recorded_twice(
        editor: PlanEditor, ctx: AppContext, other: Database,
        no_message_boxes: list[str]) -> None:
    from counselor_app.services.audit_exceptions import add_exception, list_exceptions
    from counselor_app.ui.plan.audit_commands import AddExceptionCommand

    plan_id = editor.plan_id
    assert plan_id is not None
    grant = dict(kind="waiver", set_code="zt-set", requirement="mathematics", course=None,
                 counts_as=None, credits=None, on=dt.date(2026, 11, 2),
                 reason="credit from another school")
    add_exception(other, plan_id, by="Mr. Okafor", **grant)  # type: ignore[arg-type]
    ctx.undo.push(AddExceptionCommand(ctx, plan_id, "Waive Mathematics", by="Ms. Rivera",
                                      **grant))
    assert no_message_boxes == ["This waiver is already recorded for the student (by "
                                "Mr. Okafor on 2026-11-02); nothing was added."]
    no_message_boxes.clear()
    assert ctx.undo.count() == 0  # refused: not left on the stack
    [only] = list_exceptions(other, plan_id)
    assert only.by == "Mr. Okafor"


def _in_grade_11(db: Database, plan_id: int, code: str) -> plans.PlanCourseView | None:
    return next((c for c in plans.load_plan(db, plan_id).courses
                 if c.code == code and c.level == 11), None)


def test_undoing_an_add_after_another_copy_changed_the_course_asks_first(
        editor: PlanEditor, ctx: AppContext, other: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None
    course_id = editor.add_course("ZTWLD2", 11)
    assert course_id is not None and ctx.undo.count() == 1
    as_counselor(other, "Mr. Okafor")
    plans.update_course(other, course_id, status="in_progress")
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen, "undo-add")
    ctx.undo.undo()  # this copy added it; Mr. Okafor has marked it in progress since
    assert "Mr. Okafor changed the status of ZTWLD2" in seen[0].message.text()
    kept = _in_grade_11(other, plan_id, "ZTWLD2")
    assert kept is not None and kept.status == "in_progress"  # their change kept
    assert ctx.undo.count() == 0  # the refused undo is not left to redo

    course_id = editor.add_course("ZTWLD3", 11)
    assert course_id is not None
    plans.update_course(other, course_id, term="sem1")
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    ctx.undo.undo()  # remove anyway
    assert len(seen) == 2 and _in_grade_11(other, plan_id, "ZTWLD3") is None
    ctx.undo.redo()  # back as they left it
    back = _in_grade_11(other, plan_id, "ZTWLD3")
    assert back is not None and back.term == "sem1"
    ctx.undo.undo()  # unchanged since: no question
    assert len(seen) == 2 and _in_grade_11(other, plan_id, "ZTWLD3") is None


def test_a_start_grade_another_copy_made_impossible_says_why(
        editor: PlanEditor, ctx: AppContext, other: Database,
        no_message_boxes: list[str]) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None
    editor.set_first_level(6)  # this copy starts the plan in grade 6
    assert plans.first_level(other, plan_id) == 6
    plans.add_course(other, plan_id, "ZTENG9", 7)  # another copy plans a grade-7 course
    editor.set_first_level(8)  # this editor does not show it yet
    assert no_message_boxes == ["The change was not saved: the plan has courses in grade 7; "
                                "move them before starting the plan in grade 8."]
    no_message_boxes.clear()
    assert plans.first_level(other, plan_id) == 6  # nothing written
    assert ctx.undo.count() == 1 and ctx.undo.command(0).text().endswith("grade 6")
