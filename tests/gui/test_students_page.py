"""The Students view: the table, the student form, plans, and the way into the editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from counselor_app.services import plans, students
from counselor_app.services.school_years import current_school_year
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.students.new_plan_dialog import NewPlanDialog
from counselor_app.ui.students.page import StudentsPage
from counselor_app.ui.students.student_dialog import StudentDialog
from counselor_app.ui.students.table_model import GRADE, NAME
from tests.approving import approve
from tests.catalog import PROGRAM, add_test_catalog

YEAR = dt.date.today().year


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    add_test_catalog(db)
    return AppContext(db, QUndoStack(), ChangeBus(),
                      QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> StudentsPage:
    widget = StudentsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def add(ctx: AppContext, sid: str, first: str, last: str, grade: int = 9) -> int:
    pk = students.create_student(ctx.db, StudentData(sid, first, last, grade,
                                                     current_school_year() + 12 - grade))
    ctx.bus.students_changed.emit()
    return pk


def when_modal(qtbot: QtBot, act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next modal dialog once it shows; returns errors seen."""
    errors: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        try:
            dialog.activateWindow()  # shortcuts such as Ctrl+Enter need an active window
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            act(dialog)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
        except Exception as exc:  # report in the test, never leave the dialog open
            errors.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(0, poll)
    return errors


def shown_ids(page: StudentsPage) -> list[str]:
    return [str(page.model.index(r, 1).data()) for r in range(page.model.rowCount())]


def test_create_a_student_with_the_form(page: StudentsPage, ctx: AppContext,
                                        qtbot: QtBot) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, StudentDialog)
        qtbot.keyClicks(dialog.student_id, "2024-017")
        dialog.first_name.setText("Zoë")  # QTest types ASCII only
        dialog.last_name.setText("Ørsted")
        dialog.grade.setValue(10)
        assert dialog.graduation_year.value() >= YEAR + 2  # follows the grade
        dialog.interests.item(0).setCheckState(Qt.CheckState.Checked)
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    errors = when_modal(qtbot, fill)
    pk = page.new_student()
    assert errors == []
    assert pk is not None
    detail = students.get_student(ctx.db, pk)
    assert detail is not None
    assert (detail.data.student_id, detail.data.first_name, detail.data.grade) == (
        "2024-017", "Zoë", 10)
    assert len(detail.data.career_interests) == 1
    assert page.selected_student_pks() == [pk]
    assert "Zoë Ørsted" in page.card.text()
    page.search.setText("zoe orsted")
    assert shown_ids(page) == ["2024-017"]


def test_bad_input_is_shown_by_field_and_nothing_written(ctx: AppContext,
                                                         qtbot: QtBot) -> None:
    add(ctx, "DUP-1", "Ann", "Lee")
    before = len(students.list_students(ctx.db, include_archived=True))
    dialog = StudentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.student_id.setText("DUP-2")
    dialog.first_name.setText("")
    dialog.last_name.setText("Lee")
    dialog.graduation_year.setValue(YEAR + 30)
    assert not dialog.save()
    assert "required" in dialog.field_error("first_name")
    assert str(YEAR + 8) in dialog.field_error("graduation_year")
    assert dialog.field_error("last_name") == "" and dialog.field_error("student_id") == ""
    # a duplicate ID is named once the other fields are fine
    dialog.student_id.setText("DUP-1")
    dialog.first_name.setText("Bo")
    assert dialog.field_error("first_name") == ""  # cleared while typing
    dialog.graduation_year.setValue(YEAR + 3)
    assert not dialog.save()
    assert "already in use" in dialog.field_error("student_id")
    assert len(students.list_students(ctx.db, include_archived=True)) == before
    dialog.student_id.setText("NEW-1")
    assert dialog.save() and dialog.student_pk is not None


