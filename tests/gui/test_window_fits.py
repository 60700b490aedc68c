"""The window fits a laptop: it opens inside the screen, and at 1366x768, 1280x720 and
1024x768 every key control of every page lies whole inside it (issue 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counselor_app.services import plans, students
from counselor_app.services.school_years import current_school_year
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.window_geometry import first_geometry, kept_inside
from tests.catalog import PROGRAM, add_test_catalog

SIZES = [(1366, 768), (1280, 720), (1024, 768)]


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    add_test_catalog(db)
    return AppContext(db, QUndoStack(), ChangeBus(),
                      QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def whole_inside(widget: QWidget, window: QWidget) -> str:
    """'' when ``widget`` is shown whole inside ``window``, else what is wrong."""
    name = widget.objectName() or type(widget).__name__
    if not widget.isVisible():
        return f"{name} is hidden"
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return f"{name} at {rect.getRect()} is outside the window {window.size().toTuple()}"
    seen = widget.visibleRegion().boundingRect()
    if seen.size() != widget.size():
        return f"{name} is cut to {seen.size().toTuple()} of {widget.size().toTuple()}"
    return ""


def problems(widgets: list[QWidget], window: QWidget) -> list[str]:
    return [p for p in (whole_inside(w, window) for w in widgets) if p]


def test_a_first_start_fits_the_screen_and_maximizes_on_a_laptop() -> None:
    rect, maximized = first_geometry(QRect(0, 0, 1366, 728))  # 1366x768 with a taskbar
    assert maximized and rect == QRect(0, 0, 1366, 728)
    rect, maximized = first_geometry(QRect(0, 0, 1280, 720))  # 1920x1080 at 150%
    assert maximized and rect == QRect(0, 0, 1280, 720)
    rect, maximized = first_geometry(QRect(0, 0, 1920, 1040))
    assert not maximized and rect.size().toTuple() == (1280, 800)
    assert QRect(0, 0, 1920, 1040).contains(rect) and rect.center() == QPoint(959, 519)


def test_a_remembered_geometry_is_pulled_inside_a_smaller_screen() -> None:
    screen = QRect(0, 0, 1366, 728)
    assert kept_inside(QRect(1900, 100, 1280, 800), screen) == QRect(86, 0, 1280, 728)
    assert kept_inside(QRect(-50, -20, 600, 400), screen) == QRect(0, 0, 600, 400)
    inside = QRect(10, 10, 800, 600)
    assert kept_inside(inside, screen) == inside


def test_the_window_opens_inside_the_screen(ctx: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry()), (window.geometry(), available)


def test_a_geometry_saved_on_a_bigger_screen_comes_back_inside(ctx: AppContext,
                                                                 qtbot: QtBot) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.setGeometry(QRect(2400, 300, 1600, 1000))  # a monitor that is gone now
    first.save_layout()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.screen().availableGeometry().contains(again.geometry())


def plan_window(ctx: AppContext, qtbot: QtBot, size: tuple[int, int]) -> MainWindow:
    year = current_school_year()
    pk = students.create_student(ctx.db, StudentData(
        "000123", "María José", "García Fernández de la Peña", 9, year + 3,
        school="Lincoln High", counselor="Ms. Rivera-Montgomery"))
    plan_id = plans.create_plan(ctx.db, pk, "Welding and fabrication plan", PROGRAM)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_students()
    window.students.open_plan(plan_id)
    qtbot.waitUntil(lambda: window.students.editor.view is not None)
    QGuiApplication.processEvents()
    return window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_whole_plan_editor_is_inside_the_window(ctx: AppContext, qtbot: QtBot,
                                                    size: tuple[int, int]) -> None:
    window = plan_window(ctx, qtbot, size)
    editor = window.students.editor
    keys: list[QWidget] = [
        editor.back, editor.name, editor.status, editor.approval.approve_button,
        editor.approval.history_button, editor.catalog.add_button, editor.catalog.search,
        editor.total, editor.tabs.tabBar(), window.statusBar(), window.db_label]
    shown_columns = [c for c in editor.columns.values() if c.isVisible()]
    assert len(shown_columns) >= 5  # grades 9-12 and postsecondary
    keys += [c.title for c in shown_columns] + [c.credits for c in shown_columns]
    assert problems(keys, window) == []
    assert window.minimumSizeHint().width() <= 1024


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_students_page_is_inside_the_window(ctx: AppContext, qtbot: QtBot,
                                                size: tuple[int, int]) -> None:
    window = plan_window(ctx, qtbot, size)
    page = window.students
    page.show_list()
    QGuiApplication.processEvents()
    keys: list[QWidget] = [
        page.new_button, page.edit_button, page.archive_button, page.delete_button,
        page.new_plan_button, page.open_button, page.duplicate_button, page.active_button,
        page.delete_plan_button, page.search, page.count, window.statusBar()]
    assert problems(keys, window) == []
    # the long name reads whole, however narrow the window
    from counselor_app.ui.students.table_model import NAME

    name = page.model.index(0, NAME).data()
    assert name == "García Fernández de la Peña, María José"
    width = page.table.horizontalHeader().sectionSize(NAME)
    assert width >= page.table.fontMetrics().horizontalAdvance(name) + 12
    from counselor_app.ui.students.table_model import COUNSELOR

    counselor = page.model.index(0, COUNSELOR).data()
    assert counselor == "Ms. Rivera-Montgomery"
    assert page.table.horizontalHeader().sectionSize(COUNSELOR) >= \
        page.table.fontMetrics().horizontalAdvance(counselor) + 12
    assert window.minimumSizeHint().width() <= 1024


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_explore_is_inside_the_window(ctx: AppContext, qtbot: QtBot,
                                      size: tuple[int, int]) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_explore()
    QGuiApplication.processEvents()
    page = window.explore
    keys: list[QWidget] = [page.tree, page.detail, window.statusBar()]
    assert problems(keys, window) == []
    assert window.minimumSizeHint().width() <= 1024


SCREEN_SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from counselor_app.store.bootstrap import open_database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.main_window import MainWindow
db = open_database(sys.argv[1])
ctx = AppContext(db, QUndoStack(), ChangeBus(), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(ctx)
window.show_window()
app.processEvents()
screen = window.screen()
print(json.dumps({"available": screen.availableGeometry().getRect(),
                  "ratio": screen.devicePixelRatio(),
                  "frame": window.frameGeometry().getRect(),
                  "maximized": window.isMaximized()}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("screen", [(1366, 768, 1.0), (1920, 1080, 1.5)],
                         ids=["1366x768", "1920x1080 at 150%"])
def test_a_first_start_on_a_laptop_screen(tmp_path: Path,
                                          screen: tuple[int, int, float]) -> None:
    width, height, ratio = screen
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0,
                                               "width": width, "height": height,
                                               # 150% as Windows sets it: 144 dpi
                                               "logicalDpi": round(96 * ratio),
                                               "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               COUNSELOR_APP_NO_LOG_FILE="1")
    done = subprocess.run([sys.executable, "-c", SCREEN_SCRIPT, str(tmp_path / "c.db"),
                           str(tmp_path / "ui.ini")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == ratio
    logical = (round(width / ratio), round(height / ratio))
    assert tuple(seen["available"][2:]) == logical
    left, top, w, h = seen["frame"]
    assert left >= 0 and top >= 0 and w <= logical[0] and h <= logical[1]
    assert seen["maximized"]


def test_eight_columns_scroll_sideways_on_a_narrow_screen(ctx: AppContext,
                                                          qtbot: QtBot) -> None:
    """A plan from grade 6 keeps readable columns at 1024 px and scrolls instead."""
    from counselor_app.ui.plan.grade_column import MIN_COLUMN_WIDTH

    year = current_school_year()
    pk = students.create_student(ctx.db, StudentData("000124", "Ana", "Silva", 6, year + 6))
    plan_id = plans.create_plan(ctx.db, pk, "From grade 6", PROGRAM, first_level=6)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.show_students()
    window.students.open_plan(plan_id)
    editor = window.students.editor
    qtbot.waitUntil(lambda: editor.view is not None)
    QGuiApplication.processEvents()
    shown = [c for c in editor.columns.values() if c.isVisible()]
    assert len(shown) == 8
    assert min(c.width() for c in shown) >= MIN_COLUMN_WIDTH
    assert editor.columns_scroll.horizontalScrollBar().maximum() > 0
    # this year's grade (6) is in view: the scroll starts at it
    qtbot.waitUntil(lambda: whole_inside(editor.columns[6].title, window) == "")
    assert problems([editor.catalog.add_button, editor.total, window.statusBar()],
                    window) == []


def test_the_catalog_and_the_checks_fold_away_and_come_back(ctx: AppContext,
                                                            qtbot: QtBot) -> None:
    window = plan_window(ctx, qtbot, (1024, 768))
    editor = window.students.editor
    column = editor.columns[9]
    narrow, catalog_width = column.width(), editor.catalog.width()
    editor.show_catalog(False)
    QGuiApplication.processEvents()
    assert not editor.catalog_shown() and not editor.catalog.isVisible()
    assert column.width() > narrow + catalog_width // 6  # the columns got the room
    short = editor.columns_scroll.height()
    editor.show_checks(False)
    QGuiApplication.processEvents()
    assert not editor.checks_shown() and editor.columns_scroll.height() > short + 100
    # a new window (the next start) comes back folded, as it was left
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.resize(1024, 768)
    second.show()
    second.show_students()
    second.students.open_plan(editor.plan_id)
    QGuiApplication.processEvents()
    assert not second.students.editor.catalog_shown()
    assert not second.students.editor.checks_shown()
    editor.show_catalog(True)
    editor.show_checks(True)
    QGuiApplication.processEvents()
    assert editor.catalog_shown() and editor.checks_shown()
    assert abs(editor.catalog.width() - catalog_width) <= 8  # the width it had


def test_view_menu_folds_the_panels_with_f9_and_shift_f9(ctx: AppContext,
                                                         qtbot: QtBot) -> None:
    window = plan_window(ctx, qtbot, (1366, 768))
    editor = window.students.editor
    catalog, checks = window.catalog_panel_action, window.checks_panel_action
    assert catalog.isEnabled() and catalog.isChecked() and checks.isChecked()
    assert catalog.shortcut().toString() == "F9"
    assert checks.shortcut().toString() == "Shift+F9"
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert catalog in view_menu.actions() and checks in view_menu.actions()
    catalog.trigger()
    assert not editor.catalog_shown() and not catalog.isChecked()
    checks.trigger()
    assert not editor.checks_shown() and not checks.isChecked()
    catalog.trigger()
    checks.trigger()
    assert editor.catalog_shown() and editor.checks_shown()
    assert catalog.isChecked() and checks.isChecked()
    # with no plan open there is nothing to fold
    window.students.editor.back_requested.emit()
    window._plan_changed(None)
    assert not catalog.isEnabled()


def test_coming_back_to_explore_focuses_the_results_a_search_shows(ctx: AppContext,
                                                                   qtbot: QtBot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_explore()
    page = window.explore
    assert QGuiApplication.focusObject() is page.tree
    qtbot.keyClicks(page.search_box, "nurs")
    qtbot.waitUntil(lambda: page.left_stack.currentWidget() is page.results)
    window.show_students()
    window.show_explore()
    assert QGuiApplication.focusObject() is page.results
    page.search_box.setText("zzzzqqq")
    qtbot.waitUntil(lambda: page.left_stack.currentWidget() is page.no_results)
    window.show_students()
    window.show_explore()
    assert QGuiApplication.focusObject() is page.search_box
