"""The graduation audit in the plan editor and on the printed plan: a 9th grader's planned
courses are "On track", never "Met"; a waiver (who, when, why) shows in the panel and in
the PDF text and can be undone; "what could fill this" adds a course to a grade;
checklist items are marked done with a date; the plan chooses its own sets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from counselor_app.reports.audit_text import status_words
from counselor_app.reports.render import render_bytes
from counselor_app.services import plans, students
from counselor_app.services.audit import audit_plan, effective_sets, plan_sets
from counselor_app.services.report_data import build_plan_report
from counselor_app.services.requirement_sets import save_set
from counselor_app.services.school_years import current_school_year
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.plan import audit_actions
from counselor_app.ui.plan.audit_model import COURSE_REF_ROLE
from counselor_app.ui.plan.editor import PlanEditor
from tests.catalog import PROGRAM, add_test_catalog
from tests.pdf_data import flat, pdf_text

SET = {
    "code": "zt-audit", "name": "Test diploma (audit)", "state": "district",
    "kind": "diploma", "source": "tests", "checked": dt.date(2026, 1, 1),
    "requirements": [
        {"kind": "credits", "label": "English", "id": "english", "credits": 2,
         "from": {"areas": ["English"]}},
        {"kind": "credits", "label": "Mathematics", "id": "math", "credits": 2,
         "from": {"areas": ["Mathematics"]}},
        {"kind": "credits", "label": "Fine arts", "id": "arts", "credits": 1,
         "from": {"areas": ["Fine Arts"]}},
        {"kind": "checklist", "label": "FAFSA or opt-out form", "id": "fafsa",
         "item": "fafsa"},
        {"kind": "total", "label": "Total credits", "id": "total", "credits": 6},
    ],
}
EXTRA = {**SET, "code": "zt-extra", "name": "Test supplemental", "kind": "supplemental",
         "requirements": [SET["requirements"][0]]}
REASON = "Arts credit earned at the previous school (board policy 5460)"


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    add_test_catalog(db)
    save_set(db, SET)
    save_set(db, EXTRA)
    save_settings(db, replace(load_settings(db), requirement_set="zt-audit",
                              supplemental_sets=(), counselor_name="Ms. Test"))
    return AppContext(db, QUndoStack(), ChangeBus(),
                      QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def editor(ctx: AppContext, qtbot: QtBot) -> Iterator[PlanEditor]:
    pk = students.create_student(ctx.db, StudentData("A-1", "Ana", "Díaz", 9,
                                                     current_school_year() + 3))  # a 9th grader now
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", PROGRAM)
    widget = PlanEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.load(plan_id)
    widget.show()
    yield widget
    ctx.undo.clear()


def shown(editor: PlanEditor) -> dict[str, str]:
    return editor.rules.status_texts()


def printed(editor: PlanEditor) -> str:
    assert editor.plan_id is not None
    return pdf_text(render_bytes(build_plan_report(editor.ctx.db, editor.plan_id)))


def test_planned_courses_are_on_track_never_met(editor: PlanEditor) -> None:
    status = shown(editor)
    assert status["English"] == "On track"
    assert status["Mathematics"] == "On track"
    assert status["Fine arts"] == "Short by 1 credit"
    assert status["FAFSA or opt-out form"] == "Not done yet"
    assert status["CTE concentrator: Welding Technology (test)"] == "On track"
    assert "Met" not in status.values() and "Concentrator" not in status.values()
    assert "Met" not in editor.summary.text()
    assert editor.tabs.tabText(0) == "Checks (2)"  # arts and FAFSA are short
    # the same audit as the CLI's JSON
    assert editor.plan_id is not None
    data = audit_plan(editor.ctx.db, editor.plan_id).to_json()
    for req in data["sets"][0]["requirements"]:
        assert status_words(req["status"]) in (status[req["label"]], "Short")
    text = printed(editor)
    assert "On track" in text and flat("Short by 1 credit") in flat(text)
    assert "Met" not in text.replace("Met:", "")  # only the key explains the word


def test_waiver_shows_in_panel_and_pdf_and_undo_takes_it_back(
        editor: PlanEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: audit_actions.WaiverDialog) -> int:
        assert dialog.who.text() == "Ms. Test"  # who comes from Settings
        dialog.why.setPlainText(REASON)
        return 1

    monkeypatch.setattr(audit_actions.WaiverDialog, "exec", fill)
    assert editor.rules.select_requirement("zt-audit", "arts")
    editor.rules.detail.waive.click()
    assert shown(editor)["Fine arts"] == "Waived"
    assert editor.rules.select_requirement("zt-audit", "arts")
    detail = editor.rules.detail.title.text()
    assert REASON in detail and "Ms. Test" in detail
    text = flat(printed(editor))
    assert flat(REASON) in text and flat("Ms. Test") in text and "Waiver" in text
    assert flat(dt.date.today().strftime("%B")) in text  # the date it was decided
    editor.ctx.undo.undo()
    assert shown(editor)["Fine arts"] == "Short by 1 credit"
    assert flat(REASON) not in flat(printed(editor))
    editor.ctx.undo.redo()
    assert shown(editor)["Fine arts"] == "Waived"


def test_a_waiver_needs_a_reason(editor: PlanEditor, monkeypatch: pytest.MonkeyPatch,
                                 qtbot: QtBot) -> None:
    seen: list[str] = []

    def press_ok(dialog: audit_actions.WaiverDialog) -> int:
        dialog.accept()  # no reason written: refused, the dialog stays open
        seen.append(dialog.error.text())
        return 0

    monkeypatch.setattr(audit_actions.WaiverDialog, "exec", press_ok)
    editor.rules.select_requirement("zt-audit", "arts")
    editor.rules.detail.waive.click()
    assert "Why" in seen[0]
    assert shown(editor)["Fine arts"] == "Short by 1 credit"


def test_what_could_fill_this_adds_a_course_to_the_chosen_grade(editor: PlanEditor) -> None:
    assert editor.rules.select_requirement("zt-audit", "arts")
    detail = editor.rules.detail
    assert detail.fill_box.isVisibleTo(editor)
    texts = [detail.fill.item(i).text() for i in range(detail.fill.count())]
    row = next(i for i, t in enumerate(texts) if t.startswith("Ceramics Ørsted (test) (ZTART)"))
    assert not any("(ZTENG9)" in t for t in texts)  # English does not fill fine arts
    detail.fill.setCurrentRow(row)
    detail.grade.setCurrentIndex(detail.grade.findData(11))
    detail.add.click()
    assert "ZTART" in [c.code for c in editor.columns[11].model.courses()]
    assert shown(editor)["Fine arts"] == "On track"
    editor.ctx.undo.undo()
    assert "ZTART" not in [c.code for c in editor.columns[11].model.courses()]


def test_checklist_item_marked_done_with_a_date(editor: PlanEditor,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def done(dialog: audit_actions.ChecklistDialog) -> int:
        dialog.done.setChecked(True)
        return 1

    monkeypatch.setattr(audit_actions.ChecklistDialog, "exec", done)
    assert editor.rules.select_requirement("zt-audit", "fafsa")
    assert editor.rules.detail.mark_done.isVisibleTo(editor)
    editor.rules.detail.mark_done.click()
    assert shown(editor)["FAFSA or opt-out form"] == "Done"
    editor.ctx.undo.undo()
    assert shown(editor)["FAFSA or opt-out form"] == "Not done yet"


def test_the_plan_chooses_its_sets(editor: PlanEditor) -> None:
    panel = editor.rules
    assert panel.diploma.currentData() == ""  # the district default
    action = next(a for a in panel.also_menu.actions() if a.text() == "Test supplemental")
    action.setChecked(True)
    assert editor.plan_id is not None
    assert effective_sets(editor.ctx.db, editor.plan_id) == ("zt-audit", "zt-extra")
    assert "Test supplemental" in shown(editor)
    editor.ctx.undo.undo()
    assert plan_sets(editor.ctx.db, editor.plan_id).supplemental is None
    assert "Test supplemental" not in shown(editor)


def test_checks_splitter_sizes_are_remembered(ctx: AppContext, editor: PlanEditor,
                                              qtbot: QtBot) -> None:
    editor.rules.splitter.setSizes([300, 500, 300])
    editor.rules.splitter.splitterMoved.emit(300, 1)
    sizes = editor.rules.splitter.sizes()
    again = PlanEditor(ctx)
    qtbot.addWidget(again)
    again.resize(editor.size())
    assert editor.plan_id is not None
    again.load(editor.plan_id)
    again.show()
    assert again.rules.splitter.sizes() == sizes


def test_substitution_counts_a_course_toward_a_requirement(
        editor: PlanEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: audit_actions.SubstitutionDialog) -> int:
        dialog.course.setCurrentIndex(dialog.course.findData("ZTWLD1"))
        assert dialog.toward.isChecked()
        dialog.why.setPlainText("Welding portfolio reviewed by the arts department")
        return 1

    monkeypatch.setattr(audit_actions.SubstitutionDialog, "exec", fill)
    assert editor.rules.select_requirement("zt-audit", "arts")
    editor.rules.detail.substitute.click()
    assert shown(editor)["Fine arts"] == "On track"  # a planned course: on track, not met
    assert "Substitution" in printed(editor)
    editor.ctx.undo.undo()
    assert shown(editor)["Fine arts"] == "Short by 1 credit"


def test_enter_on_a_course_row_selects_its_card(editor: PlanEditor, qtbot: QtBot) -> None:
    tree = editor.rules.tree
    english = editor.rules.model.index_of_key(("zt-audit", "english"))
    tree.setExpanded(english, True)
    course = editor.rules.model.index(0, 0, english)
    ref = course.data(COURSE_REF_ROLE)
    assert ref is not None
    tree.setFocus()
    tree.setCurrentIndex(course)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    selected = [c.id for col in editor.columns.values() for c in col.selected_courses()]
    assert selected == [ref]