def test_archive_unarchive_and_delete(page: StudentsPage, ctx: AppContext,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    a = add(ctx, "A1", "Ann", "Archer")
    b = add(ctx, "B1", "Ben", "Baker")
    monkeypatch.setattr(page, "confirm", lambda *_: True)
    page.open_student(a)
    page.toggle_archived()
    assert shown_ids(page) == ["B1"]
    page.show_archived.setChecked(True)
    assert sorted(shown_ids(page)) == ["A1", "B1"]
    page.open_student(a)
    assert page.archive_button.text().replace("&", "") == "Unarchive"
    page.toggle_archived()
    assert not students.list_students(ctx.db, query="A1")[0].archived

    answers = iter([False, True, True])
    monkeypatch.setattr(page, "confirm", lambda *_: next(answers))
    told: list[str] = []
    monkeypatch.setattr(page, "inform", lambda _t, text: told.append(text))
    plan_id = plans.create_plan(ctx.db, b, "Main")
    approve(ctx.db, plan_id)
    page.open_student(b)
    page.delete_student()  # "Cancel"
    page.delete_student()  # refused: approved plan
    assert students.get_student(ctx.db, b) is not None and "approved" in told[0]
    page.open_student(a)
    page.delete_student()
    assert students.get_student(ctx.db, a) is None


def test_plan_from_program_then_drag_undo_and_rules(page: StudentsPage, ctx: AppContext,
                                                    qtbot: QtBot) -> None:
    pk = add(ctx, "P-1", "Pat", "Diaz")
    page.open_student(pk)
    seen: list[object] = []
    page.current_plan_changed.connect(seen.append)

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPlanDialog)
        qtbot.keyClicks(dialog.search, "welding test")
        assert dialog.proxy.rowCount() == 1
        assert dialog.program_code() == PROGRAM
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    errors = when_modal(qtbot, choose)
    plan_id = page.new_plan()
    assert errors == []
    assert plan_id is not None
    editor = page.editor
    assert page.stack.currentWidget() is editor and editor.plan_id == plan_id
    assert page.current_plan_id() == plan_id and seen[-1] == plan_id
    assert [c.code for c in editor.columns[10].model.courses()] == [
        "ZTENG10", "ZTGEO", "ZTWLD2"]
    assert editor.result is not None and editor.result.error_count == 0

    # drag Geometry from grade 10 to grade 9's column; its prerequisite is then late
    source = editor.columns[10].model
    mime = source.mimeData([source.index(1, 0)])
    editor.columns[9].model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1,
                                         source.index(-1, 0))
    qtbot.waitUntil(lambda: "ZTGEO" in [c.code for c in editor.columns[9].model.courses()])
    messages = [m for _, m in editor.rules.issue_messages()]
    late = "Geometry (test) (ZTGEO) needs Algebra I (test) (ZTALG1) first"
    assert any(late in m for m in messages)
    assert late in editor.rules.issues.toPlainText()
    assert editor.result is not None and editor.result.error_count == 1

    # Ctrl+Z is the main window's shortcut for ctx.undo.undo()
    assert ctx.undo.undoText() == "Move Geometry (test) to Grade 9"
    ctx.undo.undo()
    assert "ZTGEO" in [c.code for c in editor.columns[10].model.courses()]
    assert editor.result.error_count == 0
    assert "No problems found" in editor.rules.issues.toPlainText()

    # back to the list: the plan is listed as active, with the program's cluster
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(editor.columns[9].view, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is not editor
    assert page.current_plan_id() == plan_id
    assert "(active)" in page.plan_model.index(0, 0).data()
    row = page.model.row_at(page.model.row_of(pk) or 0)
    assert row is not None and row.id == pk
    assert row.active_plan_id == plan_id and row.active_cluster


def test_duplicate_set_active_and_delete_plans(page: StudentsPage, ctx: AppContext,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    pk = add(ctx, "D-1", "Dee", "Ortiz")
    page.open_student(pk)
    first = page.create_plan("Main", PROGRAM)
    assert first is not None
    page.show_list()
    page.plan_list.setCurrentIndex(page.plan_model.index(0, 0))
    copy = page.duplicate_plan()
    assert copy is not None
    summaries = plans.list_plans(ctx.db, pk)
    assert [(p.name, p.is_active) for p in summaries] == [("Main", True),
                                                           ("Main (what-if)", False)]
    page.plan_list.setCurrentIndex(page.plan_model.index(1, 0))
    page.set_active_plan()
    assert plans.active_plan_id(ctx.db, pk) == copy
    assert page.current_plan_id() == copy

    monkeypatch.setattr(page, "confirm", lambda *_: True)
    page.plan_list.setCurrentIndex(page.plan_model.index(page.plan_model.row_of(copy) or 0, 0))
    page.delete_plan()
    assert [p.id for p in plans.list_plans(ctx.db, pk)] == [first]
    assert plans.active_plan_id(ctx.db, pk) == first
    assert page.current_plan_id() == first


def test_refresh_follows_the_bus(page: StudentsPage, ctx: AppContext) -> None:
    add(ctx, "R-1", "Rae", "Quinn")
    assert "R-1" in shown_ids(page)
    assert page.count.text() == f"{page.model.rowCount()} students" or \
        page.count.text().endswith("student")


def test_student_and_plan_with_the_keyboard_alone(page: StudentsPage, ctx: AppContext,
                                                  qtbot: QtBot) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, StudentDialog)
        assert dialog.student_id.hasFocus()
        for text in ("K-100", "Kim", "Lee"):
            qtbot.keyClicks(QApplication.focusWidget(), text)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    def choose(dialog: QDialog) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), "welding test")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    student_errors = when_modal(qtbot, fill)
    pk = page.new_student()  # what the main window's Ctrl+N calls
    assert student_errors == []
    # focus waits on "New plan" (hasFocus() also needs an active window, which an
    # offscreen test does not get back after a dialog)
    assert pk is not None and page.window().focusWidget() is page.new_plan_button
    errors = when_modal(qtbot, choose)
    qtbot.keyClick(page.new_plan_button, Qt.Key.Key_Return)
    assert errors == []
    editor = page.editor
    assert page.stack.currentWidget() is editor
    assert page.window().focusWidget() is editor.catalog.search

    def pick_default_grade() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, pick_default_grade)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick_default_grade)
    qtbot.keyClicks(editor.catalog.search, "ceramics test")
    qtbot.keyClick(editor.catalog.search, Qt.Key.Key_Return)
    assert "ZTART" in [c.code for c in editor.columns[9].model.courses()]
    plan_id = plans.active_plan_id(ctx.db, pk)
    assert plan_id is not None and plan_id == editor.plan_id
    assert "ZTART" in [c.code for c in plans.load_plan(ctx.db, plan_id).courses_at(9)]


