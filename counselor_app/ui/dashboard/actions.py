"""The dashboard's actions on the selected students: plans from a program, print, CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from counselor_app.ui.dashboard.words import counted
from counselor_app.ui.shared.messages import shown

if TYPE_CHECKING:
    from counselor_app.ui.dashboard.page import DashboardPage

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

CSV_FOLDER_KEY = "dashboard/csv_folder"


def create_plans(page: DashboardPage) -> int:
    """Ask for a program of study; give each selected student without a plan a plan from
    it (one transaction); say what was done. Returns how many plans were created."""
    from counselor_app.services import browse
    from counselor_app.services.caseload_actions import create_plans_from_program
    from counselor_app.services.plans import finished_levels
    from counselor_app.ui.plan.past_years import ask_past_years
    from counselor_app.ui.shared.write_errors import guarded
    from counselor_app.ui.students.new_plan_dialog import NewPlanDialog

    chosen = page.selected_students()
    without = [st for st in chosen if st.plan_id is None]
    title = translate("Dashboard", "Create plans from a program")
    if not without:
        QMessageBox.information(page, title, translate(
            "Dashboard", "Every selected student already has a plan."))
        return 0
    dialog = NewPlanDialog(browse.list_programs(page.ctx.db),
                           translate("Dashboard", "Main plan"), page)
    dialog.setWindowTitle(counted(len(without), translate("Dashboard", "Plans for 1 student"),
                                   translate("Dashboard", "Plans for %1 students")))
    dialog.blank.hide()
    ok_button = dialog.buttons.buttons()[0]
    ok_button.setText(counted(len(without), translate("Dashboard", "Create 1 plan"),
                              translate("Dashboard", "Create %1 plans")))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.program_code() is None:
        return 0
    code = dialog.program_code()
    assert code is not None
    past = "plan"
    done = sorted({lv for st in without for lv in finished_levels(st.graduation_year)})
    if done:
        choice = ask_past_years(page, done)
        if choice is None:
            return 0
        past = choice
    try:
        ok, result = guarded(page, lambda: create_plans_from_program(
            page.ctx.db, [st.pk for st in without], code, name=dialog.plan_name(), past=past))
    except LookupError as exc:
        QMessageBox.warning(page, title, shown(exc))
        return 0
    if not ok or result is None:
        return 0
    page.ctx.bus.students_changed.emit()
    text = shown(result.summary())
    skipped = len(chosen) - len(without)
    if skipped:
        text += "\n" + counted(skipped, translate("Dashboard", "1 selected student already had a "
                                                   "plan and kept it."),
                               translate("Dashboard", "%1 selected students already had a "
                                                      "plan and kept theirs."))
    QMessageBox.information(page, title, text)
    return len(result.created)


def print_plans(page: DashboardPage) -> None:
    """The batch PDF dialog with the selected students chosen."""
    from counselor_app.ui.printing.batch_dialog import BatchExportDialog

    pks = [st.pk for st in page.selected_students() if st.plan_id is not None]
    if pks:
        BatchExportDialog(page.ctx, page, pks).exec()


def export_csv(page: DashboardPage, path: Path | None = None) -> Path | None:
    """Save the selected students (or the whole list shown) as CSV, in the order shown."""
    from counselor_app.services.caseload_actions import export_caseload_csv
    from counselor_app.ui.dashboard.words import csv_headers, csv_words
    from counselor_app.ui.printing.common import remembered_folder

    selected = set(page.selected_pks())
    rows = [st for st in page.listed_students() if not selected or st.pk in selected]
    title = translate("Dashboard", "Export list (CSV)")
    if path is None:
        suggested = remembered_folder(page.ctx, CSV_FOLDER_KEY) / translate(
            "Dashboard", "caseload.csv")
        chosen, _ = QFileDialog.getSaveFileName(
            page, title, str(suggested), translate("Dashboard", "CSV files (*.csv)"))
        if not chosen:
            return None
        path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    page.ctx.qsettings.setValue(CSV_FOLDER_KEY, str(path.parent))
    try:
        written = export_caseload_csv(path, rows, headers=csv_headers(), words=csv_words())
    except OSError as exc:
        QMessageBox.warning(page, title, translate("Dashboard", "Could not write %1: %2")
                            .replace("%1", str(path)).replace("%2", str(exc.strerror or exc)))
        return None
    window = page.window()
    if isinstance(window, QMainWindow):
        text = counted(len(rows), translate("Dashboard", "1 student saved to %2"),
                       translate("Dashboard", "%1 students saved to %2"))
        window.statusBar().showMessage(text.replace("%2", str(written)), 15000)
    return written
