"""Writes that fail in the GUI (database busy, disk full, someone else's change):
a clear message, nothing applied, the undo stack keeps no failed command, no long
freeze; a stale student form never overwrites a newer note."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from counselor_app.services import plans, students
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.commands import AddCourseCommand
from counselor_app.ui.plan.editor import PlanEditor
from counselor_app.ui.plan.plan_commands import UpdatePlanFieldsCommand
from counselor_app.ui.shared.conflict_dialog import CANCEL, OVERWRITE, RELOAD, ConflictDialog
from counselor_app.ui.students.student_dialog import StudentDialog
from tests.catalog import add_test_catalog
from tests.lock_holder import holding_lock

YEAR = dt.date.today().year


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    return shown


def _pragma(db: Database, sql: str) -> None:
    """Every new connection of ``db`` runs ``sql`` (old ones are closed first)."""
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _rec: conn.execute(sql))


def _plan(ctx: AppContext) -> int:
    add_test_catalog(ctx.db)
    pk = students.create_student(ctx.db, StudentData("W-1", "Wen", "Li", 9, YEAR + 3))
    return plans.create_plan(ctx.db, pk, "Main")


def _course_codes(db: Database, plan_id: int) -> list[str]:
    return [c.code for c in plans.load_plan(db, plan_id).courses]


def test_a_plan_edit_while_another_program_writes_fails_clearly_and_leaves_no_command(
        ctx: AppContext, warnings: list[str]) -> None:
    plan_id = _plan(ctx)
    before = _course_codes(ctx.db, plan_id)
    _pragma(ctx.db, "PRAGMA busy_timeout=400")  # the app's 15 s, shortened for the test
    assert ctx.db.path is not None
    with holding_lock(ctx.db.path, "write"):  # a long import in the command line
        start = time.perf_counter()
        ctx.undo.push(AddCourseCommand(ctx, plan_id, "ENG1", 9))
        waited = time.perf_counter() - start
    assert waited < 5  # the busy timeout, then the message: no longer freeze
    assert len(warnings) == 1 and "in use by another program" in warnings[0]
    assert ctx.undo.count() == 0 and not ctx.undo.canUndo()
    ctx.undo.undo()  # nothing to undo, and no assert
    assert _course_codes(ctx.db, plan_id) == before
    ctx.undo.push(AddCourseCommand(ctx, plan_id, "ENG1", 9))  # once the lock is gone
    assert ctx.undo.count() == 1 and "ENG1" in _course_codes(ctx.db, plan_id)


def test_a_full_disk_fails_clearly_and_keeps_the_undo_stack_consistent(
        ctx: AppContext, warnings: list[str]) -> None:
    plan_id = _plan(ctx)
    ctx.undo.push(AddCourseCommand(ctx, plan_id, "ENG1", 9))
    with ctx.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    _pragma(ctx.db, f"PRAGMA max_page_count={pages}")  # SQLite's own "disk is full"
    filler = "x" * 400_000
    ctx.undo.push(UpdatePlanFieldsCommand(ctx, plan_id, {"notes": ""}, {"notes": filler},
                                          "Edit notes"))
    assert len(warnings) == 1 and "disk is full" in warnings[0]
    assert ctx.undo.count() == 1 and ctx.undo.undoText().startswith("Add ENG1")
    assert plans.load_plan(ctx.db, plan_id).notes == ""
    ctx.undo.undo()  # the earlier, successful step still undoes
    assert "ENG1" not in _course_codes(ctx.db, plan_id)


def _answer_conflict(monkeypatch: pytest.MonkeyPatch, choice: str, seen: list[str]) -> None:
    """The conflict dialog answers ``choice`` (RELOAD, OVERWRITE, CANCEL) when it opens."""
    def fake_exec(dialog: ConflictDialog) -> int:
        seen.append(dialog.message.text())
        seen.append(dialog.text.toPlainText())
        dialog.choose(choice)
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)


def test_plan_notes_changed_elsewhere_are_not_overwritten(
        ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = _plan(ctx)
    save_settings(ctx.db, replace(load_settings(ctx.db), counselor_name="Ms. Rivera"))
    plans.update_plan_fields(ctx.db, plan_id, notes="saved in the other window")
    seen: list[str] = []
    _answer_conflict(monkeypatch, RELOAD, seen)
    ctx.undo.push(UpdatePlanFieldsCommand(ctx, plan_id, {"notes": ""},
                                          {"notes": "stale window"}, "Edit notes"))
    assert plans.load_plan(ctx.db, plan_id).notes == "saved in the other window"
    assert "Ms. Rivera changed the notes of this plan" in seen[0]
    assert seen[1] == "stale window"  # what was typed is shown...
    assert QApplication.clipboard().text() == "stale window"  # ...and kept to paste back
    assert ctx.undo.count() == 0


def _editor(ctx: AppContext, qtbot: QtBot, plan_id: int) -> PlanEditor:
    editor = PlanEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(plan_id)
    editor.show()
    return editor


def test_notes_typed_over_another_copys_change_reload_or_overwrite(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two copies of the app on one file: the editor here, another session there."""
    from counselor_app.store.bootstrap import open_database

    plan_id = _plan(ctx)
    editor = _editor(ctx, qtbot, plan_id)
    assert ctx.db.path is not None
    other = open_database(str(ctx.db.path))
    try:
        save_settings(other, replace(load_settings(other), counselor_name="Mr. Okafor"))
        plans.update_plan_fields(other, plan_id, notes="their note")
        seen: list[str] = []
        _answer_conflict(monkeypatch, RELOAD, seen)
        editor.details.notes.setPlainText("my long note, typed with care")
        editor._flush_notes()
        assert "Mr. Okafor changed the notes" in seen[0]
        assert plans.load_plan(ctx.db, plan_id).notes == "their note"
        assert editor.details.notes.toPlainText() == "their note"  # reloaded
        assert QApplication.clipboard().text() == "my long note, typed with care"
        assert ctx.undo.count() == 0

        plans.update_plan_fields(other, plan_id, notes="their second note")
        _answer_conflict(monkeypatch, OVERWRITE, seen)
        editor.details.notes.setPlainText("mine, on purpose")
        editor._flush_notes()
        assert plans.load_plan(other, plan_id).notes == "mine, on purpose"
        assert editor.details.notes.toPlainText() == "mine, on purpose"
        assert ctx.undo.count() == 1
        ctx.undo.undo()  # undoing the overwrite puts theirs back, not what this copy had
        assert plans.load_plan(other, plan_id).notes == "their second note"

        plans.update_plan_fields(other, plan_id, career_goal_text="Nurse")  # goals too
        _answer_conflict(monkeypatch, RELOAD, seen)
        editor.details.career_edit.setText("Electrician")
        editor._save_career()
        assert "the career goal" in seen[-2] and "Electrician" in seen[-1]
        assert plans.load_plan(ctx.db, plan_id).career_goal_text == "Nurse"
    finally:
        other.dispose()
    ctx.undo.clear()


