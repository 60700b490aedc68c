"""Messages from below ui/ (import problems, form validation, database and file errors)
reach the Spanish interface in Spanish, and stay as they were in English."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from counselor_app.services import labor, plans, students
from counselor_app.services import requirement_sets as sets
from counselor_app.services.imports import ImportKind
from counselor_app.services.labor import LaborFigures
from counselor_app.services.students import StudentData
from counselor_app.store.bootstrap import open_database
from counselor_app.store.errors import DatabaseBusyError, DatabaseDamagedError
from counselor_app.ui import app as app_module
from counselor_app.ui.context import AppContext
from counselor_app.ui.i18n import install_translators, remove_translators
from counselor_app.ui.imports.wizard import ImportWizard
from counselor_app.ui.plan.approval import ApprovalDialog
from counselor_app.ui.plan.plan_fields import career_facts
from counselor_app.ui.requirements.library import ServiceLibrary
from counselor_app.ui.requirements.settings_page import RequirementsPage
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.students.student_dialog import StudentDialog
from tests.approving import add_test_set
from tests.catalog import PROGRAM, add_test_catalog
from tests.lock_holder import holding_lock

YEAR = dt.date.today().year
HEADER = "Student ID,Last Name,First Name,Grade,Graduation Year\n"
SHOTS = os.environ.get("COUNSELOR_APP_SHOTS", "")  # a folder: save screenshots there


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def _checked_wizard(ctx: AppContext, qtbot: QtBot, path: Path) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 700)
    wizard.show()
    wizard.choose_page.set_kind(ImportKind.STUDENTS)
    wizard.choose_page.file_edit.setText(str(path))
    wizard.next()
    with qtbot.waitSignal(wizard.preview_page.checked, timeout=10_000):
        wizard.next()
    return wizard


def _bad_students(tmp_path: Path) -> Path:
    path = tmp_path / "alumnos.csv"
    path.write_text(HEADER + f"S1,Núñez,Ana,9,{YEAR + 3}\n"
                    f"S2,Lee,Bo,15,{YEAR + 3}\n"
                    f",Ruiz,Eva,10,{YEAR + 2}\n"
                    f"S4,Kim,Min,4,{YEAR + 8}\n", encoding="utf-8")
    return path


def test_an_import_preview_with_bad_rows_is_in_spanish(ctx: AppContext, qtbot: QtBot,
                                                       tmp_path: Path, spanish: None) -> None:
    wizard = _checked_wizard(ctx, qtbot, _bad_students(tmp_path))
    page = wizard.preview_page
    assert page.preview is not None and len(page.preview.errors) == 2
    rows = [page.model.row_values(r) for r in range(page.model.rowCount())]
    errors = {(r[2], r[3]): r[4] for r in rows if r[0] == "Error"}
    # the file, row and column as the file has them; the reason in Spanish
    assert errors[("3", "Grade")] == "15 no es un grado del 6 al 12"
    assert errors[("4", "Student ID")] == "está vacía; hace falta un valor"
    summary = page.summary.text()
    assert summary.startswith("1 para agregar, 0 para actualizar, 0 sin cambios, 1 omitidos, "
                              "2 errores.")
    assert "Omitidos, un grado que el planificador no guarda (K-5, 13): 1" in summary
    assert "is not" not in summary and "required" not in summary
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    _shot(wizard, "import-preview-es.png")


def test_the_same_preview_stays_in_english(ctx: AppContext, qtbot: QtBot,
                                           tmp_path: Path) -> None:
    wizard = _checked_wizard(ctx, qtbot, _bad_students(tmp_path))
    page = wizard.preview_page
    rows = [page.model.row_values(r) for r in range(page.model.rowCount())]
    reasons = {r[4] for r in rows if r[0] == "Error"}
    assert reasons == {"15 is not a grade from 6 to 12", "is empty; a value is required"}
    assert page.summary.text().startswith("1 to add, 0 to update, 0 unchanged, 1 left out, "
                                          "2 errors.")


def test_a_file_that_cannot_be_read_is_explained_in_spanish(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path, spanish: None) -> None:
    path = tmp_path / "vacío.csv"
    path.write_text("", encoding="utf-8")
    wizard = _checked_wizard(ctx, qtbot, path)
    rows = [wizard.preview_page.model.row_values(r)
            for r in range(wizard.preview_page.model.rowCount())]
    assert ("Error", "vacío.csv", "", "", "está vacío (no hay fila de cabecera)") in [
        tuple(r) for r in rows]


def test_the_student_form_says_what_is_wrong_in_spanish(ctx: AppContext, qtbot: QtBot,
                                                        spanish: None) -> None:
    students.create_student(ctx.db, StudentData("DUP-1", "Ann", "Lee", 9, YEAR + 3))
    dialog = StudentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.student_id.setText("DUP-2")
    dialog.first_name.setText("")
    dialog.last_name.setText("Lee")
    dialog.graduation_year.setValue(YEAR + 30)
    dialog.show()
    assert not dialog.save()
    assert dialog.field_error("first_name") == "El nombre es obligatorio."
    assert dialog.field_error("graduation_year").startswith("El año de graduación debe estar "
                                                            "entre ")
    _shot(dialog, "student-form-es.png")
    dialog.student_id.setText("DUP-1")
    dialog.first_name.setText("Bo")
    dialog.graduation_year.setValue(YEAR + 3)
    assert not dialog.save()
    assert dialog.field_error("student_id") == "El número de estudiante DUP-1 ya está en uso."


def _dialog_text(monkeypatch: pytest.MonkeyPatch, error: Any) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def fake_exec(box: QMessageBox) -> int:
        seen.update(text=box.text(), advice=box.informativeText(),
                    buttons=[b.text() for b in box.buttons()])
        box.show()
        _shot(box, f"database-{type(error).__name__}-es.png")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    app_module.ask_about_broken_database(None, error, None)
    return seen


def test_a_database_in_use_is_explained_in_spanish(qapp: Any, tmp_path: Path, spanish: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "escuela.db"
    open_database(str(path)).dispose()
    with holding_lock(path, "exclusive"), pytest.raises(DatabaseBusyError) as caught:
        open_database(str(path))
    assert shown(caught.value.reason).startswith("está en uso por otro programa")
    seen = _dialog_text(monkeypatch, caught.value)
    assert seen["text"] == (f"La base de datos {path} está en uso por otro programa, que la "
                            "tiene bloqueada.")
    assert "Reintentar" in seen["buttons"]


def test_a_damaged_database_is_explained_in_spanish_to_the_end(
        qapp: Any, tmp_path: Path, spanish: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "escuela.db"
    path.write_bytes(b"garbage" * 500)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(str(path))
    seen = _dialog_text(monkeypatch, caught.value)
    assert seen["text"] == (f"La base de datos {path} no es una base de datos de Career "
                            "Pathway Planner (no es un archivo SQLite, o está dañado).")
    assert str(caught.value) == (f"{path}: is not a Career Pathway Planner database (not a "
                                 "SQLite file, or damaged)")  # the command line: English


def test_a_refused_requirement_set_is_explained_in_spanish(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path, spanish: None) -> None:
    bad = tmp_path / "distrito.toml"
    bad.write_text('code = "Distrito"\nname = "Diploma"\n', encoding="utf-8")
    page = RequirementsPage(ServiceLibrary(ctx.db), "", [])
    qtbot.addWidget(page)
    assert not page.import_path(bad)
    text = page.message.text()
    assert "distrito.toml: falta &#x27;state&#x27;" in text and "missing" not in text
    # a set in use cannot be deleted: said in Spanish too
    with pytest.raises(ValueError) as caught:
        sets.delete_set(ctx.db, "example-24")
    assert shown(caught.value) == "&#x27;example-24&#x27; es un conjunto incorporado y no " \
        "se puede eliminar".replace("&#x27;", "'")


def test_the_approval_lists_the_plan_checks_in_spanish(ctx: AppContext, qtbot: QtBot,
                                                       spanish: None) -> None:
    add_test_catalog(ctx.db)
    add_test_set(ctx.db)
    pk = students.create_student(ctx.db, StudentData("A-1", "Eva", "Ruiz", 9, YEAR + 3))
    plan_id = plans.create_plan(ctx.db, pk, "Plan", PROGRAM)
    plans.add_course(ctx.db, plan_id, "ZTWLD3", 9)  # an error: outside its grades
    dialog = ApprovalDialog(ctx, plan_id, "Plan")
    qtbot.addWidget(dialog)
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(t.startswith("Grado 9: ") and "Welding Certificate (test)" in t for t in items)
    assert not any(" is for " in t for t in items), items
    dialog.resize(620, 480)
    dialog.show()
    _shot(dialog, "approval-es.png")


def test_the_career_goal_facts_are_in_spanish(qapp: Any) -> None:
    lab = LaborFigures("29-1141", "Registered Nurses", True, 3_000_000, 93_600.0, None,
                       None, None, 3300.0, 3500.0, 5.6, 190.0, "Bachelor's degree", "None",
                       "None", "May 2024", "2024-34")
    english = career_facts(lab)
    assert english == labor.summary(lab) and english.startswith("median wage $93,600 a year")
    translators = install_translators(qapp, "es")
    try:
        text = career_facts(lab)
    finally:
        remove_translators(qapp, translators)
    assert text.startswith("salario mediano de $93,600 al año; perspectivas 2024-34: ")
    assert "(+5,6 %)" in text and "median wage" not in text and "Bachelor" not in text, text
    assert text.endswith("(BLS mayo de 2024, proyecciones 2024-34)"), text


def test_an_update_names_the_changed_columns_in_spanish(ctx: AppContext, qtbot: QtBot,
                                                        tmp_path: Path, spanish: None) -> None:
    students.create_student(ctx.db, StudentData("U1", "Ana", "Núñez", 9, YEAR + 3))
    path = tmp_path / "alumnos.csv"
    path.write_text(HEADER + f"U1,Núñez,Ana María,10,{YEAR + 2}\n", encoding="utf-8")
    wizard = _checked_wizard(ctx, qtbot, path)
    rows = [wizard.preview_page.model.row_values(r)
            for r in range(wizard.preview_page.model.rowCount())]
    details = [r[4] for r in rows if r[0] == "Update"]
    assert details == ["U1 Núñez, Ana María (cambios: Nombre, Grado, Año de graduación)"], \
        details


def test_settings_that_cannot_be_saved_say_why_in_spanish(ctx: AppContext,
                                                          spanish: None) -> None:
    from dataclasses import replace

    from counselor_app.services.settings import load_settings, save_settings

    settings = load_settings(ctx.db)
    bad = replace(settings, supplemental_sets=(settings.requirement_set,))
    with pytest.raises(ValueError) as caught:
        save_settings(ctx.db, bad)
    assert shown(caught.value) == ("conjuntos adicionales: el conjunto de diploma "
                                   "predeterminado no puede ser también un conjunto adicional")
    assert str(caught.value).startswith("supplemental_sets: the default diploma set")