def column_texts(model: QAbstractItemModel, col: int) -> list[str]:
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


def test_header_sort_and_search_run_in_sql_and_keep_the_selection(
        page: StudentsPage, ctx: AppContext) -> None:
    db = ctx.db
    ann = add(ctx, "10", "Ann", "Lee", 10)
    bo = add(ctx, "2", "Bo", "Núñez", 12)
    cy = add(ctx, "3", "Cy", "Adams", 9)
    model = page.model
    assert column_texts(model, NAME) == ["Adams, Cy", "Lee, Ann", "Núñez, Bo"]
    assert page.count.text() == "3 students"
    # a header click sorts through the model (in SQL); the selection follows its rows
    page.open_student(bo)
    assert page.selected_student_pks() == [bo] and "Bo Núñez" in page.card.text()
    page.table.horizontalHeader().setSortIndicator(GRADE, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, GRADE) == ["9", "10", "12"]
    assert page.selected_student_pks() == [bo]
    assert page.table.currentIndex().row() == 2
    # two selected; a search that hides one keeps the other
    page.table.selectionModel().select(
        model.index(model.row_of(ann) or 0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(page.selected_student_pks()) == sorted([ann, bo])
    page.search.setText("nunez")
    assert column_texts(model, NAME) == ["Núñez, Bo"]
    assert page.selected_student_pks() == [bo]
    assert page.count.text() == "1 of 3 students"
    assert "Bo Núñez" in page.card.text()
    # a search that hides the selected student clears the card
    page.search.setText("adams")
    assert page.selected_student_pks() == [] and "Bo Núñez" not in page.card.text()
    page.search.clear()
    assert page.count.text() == "3 students"
    # an edit elsewhere announced on the bus shows at once, in the sorted place
    students.update_student(db, cy, StudentData("3", "Cy", "Adams", 11, YEAR + 1))
    ctx.bus.students_changed.emit()
    assert column_texts(model, GRADE) == ["10", "11", "12"]
    assert column_texts(model, NAME)[1] == "Adams, Cy"
    # opening a student hidden by the search clears it
    page.search.setText("lee")
    page.open_student(cy)
    assert page.search.text() == "" and page.selected_student_pks() == [cy]


def test_a_long_name_shows_in_full_in_a_narrow_window(ctx: AppContext, qtbot: QtBot) -> None:
    add(ctx, "000123", "Sofía", "Núñez de la Fuente")
    page = StudentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 740)  # as in a 1024x768 window: the table gets about 540 px
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    header = page.table.horizontalHeader()
    text = page.model.index(0, NAME).data()
    assert text == "Núñez de la Fuente, Sofía"
    assert header.sectionSize(NAME) >= page.table.fontMetrics().horizontalAdvance(text) + 12
    assert header.sectionViewportPosition(NAME) == 0  # first, not scrolled away


def test_archiving_asks_by_name_and_undoes_in_place(page: StudentsPage, ctx: AppContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    a = add(ctx, "A1", "Ann", "Archer")
    add(ctx, "B1", "Ben", "Baker")
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(page, "confirm", lambda _t, text: asked.append(text) or answer[0])
    page.open_student(a)
    page.toggle_archived()  # Cancel: nothing happens
    assert "Archive Ann Archer (A1)?" in asked[0] and "nothing is deleted" in asked[0]
    assert sorted(shown_ids(page)) == ["A1", "B1"] and ctx.undo.count() == 0
    assert not page.archive_notice.isVisibleTo(page)

    answer[0] = True
    page.toggle_archived()
    assert shown_ids(page) == ["B1"] and students.list_students(
        ctx.db, query="A1", include_archived=True)[0].archived
    notice = page.archive_notice
    assert notice.isVisibleTo(page) and "Ann Archer archived" in notice.label.text()
    assert ctx.undo.undoText() == "Archive Ann Archer"
    notice.undo_button.click()  # Undo in place
    assert sorted(shown_ids(page)) == ["A1", "B1"]
    assert not students.list_students(ctx.db, query="A1")[0].archived
    assert not notice.isVisibleTo(page) and ctx.undo.canRedo()
    ctx.undo.redo()  # Edit > Redo archives again; the list follows
    assert shown_ids(page) == ["B1"]
    ctx.undo.undo()  # and Edit > Undo (Ctrl+Z) brings the student back as well
    assert sorted(shown_ids(page)) == ["A1", "B1"]

    # several at once: one question naming them, one step
    asked.clear()
    page.table.selectAll()
    page.toggle_archived()
    assert "these 2 students" in asked[0] and "Ann Archer (A1)" in asked[0] \
        and "Ben Baker (B1)" in asked[0]
    assert shown_ids(page) == [] and ctx.undo.undoText() == "Archive 2 students"
    page.archive_notice.undo_button.click()
    assert sorted(shown_ids(page)) == ["A1", "B1"]
    ctx.undo.clear()
