"""Alt+letter: every page's buttons and labels leave the menus' letters (File, Edit, View,
Help) alone and never share a letter, in English and in Spanish; so Alt+H opens Help."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from counselor_app.services import plans
from counselor_app.services.students import StudentData, create_student
from counselor_app.ui.context import AppContext
from counselor_app.ui.i18n import install_translators, remove_translators
from counselor_app.ui.main_window import MainWindow
from tests.catalog import PROGRAM, add_test_catalog


def _letter(text: str) -> str:
    """The Alt+ letter of a text ("Arc&hive" -> "H"; "" when it has none)."""
    key = QKeySequence.mnemonic(text)
    return key.toString().rpartition("+")[2].upper() if key.count() else ""


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts using it, of the widgets of ``root`` a user can see now."""
    found: dict[str, list[str]] = defaultdict(list)
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        texts: list[str] = []
        if isinstance(w, QAbstractButton) or isinstance(w, QLabel) and w.buddy() is not None:
            texts = [w.text()]
        elif isinstance(w, QGroupBox):
            texts = [w.title()]
        elif isinstance(w, QTabBar):
            texts = [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
        for text in texts:
            letter = _letter(text)
            if letter:
                found[letter].append(text)
    return found


def menu_letters(window: MainWindow) -> dict[str, str]:
    return {_letter(a.text()): a.text() for a in window.menuBar().actions() if a.text()}


def clashes(window: MainWindow, page: QWidget) -> list[str]:
    menus = menu_letters(window)
    out = []
    for letter, texts in mnemonics(page).items():
        if letter in menus:
            out.append(f"Alt+{letter}: {texts} and the {menus[letter]!r} menu")
        elif len(texts) > 1:
            out.append(f"Alt+{letter}: {texts}")
    return out


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    """A window at 1366x768 over one student with a plan (built in the current language)."""
    add_test_catalog(ctx.db)
    pk = create_student(ctx.db, StudentData("S1", "Ana", "Núñez", 9, 2029))
    plans.create_plan(ctx.db, pk, "Main plan", PROGRAM)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    return _window(ctx, qtbot)


def _every_page(window: MainWindow, qtbot: QtBot) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    window.show_students()
    page = window.students
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.selected_student_pks() != [])
    found["students"] = clashes(window, page)
    plan_id = page.current_plan_id()
    assert plan_id is not None
    page.open_plan(plan_id)
    editor = page.editor
    for i in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        found[f"plan editor, tab {editor.tabs.tabText(i)!r}"] = clashes(window, page)
    window.show_explore()
    found["explore"] = clashes(window, window.explore)
    found["welcome"] = clashes(window, window.welcome)
    return {where: c for where, c in found.items() if c}


def test_no_page_clashes_with_the_menus_or_itself(window: MainWindow, qtbot: QtBot) -> None:
    assert set(menu_letters(window)) >= {"F", "E", "V", "H"}
    assert _every_page(window, qtbot) == {}


def test_no_clashes_in_spanish(ctx: AppContext, qtbot: QtBot, qapp: QApplication) -> None:
    translators = install_translators(qapp, "es")
    try:
        assert _every_page(_window(ctx, qtbot), qtbot) == {}
    finally:
        remove_translators(qapp, translators)
