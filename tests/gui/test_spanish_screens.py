"""The program in Spanish beyond the menus: the language chosen in Settings applies at the
next start, the user guide opens in Spanish, and the words that come from the layers below
ui/ (grades, audit statuses, plan checks, Explore pages) are Spanish on screen."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_app.config import resources_dir
from counselor_app.services import students
from counselor_app.services.browse import program_detail
from counselor_app.services.rules import Issue
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.store.bootstrap import open_database
from counselor_app.ui import app as app_module
from counselor_app.ui.context import AppContext
from counselor_app.ui.explore.detail_html import program_page
from counselor_app.ui.help_dialog import HelpDialog, help_page
from counselor_app.ui.i18n import current_language, install_translators, remove_translators
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.shared.words import audit_status, data_word, grade_title, issue_text, progress
from tests.catalog import PROGRAM, add_test_catalog

HELP = resources_dir() / "help"


def test_the_saved_language_applies_at_the_next_start(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "school.db"
    db = open_database(str(path))
    assert load_settings(db).interface_language == "system"  # the default
    save_settings(db, replace(load_settings(db), interface_language="es"))
    db.dispose()
    menus: list[list[str]] = []
    monkeypatch.setattr(MainWindow, "show",
                        lambda self: menus.append([a.text() for a in self.menuBar().actions()]))
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    assert app_module.run_gui(str(path)) == 0
    assert menus == [["&Archivo", "&Edición", "&Ver", "A&yuda"]]
    assert current_language() == "en"  # the translators went with the program
    assert QApplication.translate("WindowActions", "&File") == "&File"


def test_system_language_picks_spanish_on_a_spanish_computer(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_US")))
    translators = install_translators(qapp, "system")
    try:
        assert current_language() == "es"
        assert QApplication.translate("WindowActions", "&Help") == "A&yuda"
    finally:
        remove_translators(qapp, translators)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    assert install_translators(qapp, "system") == []
    assert current_language() == "en"


def test_every_help_page_is_in_spanish() -> None:
    english = sorted(p.name for p in HELP.glob("*.html"))
    spanish = sorted(p.name for p in (HELP / "es").glob("*.html"))
    assert spanish == english
    for name in spanish:
        text = (HELP / "es" / name).read_text(encoding="utf-8")
        assert '<html lang="es">' in text, name
        assert 'href="../help.css"' in text, name
        for link in re.findall(r'href="([^":#]+\.html)', text):
            assert (HELP / "es" / link).is_file(), f"{name} links to a missing {link}"


def test_a_page_without_a_translation_falls_back_to_english() -> None:
    assert help_page("plans.html", "es") == HELP / "es" / "plans.html"
    assert help_page("plans.html", "en") == HELP / "plans.html"
    assert help_page("plans.html", "vi") == HELP / "plans.html"  # no Vietnamese guide


def test_the_user_guide_opens_in_spanish(qtbot: QtBot, spanish: None) -> None:
    dialog = HelpDialog(page="index.html")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith("Guía del usuario")
    assert "guía del usuario" in dialog.browser.toPlainText()
    assert dialog.browser.source().toLocalFile().endswith("es/index.html")
    dialog.browser.setSource(dialog.browser.source().resolved("plans.html"))
    assert "Armar un plan" in dialog.browser.toPlainText()


def test_the_user_guide_stays_english_in_english(qtbot: QtBot) -> None:
    dialog = HelpDialog(page="plans.html")
    qtbot.addWidget(dialog)
    assert "Build a plan" in dialog.browser.toPlainText()


def test_words_from_below_ui_are_spanish(spanish: None) -> None:
    assert grade_title(10) == "Grado 10"
    assert grade_title(13) == "Postsecundaria"
    assert audit_status("on_track") == "En camino"
    assert audit_status("short", "1.5 credits") == "Faltan 1,5 créditos"
    assert progress(4, 2, 1, 0, "credits") == "2 de 4 créditos obtenidos, 1 en curso"
    issue = Issue("prerequisite_missing", "error", "Grade 10: Geometry (GEO) needs ALG1, "
                  "which is not in the plan.", 1, 10,
                  (("level", "10"), ("course", "Geometry (GEO)"), ("prereq", "ALG1")))
    assert issue_text(issue) == "Grado 10: Geometry (GEO) necesita ALG1, que no está en el plan."



def test_a_course_still_planned_in_a_year_that_is_over_reads_spanish(spanish: None) -> None:
    from counselor_app.services.rules import (
        CourseInfo,
        PlanInput,
        PlannedCourse,
        validate_plan,
    )

    english = CourseInfo("01001", "English 9", 1, "English", 9, 9, False, False)
    result = validate_plan(PlanInput((PlannedCourse(7, "01001", 9, course=english),), (),
                                     past_years={9: "2025–26"}))
    (issue,) = [i for i in result.issues if i.rule == "past_planned"]
    assert issue.message.startswith("Grade 9: English 9 (01001) is still planned in 2025–26")
    assert issue_text(issue) == ("Grado 9: English 9 (01001) sigue planeado en 2025–26: "
                                 "márquelo como completado o muévalo.")

def test_cluster_pathway_and_program_names_are_spanish_on_screen(spanish: None) -> None:
    # our translated names (resources/data/translations/es), found by the English name
    assert data_word("Architecture & Construction") == "Arquitectura y construcción"
    assert data_word("Agriculture, Food & Natural Resources") == \
        "Agricultura, alimentos y recursos naturales"
    assert data_word("A name we have not translated") == "A name we have not translated"


def test_words_stay_english_in_english() -> None:
    assert data_word("Architecture & Construction") == "Architecture & Construction"
    assert grade_title(10) == "Grade 10"
    assert audit_status("short", "1.5 credits") == "Short by 1.5 credits"


def test_the_program_page_of_explore_is_spanish(ctx: AppContext, spanish: None) -> None:
    add_test_catalog(ctx.db)
    detail = program_detail(ctx.db, PROGRAM)
    assert detail is not None
    page = program_page(detail)
    assert "Secuencia de cursos" in page and "Grado 9" in page
    assert "Course sequence" not in page and "Grade 9" not in page


def test_the_students_table_tooltip_is_spanish(ctx: AppContext, qtbot: QtBot,
                                               spanish: None) -> None:
    students.create_student(ctx.db, StudentData("E-3", "Luis", "Mora", 10,
                                                dt.date.today().year + 2))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_students()
    model = window.students.table.model()
    tip = model.index(0, model.columnCount() - 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Sin plan activo"


def test_every_import_name_from_the_services_has_its_spanish(spanish: None) -> None:
    import importlib

    from counselor_app.services.imports.model import KIND_LABELS
    from counselor_app.services.request_layouts import LAYOUT_LABELS
    from counselor_app.ui.imports import words as import_words
    labels = {spec.label for kind in ("students", "courses", "programs", "occupations",
                                      "transcripts")
              for spec in importlib.import_module(
                  f"counselor_app.services.imports.{kind}").COLUMNS}
    for table, names in ((import_words.columns(), labels),
                         (import_words.import_kinds(), set(KIND_LABELS.values())),
                         (import_words.request_layouts(), set(LAYOUT_LABELS.values()))):
        assert names <= set(table), f"not listed in ui/imports/words.py: {names - set(table)}"
        untranslated = {n for n in names if table[n] == n and n not in ("CTE", "TermID")}
        assert not untranslated, untranslated


def test_every_course_tag_has_its_spanish(spanish: None) -> None:
    from counselor_app.services import courses
    from counselor_app.ui.shared.words import tag_title

    for tag, english in courses._TAG_LABELS.items():  # what the course page lists
        assert tag_title(tag) != english, tag
    assert tag_title("cluster:health-science") == "Clúster de CTE: health science"
