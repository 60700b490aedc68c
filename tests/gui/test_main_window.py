"""Main window: first-run welcome page, shortcuts, help, about, settings, layout memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_app import __version__
from counselor_app.services import plans
from counselor_app.services.settings import load_settings
from counselor_app.services.students import StudentData, create_student
from counselor_app.ui.admin.settings_dialog import SettingsDialog
from counselor_app.ui.context import AppContext
from counselor_app.ui.help_dialog import about_text
from counselor_app.ui.main_window import MainWindow


def make_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_run_shows_the_welcome_page_and_its_tasks(ctx: AppContext, qtbot: QtBot) -> None:
    window = make_window(qtbot, ctx)
    assert window.pages.currentWidget() is window.welcome
    window.welcome.explore_button.click()
    assert window.pages.currentWidget() is window.explore
    assert window.explore.detail.toPlainText()  # something is shown at once
    window.welcome.help_button.click()
    assert window._help.isVisible()
    assert "Explore" in window._help.browser.toPlainText()


def test_with_students_the_app_opens_on_the_dashboard(ctx: AppContext, qtbot: QtBot) -> None:
    create_student(ctx.db, StudentData("S1", "Ana", "Núñez", 10, 2029))
    window = make_window(qtbot, ctx)
    assert window.pages.currentWidget() is window.dashboard


def test_standard_shortcuts(ctx: AppContext, qtbot: QtBot) -> None:
    window = make_window(qtbot, ctx)
    expected = {
        window.find_action: QKeySequence(QKeySequence.StandardKey.Find),
        window.new_student_action: QKeySequence("Ctrl+N"),
        window.export_pdf_action: QKeySequence("Ctrl+E"),
        window.print_action: QKeySequence(QKeySequence.StandardKey.Print),
        window.redo_action: QKeySequence("Ctrl+Shift+Z"),
        window.undo_action: QKeySequence(QKeySequence.StandardKey.Undo),
        window.back_action: QKeySequence("Alt+Left"),
        window.settings_action: QKeySequence("Ctrl+,"),
        window.dashboard_action: QKeySequence("Ctrl+3"),
    }
    for action, keys in expected.items():
        assert action.shortcut() == keys, action.text()
    assert window.help_action.shortcut().toString() == "F1"


def test_ctrl_f_focuses_search_on_the_explore_page(ctx: AppContext, qtbot: QtBot) -> None:
    window = make_window(qtbot, ctx)
    window.find_action.trigger()
    assert window.pages.currentWidget() is window.explore
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.explore.search_box)


def test_about_names_version_database_and_data_version(ctx: AppContext) -> None:
    text = about_text(ctx.db)
    assert __version__ in text and str(ctx.db.path) in text and "builtin-" in text


def test_window_layout_is_remembered(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx)
    window.resize(760, 540)  # the offscreen screen is 800x600
    window.explore.splitter.setSizes([250, 490])
    window.explore.show_framework("ncc-legacy")
    size = window.size()  # the toolbar may hold the width above what was asked
    window.close()
    again = MainWindow(AppContext(ctx.db, ctx.undo, ctx.bus,
                                  QSettings(ctx.qsettings.fileName(),
                                            QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    assert again.size().height() == size.height() == 540  # width is capped by the 800 px screen
    assert again.explore.splitter.sizes()[0] == window.explore.splitter.sizes()[0]
    assert again.explore.framework == "ncc-legacy"


def test_settings_dialog_saves_and_reports_bad_values(ctx: AppContext, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.school.setText("Lakeview High School")
    dialog.max_credits.setValue(7.5)
    dialog.logo.setText(str(tmp_path / "missing.png"))
    dialog.accept()
    assert "missing.png" in dialog.error.text()  # names the field and the file
    assert load_settings(ctx.db).school_name == ""  # nothing written
    dialog.logo.setText("")
    with qtbot.waitSignal(ctx.bus.settings_changed):
        dialog.accept()
    saved = load_settings(ctx.db)
    assert saved.school_name == "Lakeview High School" and saved.max_credits_per_year == 7.5


def test_start_a_plan_from_a_program_in_explore(ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog

    from counselor_app.services import plans
    from counselor_app.ui.students.new_plan_dialog import NewPlanDialog
    from tests.gui.test_students_page import when_modal

    pk = create_student(ctx.db, StudentData("EX-1", "Ana", "Diaz", 9, 2030))
    window = make_window(qtbot, ctx)
    window.students.open_student(pk)
    window.show_explore()
    assert window.explore.navigate("program", "L08-05-P1")

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPlanDialog)
        assert dialog.program_code() == "L08-05-P1"
        dialog.accept()

    errors = when_modal(qtbot, choose)
    window.explore.start_plan.click()
    assert errors == []
    assert window.pages.currentWidget() is window.students
    plan = plans.load_plan(ctx.db, window.students.current_plan_id())
    assert plan.program_code == "L08-05-P1"


def test_about_and_help_name_every_data_source(ctx: AppContext) -> None:
    from counselor_app.config import resources_dir
    from counselor_app.services.sources import data_sources

    text = about_text(ctx.db)
    page = (resources_dir() / "help" / "data-sources.html").read_text(encoding="utf-8")
    sources = data_sources()
    assert {s.key for s in sources} >= {"onet", "bls-oews", "bls-ep", "advance-cte-crosswalk",
                                        "nces-sced"}
    for s in sources:
        assert s.name.replace("&", "&amp;") in text and s.version in text
    for words in ("O*NET 29.3 Database", "CC BY 4.0", "Bureau of Labor Statistics",
                  "Framework Crosswalk", "SCED", "version 12"):
        assert words in page, words
    assert "CC BY 4.0" in text and "Public domain" in text


class _ClaimsCtrlE(QObject):
    """What a line edit does with Linux (X11) key bindings: it claims Ctrl+E ("end of
    line") when Qt offers it first, which swallowed the window's Ctrl+E."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.keyCombination().toCombined() == QKeySequence("Ctrl+E")[0].toCombined():
            event.accept()
            return True
        return False


def test_ctrl_e_exports_while_a_text_field_has_focus(ctx: AppContext, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.catalog import PROGRAM, add_test_catalog

    add_test_catalog(ctx.db)
    pk = create_student(ctx.db, StudentData("S1", "Ana", "Núñez", 10, 2029))
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", PROGRAM)
    window = make_window(qtbot, ctx)
    window.show_students()  # the window opens on the dashboard
    window.students.open_plan(plan_id)
    exported: list[int] = []
    monkeypatch.setattr("counselor_app.ui.printing.export.export_plan_pdf",
                        lambda ctx, parent, pid: exported.append(pid))
    claims = _ClaimsCtrlE()
    editor = window.students.editor
    for field in (editor.catalog.search, editor.name):
        field.installEventFilter(claims)
        field.setFocus()
        qtbot.waitUntil(lambda field=field: QApplication.focusWidget() is field)
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [plan_id, plan_id]
    # the field keeps its own editing keys: Ctrl+Z undoes its typing, not the plan
    qtbot.keyClicks(editor.catalog.search, "alg")
    qtbot.keyClick(editor.catalog.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.catalog.search.text() == ""


def test_undo_and_redo_say_what_they_undo(ctx: AppContext, qtbot: QtBot,
                                          qapp: QApplication) -> None:
    from counselor_app.ui.i18n import install_translators, remove_translators
    from tests.catalog import PROGRAM, add_test_catalog

    add_test_catalog(ctx.db)
    pk = create_student(ctx.db, StudentData("S1", "Ana", "Núñez", 9, 2029))
    plan_id = plans.create_plan(ctx.db, pk, "Main plan", PROGRAM)
    window = make_window(qtbot, ctx)
    window.students.open_plan(plan_id)
    editor = window.students.editor
    assert window.undo_action.text() == "&Undo" and not window.undo_action.isEnabled()
    algebra = next(c for c in editor.columns[9].model.courses() if c.code == "ZTALG1")
    editor.move_course(algebra.id, 10)
    assert window.undo_action.text() == "&Undo Move Algebra I (test) to Grade 10"
    assert window.undo_action.toolTip() == "Undo Move Algebra I (test) to Grade 10"
    assert window.undo_action.isEnabled()
    editor.remove_course(algebra.id)
    assert window.undo_action.text() == "&Undo Remove Algebra I (test)"
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo Remove Algebra I (test)"
    assert window.redo_action.toolTip() == "Redo Remove Algebra I (test)"
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo Move Algebra I (test) to Grade 10"
    ctx.undo.clear()

    translators = install_translators(qapp, "es")
    try:
        spanish = MainWindow(ctx)
        qtbot.addWidget(spanish)
        spanish.students.open_plan(plan_id)
        editor = spanish.students.editor
        algebra = next(c for c in editor.columns[9].model.courses() if c.code == "ZTALG1")
        editor.move_course(algebra.id, 10)
        assert spanish.undo_action.text() == "&Deshacer Mover Algebra I (test) a Grado 10"
    finally:
        remove_translators(qapp, translators)
        ctx.undo.clear()


def test_counts_and_credits_in_settings_read_as_the_app_writes_them(
        ctx: AppContext, qtbot: QtBot, qapp: QApplication) -> None:
    from counselor_app.ui.i18n import install_translators, remove_translators

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    threshold = dialog.cte_threshold
    assert threshold.lineEdit().text() == "2"  # two courses, not "2.00"
    assert dialog.max_credits.lineEdit().text() == "8"
    threshold.stepBy(1)
    assert threshold.lineEdit().text() == "3" and threshold.value() == 3
    # typed: a count of courses takes whole numbers only
    threshold.lineEdit().selectAll()
    qtbot.keyClicks(threshold.lineEdit(), "2.5")
    assert threshold.value() != 2.5
    dialog.cte_mode.setCurrentIndex(dialog.cte_mode.findData("credits"))
    threshold.setValue(2.5)
    assert threshold.lineEdit().text() == "2.5"
    threshold.setValue(4)
    assert threshold.lineEdit().text() == "4"
    dialog.max_credits.setValue(7.5)
    with qtbot.waitSignal(ctx.bus.settings_changed):
        dialog.accept()
    saved = load_settings(ctx.db)
    assert (saved.cte_mode, saved.cte_threshold, saved.max_credits_per_year) == \
        ("credits", 4, 7.5)

    translators = install_translators(qapp, "es")
    try:
        spanish = SettingsDialog(ctx)
        qtbot.addWidget(spanish)
        assert spanish.max_credits.lineEdit().text() == "7,5"  # the decimal comma
        assert spanish.cte_threshold.lineEdit().text() == "4"
    finally:
        remove_translators(qapp, translators)
