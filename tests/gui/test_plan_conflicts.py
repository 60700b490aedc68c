"""Another copy of the app changed the plan while this editor showed it: marking a
status, approving, choosing requirement sets or marking a checklist item offers Reload
or Overwrite, and the undo stack keeps no refused step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_app.services import audit as audit_service
from counselor_app.services import plans, students, versions
from counselor_app.services.audit_exceptions import checklist_mark, mark_checklist_item
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.approval import ApprovalDialog
from counselor_app.ui.plan.editor import PlanEditor
from counselor_app.ui.shared.conflict_dialog import OVERWRITE, RELOAD, ConflictDialog
from tests.approving import approve
from tests.catalog import PROGRAM
from tests.two_copies import answer_conflicts, as_counselor, rivera_context
from tests.unit.test_plan_conflicts import CHECKLIST_SET

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    return rivera_context(db, tmp_path)


@pytest.fixture
def editor(ctx: AppContext, qtbot: QtBot) -> Iterator[PlanEditor]:
    pk = students.create_student(ctx.db, StudentData("K-1", "Kim", "Lee", 9,
                                                     dt.date.today().year + 3))
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", PROGRAM)
    widget = PlanEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.load(plan_id)
    widget.show()
    yield widget
    ctx.undo.clear()


def test_a_status_set_over_another_copys_status_offers_reload_or_overwrite(
        editor: PlanEditor, ctx: AppContext, other: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None and editor.view is not None
    assert editor.view.status == "draft"
    approve(other, plan_id, by="Mr. Okafor")  # meanwhile, the other copy approves it
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen, "status")
    editor.set_status("reviewed")  # this editor still shows a draft
    assert "Mr. Okafor changed the status of this plan at" in seen[0].message.text()
    assert seen[0].text.toPlainText() == "Reviewed"  # what this counselor chose
    assert ctx.undo.count() == 0  # refused: not left on the stack
    assert plans.plan_status_values(other, plan_id)["status"] == "approved"
    assert editor.view.status == "approved"  # reloaded: theirs is shown

    plans.set_plan_status(other, plan_id, "draft", "Mr. Okafor")  # and again
    answer_conflicts(monkeypatch, OVERWRITE, seen)
    editor.set_status("reviewed")  # the editor shows "approved"
    assert len(seen) == 2
    assert plans.plan_status_values(other, plan_id)["status_by"] == "Ms. Rivera"
    assert ctx.undo.count() == 1
    ctx.undo.undo()  # back to theirs
    back = plans.plan_status_values(other, plan_id)
    assert (back["status"], back["status_by"]) == ("draft", "Mr. Okafor")
    ctx.undo.redo()
    assert plans.plan_status_values(other, plan_id)["status_by"] == "Ms. Rivera"


def _approve(editor: PlanEditor) -> ApprovalDialog:
    """Approve in the editor as shown, every problem acknowledged."""
    editor.set_status("approved")
    dialog = editor.approval.dialog
    assert dialog is not None
    dialog.anyway.setChecked(True)
    dialog.approve_button.click()
    return dialog


def test_approving_a_plan_changed_elsewhere_lists_their_changes_first(
        editor: PlanEditor, ctx: AppContext, other: Database, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = editor.plan_id
    assert plan_id is not None
    as_counselor(other, "Mr. Okafor")
    plans.add_course(other, plan_id, "ZTART", 11)  # the other copy adds a course
    as_counselor(ctx.db, "Ms. Rivera")
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen)
    dialog = _approve(editor)
    assert "Mr. Okafor changed the courses of this plan" in seen[0].message.text()
    assert "ZTART" in seen[0].details.toPlainText()
    assert not seen[0].text.isVisibleTo(seen[0])  # nothing typed: no typed-text box
    assert seen[0].overwrite_button.text() == "&Approve it as it is now"
    assert versions.list_versions(ctx.db, plan_id) == []  # nothing approved
    assert not dialog.isVisible()
    assert editor.view is not None and "ZTART" in [c.code for c in editor.view.courses]

    as_counselor(other, "Mr. Okafor")
    plans.add_course(other, plan_id, "ZTWLD3", 12)  # again, and this time: approve
    as_counselor(ctx.db, "Ms. Rivera")
    answer_conflicts(monkeypatch, OVERWRITE, seen, "approval")
    dialog = _approve(editor)
    assert len(seen) == 2 and "ZTWLD3" in seen[1].details.toPlainText()
    assert "Mr. Okafor changed the courses" in seen[1].message.text()
    if dialog.isVisible():  # the changed checks are shown first; approve them too
        assert "The checks changed" in dialog.error.text()
        dialog.approve_button.click()
    [version] = versions.list_versions(ctx.db, plan_id)
    codes = [c["code"] for c in versions.version_snapshot(ctx.db, version.id)["courses"]]
    assert "ZTWLD3" in codes and "ZTART" in codes
    assert plans.load_plan(ctx.db, plan_id).status == "approved"


def test_requirement_sets_and_checklist_marks_changed_elsewhere(
        editor: PlanEditor, ctx: AppContext, other: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.ui.plan.audit_commands import MarkChecklistCommand, SetPlanSetsCommand

    plan_id = editor.plan_id
    assert plan_id is not None
    audit_service.save_set(ctx.db, CHECKLIST_SET)
    as_counselor(other, "Mr. Okafor")
    audit_service.set_plan_sets(other, plan_id, "zt-set", ())
    seen: list[ConflictDialog] = []
    answer_conflicts(monkeypatch, RELOAD, seen)
    ctx.undo.push(SetPlanSetsCommand(ctx, plan_id, (None, None), (None, ("zt-check",))))
    assert "Mr. Okafor changed the requirement sets of this plan" in seen[0].message.text()
    assert "zt-check" in seen[0].text.toPlainText()
    assert QApplication.clipboard().text() == seen[0].text.toPlainText()
    assert ctx.undo.count() == 0
    assert tuple(audit_service.plan_sets(ctx.db, plan_id)) == ("zt-set", ())

    day = dt.date(2026, 11, 2)
    mark_checklist_item(other, plan_id, "zt-check", "fafsa", day, "Mr. Okafor")
    answer_conflicts(monkeypatch, OVERWRITE, seen, "checklist")
    ctx.undo.push(MarkChecklistCommand(ctx, plan_id, "zt-check", "fafsa", (None, ""),
                                       (dt.date(2026, 11, 5), "Ms. Rivera"), "FAFSA filed"))
    assert "Mr. Okafor changed the checklist item FAFSA filed" in seen[1].message.text()
    assert checklist_mark(ctx.db, plan_id, "zt-check", "fafsa") == (
        dt.date(2026, 11, 5), "Ms. Rivera")
    ctx.undo.undo()  # puts back theirs, not "not done"
    assert checklist_mark(ctx.db, plan_id, "zt-check", "fafsa") == (day, "Mr. Okafor")
