"""Approving in the editor, 'changed since approval', history, reprint, compare, sign-off."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from counselor_app.services import plans, students, versions
from counselor_app.services.school_years import current_school_year
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.plan.approval import ApprovalDialog
from counselor_app.ui.plan.editor import PlanEditor
from counselor_app.ui.students.page import StudentsPage
from tests.approving import add_test_set
from tests.catalog import PROGRAM, add_test_catalog

SHOTS = os.environ.get("COUNSELOR_APP_SHOTS")  # a folder: save screenshots there


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    add_test_catalog(db)
    add_test_set(db)
    return AppContext(db, QUndoStack(), ChangeBus(),
                      QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def editor(ctx: AppContext, qtbot: QtBot) -> Iterator[PlanEditor]:
    pk = students.create_student(ctx.db, StudentData("E-1", "Eva", "Ruiz", 9,
                                                     current_school_year() + 3))
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", PROGRAM)
    widget = PlanEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.load(plan_id)
    widget.show()
    yield widget
    ctx.undo.clear()


def _shot(widget: QDialog, name: str, size: tuple[int, int]) -> None:
    if SHOTS:
        widget.resize(*size)
        widget.grab().save(str(Path(SHOTS) / f"{name}-{size[0]}x{size[1]}.png"))


def _approve(editor: PlanEditor, qtbot: QtBot) -> ApprovalDialog:
    editor.set_status("approved")  # choosing Approved in the status box opens the dialog
    dialog = editor.approval.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_approval_warns_and_needs_acknowledging(editor: PlanEditor, qtbot: QtBot) -> None:
    assert editor.plan_id is not None
    editor.add_course("ZTWLD3", 9)  # an error: outside its grades
    dialog = _approve(editor, qtbot)
    assert dialog.problems.count() >= 1
    assert not dialog.approve_button.isEnabled()  # never silently
    for size in ((1366, 768), (1024, 768)):
        _shot(dialog, "approval-with-problems", (min(size[0], 640), min(size[1], 520)))
    dialog.anyway.setChecked(True)
    assert dialog.approve_button.isEnabled()
    dialog.approve_button.click()
    assert not dialog.isVisible()
    view = plans.load_plan(editor.ctx.db, editor.plan_id)
    assert (view.status, view.status_by) == ("approved", "Ms. Test")
    assert "Approved by Ms. Test" in editor.approval.label.text()
    assert not editor.approval.approve_button.isEnabled()


def test_no_counselor_name_asks_for_one_and_saves_it(editor: PlanEditor, qtbot: QtBot) -> None:
    ctx = editor.ctx
    save_settings(ctx.db, dataclasses.replace(load_settings(ctx.db), counselor_name=""))
    assert editor.counselor_name() == ""  # never the computer's user name
    dialog = _approve(editor, qtbot)
    assert not dialog.name.isReadOnly() and not dialog.approve_button.isEnabled()
    dialog.anyway.setChecked(True)
    assert not dialog.approve_button.isEnabled()
    dialog.name.setText("  Dana   Whitfield ")
    dialog.approve_button.click()
    assert load_settings(ctx.db).counselor_name == "Dana Whitfield"
    assert versions.list_versions(ctx.db, dialog.plan_id)[0].approved_by == "Dana Whitfield"


def test_edit_after_approval_history_reprint_compare(editor: PlanEditor, qtbot: QtBot,
                                                     tmp_path: Path) -> None:
    assert editor.plan_id is not None
    dialog = _approve(editor, qtbot)
    dialog.anyway.setChecked(True)
    dialog.approve_button.click()
    first = versions.list_versions(editor.ctx.db, editor.plan_id)[0]

    geometry = next(c for c in editor.view.courses if c.code == "ZTGEO")  # type: ignore[union-attr]
    editor.remove_course(geometry.id)
    editor.add_course("ZTART", 11)
    label = editor.approval.label.text()
    assert "Changed since approval on" in label and "2 changes" in label
    assert "Removed ZTGEO" in editor.approval.label.toolTip()
    assert editor.status.currentData() == "draft"
    assert editor.approval.approve_button.isEnabled()

    history = editor.approval.history()
    assert history is not None
    assert "Changed since approval" in history.state_label.text()
    assert history.changes.count() == 2
    assert history.model.rowCount() == 1 and "Ms. Test" in history.preview.toPlainText()
    for size in ((1366, 768), (1024, 768)):
        _shot(history, "history", (min(size[0], 900), min(size[1], 620)))
    out = history.reprint(str(tmp_path / "again.pdf"))
    assert out is not None
    assert hashlib.sha256(out.read_bytes()).hexdigest() == first.checksum

    compare = history.compare()  # one version selected: against the plan now
    assert compare is not None
    assert "Removed ZTGEO Geometry (test) from Grade 10" in compare.changes
    assert "Geometry" in compare.left.toPlainText()
    assert "Geometry" not in compare.right.toPlainText()
    assert "Ceramics" in compare.right.toPlainText()
    for size in ((1366, 768), (1024, 768)):
        _shot(compare, "compare", (min(size[0], 980), min(size[1], 640)))
    compare.reject()

    # approve again; two versions compare with each other
    again = _approve(editor, qtbot)
    again.anyway.setChecked(True)
    again.approve_button.click()
    history.refresh()
    assert history.model.rowCount() == 2
    history.table.selectAll()
    both = history.compare()
    assert both is not None and len(both.changes) == 2
    assert versions.version_pdf(editor.ctx.db, first.id) == out.read_bytes()


def test_signoff_from_history(editor: PlanEditor, qtbot: QtBot, tmp_path: Path) -> None:
    assert editor.plan_id is not None
    dialog = _approve(editor, qtbot)
    dialog.anyway.setChecked(True)
    dialog.approve_button.click()
    history = editor.approval.history()
    assert history is not None
    sign = history.record_signoff()
    assert sign is not None
    sign.role.setCurrentIndex(sign.role.findData("guardian"))
    sign.printed.setText("Rosa Ruiz")
    sign.save()
    assert "relationship" in sign.error.text() and sign.isVisible()
    sign.relationship.setCurrentText("Parent")
    scan = tmp_path / "signed.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    sign.set_attachment(scan)
    _shot(sign, "signoff", (480, 300))
    sign.save()
    assert not sign.isVisible()
    assert "Rosa Ruiz (parent)" in history.model.data(history.model.index(0, 3))
    assert history.attachment_button.isEnabled()
    saved = history.save_attachment(str(tmp_path / "copy.png"))
    assert saved is not None and saved.read_bytes() == scan.read_bytes()


def test_plan_from_program_for_a_senior_asks_about_past_years(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    pk = students.create_student(ctx.db, StudentData("S-12", "Sam", "Lee", 12,
                                                     current_school_year()))
    page = StudentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    asked: list[tuple[int, ...]] = []
    answers = iter([None, "empty"])

    def ask(levels: tuple[int, ...]) -> str | None:
        asked.append(tuple(levels))
        return next(answers)

    monkeypatch.setattr(page, "ask_past_years", ask)
    page.open_student(pk)
    assert page.create_plan("Main", PROGRAM) is None  # cancelled: no plan
    assert plans.list_plans(ctx.db, pk) == []
    plan_id = page.create_plan("Main", PROGRAM)
    assert asked == [(9, 10, 11), (9, 10, 11)]
    assert plan_id is not None
    view = plans.load_plan(ctx.db, plan_id)
    assert {c.level for c in view.courses} == {13}  # grades 9 and 10 left empty
