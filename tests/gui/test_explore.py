"""The framework browser: tree, detail pane, search, history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from counselor_app.services.browse import framework_tree
from counselor_app.ui.context import AppContext
from counselor_app.ui.explore.page import ExplorePage
from counselor_app.ui.explore.tree_model import CODE_ROLE, KIND_ROLE, FrameworkTreeModel


def make_page(qtbot: QtBot, ctx: AppContext) -> ExplorePage:
    page = ExplorePage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def test_tree_model_passes_the_model_tester(ctx: AppContext, qtbot: QtBot) -> None:
    model = FrameworkTreeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for fw in ("ncc-legacy", "ncc-2024"):
        model.set_clusters(framework_tree(ctx.db, fw))
        first = model.index(0, 0)
        assert model.rowCount(first) > 0
        pathway = model.index(0, 0, first)
        assert pathway.parent() == first
        assert model.data(pathway, KIND_ROLE) == "pathway"


def test_switching_frameworks_shows_16_or_14_clusters(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.framework_combo.setCurrentIndex(page.framework_combo.findData("ncc-legacy"))
    assert page.tree_model.rowCount() == 16
    page.framework_combo.setCurrentIndex(page.framework_combo.findData("ncc-2024"))
    assert page.tree_model.rowCount() == 14
    names = [page.tree_model.index(r, 0).data() for r in range(14)]
    assert "Digital Technology" in names and "Information Technology" not in names


def test_selecting_a_program_shows_its_sequence_by_grade(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.show_framework("ncc-legacy")
    index = page.tree_model.index_of("L08-05-P1")
    page.tree.setCurrentIndex(index)
    text = page.detail.toPlainText()
    for heading in ("Grade 9", "Grade 10", "Grade 11", "Grade 12", "Postsecondary"):
        assert heading in text
    assert "English 9" in text and "Prerequisites" in text
    assert "Registered Nurses" in text and "29-1141.00" in text
    assert "Health Science" in page.breadcrumb.text()


def test_typing_nurs_finds_a_nursing_occupation_and_choosing_it_navigates(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    qtbot.keyClicks(page.search_box, "nurs")
    qtbot.waitUntil(lambda: any(h.label == "Registered Nurses" for h in page.result_hits()))
    row = next(r for r in range(page.results_model.rowCount())
               if "Registered Nurses" in (page.results_model.index(r, 0).data() or ""))
    page.results.activated.emit(page.results_model.index(row, 0))
    assert "Registered Nurses" in page.detail.toPlainText()
    assert "29-1141.00" in page.detail.toPlainText()
    current = page.tree.currentIndex()
    assert current.data(KIND_ROLE) == "pathway"  # the pathway that holds it is selected
    assert page.left_stack.currentWidget() is page.results  # the results stay


def test_enter_in_the_search_box_opens_the_first_hit(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.show_framework("ncc-legacy")
    qtbot.keyClicks(page.search_box, "Therapeutic")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.location is not None and page.location.code == "L08-05"
    assert page.tree.currentIndex().data(CODE_ROLE) == "L08-05"


def test_accent_insensitive_search_in_the_page(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    qtbot.keyClicks(page.search_box, "ÉNGLISH 9")
    qtbot.waitUntil(lambda: bool(page.result_hits()))
    assert page.result_hits()[0].label == "English 9"


def test_back_and_forward(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.show_framework("ncc-legacy")
    page.navigate("cluster", "L08")
    page.navigate("pathway", "L08-05")
    page.navigate("program", "L08-05-P1")
    assert page.can_go_back() and not page.can_go_forward()
    page.back()
    assert page.tree.currentIndex().data(CODE_ROLE) == "L08-05"
    page.back()
    assert page.tree.currentIndex().data(CODE_ROLE) == "L08"
    assert not page.can_go_back()
    page.forward()
    assert page.tree.currentIndex().data(CODE_ROLE) == "L08-05"
    page.navigate("pathway", "L01-01")  # a new visit drops the forward history
    assert not page.can_go_forward()


def test_links_in_the_detail_pane_navigate(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.navigate("pathway", "L08-05")
    page._on_link("program:L08-05-P1")
    assert page.tree.currentIndex().data(CODE_ROLE) == "L08-05-P1"
    page._on_link("occupation:29-1141.00")
    assert "Typical entry education" in page.detail.toPlainText()


def test_keyboard_navigation_in_the_tree(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.show_framework("ncc-2024")
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.tree_model.index(0, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Right)  # expand
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # first sub-cluster
    assert page.tree.currentIndex().data(KIND_ROLE) == "pathway"
    assert "Sub-cluster" in page.detail.toPlainText()


def test_subcluster_shows_crosswalk_labelled_as_our_own(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.navigate("pathway", "040206")  # Physical Health
    text = page.detail.toPlainText()
    assert "our own mapping" in text
    assert "Registered Nurses" in text


def test_occupation_table_sorts_by_wage_and_the_page_shows_the_wage_range(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.show_framework("ncc-2024")
    assert page.navigate("pathway", "010301")
    html = page.detail.toHtml()
    assert html.index("Aircraft Cargo Handling") < html.index("Airline Pilots")  # by title
    page._on_link("sort:wage")
    html = page.detail.toHtml()
    assert html.index("Airline Pilots") < html.index("Aircraft Cargo Handling")
    assert "Driver" not in page.detail.toPlainText()
    assert page.navigate("occupation", "29-1141.00")
    text = page.detail.toPlainText()
    assert "$97,550" in text and "10th percentile" in text and "90th percentile" in text
    assert "Occupational Employment and Wage Statistics (May 2025)" in text


def test_a_program_opened_in_the_2024_tree_stays_in_the_2024_tree(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.show_framework("ncc-2024")
    assert page.navigate("program", "L16-05-P2")
    assert page.framework == "ncc-2024"
    current = page.tree.currentIndex()
    assert current.data(CODE_ROLE) == "L16-05-P2"
    assert current.parent().data(CODE_ROLE) == "010302"  # Ground & Rail, not Air & Space


def test_course_page_shows_sced_code_prerequisite_for_and_tags(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    assert page.navigate("course", "02052")  # Algebra I
    text = page.detail.toPlainText()
    assert "NCES SCED v12 code 02052" in text
    assert "Prerequisite for:" in text and "Geometry" in text.split("Prerequisite for:")[1]
    assert "UC/CSU A-G: (c) mathematics" in text
    assert not page.start_plan.isVisible()


def test_start_a_plan_from_a_program(ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    assert page.navigate("program", "L08-05-P1")
    assert page.start_plan.isVisible()
    with qtbot.waitSignal(page.start_plan_requested) as blocker:
        page.start_plan.click()
    assert blocker.args == ["L08-05-P1"]
