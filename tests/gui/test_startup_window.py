"""The main window paints empty first and fills its first screen after (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from counselor_app.services.students import StudentData, create_student
from counselor_app.ui.context import AppContext
from counselor_app.ui.main_window import MainWindow


def test_an_unpopulated_window_is_blank_until_populate_fills_the_dashboard(
        ctx: AppContext, qtbot: QtBot) -> None:
    for i in range(3):
        create_student(ctx.db, StudentData(f"P{i}", "Ana", f"Núñez {i}", 10, 2029))
    window = MainWindow(ctx, populate=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.current_page_name() == "" and not window.is_populated
    bar = window.findChild(QToolBar, "mainToolbar")
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window._students is None and window._explore is None  # nothing built yet
    with qtbot.waitSignal(window.populated, timeout=5000):
        window.populate()
    assert window.current_page_name() == "dashboard"
    assert window.dashboard_action.isChecked()
    assert window._students is None  # the Students page waits until it is shown
    page = window.dashboard
    qtbot.waitUntil(lambda: not page.loading and len(page.listed_students()) == 3,
                    timeout=20000)
    window.populate()  # a second call changes nothing
    assert window.current_page_name() == "dashboard"
    window.show_students()
    assert window.students.model.rowCount() == 3


def test_without_students_the_first_screen_is_the_welcome_page_and_explore_waits(
        ctx: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(ctx, populate=False)
    qtbot.addWidget(window)
    window.show()
    window.populate()
    assert window.current_page_name() == "welcome"
    assert window._explore is None
    assert not window.back_action.isEnabled()
    window.show_explore()  # built on first use, with the framework tree filled
    assert window.current_page_name() == "explore"
    assert window.explore.tree_model.rowCount() in (14, 16)
    assert window.explore.detail.toPlainText()
