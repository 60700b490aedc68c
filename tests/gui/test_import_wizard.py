"""File > Import wizard, driven offscreen: a file with an error, then the fixed file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counselor_app.domain import Student
from counselor_app.services.imports import ImportKind
from counselor_app.services.imports.reading import read_table
from counselor_app.ui.context import AppContext
from counselor_app.ui.imports.wizard import ImportWizard, save_import_template

YEAR = dt.date.today().year
HEADER = "Student ID,Last Name,First Name,Grade,Graduation Year\n"


def test_preview_blocks_errors_then_imports_the_fixed_file(ctx: AppContext, qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "students.csv"
    path.write_text(HEADER + f"W1,Wizard,Ada,9,{YEAR + 3}\nW2,Wizard,Bob,15,{YEAR + 3}\n",
                    encoding="utf-8")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    choose = wizard.choose_page
    assert not choose.isComplete()
    choose.set_kind(ImportKind.STUDENTS)
    choose.file_edit.setText(str(path))
    assert choose.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    page = wizard.preview_page
    with qtbot.waitSignal(page.checked, timeout=10_000):  # checked in the background
        wizard.next()
    assert wizard.currentPage() is page
    assert page.preview is not None and len(page.preview.errors) == 1
    rows = [page.model.row_values(r) for r in range(page.model.rowCount())]
    assert ("Error", "students.csv", "3", "Grade",
            page.preview.errors[0].reason) in rows
    assert ("To add", "", "", "", "1") in rows
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    path.write_text(HEADER + f"W1,Wizard,Ada,9,{YEAR + 3}\nW2,Wizard,Bob,10,{YEAR + 2}\n",
                    encoding="utf-8")
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.recheck_button.click()
    assert page.preview is not None and page.preview.ok
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    with qtbot.waitSignal(ctx.bus.students_changed, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    result = page.result
    assert result is not None and (result.added, result.updated) == (2, 0)
    assert "2 added" in wizard.result_page.label.text()
    # applied: only Finish is offered, no Cancel (nothing is left to cancel), no Back
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    for gone in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton,
                 QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
        assert not wizard.button(gone).isVisible(), gone
    with ctx.db.read() as s:
        assert set(s.scalars(select(Student.student_id))) == {"W1", "W2"}


def test_reference_imports_announce_reference_changes(ctx: AppContext, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "courses.csv"
    path.write_text("Code,Title,Subject Area\nWZ1,Wizardry,Elective\n", encoding="utf-8")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.set_kind("courses")
    wizard.choose_page.file_edit.setText(str(path))
    wizard.choose_page.encoding_combo.setCurrentIndex(2)  # Windows-1252
    assert wizard.choose_page.encoding() == "cp1252"
    wizard.next()
    with qtbot.waitSignal(wizard.preview_page.checked, timeout=10_000):
        wizard.next()
    with qtbot.waitSignal(ctx.bus.reference_changed, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)


def test_save_import_template(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "my-template"
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    path = save_import_template(ctx, None)
    assert path == tmp_path / "my-template.xlsx"
    assert read_table(path).headers[:3] == ["Student ID", "Last Name", "First Name"]


def _students_check_started(ctx: AppContext, qtbot: QtBot, path: Path) -> ImportWizard:
    """A wizard on the preview page, its check of ``path`` started (not waited for)."""
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.set_kind(ImportKind.STUDENTS)
    wizard.choose_page.file_edit.setText(str(path))
    wizard.next()
    wizard.next()
    return wizard


def test_a_long_check_runs_in_the_background_and_can_be_stopped(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from counselor_app.ui.imports import wizard as import_wizard
    path = tmp_path / "students.csv"
    path.write_text(HEADER + f"W1,Wizard,Ada,9,{YEAR + 3}\n", encoding="utf-8")
    calls: list[str] = []

    def endless(*args: object, progress: object, **kwargs: object) -> None:
        while True:  # a huge file: reports progress until the user stops it
            calls.append("tick")
            progress(len(calls) % 1000, 1000, "Checking: rows so far…")  # type: ignore[operator]
            time.sleep(0.01)

    monkeypatch.setattr(import_wizard, "preview_import", endless)
    wizard = _students_check_started(ctx, qtbot, path)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: len(calls) > 3, timeout=10_000)
    assert page.checking and page.status.text() == "Checking the file…"
    assert not page.recheck_button.isEnabled() and not page.isComplete()
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.check_task.cancel()  # type: ignore[union-attr]  # the dialog's Cancel
    assert not page.checking and page.preview is None and not page.isComplete()
    assert "Checking was stopped" in page.status.text()
    assert page.recheck_button.isEnabled()


def test_going_back_during_a_check_shows_only_the_new_files_check(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from counselor_app.services.imports import preview_import
    from counselor_app.ui.imports import wizard as import_wizard
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(HEADER + f"F1,First,Ada,9,{YEAR + 3}\n", encoding="utf-8")
    second.write_text(HEADER + f"S1,Second,Bo,9,{YEAR + 3}\nS2,Second,Cy,9,{YEAR + 3}\n",
                      encoding="utf-8")
    release = threading.Event()

    def held(db: object, kind: object, source: Path, *args: object, **kwargs: object) -> object:
        if Path(source).name == "first.csv":
            release.wait(10)  # the first file's check is still running when it is replaced
        return preview_import(db, kind, source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_wizard, "preview_import", held)
    wizard = _students_check_started(ctx, qtbot, first)
    page = wizard.preview_page
    assert page.checking
    wizard.back()
    wizard.back()
    wizard.choose_page.file_edit.setText(str(second))
    wizard.next()
    with qtbot.waitSignal(page.checked, timeout=10_000):
        wizard.next()
    assert page.preview is not None and len(page.preview.to_add) == 2
    release.set()  # the first check ends now: its result must not replace the second's
    qtbot.wait(300)
    assert page.preview.files == ["second.csv"] and len(page.preview.to_add) == 2
