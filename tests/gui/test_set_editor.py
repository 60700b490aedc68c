"""The requirement-set editor: a copy of a set, edited as a tree, checked by the engine's
own loader before it is saved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from counselor_app.audit import parse_set
from counselor_app.ui.requirements.set_editor import NEW_NODES, SetEditorDialog, district_copy
from tests.audit_data import CATALOG
from tests.audit_samples import REQUIREMENTS

BASE: dict[str, Any] = {"code": "sample", "name": "Sample diploma", "state": "TX",
                        "kind": "diploma", "source": "tests", "checked": dt.date(2026, 1, 1),
                        "passing": {"minimum": 70}, "requirements": list(REQUIREMENTS)}


def editor(qtbot: QtBot, saved: list[dict[str, Any]],
           data: dict[str, Any] | None = None) -> SetEditorDialog:
    dialog = SetEditorDialog(data or district_copy(BASE), set(CATALOG), saved.append)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return dialog


def test_copy_edit_and_save_a_district_set(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    d = editor(qtbot, saved)
    assert d.code.text() == "sample-district"
    assert d.name.text() == "Sample diploma (district)"
    assert "valid" in d.status.text()
    # raise English to 4 credits
    d.tree.setCurrentIndex(d.model.index(0, 0))
    d.form.credits.setValue(4)
    assert d.model.index(0, 2).data() == "4 credits from English"
    # a named-course requirement with a choice, added after English
    d.add_node(dict(NEW_NODES[1][1]))
    d.form.label.setText("Government")
    d.form.label.textEdited.emit("Government")
    d.form.courses.setPlainText("GOV or APGOV")
    # a checklist item added inside the Mathematics group ("all of")
    math = d.model.index(2, 0)
    assert math.data() == "Mathematics"
    d.tree.setCurrentIndex(math)
    d.add_node(dict(NEW_NODES[5][1]))
    assert d.model.rowCount(math) == 3
    d.buttons.button(d.buttons.StandardButton.Save).click()
    assert saved, d.status.text()
    data = saved[0]
    assert data["passing"] == {"minimum": 70}  # keys without a field pass through
    rs = parse_set(data, "saved", set(CATALOG))
    labels = [r.label for r in rs.root.children]
    assert labels[:3] == ["English", "Government", "Mathematics"]
    assert rs.find("english").required == 4
    assert rs.find("government").slots == (("GOV", "APGOV"),)
    assert [c.kind for c in rs.find("math").children] == ["courses", "courses", "checklist"]


def test_bad_input_names_the_place_and_nothing_is_saved(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    d = editor(qtbot, saved)
    d.tree.setCurrentIndex(d.model.index(0, 0))
    d.form.codes.setText("NOPE1")
    d.form.codes.textEdited.emit("NOPE1")
    assert not d.check()
    assert "requirements[0].from.codes[0]" in d.problem
    assert "unknown course code 'NOPE1'" in d.problem
    d.buttons.button(d.buttons.StandardButton.Save).click()
    assert saved == []
    d.form.codes.setText("")
    d.form.codes.textEdited.emit("")
    d.form.label.setText("")
    d.form.label.textEdited.emit("")
    assert not d.check()
    assert "label" in d.problem


def test_remove_and_move_keep_the_tree_straight(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    d = editor(qtbot, saved)
    d.tree.setCurrentIndex(d.model.index(4, 0))  # Total credits
    d.move_current(-1)
    assert d.model.index(3, 0).data() == "Total credits"
    d.remove_current()
    assert [d.model.index(r, 0).data() for r in range(d.model.rowCount())] == \
        ["English", "Mathematics", "Fine arts", "FAFSA or opt-out form"]
    assert d.check()


def test_middle_school_grades_that_count_are_chosen_in_the_editor(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    d = editor(qtbot, saved)
    assert not any(box.isChecked() for box in d.hs_credit.values())
    assert "hs_credit_grades" not in d.set_data()
    d.hs_credit[7].setChecked(True)
    d.hs_credit[8].setChecked(True)
    d.buttons.button(d.buttons.StandardButton.Save).click()
    assert saved and saved[0]["hs_credit_grades"] == [7, 8]
    assert parse_set(saved[0], "saved", set(CATALOG)).hs_credit_grades == (7, 8)
    again = editor(qtbot, [], {**saved[0]})  # opened again: the boxes show it
    assert [g for g, box in again.hs_credit.items() if box.isChecked()] == [7, 8]
