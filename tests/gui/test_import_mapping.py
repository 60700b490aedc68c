"""The import wizard's column page and the good-rows import, driven offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counselor_app.domain import Course, Student
from counselor_app.ui.context import AppContext
from counselor_app.ui.imports.wizard import ImportWizard

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sis"


def _open(ctx: AppContext, qtbot: QtBot, path: Path) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.set_kind("students")
    wizard.choose_page.file_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    return wizard


def _to_preview(wizard: ImportWizard, qtbot: QtBot) -> None:
    """Next, to the preview page, and wait for its check (it runs in the background)."""
    with qtbot.waitSignal(wizard.preview_page.checked, timeout=10_000):
        wizard.next()


def _choose(wizard: ImportWizard, choices: dict[int, str]) -> None:
    for row, key in choices.items():
        combo = wizard.columns_page.combos[row]
        combo.setCurrentIndex(combo.findData(key))


def test_columns_are_guessed_and_the_id_rule_is_said(ctx: AppContext, qtbot: QtBot) -> None:
    wizard = _open(ctx, qtbot, FIXTURES / "powerschool_students.csv")
    page = wizard.columns_page
    chosen = page.choices()
    headers = page.report.headers  # type: ignore[union-attr]
    assert chosen[headers.index("Student_Number")] == "student_id"
    assert chosen[headers.index("ID")] == "" and chosen[headers.index("DCID")] == ""
    assert chosen[headers.index("Sched_YearOfGraduation")] == "graduation_year"
    assert "more specific column" in page.status.text()
    assert page.isComplete() and page.mapping() is None  # the guess needs no mapping


def test_a_mapping_chosen_by_hand_is_used_and_offered_next_time(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Pupil,Fam,Giv,Yr\nX1,Rivera,Ana,9\n", encoding="utf-8")
    wizard = _open(ctx, qtbot, path)
    page = wizard.columns_page
    assert not page.isComplete() and "required fields" in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _choose(wizard, {0: "student_id", 1: "last_name", 2: "first_name", 3: "grade"})
    assert page.isComplete()
    _choose(wizard, {3: "student_id"})
    assert not page.isComplete() and "more than one column" in page.status.text()
    _choose(wizard, {3: "grade"})
    _to_preview(wizard, qtbot)
    assert wizard.preview_page.preview is not None and wizard.preview_page.preview.ok
    with qtbot.waitSignal(ctx.bus.students_changed, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    again = _open(ctx, qtbot, path)
    assert again.columns_page.choices() == {0: "student_id", 1: "last_name",
                                            2: "first_name", 3: "grade"}
    assert "last time" in again.columns_page.status.text()


def test_import_the_good_rows_and_skip_the_others(ctx: AppContext, qtbot: QtBot,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Student ID,Last Name,First Name,Grade\n1,Rivera,Ana,9\n2,,Li,10\n",
                    encoding="utf-8")
    wizard = _open(ctx, qtbot, path)
    _to_preview(wizard, qtbot)
    page = wizard.preview_page
    assert not page.isComplete()
    assert page.good_rows_button.isVisibleTo(page)
    assert page.good_rows_button.text() == "Import the 1 good rows and skip 1"
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.good_rows_button.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert "rejected" in wizard.result_page.label.text()
    assert list(tmp_path.glob("roster-rejected-*.csv"))
    with ctx.db.read() as s:
        assert list(s.scalars(select(Student.student_id))) == ["1"]


def test_course_requests_dialog_previews_counts_then_saves(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from counselor_app.services.imports import apply_import
    from counselor_app.services.plans import add_course, create_plan
    from counselor_app.ui.admin.requests_dialog import CourseRequestsDialog

    roster = tmp_path / "r.csv"
    roster.write_text("Student ID,Last Name,First Name,Grade\n1,Rivera,Ana,9\n", "utf-8")
    apply_import(ctx.db, "students", roster)
    with ctx.db.read() as s:
        pk = s.scalar(select(Student.id))
        code = s.scalar(select(Course.code).where(Course.grade_low <= 10).limit(1))
    assert pk is not None and code is not None
    add_course(ctx.db, create_plan(ctx.db, pk, "Plan"), code, 10)
    dialog = CourseRequestsDialog(ctx, str(tmp_path))
    qtbot.addWidget(dialog)
    assert "1 course request for 1 student" in dialog.counts.text()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("powerschool"))
    assert dialog.table.columnCount() == 3 and dialog.table.item(0, 1).text() == code
    out = tmp_path / "req.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    dialog.save()
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith(f"1,{code},")


def test_a_oneroster_zip_through_the_wizard(ctx: AppContext, qtbot: QtBot,
                                            tmp_path: Path) -> None:
    import zipfile

    roster = tmp_path / "roster.zip"
    with zipfile.ZipFile(roster, "w") as zf:
        for f in sorted((FIXTURES / "oneroster_bulk").iterdir()):
            zf.write(f, f.name)
    wizard = _open(ctx, qtbot, roster)
    page = wizard.columns_page
    headers = page.report.headers  # type: ignore[union-attr]
    assert page.choices()[headers.index("identifier")] == "student_id"
    assert page.choices()[headers.index("sourcedId")] == ""
    _to_preview(wizard, qtbot)
    preview = wizard.preview_page
    assert preview.preview is not None and preview.preview.ok
    assert "role teacher, not a student: 2" in preview.summary.text()
    with qtbot.waitSignal(ctx.bus.students_changed, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    with ctx.db.read() as s:
        assert set(s.scalars(select(Student.student_id))) == {"000123", "000124", "000130"}


def test_a_large_preview_lists_the_first_rows_and_counts_the_rest(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Student ID,Last Name,First Name,Grade\n" + "".join(
        f"B{i:05d},Last,First,9\n" for i in range(2100)), encoding="utf-8")
    wizard = _open(ctx, qtbot, path)
    _to_preview(wizard, qtbot)
    model = wizard.preview_page.model
    rows = [model.row_values(r) for r in range(model.rowCount())]
    assert ("To add", "", "", "", "2100") in rows
    assert ("Add", "", "", "", "… and 100 more") in rows
