"""Requirement sets in the Spanish interface: the audit tree, the detail pane, the set
pickers, the summary line, the approval checks and Settings > Graduation requirements show
our Spanish names and labels; the set editor keeps the English text of the file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from counselor_app.services import plans, students
from counselor_app.services.school_years import current_school_year
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.services.versions import check_approval
from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.plan.editor import PlanEditor
from counselor_app.ui.requirements.library import ServiceLibrary
from counselor_app.ui.requirements.settings_page import RequirementsPage
from counselor_app.ui.shared.words import shortfall_text
from tests.catalog import PROGRAM, add_test_catalog

DIPLOMA, ENDORSEMENT = "example-24", "tx-endorsement-arts-humanities"


@pytest.fixture
def ctx(db: Database, tmp_path: Path) -> AppContext:
    add_test_catalog(db)
    save_settings(db, replace(load_settings(db), requirement_set=DIPLOMA,
                              supplemental_sets=(ENDORSEMENT,), counselor_name="Ms. Test"))
    return AppContext(db, QUndoStack(), ChangeBus(),
                      QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def editor(ctx: AppContext, qtbot: QtBot, spanish: None) -> Iterator[PlanEditor]:
    pk = students.create_student(ctx.db, StudentData("A-1", "Ana", "Díaz", 9,
                                                     current_school_year() + 3))
    widget = PlanEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.load(plans.create_plan(ctx.db, pk, "Plan principal", PROGRAM))
    widget.show()
    yield widget
    ctx.undo.clear()


def test_the_audit_tree_shows_the_spanish_names_and_labels(editor: PlanEditor) -> None:
    shown = editor.rules.status_texts()
    for spanish in ("Ejemplo: diploma de 24 créditos (modifíquelo según su distrito)",
                    "Inglés: 4 créditos", "Educación física y salud: 1 crédito",
                    "Total: 24 créditos", "Mención de Texas: Artes y Humanidades",
                    "Una opción de artes y humanidades", "Español: dos niveles"):
        assert spanish in shown, spanish
    assert shown["Inglés: 4 créditos"] == "Faltan 2 créditos"
    for english in ("English: 4 credits", "Total: 24 credits", "Spanish: two levels",
                    "Example: 24-credit diploma (edit to match your district)"):
        assert english not in shown
    assert "Ejemplo: diploma de 24 créditos" in editor.summary.text()


def test_the_detail_pane_and_the_pickers_are_spanish(editor: PlanEditor) -> None:
    panel = editor.rules
    model = panel.model
    index = next(i for i in model.all_indexes()
                 if i.data() == "Una opción de artes y humanidades")
    panel.tree.setCurrentIndex(index)
    detail = panel.detail.title.text()
    assert "Una opción de artes y humanidades" in detail
    assert "Estudios sociales: 5 créditos" in detail  # what it lacks, in Spanish too
    assert "Social studies" not in detail and "more of" not in detail
    diplomas = [panel.diploma.itemText(i) for i in range(panel.diploma.count())]
    assert "Diploma estándar de Florida de 24 créditos" in diplomas
    assert any("Ejemplo: diploma de 24 créditos" in d for d in diplomas)  # the default
    also = [a.text() for a in panel.also_menu.actions()]
    assert "Mención de Texas: Artes y Humanidades" in also
    assert "Texas endorsement: Arts and Humanities" not in also


def test_the_approval_checks_name_the_short_requirements_in_spanish(
        editor: PlanEditor) -> None:
    assert editor.plan_id is not None
    check = check_approval(editor.ctx.db, editor.plan_id)
    lines = [shortfall_text(s) for s in check.short]
    assert len(lines) == len(check.shortfalls) > 0
    assert any(line.startswith("Ejemplo: diploma de 24 créditos (modifíquelo según su "
                               "distrito): Inglés: 4 créditos — Faltan 2 créditos")
               for line in lines), lines
    assert check.shortfalls[0].startswith("Example: 24-credit diploma")  # what is recorded


def test_the_set_library_lists_spanish_names_and_the_editor_keeps_the_file(
        ctx: AppContext, qtbot: QtBot, spanish: None) -> None:
    page = RequirementsPage(ServiceLibrary(ctx.db), DIPLOMA, [ENDORSEMENT])
    qtbot.addWidget(page)
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Programa Fundamental de Preparatoria de Texas (22 créditos)" in names
    assert "Texas Foundation High School Program (22 credits)" not in names
    row = names.index("Ejemplo: diploma de 24 créditos (modifíquelo según su distrito)")
    tip = page.table.item(row, 0).toolTip()
    assert "Créditos por materia y un total de 24 créditos" in tip  # the description
    assert "Example: 24-credit diploma (edit to match your district)" in tip  # the file's
    assert ServiceLibrary(ctx.db).set_data(DIPLOMA)["name"].startswith("Example: 24-credit")


def test_a_counselors_decision_reads_in_spanish(editor: PlanEditor) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt

    from counselor_app.services.audit_exceptions import add_exception

    assert editor.plan_id is not None
    add_exception(editor.ctx.db, editor.plan_id, kind="waiver", set_code=DIPLOMA,
                  requirement="world-language", credits=1, by="Ms. Test",
                  on=dt.date(2026, 2, 10), reason="Crédito de otra escuela")
    editor.load(editor.plan_id)
    panel = editor.rules
    index = next(i for i in panel.model.all_indexes()
                 if i.data() == "Idioma extranjero: 2 créditos")
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert "Dispensado: 1 crédito por Ms. Test el 10 de febrero de 2026: Crédito de otra " \
           "escuela" in tip
    assert "waived by" not in tip
    panel.tree.setCurrentIndex(index)
    assert "Dispensado: 1 crédito por Ms. Test" in panel.detail.title.text()