def test_a_stale_student_form_never_overwrites_a_newer_note(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(ctx.db, replace(load_settings(ctx.db), counselor_name="Mr. Okafor"))
    pk = students.create_student(ctx.db, StudentData("S-1", "Ana", "Núñez", 9, YEAR + 3,
                                                     notes="first note"))
    stale = StudentDialog(ctx, pk)
    qtbot.addWidget(stale)
    other = StudentDialog(ctx, pk)  # a second window on the same student
    qtbot.addWidget(other)
    other.notes.setPlainText("meeting with family on Friday")
    assert other.save()
    stale.grade.setValue(10)  # a different field: merged, nothing lost
    assert stale.save()
    detail = students.get_student(ctx.db, pk)
    assert detail is not None
    assert detail.data.notes == "meeting with family on Friday" and detail.data.grade == 10
    stale = StudentDialog(ctx, pk)
    qtbot.addWidget(stale)
    students.update_student(ctx.db, pk, replace(detail.data, notes="newest note"))
    stale.notes.setPlainText("my stale note")
    stale.preferred_name.setText("Annie")  # a field only this form changed: kept on Reload
    seen: list[str] = []
    _answer_conflict(monkeypatch, RELOAD, seen)
    assert not stale.save()
    assert "Mr. Okafor changed Notes" in seen[0]
    assert seen[1] == "my stale note"
    assert QApplication.clipboard().text() == "my stale note"  # to paste back
    assert stale.notes.toPlainText() == "newest note"  # reloaded: theirs is shown
    assert stale.preferred_name.text() == "Annie"  # what was typed elsewhere stays
    assert students.get_student(ctx.db, pk).data.notes == "newest note"  # type: ignore[union-attr]
    stale.notes.setPlainText("my note after reading theirs")
    assert stale.save()  # now based on the newest version: no conflict
    other = StudentDialog(ctx, pk)
    qtbot.addWidget(other)
    students.update_student(ctx.db, pk, replace(detail.data, notes="yet another"))
    other.notes.setPlainText("mine wins")
    _answer_conflict(monkeypatch, CANCEL, seen)  # Cancel: the form keeps what was typed
    assert not other.save()
    assert other.notes.toPlainText() == "mine wins"
    _answer_conflict(monkeypatch, OVERWRITE, seen)
    assert other.save()
    assert students.get_student(ctx.db, pk).data.notes == "mine wins"  # type: ignore[union-attr]


def test_student_form_save_while_busy_shows_the_reason_and_keeps_the_form(
        ctx: AppContext, qtbot: QtBot, warnings: list[str]) -> None:
    pk = students.create_student(ctx.db, StudentData("S-2", "Bo", "Li", 9, YEAR + 3))
    dialog = StudentDialog(ctx, pk)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("typed while an import runs")
    _pragma(ctx.db, "PRAGMA busy_timeout=300")
    assert ctx.db.path is not None
    with holding_lock(ctx.db.path, "write"):
        assert not dialog.save()
    assert warnings and "in use by another program" in warnings[0]
    assert dialog.notes.toPlainText() == "typed while an import runs"  # nothing lost
    assert dialog.save()



def test_a_read_only_database_says_so_when_a_change_is_attempted(
        ctx: AppContext, qtbot: QtBot, warnings: list[str]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from counselor_app.store.bootstrap import open_database
    from counselor_app.ui.admin.settings_dialog import SettingsDialog
    from counselor_app.ui.context import ChangeBus

    assert ctx.db.path is not None
    students.create_student(ctx.db, StudentData("R-1", "Ro", "Lee", 9, YEAR + 3))
    ctx.db.dispose()
    ro = open_database(str(ctx.db.path), read_only=True)
    ro_ctx = AppContext(ro, QUndoStack(), ChangeBus(), QSettings())
    dialog = SettingsDialog(ro_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.school.setText("Another school name")  # a change to save (none: nothing written)
    dialog.accept()
    assert dialog.isVisible()  # not closed as if saved
    assert warnings and "read-only" in warnings[-1]
    ro.dispose()


def test_a_course_changed_by_another_copy_is_not_overwritten_silently(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.store.bootstrap import open_database

    plan_id = _plan(ctx)
    pc = plans.add_course(ctx.db, plan_id, "ZTENG9", 9)
    editor = _editor(ctx, qtbot, plan_id)
    assert ctx.db.path is not None
    other = open_database(str(ctx.db.path))
    try:
        save_settings(other, replace(load_settings(other), counselor_name="Mr. Okafor"))
        plans.update_course(other, pc, status="in_progress")  # the other copy, meanwhile
        seen: list[str] = []
        _answer_conflict(monkeypatch, RELOAD, seen)
        editor.update_course(pc, status="completed", final_mark="B")  # this stale window
        assert "Mr. Okafor changed the status of ZTENG9" in seen[0]
        assert "Completed" in seen[1] and "B" in seen[1]
        course = next(c for c in plans.load_plan(other, plan_id).courses if c.id == pc)
        assert (course.status, course.final_mark) == ("in_progress", "")
        assert ctx.undo.count() == 0
        plans.update_course(other, pc, status="planned")
        _answer_conflict(monkeypatch, OVERWRITE, seen)
        editor.update_course(pc, status="completed")
        assert next(c for c in plans.load_plan(other, plan_id).courses
                    if c.id == pc).status == "completed"
        ctx.undo.undo()  # back to theirs
        assert next(c for c in plans.load_plan(other, plan_id).courses
                    if c.id == pc).status == "planned"
    finally:
        other.dispose()
    ctx.undo.clear()
