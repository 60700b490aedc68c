"""The program in Spanish: the setting, the catalogs loaded at start, the words on screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QMenu
from pytestqt.qtbot import QtBot

from counselor_app.config import resources_dir
from counselor_app.services import plans, students
from counselor_app.services.school_years import current_school_year
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.ui.admin.settings_dialog import SettingsDialog
from counselor_app.ui.context import AppContext
from counselor_app.ui.i18n import interface_language
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.plan.editor import PlanEditor
from tests.catalog import PROGRAM, add_test_catalog

CATALOG = resources_dir() / "translations" / "counselor_app_es.ts"
# the screens translated completely; a new string there without Spanish fails the test below
COMPLETE = ("MainWindow", "StudentsPage", "StudentTableModel", "NewPlanDialog", "PlanEditor",
            "PlanSummary", "GradeColumn", "CatalogPanel", "PlanDetailsPanel", "ApprovalBar",
            "AuditChecksPanel", "AuditTreeModel", "SettingsDialog", "WelcomePage", "ImportWizard",
            "ChoosePage", "ColumnMappingPage", "PreviewPage", "PreviewModel", "ResultPage",
            "_TemplateDialog", "CommentsPanel", "StudentDialog", "PlanCourseActions",
            "PlanFieldActions", "StudentListActions", "PlanActions")


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_system_language_follows_the_locale_and_falls_back_to_english() -> None:
    assert interface_language("system", QLocale("es_MX")) == "es"
    assert interface_language("system", QLocale("en_US")) == "en"
    assert interface_language("system", QLocale("de_DE")) == "en"  # no German catalog
    assert interface_language("en", QLocale("es_ES")) == "en"
    assert interface_language("es", QLocale("en_US")) == "es"


def test_the_setting_is_saved_and_checked(ctx: AppContext, qtbot: QtBot) -> None:
    assert load_settings(ctx.db).interface_language == "system"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert load_settings(ctx.db).interface_language == "es"
    with pytest.raises(ValueError, match="interface_language"):
        save_settings(ctx.db, replace(load_settings(ctx.db), interface_language="fr"))


def test_main_window_menus_are_spanish(ctx: AppContext, qtbot: QtBot, spanish: None) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert menu_titles(window) == ["&Archivo", "&Edición", "&Ver", "A&yuda"]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert "&Nuevo estudiante…" in texts
    assert "&Exportar el plan como PDF…" in texts
    assert window.settings_action.text() == "&Configuración…"
    assert window.students_action.toolTip() == "Los estudiantes y sus planes"
    window.show_students()
    header = window.students.table.model()
    assert header.headerData(1, Qt.Orientation.Horizontal) == "N.º de estudiante"


def test_english_is_back_without_the_catalog(ctx: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]


def test_plan_editor_is_spanish(ctx: AppContext, qtbot: QtBot, spanish: None) -> None:
    add_test_catalog(ctx.db)
    pk = students.create_student(ctx.db, StudentData("E-1", "Eva", "Ruiz", 9,
                                                     current_school_year() + 3))  # a 9th grader now
    plan_id = plans.create_plan(ctx.db, pk, "Plan principal", PROGRAM)
    editor = PlanEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(plan_id)
    editor.show()
    assert editor.back.text() == "← Estudiantes"
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert "Revisiones ✓" in tabs and "Comentarios" in tabs
    boxes = [b.title() for b in editor.rules.findChildren(QGroupBox)]
    assert "Revisión de graduación" in boxes
    assert editor.catalog.search.placeholderText() == "Buscar código o título…"
    assert editor.saved.text().startswith("Guardado · último cambio")
    # texts of the editor's course and plan-field actions (their own modules) are Spanish too
    assert editor.tr("Move one grade earlier") == "Pasar a un grado anterior"
    assert editor.tr("Plan start") == "Inicio del plan"
    words = set(editor.rules.status_texts().values())  # the audit's words, from below ui/
    assert words and not words & {"Met", "On track", "In progress", "Short", "Waived"}, words
    assert any(w.startswith(("Falta", "Necesita", "En camino", "Cumplido")) for w in words)
    for _severity, message in editor.rules.issue_messages():
        assert not re.search(r"\b(needs|is planned|Grade \d)\b", message), message
    ctx.undo.clear()


def unfinished(path: Path, contexts: tuple[str, ...]) -> tuple[list[str], int, int]:
    """(missing "Context: source" texts in ``contexts``, translated, total) of a .ts catalog."""
    missing, done, total = [], 0, 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            total += 1
            ok = translation is not None and bool((translation.text or "").strip()) \
                and translation.get("type") not in ("unfinished", "obsolete", "vanished")
            done += ok
            if not ok and name in contexts:
                missing.append(f"{name}: {message.findtext('source')}")
    return missing, done, total


def test_translated_screens_have_every_string_in_spanish() -> None:
    missing, done, total = unfinished(CATALOG, COMPLETE)
    assert not missing, "no Spanish for:\n" + "\n".join(missing)
    assert done >= 360, f"only {done} of {total} strings translated"


def test_the_built_catalog_is_newer_than_its_source() -> None:
    qm = CATALOG.with_suffix(".qm")
    assert qm.is_file(), "build it with packaging/translations.py"
    # lrelease reports the same count; a stale .qm would show English for new translations
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("WindowActions", "&File") == "&Archivo"
    assert translator.translate("StudentsPage", "New &plan…") == "Nuevo &plan…"
