"""The audit tree model and the Checks panel over a real audit result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from counselor_app.services.browse import CourseRow
from counselor_app.ui.plan.audit_model import (
    BAR_ROLE,
    COURSE_REF_ROLE,
    KEY_ROLE,
    KIND_ROLE,
    AuditTreeModel,
    Bar,
)
from counselor_app.ui.plan.audit_panel import AuditChecksPanel as ChecksPanel
from tests.audit_samples import WAIVER_REASON, sample_audit


def texts(model: AuditTreeModel) -> dict[str, tuple[str, str]]:
    out = {}
    for index in model.all_indexes():
        row, parent = index.row(), index.parent()
        out[str(index.data())] = (str(model.index(row, 1, parent).data() or ""),
                                  str(model.index(row, 2, parent).data() or ""))
    return out


def test_model_passes_the_tester_and_shows_plain_statuses(qapp: object) -> None:
    model = AuditTreeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_audit(sample_audit())
    model.set_audit(sample_audit(completed=True))  # a reset keeps the tester happy too
    model.set_audit(sample_audit())
    shown = texts(model)
    assert shown["Sample diploma"][1] == "Short"
    assert shown["English"] == ("3 / 3 cr", "On track")  # planned: never "Met"
    assert shown["Algebra I"][1] == "In progress"
    assert shown["Algebra II"][1] == "Needs Algebra II (ALG2)"  # named by title and code
    assert shown["Fine arts"][1] == "Waived"
    assert shown["FAFSA or opt-out form"][1] == "Not done yet"
    assert shown["CTE concentrator: Welding Technology"][1] == "On track"
    assert not any(status == "Met" for _, status in shown.values())


def test_bars_split_earned_in_progress_planned_and_short(qapp: object) -> None:
    model = AuditTreeModel()
    model.set_audit(sample_audit(completed=True))
    bars = {}
    for index in model.all_indexes():
        bar = model.index(index.row(), 1, index.parent()).data(BAR_ROLE)
        bars[str(index.data())] = bar
    english = bars["English"]
    assert isinstance(english, Bar)
    assert (round(english.earned, 3), english.in_progress, round(english.planned, 3)) == \
        (0.333, 0.0, 0.667)
    assert english.short == 0
    assert bars["Algebra II"].short == 1.0
    assert bars["Fine arts"].waived
    assert bars["Sample diploma"] is None


def test_course_rows_carry_the_plan_course_and_keys_find_rows(qapp: object) -> None:
    model = AuditTreeModel()
    model.set_audit(sample_audit())
    courses = [i for i in model.all_indexes() if i.data(KIND_ROLE) == "course"]
    assert {str(i.data()).split(" (")[0] for i in courses} >= {"English 9", "Algebra I"}
    assert all(i.data(COURSE_REF_ROLE) is None for i in courses)  # engine attempts: no rows
    for index in model.all_indexes():
        assert model.index_of_key(index.data(KEY_ROLE)) == index


def test_panel_shows_waiver_and_what_could_fill_a_short_requirement(qtbot: QtBot) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    asked: list[tuple[str, str]] = []
    algebra2 = CourseRow("ALG2", "Algebra II", 1.0, "Mathematics", 10, 12, False, False,
                         False, ())

    def provider(set_code: str, requirement: str) -> list[CourseRow]:
        asked.append((set_code, requirement))
        return [algebra2]

    panel.set_candidates_provider(provider)
    panel.show_audit(sample_audit())
    panel.resize(1000, 260)
    panel.show()
    assert panel.select_requirement("sample-diploma", "arts")
    assert WAIVER_REASON in panel.detail.title.text()
    assert "Pat Counselor" in panel.detail.title.text()
    assert panel.detail.remove_decision.isVisibleTo(panel)
    assert not panel.detail.fill_box.isVisibleTo(panel)

    assert panel.select_requirement("sample-diploma", "math/algebra-ii")
    assert asked[-1] == ("sample-diploma", "math/algebra-ii")
    assert panel.detail.fill_box.isVisibleTo(panel)
    assert panel.detail.fill.item(0).text().startswith("Algebra II (ALG2)")
    added: list[tuple[str, int]] = []
    panel.add_course_requested.connect(lambda code, level: added.append((code, level)))
    qtbot.mouseClick(panel.detail.add, Qt.MouseButton.LeftButton)
    assert added == [("ALG2", 10)]  # the course's first grade is the default

    waived: list[tuple[str, str]] = []
    panel.waive_requested.connect(lambda s, r: waived.append((s, r)))
    qtbot.mouseClick(panel.detail.waive, Qt.MouseButton.LeftButton)
    assert waived == [("sample-diploma", "math/algebra-ii")]


def test_panel_keeps_expansion_and_selection_across_refreshes(qtbot: QtBot) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.show_audit(sample_audit())
    english = panel.model.index_of_key(("sample-diploma", "english"))
    panel.tree.setExpanded(english, True)
    panel.select_requirement("sample-diploma", "english")
    panel.show_audit(sample_audit(completed=True))
    english = panel.model.index_of_key(("sample-diploma", "english"))
    assert panel.tree.isExpanded(english)
    assert panel.tree.currentIndex() == english
