"""The plan editor: drag, keyboard, undo/redo, live rules, plan fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_app.services import plans, students
from counselor_app.services.school_years import current_school_year
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.plan.editor import PlanEditor
from counselor_app.ui.plan.models import CATALOG_MIME
from tests.catalog import PROGRAM, add_test_catalog


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    add_test_catalog(db)
    return AppContext(db, QUndoStack(), ChangeBus(),
                      QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def editor(ctx: AppContext, qtbot: QtBot) -> Iterator[PlanEditor]:
    pk = students.create_student(ctx.db, StudentData("E-1", "Eva", "Ruiz", 9,
                                                     current_school_year() + 3))  # a 9th grader now
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", PROGRAM)
    widget = PlanEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.load(plan_id)
    widget.show()
    yield widget
    ctx.undo.clear()


def codes(editor: PlanEditor, level: int) -> list[str]:
    return [c.code for c in editor.columns[level].model.courses()]


def db_codes(editor: PlanEditor, level: int) -> list[str]:
    assert editor.plan_id is not None
    return [c.code for c in plans.load_plan(editor.ctx.db, editor.plan_id).courses_at(level)]


def rules(editor: PlanEditor) -> set[str]:
    return {message for _, message in editor.rules.issue_messages()}


def drag(editor: PlanEditor, code: str, to_level: int, qtbot: QtBot) -> None:
    """What a mouse drag does: the source column's mime data dropped on the target view.

    (QDrag.exec runs its own loop that a test cannot steer, so the drop event is
    delivered the way Qt delivers it at the end of a drag.)
    """
    source = next(col for col in editor.columns.values() if code in codes(editor, col.level))
    row = codes(editor, source.level).index(code)
    mime = source.model.mimeData([source.model.index(row, 0)])
    target = editor.columns[to_level]
    assert target.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1,
                                        QModelIndex())
    pos = QPointF(20, target.view.viewport().height() - 5)
    for event in (QDragEnterEvent(pos.toPoint(), Qt.DropAction.MoveAction, mime,
                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(target.view.viewport(), event)
    qtbot.waitUntil(lambda: code in codes(editor, to_level))


def test_models_pass_the_model_tester(editor: PlanEditor) -> None:
    for col in editor.columns.values():
        QAbstractItemModelTester(col.model,
                                 QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(editor.catalog.proxy,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(editor.rules.model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_program_courses_fill_the_grade_columns(editor: PlanEditor) -> None:
    assert codes(editor, 9) == ["ZTENG9", "ZTALG1", "ZTWLD1"]
    assert codes(editor, 10) == ["ZTENG10", "ZTGEO", "ZTWLD2"]
    assert codes(editor, 11) == [] and codes(editor, 12) == []
    assert codes(editor, 13) == ["ZTWLD3"]
    assert editor.columns[9].credits.text() == "3 cr"
    assert "6 credits" in editor.total.text() and "Postsecondary: 3 credits" in editor.total.text()
    assert editor.saved.text().startswith("Saved · last change ")
    assert "Welding Technology (test)" in editor.subtitle.text()
    conc = editor.rules.audit.concentrator  # type: ignore[union-attr]
    assert conc is not None and conc.status == "on_track"  # planned: never "concentrator"
    assert editor.rules.status_texts()["CTE concentrator: Welding Technology (test)"] == \
        "On track"
    assert editor.result is not None and editor.result.error_count == 0


def test_drag_to_another_grade_then_undo_and_redo(editor: PlanEditor, qtbot: QtBot) -> None:
    assert editor.result is not None and editor.result.error_count == 0
    drag(editor, "ZTENG10", 9, qtbot)
    assert db_codes(editor, 9) == ["ZTENG9", "ZTALG1", "ZTWLD1", "ZTENG10"]
    messages = rules(editor)
    assert any("English 10 (test)" in m and "grade 10 only" in m for m in messages)
    assert any("needs English 9 (test)" in m for m in messages)
    assert editor.tabs.tabText(0).startswith("Checks (")
    assert "error" in editor.summary.text()
    moved = editor.columns[9].model.courses()[-1]
    assert editor.columns[9].model.index(3, 0).data(
        Qt.ItemDataRole.UserRole + 5) == "error"  # MARKER_ROLE
    assert "grade 10 only" in str(editor.columns[9].model.index(3, 0).data(
        Qt.ItemDataRole.ToolTipRole))
    assert moved.code == "ZTENG10"

    editor.ctx.undo.undo()
    assert codes(editor, 10)[0] == "ZTENG10" and "ZTENG10" not in codes(editor, 9)
    assert db_codes(editor, 10) == ["ZTENG10", "ZTGEO", "ZTWLD2"]
    assert editor.result is not None and editor.result.error_count == 0
    assert not any("English 10" in m for m in rules(editor))

    editor.ctx.undo.redo()
    assert "ZTENG10" in db_codes(editor, 9)
    assert editor.result.error_count == 2


def test_catalog_drop_and_enter_add_courses(editor: PlanEditor, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    mime = editor.catalog.model.mimeData([
        editor.catalog.model.index(i, 0) for i in range(editor.catalog.model.rowCount())
        if editor.catalog.model.row_at(i).code == "ZTART"])  # type: ignore[union-attr]
    assert mime.hasFormat(CATALOG_MIME)
    editor.columns[11].model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1,
                                          QModelIndex())
    qtbot.waitUntil(lambda: codes(editor, 11) == ["ZTART"])

    # keyboard: search (accent-insensitive), Enter, choose the grade
    asked: list[str] = []

    def ask(course: object) -> int:
        asked.append(course.code)  # type: ignore[attr-defined]
        return 12

    monkeypatch.setattr(editor, "ask_level", ask)
    editor.catalog.search.setText("orsted")
    assert editor.catalog.proxy.rowCount() == 1
    qtbot.keyClick(editor.catalog.search, Qt.Key.Key_Return)
    assert asked == ["ZTART"] and codes(editor, 12) == ["ZTART"]
    assert any("already planned" in m for m in rules(editor))  # not repeatable

    editor.catalog.search.setText("WELD (test)")
    assert editor.catalog.proxy.rowCount() == 3
    qtbot.keyClick(editor.catalog.search, Qt.Key.Key_Down)
    assert editor.catalog.view.hasFocus() or editor.catalog.view.currentIndex().isValid()
    editor.ctx.undo.undo()
    editor.ctx.undo.undo()
    assert codes(editor, 11) == [] and codes(editor, 12) == []


def test_keyboard_move_remove_and_undo_keep_ids_straight(editor: PlanEditor,
                                                         qtbot: QtBot) -> None:
    col9 = editor.columns[9]
    assert col9.select_course(col9.model.courses()[2].id, focus=True)  # ZTWLD1
    qtbot.keyClick(col9.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "ZTWLD1" in codes(editor, 10)
    # the moved course stays selected in its new column: Ctrl+Right again
    col10 = editor.columns[10]
    assert col10.selected_courses()[0].code == "ZTWLD1"
    qtbot.keyClick(col10.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert codes(editor, 11) == ["ZTWLD1"]
    old_id = editor.columns[11].model.courses()[0].id
    editor.columns[11].select_course(old_id, focus=True)
    qtbot.keyClick(editor.columns[11].view, Qt.Key.Key_Delete)
    assert codes(editor, 11) == []
    assert any("needs ZTWLD1" in m or "Intro to Welding" in m for m in rules(editor))

    undo = editor.ctx.undo
    undo.undo()  # back, under a new row id
    assert codes(editor, 11) == ["ZTWLD1"]
    undo.undo()  # the move commands must follow the new id
    assert "ZTWLD1" in codes(editor, 10)
    undo.undo()
    assert codes(editor, 9) == ["ZTENG9", "ZTALG1", "ZTWLD1"]
    assert db_codes(editor, 9) == ["ZTENG9", "ZTALG1", "ZTWLD1"]
    for _ in range(3):
        undo.redo()
    assert "ZTWLD1" not in [c for lv in (9, 10, 11, 12, 13) for c in codes(editor, lv)]


def test_course_term_status_and_mark(editor: PlanEditor) -> None:
    course = editor.columns[9].model.courses()[0]
    editor.update_course(course.id, term="sem1")
    editor.update_course(course.id, status="completed", final_mark="A")
    view = plans.load_plan(editor.ctx.db, editor.plan_id)  # type: ignore[arg-type]
    saved = next(c for c in view.courses if c.id == course.id)
    assert (saved.term, saved.status, saved.final_mark) == ("sem1", "completed", "A")
    detail = editor.columns[9].model.index(0, 0).data(Qt.ItemDataRole.UserRole + 3)
    assert "Sem 1" in detail and "A" in detail
    english = next(r for s in editor.rules.audit.sets  # type: ignore[union-attr]
                   for top in s.requirements for r in top.walk() if r.label == "English")
    assert english.earned == 1
    editor.ctx.undo.undo()
    editor.ctx.undo.undo()
    view = plans.load_plan(editor.ctx.db, editor.plan_id)  # type: ignore[arg-type]
    saved = next(c for c in view.courses if c.id == course.id)
    assert (saved.term, saved.status, saved.final_mark) == ("year", "planned", "")


def test_unknown_course_is_shown_and_flagged(editor: PlanEditor) -> None:
    assert editor.plan_id is not None
    plans.add_course(editor.ctx.db, editor.plan_id, "GONE42", 12)
    editor.ctx.bus.plan_changed.emit(editor.plan_id)
    assert codes(editor, 12) == ["GONE42"]
    index = editor.columns[12].model.index(0, 0)
    assert index.data(Qt.ItemDataRole.UserRole + 5) == "unknown"
    assert "no longer in the catalog" in str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert any("GONE42" in m for m in rules(editor))


def test_plan_fields_status_and_comments(editor: PlanEditor, qtbot: QtBot) -> None:
    assert editor.plan_id is not None
    pid = editor.plan_id
    details = editor.details
    details.career.setEditText("Underwater welder")
    editor._save_career()
    details.ps_type.setCurrentIndex(details.ps_type.findData("Apprenticeship"))
    details.institution.setText("Local 597 training center")
    editor._save_postsecondary()
    details.notes.setPlainText("Talk to the shop teacher")
    qtbot.waitUntil(lambda: plans.load_plan(editor.ctx.db, pid).notes ==
                    "Talk to the shop teacher", timeout=3000)
    view = plans.load_plan(editor.ctx.db, pid)
    assert (view.career_goal_soc, view.career_goal_text) == (None, "Underwater welder")
    assert (view.postsecondary_type, view.postsecondary_institution) == (
        "Apprenticeship", "Local 597 training center")

    editor.set_status("reviewed")
    view = plans.load_plan(editor.ctx.db, pid)
    assert (view.status, view.status_by) == ("reviewed", "Ms. Test")
    assert "Reviewed by Ms. Test" in editor.status_info.text()
    editor.ctx.undo.undo()
    view = plans.load_plan(editor.ctx.db, pid)
    assert (view.status, view.status_by, view.status_at) == ("draft", "", None)

    editor.comments.entry.setText("Parents agree")
    qtbot.keyClick(editor.comments.entry, Qt.Key.Key_Return)
    view = plans.load_plan(editor.ctx.db, pid)
    assert [(c.author, c.text) for c in view.comments] == [("Ms. Test", "Parents agree")]
    assert "Parents agree" in editor.comments.list.item(0).text()
    editor.ctx.undo.undo()
    assert plans.load_plan(editor.ctx.db, pid).comments == ()
    editor.ctx.undo.undo()  # the notes
    assert plans.load_plan(editor.ctx.db, pid).notes == ""
    assert details.notes.toPlainText() == ""


def test_escape_asks_to_go_back(editor: PlanEditor, qtbot: QtBot) -> None:
    editor.columns[9].view.setFocus()
    with qtbot.waitSignal(editor.back_requested, timeout=1000):
        qtbot.keyClick(editor.columns[9].view, Qt.Key.Key_Escape)


# ---------------------------------------------------------------- past years, grades 6-8


def test_a_course_still_planned_in_a_past_year_is_marked_and_explained(
        ctx: AppContext, qtbot: QtBot) -> None:
    from counselor_app.services.school_years import current_school_year, year_label
    from counselor_app.ui.plan.models import DETAIL_ROLE, MARKER_ROLE

    senior_year = current_school_year()  # a senior now: grades 9-11 are over
    pk = students.create_student(ctx.db, StudentData("E-12", "Sam", "Senior", 12,
                                                     senior_year))
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", None)
    pc = plans.add_course(ctx.db, plan_id, "ZTALG1", 9)
    done = plans.add_course(ctx.db, plan_id, "ZTGEO", 10, status="completed", final_mark="B")
    editor = PlanEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(plan_id)
    editor.show()
    year = year_label(senior_year - 3)
    assert editor.past_banner.isVisible()
    assert f"Algebra I (test) is still planned in {year}: mark it completed, or move it." \
        in editor.past_banner.text()
    column = editor.columns[9].model
    index = column.index(column.row_of(pc) or 0, 0)
    assert "still planned" in index.data(DETAIL_ROLE)
    assert index.data(MARKER_ROLE) == "warning"
    assert any(f"still planned in {year}" in m for m in rules(editor))
    geo = editor.columns[10].model
    assert "still planned" not in geo.index(geo.row_of(done) or 0, 0).data(DETAIL_ROLE)
    editor.past_banner.linkActivated.emit("show")  # "Show" selects the course
    assert editor.columns[9].selected_courses()[0].id == pc
    editor.update_course(pc, status="completed")  # marked completed: the banner goes
    assert not editor.past_banner.isVisible()
    assert not any("still planned" in m for m in rules(editor))
    ctx.undo.clear()


def test_a_ninth_grade_course_in_grade_8_is_high_school_credit_not_an_error(
        ctx: AppContext, qtbot: QtBot) -> None:
    from counselor_app.ui.plan.models import BADGE_ROLE

    pk = students.create_student(ctx.db, StudentData("E-8", "Ida", "Early", 8,
                                                     dt.date.today().year + 5))
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", None, first_level=8)
    editor = PlanEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(plan_id)
    editor.show()
    editor.add_course("ZTALG1", 8)
    assert codes(editor, 8) == ["ZTALG1"]
    assert not any("is for grades" in m for m in rules(editor))
    card = editor.columns[8].model.index(0, 0)
    assert card.data(BADGE_ROLE) == "HS credit"
    assert "high-school credit" in card.data(Qt.ItemDataRole.ToolTipRole)
    assert "Before grade 9: 1 credit" in editor.total.text()
    ctx.undo.clear()


def drop_at(editor: PlanEditor, mime: QMimeData, level: int, row: int,
            qtbot: QtBot) -> None:
    """Drop ``mime`` on grade ``level``'s column just above its card ``row`` (the upper
    half of that card), as a mouse drop would."""
    view = editor.columns[level].view
    rect = view.visualRect(editor.columns[level].model.index(row, 0))
    pos = QPointF(20, rect.top() + 3)
    for event in (QDragEnterEvent(pos.toPoint(), Qt.DropAction.MoveAction, mime,
                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(view.viewport(), event)
    qtbot.wait(10)  # the drop is applied once it has been delivered


def _card_mime(editor: PlanEditor, code: str) -> QMimeData:
    col = next(c for c in editor.columns.values() if code in codes(editor, c.level))
    return col.model.mimeData([col.model.index(codes(editor, col.level).index(code), 0)])


def test_a_dropped_card_lands_where_it_is_dropped_and_stays_there(editor: PlanEditor,
                                                                   qtbot: QtBot) -> None:
    assert codes(editor, 9) == ["ZTENG9", "ZTALG1", "ZTWLD1"]
    # from grade 10 to between English 9 and Algebra I
    drop_at(editor, _card_mime(editor, "ZTGEO"), 9, 1, qtbot)
    assert codes(editor, 9) == ["ZTENG9", "ZTGEO", "ZTALG1", "ZTWLD1"]
    assert db_codes(editor, 9) == codes(editor, 9)  # saved in that order
    # within its own grade: Welding to the top
    drop_at(editor, _card_mime(editor, "ZTWLD1"), 9, 0, qtbot)
    assert codes(editor, 9) == db_codes(editor, 9) == ["ZTWLD1", "ZTENG9", "ZTGEO", "ZTALG1"]
    # from the catalog: at the top of grade 10
    mime = editor.catalog.model.mimeData([
        editor.catalog.model.index(i, 0) for i in range(editor.catalog.model.rowCount())
        if editor.catalog.model.row_at(i).code == "ZTART"])  # type: ignore[union-attr]
    drop_at(editor, mime, 10, 0, qtbot)
    assert codes(editor, 10) == db_codes(editor, 10) == ["ZTART", "ZTENG10", "ZTWLD2"]
    # a new editor on the same plan shows the same order
    assert editor.plan_id is not None
    editor.load(editor.plan_id)
    assert codes(editor, 9) == ["ZTWLD1", "ZTENG9", "ZTGEO", "ZTALG1"]
    # undo puts each card back in its grade and place
    editor.ctx.undo.undo()
    assert codes(editor, 10) == ["ZTENG10", "ZTWLD2"]
    editor.ctx.undo.undo()
    assert codes(editor, 9) == db_codes(editor, 9) == ["ZTENG9", "ZTGEO", "ZTALG1", "ZTWLD1"]
    editor.ctx.undo.undo()
    assert codes(editor, 9) == ["ZTENG9", "ZTALG1", "ZTWLD1"]
    assert codes(editor, 10) == db_codes(editor, 10) == ["ZTENG10", "ZTGEO", "ZTWLD2"]
    editor.ctx.undo.redo()
    assert codes(editor, 9) == ["ZTENG9", "ZTGEO", "ZTALG1", "ZTWLD1"]


def test_the_catalog_search_starts_afresh_for_another_plan(editor: PlanEditor) -> None:
    everything = editor.catalog.proxy.rowCount()
    editor.catalog.search.setText("weld")
    editor.catalog.subject.setCurrentIndex(1)
    assert editor.catalog.proxy.rowCount() < everything
    other = students.create_student(editor.ctx.db, StudentData(
        "E-2", "Bo", "Lind", 9, current_school_year() + 3))
    editor.load(plans.create_plan(editor.ctx.db, other, "Main plan", PROGRAM))
    assert editor.catalog.search.text() == "" and editor.catalog.subject.currentIndex() == 0
    assert editor.catalog.proxy.rowCount() == everything
    assert editor.catalog.view.currentIndex().isValid()
    editor.catalog.search.setText("weld")
    editor.refresh()  # the same plan reloaded (an edit, another window): the search stays
    assert editor.catalog.search.text() == "weld"


def test_the_catalog_names_prerequisites_by_title_and_code(editor: PlanEditor) -> None:
    model = editor.catalog.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).code == "ZTENG10")  # type: ignore[union-attr]
    tip = str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "Prerequisites: English 9 (test) (ZTENG9)" in tip
