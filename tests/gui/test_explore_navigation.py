"""Explore keeps the framework the user browses, keeps search results while they are
opened one by one, always shows which framework a result belongs to, and never selects an
unrelated item for a link."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from counselor_app.services.imports import apply_import
from counselor_app.ui.context import AppContext
from counselor_app.ui.explore.page import ExplorePage
from counselor_app.ui.explore.results import FRAMEWORK, HIT_ROLE, TITLE
from counselor_app.ui.explore.tree_model import CODE_ROLE

LEGACY = "National Career Clusters (16 clusters, legacy)"


def make_page(qtbot: QtBot, ctx: AppContext, width: int = 1200,
              height: int = 760) -> ExplorePage:
    page = ExplorePage(ctx)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def district_program(ctx: AppContext, tmp_path: Path) -> str:
    """A district's own program, imported with a legacy pathway only: it has no place in
    the 2024 tree."""
    path = tmp_path / "programs.csv"
    path.write_text("Program Code,Program Name,Pathway Code,Grade Level,Course Code\n"
                    "D-MAINT,District Maintenance Technology,L13-03,9,02052\n"
                    "D-MAINT,District Maintenance Technology,L13-03,10,01001\n",
                    encoding="utf-8")
    assert apply_import(ctx.db, "programs", path, backup=False).preview.ok
    return "D-MAINT"


def test_program_and_pathway_links_on_a_2024_page_stay_in_2024_and_are_not_remembered(
        ctx: AppContext, qtbot: QtBot, district_program: str) -> None:
    from counselor_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_explore()
    page = window.explore
    page.framework_combo.setCurrentIndex(page.framework_combo.findData("ncc-2024"))
    assert page.navigate("course", "02052")  # Algebra I: programs that include it
    assert f"program:{district_program}" in page.detail.toHtml()
    page._on_link(f"program:{district_program}")
    assert "District Maintenance Technology" in page.detail.toPlainText()
    assert page.framework == "ncc-2024"
    assert page.framework_combo.currentData() == "ncc-2024"
    assert page.tree_model.rowCount() == 14
    assert not page.tree.currentIndex().isValid()  # no place in the 2024 tree
    assert page.breadcrumb.text().startswith(LEGACY)  # the page says where it lives
    # a program page's legacy pathway link: the page opens, the tree stays in 2024
    assert page.navigate("program", "L08-05-P1")
    page._on_link("pathway:L08-05")
    assert "Therapeutic Services" in page.detail.toPlainText()
    assert page.framework == "ncc-2024" and not page.tree.currentIndex().isValid()
    # an occupation link
    page._on_link("occupation:29-1141.00")
    assert page.framework == "ncc-2024"
    assert page.tree.currentIndex().data(CODE_ROLE) in ("040206",)
    window.save_layout()
    assert ctx.qsettings.value("explore/framework") == "ncc-2024"


def test_back_returns_to_a_page_in_the_framework_it_was_seen_in(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.framework_combo.setCurrentIndex(page.framework_combo.findData("ncc-legacy"))
    assert page.navigate("pathway", "L08-05")
    page.framework_combo.setCurrentIndex(page.framework_combo.findData("ncc-2024"))
    assert page.framework == "ncc-2024"
    page.back()  # the user's own step back: the legacy tree again, at the pathway
    assert page.framework == "ncc-legacy"
    assert page.tree.currentIndex().data(CODE_ROLE) == "L08-05"
    page.forward()
    assert page.framework == "ncc-2024"


def where(page: ExplorePage) -> tuple[str, str]:
    """The item selected in the tree and its parent."""
    current = page.tree.currentIndex()
    return current.data(CODE_ROLE), current.parent().data(CODE_ROLE)


def test_a_course_link_selects_nothing_unrelated_and_an_occupation_stays_where_it_is(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    for framework, program in (("ncc-legacy", "L08-05-P1"), ("ncc-2024", "L08-05-P1")):
        page.framework_combo.setCurrentIndex(page.framework_combo.findData(framework))
        page.tree.setCurrentIndex(page.tree_model.index_of(program))
        place = where(page)
        assert "Algebra I" in page.detail.toPlainText()
        page._on_link("course:02052")  # Algebra I on the nursing program's page
        assert page.detail.toPlainText().startswith("Algebra I")
        assert not page.tree.currentIndex().isValid()
        assert not page.tree.selectionModel().selectedIndexes()
        page.back()
        assert where(page) == place
    # an occupation linked to several sub-clusters stays in the one being browsed
    page.show_framework("ncc-2024")
    assert page.navigate("pathway", "040206")  # Physical Health
    page._on_link("occupation:29-2051.00")
    assert page.location is not None and page.location.code == "29-2051.00"
    assert page.tree.currentIndex().data(CODE_ROLE) == "040206"


def open_hit(page: ExplorePage, label: str) -> None:
    model = page.results_model
    row = next(r for r in range(model.rowCount())
               if getattr(model.index(r, TITLE).data(HIT_ROLE), "label", None) == label)
    page.results.clicked.emit(model.index(row, TITLE))


def test_search_results_stay_while_the_user_opens_them_one_by_one(
        ctx: AppContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, ctx)
    page.show_framework("ncc-legacy")
    qtbot.keyClicks(page.search_box, "marketing")
    qtbot.waitUntil(lambda: bool(page.result_hits()))
    hits = len(page.result_hits())
    open_hit(page, "Marketing Management")
    assert page.left_stack.currentWidget() is page.results
    assert len(page.result_hits()) == hits
    open_hit(page, "Marketing Research")
    assert page.left_stack.currentWidget() is page.results
    second = page.results.currentIndex().data(HIT_ROLE)
    assert second.label == "Marketing Research"
    assert page.location is not None and page.location.code == second.key
    page.back()
    assert page.location is not None and page.location.kind == "pathway"
    assert page.results.currentIndex().data(HIT_ROLE).label == "Marketing Management"
    assert page.left_stack.currentWidget() is page.results
    page.forward()
    assert page.results.currentIndex().data(HIT_ROLE).label == "Marketing Research"
    page.search_box.clear()  # clearing the search brings the tree back, at the page on show
    qtbot.waitUntil(lambda: page.left_stack.currentWidget() is page.tree)
    assert page.tree.currentIndex().data(CODE_ROLE) == second.key


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_long_results_keep_the_framework_visible(ctx: AppContext, qtbot: QtBot,
                                                 size: tuple[int, int]) -> None:
    page = make_page(qtbot, ctx, *size)
    qtbot.keyClicks(page.search_box, "health")
    qtbot.waitUntil(lambda: bool(page.result_hits()))
    view, model = page.results, page.results_model
    metrics = view.fontMetrics()
    tagged = 0
    for row in range(model.rowCount()):
        hit = model.index(row, TITLE).data(HIT_ROLE)
        if hit is None or not hit.framework:
            continue
        tagged += 1
        tag = model.index(row, FRAMEWORK)
        text = tag.data()
        assert text == {"ncc-2024": "2024", "ncc-legacy": "Legacy"}[hit.framework]
        view.scrollTo(tag)
        rect = view.visualRect(tag)
        assert view.viewport().rect().contains(rect), (hit.label, rect)
        assert rect.width() >= metrics.horizontalAdvance(text)
        title = model.index(row, TITLE)
        assert hit.label in title.data(0) and hit.label in title.data(3)  # tooltip: full
    assert tagged >= 4
    assert view.visualRect(model.index(0, 0)).width() > 0
    assert QModelIndex() != model.index(0, 0)
