"""Another copy of the app changed a comment, a district requirement set or a setting
while this window showed it: Reload, Overwrite (or Cancel), never a silent overwrite;
comment steps that are refused leave the undo stack."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_app.services import plan_comments, plans, students
from counselor_app.services import requirement_sets as sets
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.editor import PlanEditor
from counselor_app.ui.shared.conflict_dialog import CANCEL, OVERWRITE, RELOAD, ConflictDialog
from tests.approving import TEST_SET
from tests.two_copies import answer_conflicts, as_counselor, rivera_context

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    return rivera_context(db, tmp_path)


@pytest.fixture
def editor(ctx: AppContext, qtbot: QtBot) -> Iterator[PlanEditor]:
    pk = students.create_student(ctx.db, StudentData("M-1", "Mia", "Ortiz", 9,
                                                     dt.date.today().year + 3))
    widget = PlanEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.load(plans.create_plan(ctx.db, pk, "Main plan"))
    widget.show()
    yield widget
    ctx.undo.clear()


def _choose_comment(editor: PlanEditor, row: int = 0) -> int:
    panel = editor.comments
    panel.list.setCurrentRow(row)
    chosen = panel.chosen()
    assert chosen is not None
    return chosen[0]


def test_comments_are_edited_and_deleted_with_undo(editor: PlanEditor, ctx: AppContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    panel = editor.comments
    panel.entry.setText("Met with the family")
    panel.add.click()
    cid = _choose_comment(editor)
    assert panel.edit.isEnabled() and panel.delete.isEnabled()
    monkeypatch.setattr(panel, "ask_text", lambda old: old + "; wants the welding path")
    panel.edit.click()
    assert plan_comments.comment_text(ctx.db, cid) == "Met with the family; wants the " \
        "welding path"
    assert "(edited by Ms. Rivera" in panel.list.item(0).text()
    assert panel.chosen() == (cid, "Met with the family; wants the welding path")
    panel.delete.click()
    assert plans.load_plan(ctx.db, editor.plan_id or 0).comments == ()
    ctx.undo.undo()  # the comment is back, with its author, date and edit
    [back] = plans.load_plan(ctx.db, editor.plan_id or 0).comments
    assert back.text.endswith("welding path") and back.author == "Ms. Rivera"
    ctx.undo.undo()  # the edit undone on the comment put back
    assert plans.load_plan(ctx.db, editor.plan_id or 0).comments[0].text == \
        "Met with the family"
    ctx.undo.undo()
    assert plans.load_plan(ctx.db, editor.plan_id or 0).comments == ()
    ctx.undo.redo()
    ctx.undo.redo()
    assert plans.load_plan(ctx.db, editor.plan_id or 0).comments[0].text.endswith("path")


def test_a_comment_edited_or_deleted_elsewhere(editor: PlanEditor, ctx: AppContext,
                                              other: Database,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None
    editor.comments.entry.setText("Call home Monday")
    editor.comments.add.click()
    cid = _choose_comment(editor)
    as_counselor(other, "Mr. Okafor")
    plan_comments.edit_comment(other, cid, "Called; call again Friday")
    as_counselor(ctx.db, "Ms. Rivera")
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen, "comment")
    monkeypatch.setattr(editor.comments, "ask_text", lambda old: "Call home Tuesday")
    editor.comments.edit.click()  # this window still shows "Call home Monday"
    assert "Mr. Okafor changed the comment of this plan at" in seen[0].message.text()
    assert seen[0].text.toPlainText() == "Call home Tuesday"
    assert QApplication.clipboard().text() == "Call home Tuesday"  # kept to paste back
    assert plan_comments.comment_text(ctx.db, cid) == "Called; call again Friday"
    assert ctx.undo.count() == 1  # only the add: the refused edit is not on the stack
    assert editor.comments.chosen() == (cid, "Called; call again Friday")  # reloaded

    plan_comments.edit_comment(other, cid, "Called twice")
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    editor.comments.delete.click()  # delete what this window shows, although edited
    assert len(seen) == 2 and not seen[1].typed
    assert plans.load_plan(ctx.db, plan_id).comments == ()
    ctx.undo.undo()  # puts back theirs
    assert [c.text for c in plans.load_plan(ctx.db, plan_id).comments] == ["Called twice"]

    [shown] = plans.load_plan(ctx.db, plan_id).comments
    plan_comments.delete_comment(other, shown.id)  # deleted there
    answer_conflicts(monkeypatch, OVERWRITE, seen, "comment-deleted")
    editor.comments.list.setCurrentRow(0)
    editor.comments.edit.click()
    assert "deleted this comment after you opened it" in seen[2].message.text()
    assert not seen[2].overwrite_button.isVisibleTo(seen[2])  # nothing to save over
    assert plans.load_plan(ctx.db, plan_id).comments == ()
    assert QApplication.clipboard().text() == "Call home Tuesday"


def test_a_requirement_set_saved_elsewhere_meanwhile(ctx: AppContext, other: Database,
                                                     qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.ui.requirements.library import ServiceLibrary
    from counselor_app.ui.requirements.settings_page import RequirementsPage

    page = RequirementsPage(ServiceLibrary(ctx.db), "example-24", ())
    qtbot.addWidget(page)
    code = str(TEST_SET["code"])
    page.refresh(select=code)
    seen: list[ConflictDialog] = []
    names: list[str] = []

    def edit_and_save() -> None:
        editor = page.editor
        assert editor is not None
        editor.name.setText(names[-1])
        as_counselor(other, "Mr. Okafor")  # meanwhile, the other copy saves the set
        sets.save_set(other, {**TEST_SET, "name": f"Theirs {len(names)}"})
        editor.accept()
        if editor.isVisible():  # Cancel: still open with what was typed
            assert "Not saved" in editor.status.text()
            editor.reject()

    for choice, name in ((RELOAD, "Mine 1"), (CANCEL, "Mine 2"), (OVERWRITE, "Mine 3")):
        answer_conflicts(monkeypatch, choice, seen)
        names.append(name)
        QTimer.singleShot(0, edit_and_save)
        saved = page.edit_selected()
        assert saved == (choice == OVERWRITE)
        assert "Mr. Okafor changed the requirements of this requirement set" in \
            seen[-1].message.text()
        assert f'"name": "{name}"' in seen[-1].text.toPlainText()
        stored = sets.get_set_data(ctx.db, code)["name"]
        assert stored == (name if choice == OVERWRITE else f"Theirs {len(names)}")


def test_settings_changed_elsewhere_merge_or_ask(ctx: AppContext, other: Database,
                                                qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.ui.admin.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    as_counselor(other, "Mr. Okafor")
    theirs = load_settings(other)
    save_settings(other, dataclasses.replace(theirs, school_name="Lincoln High",
                                             counselor_phone="555-0100"), original=theirs)
    dialog.school_address.setText("12 Main St")  # a field they did not change
    dialog.accept()
    now = load_settings(ctx.db)
    assert (now.school_name, now.counselor_phone, now.school_address) == (
        "Lincoln High", "555-0100", "12 Main St")  # both kept

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    again.show()
    theirs = load_settings(other)
    save_settings(other, dataclasses.replace(theirs, school_name="Grant High"),
                  original=theirs)
    again.school.setText("Roosevelt High")
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, CANCEL, seen, "settings")
    again.accept()
    assert again.isVisible()  # Cancel: nothing saved, the dialog stays open
    assert "Mr. Okafor changed \u201cSchool name\u201d of this school's settings at" in \
        seen[0].message.text()
    assert seen[0].text.toPlainText() == "Roosevelt High"
    assert load_settings(ctx.db).school_name == "Grant High"
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    again.accept()
    assert not again.isVisible()
    assert load_settings(ctx.db).school_name == "Roosevelt High"


def test_a_course_moved_elsewhere_is_not_moved_again_silently(
        editor: PlanEditor, ctx: AppContext, other: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None
    pc = plans.add_course(ctx.db, plan_id, "ZTART", 10)
    editor.refresh()
    as_counselor(other, "Mr. Okafor")
    plans.move_course(other, pc, 11)  # the other copy moved it meanwhile
    as_counselor(ctx.db, "Ms. Rivera")
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen)
    before = ctx.undo.count()
    editor.move_course(pc, 12)  # this editor still shows it in grade 10
    assert "Mr. Okafor changed the grade of ZTART of this plan" in seen[0].message.text()
    assert seen[0].text.toPlainText() == "Grade 12"
    assert ctx.undo.count() == before  # refused: not on the stack
    assert plans.course_field_values(ctx.db, pc, ("level",)) == {"level": 11}
    plans.move_course(other, pc, 9)
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    editor.move_course(pc, 12)  # shows grade 11 now (reloaded)
    assert plans.course_field_values(ctx.db, pc, ("level",)) == {"level": 12}
    ctx.undo.undo()  # back to theirs
    assert plans.course_field_values(ctx.db, pc, ("level",)) == {"level": 9}


def test_a_transcript_course_matched_elsewhere_keeps_their_match_or_is_overwritten(
        ctx: AppContext, other: Database, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.services import transcripts
    from counselor_app.services.transcript_matches import forget_match
    from tests.gui.test_course_matches import open_match_dialog

    dialog = open_match_dialog(ctx, qtbot, tmp_path)
    panel = dialog.panel
    assert "XALG" in panel.list.item(0).text()
    transcripts.match_course(other, "Ridgeview", "XALG", catalog_code="ZTGEO",
                             by="Mr. Okafor")  # matched there meanwhile
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen)
    panel.course.setCurrentIndex(panel.course.findData("ZTALG1"))
    assert not panel.save()
    assert "Mr. Okafor changed the match of this course number" in seen[0].message.text()
    assert "ZTALG1" in seen[0].text.toPlainText()
    assert "XALG" not in " ".join(panel.list.item(i).text()
                                  for i in range(panel.list.count()))  # theirs applies
    forget_match(other, "XALG", "Ridgeview")
    panel.reload()
    transcripts.match_course(other, "Ridgeview", "XALG", catalog_code="ZTGEO",
                             by="Mr. Okafor")
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    panel.list.setCurrentRow(0)
    panel.course.setCurrentIndex(panel.course.findData("ZTALG1"))
    assert panel.save()
    [row] = [m for m in transcripts.list_matches(ctx.db) if m.source_code == "XALG"]
    assert row.catalog_code == "ZTALG1"
