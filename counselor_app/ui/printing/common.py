"""What export, preview, print and batch export share: waiting for a worker, folders, messages.

Reading the database and laying out the PDF happen on a worker (``run_with_progress``);
a short local event loop waits for them, so the window keeps painting while a plan is
prepared. Problems are shown in message boxes, never as tracebacks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from counselor_app.reports.model import PlanReport
from counselor_app.reports.printable import Unprintable
from counselor_app.reports.render import render_bytes
from counselor_app.services.report_data import build_plan_report
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.workers import Progress, run_with_progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

T = TypeVar("T")

LAST_FOLDER_KEY = "pdf/last_folder"
BATCH_FOLDER_KEY = "pdf/batch_folder"
PDF_FILTER = "PDF files (*.pdf)"


_waiting = False  # a plan is being prepared for export, preview or print


class Failed(Exception):
    """Background work failed; the message is for the user."""


# ---------------------------------------------------------------- helpers


def run_and_wait(parent: QWidget, title: str, fn: Callable[[Progress], T]) -> T | None:
    """Run ``fn`` on a worker and wait for it while the event loop keeps running.

    Returns its result, None when cancelled; raises Failed with the error message.
    """
    global _waiting
    if _waiting:  # e.g. Ctrl+E pressed again before the first export was ready
        return None
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(message: str) -> None:
        outcome["error"] = message
        loop.quit()

    def cancelled() -> None:
        outcome["cancelled"] = True
        loop.quit()

    _waiting = True
    try:
        task = run_with_progress(parent, title, fn, done, failed, cancelled)
        if task.running and not outcome:
            loop.exec()
        task.deleteLater()
    finally:
        _waiting = False
    if "error" in outcome:
        raise Failed(outcome["error"])
    return outcome.get("result")


def warn(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def warn_unprintable(parent: QWidget, problems: Sequence[Unprintable]) -> None:
    """Name the students and fields whose characters no font can print."""
    if not problems:
        return
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("Printing", "Some characters cannot be printed"),
                      translate("Printing", "The PDF was written, but no font available "
                                "draws some characters; they print as their names in "
                                "brackets. Check the spelling with the family or choose "
                                "another character."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText("\n".join(shown(p.message()) for p in problems))
    box.setInformativeText("\n".join(shown(p.message()) for p in problems[:5]))
    box.exec()


def open_location(path: Path) -> None:
    """Open a file or folder with what the computer opens it with."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def tell_saved(parent: QWidget, path: Path) -> QMessageBox:
    """Say where the PDF went, with Open and Show in folder (not modal: the counselor
    may carry on); the window's status bar says it too."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            translate("Printing", "Saved %s") % path.name, 15000)
    box = QMessageBox(QMessageBox.Icon.Information, translate("Printing", "Plan saved"),
                      translate("Printing", "Saved the plan as %1\nin %2").replace(
                          "%1", path.name).replace("%2", str(path.parent)),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("PlanSaved")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    open_file = box.addButton(translate("Printing", "&Open"),
                              QMessageBox.ButtonRole.ActionRole)
    show_folder = box.addButton(translate("Printing", "Show in &folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(open_file)

    def clicked(button: object) -> None:
        if button is open_file:
            open_location(path)
        elif button is show_folder:
            open_location(path.parent)

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def remembered_folder(ctx: AppContext, key: str) -> Path:
    value = ctx.qsettings.value(key, "")
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else default_folder()


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_error(path: Path, exc: OSError) -> str:
    return translate("Printing", "Could not write %1: %2").replace("%1", str(path)).replace(
        "%2", str(exc.strerror or exc))


def report_and_pdf(ctx: AppContext, parent: QWidget,
                    plan_id: int) -> tuple[PlanReport, bytes] | None:
    def work(progress: Progress) -> tuple[PlanReport, bytes]:
        report = build_plan_report(ctx.db, plan_id)
        progress.check()
        return report, render_bytes(report)

    return run_and_wait(parent, translate("Printing", "Preparing the plan…"), work)


def save_dialog(ctx: AppContext, parent: QWidget | None, name: str) -> Path | None:
    suggested = remembered_folder(ctx, LAST_FOLDER_KEY) / name
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("Printing", "Export plan as PDF"),
                                            str(suggested),
                                            PDF_FILTER)
    if not chosen:
        return None
    path = with_pdf_suffix(Path(chosen))
    ctx.qsettings.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path
