"""Export, preview, print and batch export from the GUI (offscreen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from counselor_app.reports.render import render_bytes
from counselor_app.services.report_data import build_plan_report
from counselor_app.ui.context import AppContext
from counselor_app.ui.printing import printer as printer_module
from counselor_app.ui.printing.batch_dialog import BatchExportDialog
from counselor_app.ui.printing.common import BATCH_FOLDER_KEY, LAST_FOLDER_KEY
from counselor_app.ui.printing.export import export_plan_pdf
from counselor_app.ui.printing.preview import preview_plan
from counselor_app.ui.printing.printer import paint_pdf, print_plan
from tests.pdf_data import NAMES, NORMAL_PLAN, make_plan, make_student, seed_catalog


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def plan_id(ctx: AppContext) -> int:
    seed_catalog(ctx.db)
    return make_plan(ctx.db, make_student(ctx.db))


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    return shown


def test_export_proposes_a_safe_name_and_remembers_the_folder(
        ctx: AppContext, parent: QWidget, plan_id: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = tmp_path / "chosen"

    def fake_dialog(parent: Any, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(answer), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    written = export_plan_pdf(ctx, parent, plan_id)
    assert written == tmp_path / "chosen.pdf" and written.exists()
    assert Path(asked[0]).name == "Núñez-María-José-12345-plan.pdf"
    assert "María José Núñez" in (PdfReader(str(written)).pages[0].extract_text() or "")
    assert ctx.qsettings.value(LAST_FOLDER_KEY) == str(tmp_path)
    export_plan_pdf(ctx, parent, plan_id)
    assert Path(asked[1]).parent == tmp_path  # the folder is remembered

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert export_plan_pdf(ctx, parent, plan_id) is None


def test_export_says_where_the_file_went_and_opens_it(
        ctx: AppContext, plan_id: int, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "ana.pdf"), ""))
    written = export_plan_pdf(ctx, window, plan_id)
    assert written == tmp_path / "ana.pdf"
    assert "ana.pdf" in window.statusBar().currentMessage()
    box = window.findChild(QMessageBox, "PlanSaved")
    assert box is not None and box.isVisible()
    assert "ana.pdf" in box.text() and str(tmp_path) in box.text()
    buttons = {b.text().replace("&", ""): b for b in box.buttons()}
    buttons["Open"].click()
    assert opened == [str(written)]
    written = export_plan_pdf(ctx, window, plan_id)
    box = next(b for b in window.findChildren(QMessageBox, "PlanSaved") if b.isVisible())
    next(b for b in box.buttons() if b.text().replace("&", "") == "Show in folder").click()
    assert opened[-1] == str(tmp_path)


def test_export_problems_are_shown_as_messages(ctx: AppContext, parent: QWidget,
                                               plan_id: int, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               warnings: list[str]) -> None:
    assert export_plan_pdf(ctx, parent, 987654) is None
    assert warnings and "no longer exists" in warnings[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "missing" / "x.pdf"), ""))
    assert export_plan_pdf(ctx, parent, plan_id) is None
    assert "Could not write" in warnings[1] and "Traceback" not in warnings[1]


def test_preview_shows_the_pages(ctx: AppContext, parent: QWidget, plan_id: int,
                                 qtbot: QtBot, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = preview_plan(ctx, parent, plan_id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.document.pageCount() == 4
    assert dialog.pages_label.text() == "4 pages"
    assert "Núñez" in dialog.windowTitle()
    qtbot.wait(300)  # QPdfView renders in the background
    assert not dialog.view.grab().isNull()

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "saved.pdf"), ""))
    saved = dialog.save_document()
    assert saved is not None and saved.read_bytes() == dialog.data

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialog.print_document() is False
    dialog.close()


def test_pages_are_painted_onto_a_printer(ctx: AppContext, plan_id: int,
                                          tmp_path: Path) -> None:
    data = render_bytes(build_plan_report(ctx.db, plan_id))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    assert paint_pdf(data, printer) == 4
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 4

    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setFromTo(2, 2)
    assert paint_pdf(data, printer) == 1


def test_print_plan_through_the_dialog(ctx: AppContext, parent: QWidget, plan_id: int,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert print_plan(ctx, parent, plan_id) is False

    painted: list[QPrinter] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(printer_module, "paint_pdf",
                        lambda data, printer: painted.append(printer) or 2)
    assert print_plan(ctx, parent, plan_id) is True
    assert painted and painted[0].pageLayout().pageSize().id().name == "Letter"


def _students(ctx: AppContext, n: int) -> list[int]:
    seed_catalog(ctx.db)
    pks = []
    for i in range(n):
        first, last = NAMES[i % len(NAMES)]
        pk = make_student(ctx.db, first, last, f"G{i:03d}", grade=9 + i % 2,
                          counselor="Ms. Rivera" if i % 3 else "Mr. Chen")
        if i % 4 == 0:
            make_plan(ctx.db, pk, NORMAL_PLAN[:6], goals=False)
        pks.append(pk)
    return pks


def test_batch_export_of_selected_students_runs_to_completion(
        ctx: AppContext, parent: QWidget, qtbot: QtBot, tmp_path: Path) -> None:
    pks = _students(ctx, 8)
    dialog = BatchExportDialog(ctx, parent, pks[:5])
    qtbot.addWidget(dialog)
    assert not dialog.blank_sheets.isChecked()  # students without a plan: no file by default
    assert dialog.selected_radio.isChecked() and dialog.count_label.text() == "5 students"
    out = tmp_path / "batch"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=20000)
    # two of the five have a plan (G000, G004): two plans saved, three listed apart
    assert dialog.batch_result is not None and dialog.batch_result.plans == 2
    assert sorted(p.name.endswith("-plan.pdf") for p in out.glob("*.pdf")) == [True, True]
    text = dialog.result_label.text()
    assert "Saved 2 plans" in text and "3 students have no plan yet and got no file" in text
    listed = [dialog.no_plan_list.item(i).text() for i in range(dialog.no_plan_list.count())]
    assert dialog.no_plan_list.isVisibleTo(dialog) and len(listed) == 3
    assert all("(ID G00" in name for name in listed)
    assert ctx.qsettings.value(BATCH_FOLDER_KEY) == str(out)
    assert dialog.export_button.isEnabled()

    # asked for: a blank planning sheet each, clearly not a plan, counted apart
    dialog.blank_sheets.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=20000)
    result = dialog.batch_result
    assert result is not None and result.plans == 2 and result.blank_sheets == 3
    sheets = sorted(out.glob("*-planning-sheet.pdf"))
    assert len(sheets) == 3 and len(list(out.glob("*.pdf"))) == 5
    sheet_text = " ".join(p.extract_text() or "" for p in PdfReader(str(sheets[0])).pages)
    assert "Course planning sheet" in sheet_text and "No plan started yet" in sheet_text
    assert "Educational and Career Plan" not in sheet_text
    text = dialog.result_label.text()
    assert "Saved 2 plans" in text and "3 students have no plan yet: a blank planning sheet" \
        in text and dialog.no_plan_list.count() == 3
    assert dialog.open_button.isVisibleTo(dialog)  # the folder
    assert not dialog.open_file_button.isVisibleTo(dialog)  # one file each: none to open


def test_batch_export_by_grade_or_counselor_to_one_combined_pdf(
        ctx: AppContext, parent: QWidget, qtbot: QtBot, tmp_path: Path) -> None:
    _students(ctx, 8)
    dialog = BatchExportDialog(ctx, parent)
    qtbot.addWidget(dialog)
    dialog.blank_sheets.setChecked(True)  # a sheet each for those without a plan
    assert not dialog.selected_radio.isEnabled() and dialog.grade_radio.isChecked()
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData(10))
    assert dialog.count_label.text() == "4 students"
    dialog.counselor_combo.setCurrentIndex(dialog.counselor_combo.findData("Ms. Rivera"))
    assert dialog.counselor_radio.isChecked() and dialog.count_label.text() == "5 students"
    dialog.all_radio.setChecked(True)
    assert dialog.count_label.text() == "8 students"
    dialog.path_edit.setText(str(tmp_path))
    dialog.combined_radio.setChecked(True)
    assert dialog.path_edit.text() == str(tmp_path / "plans.pdf")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=20000)
    reader = PdfReader(str(tmp_path / "plans.pdf"))
    assert sum("Page 1 of" in (p.extract_text() or "") for p in reader.pages) == 8
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
        dialog.open_file_button.click()  # the combined file itself
        dialog.open_button.click()  # its folder
    assert opened == [str(tmp_path / "plans.pdf"), str(tmp_path)]
    dialog.folder_radio.setChecked(True)
    assert dialog.path_edit.text() == str(tmp_path)


def test_batch_export_can_be_cancelled(ctx: AppContext, parent: QWidget, qtbot: QtBot,
                                       tmp_path: Path) -> None:
    pks = _students(ctx, 40)
    dialog = BatchExportDialog(ctx, parent, pks)
    qtbot.addWidget(dialog)
    out = tmp_path / "cancel"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    assert dialog.state == "running" and not dialog.export_button.isEnabled()
    dialog.cancel_export()
    qtbot.waitUntil(lambda: dialog.state == "cancelled", timeout=20000)
    written = list(out.iterdir())
    assert len(written) < 40 and all(p.suffix == ".pdf" for p in written)
    assert "Cancelled" in dialog.result_label.text()
    assert dialog.export_button.isEnabled()


def test_closing_while_running_cancels_first(ctx: AppContext, parent: QWidget, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    pks = _students(ctx, 30)
    dialog = BatchExportDialog(ctx, parent, pks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "all.pdf"))
    dialog.combined_radio.setChecked(True)
    dialog.export_button.click()
    dialog.reject()
    assert dialog.isVisible()  # waits for the worker to stop
    qtbot.waitUntil(lambda: dialog.state == "cancelled", timeout=20000)
    assert not dialog.isVisible()
    assert not (tmp_path / "all.pdf").exists()


def test_batch_export_bad_location_is_a_message(ctx: AppContext, parent: QWidget,
                                                qtbot: QtBot, tmp_path: Path,
                                                warnings: list[str]) -> None:
    pks = _students(ctx, 2)
    dialog = BatchExportDialog(ctx, parent, pks)
    qtbot.addWidget(dialog)
    file = tmp_path / "file.txt"
    file.write_text("x")
    dialog.path_edit.setText(str(file))
    dialog.export_button.click()
    assert dialog.state == "idle" and "is a file" in warnings[0]
    dialog.path_edit.setText("")
    dialog.export_button.click()
    assert "Choose where" in warnings[1]


def test_a_school_name_set_in_settings_appears_in_the_next_export(
        ctx: AppContext, parent: QWidget, plan_id: int, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.ui.admin.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.school.setText("Lakeview Académie High")
    dialog.counselor_email.setText("rivera@lakeview.example")
    dialog.counselor_phone.setText("555-0100")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.accept()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "after.pdf"), ""))
    written = export_plan_pdf(ctx, parent, plan_id)
    assert written is not None
    page = PdfReader(str(written)).pages[0]
    assert "Lakeview Académie High" in (page.extract_text() or "")
    assert "rivera@lakeview.example" in (page.extract_text() or "")  # the family's contact
    assert "555-0100" in (page.extract_text() or "")
    assert round(float(page.mediabox.width)) == 595  # A4, as chosen in the dialog


def test_export_names_unprintable_characters(
        ctx: AppContext, parent: QWidget, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.pdf_data import make_plan, make_student

    pk = make_student(ctx.db, "Ana \U0001FAE0", "Silva", "U-1")
    plan = make_plan(ctx.db, pk, goals=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        box.text() + "\n" + box.detailedText()) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "ana.pdf"), ""))
    assert export_plan_pdf(ctx, parent, plan) is not None
    assert shown and "U-1" in shown[0] and "Student name" in shown[0]
    assert "MELTING FACE" in shown[0]

