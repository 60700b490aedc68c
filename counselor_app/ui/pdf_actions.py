"""Export, preview and print plans; batch export. The main window calls these.

Reading the database and laying out the PDF happen on a worker (``run_with_progress``);
a short local event loop waits for them, so the window keeps painting while a plan is
prepared. Problems are shown in message boxes, never as tracebacks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.reports.model import PlanReport
from counselor_app.reports.printable import Unprintable, check_report
from counselor_app.reports.render import render_bytes, render_plan, write_atomically
from counselor_app.services.report_data import (
    BatchResult,
    batch_export,
    build_plan_report,
    report_filename,
)
from counselor_app.services.students import StudentRow, list_students
from counselor_app.ui.context import AppContext
from counselor_app.ui.workers import BackgroundTask, Progress, run_with_progress

log = logging.getLogger(__name__)

T = TypeVar("T")

LAST_FOLDER_KEY = "pdf/last_folder"
BATCH_FOLDER_KEY = "pdf/batch_folder"
PDF_FILTER = "PDF files (*.pdf)"
PRINT_DPI = 300  # enough for text; a page image stays ~8 megapixels


_waiting = False  # a plan is being prepared for export, preview or print


class _Failed(Exception):
    """Background work failed; the message is for the user."""


# ---------------------------------------------------------------- helpers


def _run_and_wait(parent: QWidget, title: str, fn: Callable[[Progress], T]) -> T | None:
    """Run ``fn`` on a worker and wait for it while the event loop keeps running.

    Returns its result, None when cancelled; raises _Failed with the error message.
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
        raise _Failed(outcome["error"])
    return outcome.get("result")


def _warn(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def warn_unprintable(parent: QWidget, problems: Sequence[Unprintable]) -> None:
    """Name the students and fields whose characters no font can print."""
    if not problems:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("Some characters cannot be printed"),
                      parent.tr("The PDF was written, but no font available draws some "
                                "characters; they print as their names in brackets. Check "
                                "the spelling with the family or choose another character."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText("\n".join(p.message() for p in problems))
    box.setInformativeText("\n".join(p.message() for p in problems[:5]))
    box.exec()


def _default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def _remembered_folder(ctx: AppContext, key: str) -> Path:
    value = ctx.qsettings.value(key, "")
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else _default_folder()


def _with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _write_error(path: Path, exc: OSError) -> str:
    return f"Could not write {path}: {exc.strerror or exc}"


def _report_and_pdf(ctx: AppContext, parent: QWidget,
                    plan_id: int) -> tuple[PlanReport, bytes] | None:
    def work(progress: Progress) -> tuple[PlanReport, bytes]:
        report = build_plan_report(ctx.db, plan_id)
        progress.check()
        return report, render_bytes(report)

    return _run_and_wait(parent, parent.tr("Preparing the plan…"), work)


def _save_dialog(ctx: AppContext, parent: QWidget | None, name: str) -> Path | None:
    suggested = _remembered_folder(ctx, LAST_FOLDER_KEY) / name
    chosen, _ = QFileDialog.getSaveFileName(parent, "Export plan as PDF", str(suggested),
                                            PDF_FILTER)
    if not chosen:
        return None
    path = _with_pdf_suffix(Path(chosen))
    ctx.qsettings.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


# ---------------------------------------------------------------- export one plan


def export_plan_pdf(ctx: AppContext, parent: QWidget, plan_id: int) -> Path | None:
    """Ask where to save (a safe name in the last folder used) and write the plan's PDF.

    Returns the file written, or None when the user cancelled or it failed.
    """
    title = parent.tr("Export plan as PDF")
    try:
        report = _run_and_wait(parent, parent.tr("Preparing the plan…"),
                               lambda _p: build_plan_report(ctx.db, plan_id))
        if report is None:
            return None
        path = _save_dialog(ctx, parent, report_filename(report))
        if path is None:
            return None

        def write(_progress: Progress) -> Path:
            try:
                render_plan(report, path)
            except OSError as exc:
                raise RuntimeError(_write_error(path, exc)) from exc
            return path

        written = _run_and_wait(parent, parent.tr("Writing the PDF…"), write)
        if written is not None:
            warn_unprintable(parent, check_report(report))
        return written
    except _Failed as exc:
        _warn(parent, title, str(exc))
        return None


# ---------------------------------------------------------------- preview


class PdfPreviewDialog(QDialog):
    """The printed plan on screen, with Print and Save buttons."""

    def __init__(self, ctx: AppContext, report: PlanReport, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.report, self.data = ctx, report, data
        self.setWindowTitle(f"Print preview – {report.student.full_name}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        pages = self.document.pageCount()
        self.pages_label = QLabel(f"{pages} page{'s' if pages != 1 else ''}")
        zoom_out = QPushButton("−")
        zoom_out.setToolTip("Zoom out")
        zoom_out.clicked.connect(lambda: self._zoom(1 / 1.2))
        zoom_in = QPushButton("+")
        zoom_in.setToolTip("Zoom in")
        zoom_in.clicked.connect(lambda: self._zoom(1.2))
        fit = QPushButton("Fit width")
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for b in (zoom_out, zoom_in):
            b.setFixedWidth(32)

        self.print_button = QPushButton("Print…")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton("Save as PDF…")
        self.save_button.clicked.connect(self.save_document)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for w in (zoom_out, zoom_in, fit, self.pages_label):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.save_button, self.print_button, close):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.print_button.setDefault(True)

        screen = self.screen().availableGeometry() if self.screen() else None
        height = int(screen.height() * 0.85) if screen else 900
        self.resize(min(860, int(height * 0.85)), height)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def print_document(self) -> bool:
        return print_pdf(self, self.data, self.report.paper_size,
                         f"Plan – {self.report.student.full_name}")

    def save_document(self) -> Path | None:
        path = _save_dialog(self.ctx, self, report_filename(self.report))
        if path is None:
            return None
        try:
            write_atomically(path, lambda fh: fh.write(self.data))
        except OSError as exc:
            _warn(self, "Save as PDF", _write_error(path, exc))
            return None
        return path


def preview_plan(ctx: AppContext, parent: QWidget, plan_id: int) -> PdfPreviewDialog | None:
    """Show the printed plan in a preview window (not modal); returns the window."""
    try:
        prepared = _report_and_pdf(ctx, parent, plan_id)
    except _Failed as exc:
        _warn(parent, parent.tr("Print preview"), str(exc))
        return None
    if prepared is None:
        return None
    report, data = prepared
    dialog = PdfPreviewDialog(ctx, report, data, parent)
    dialog.show()
    return dialog


# ---------------------------------------------------------------- print


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint PDF pages onto ``printer`` as images (its page range if one is set).

    Returns the number of pages printed.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    if count == 0:
        raise RuntimeError("The PDF could not be read for printing.")
    first, last = 0, count - 1
    if printer.fromPage() > 0:
        first = min(count - 1, printer.fromPage() - 1)
        last = min(count - 1, max(first, printer.toPage() - 1))
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("The printer could not be started.")
    try:
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            size_pt = document.pagePointSize(index)
            pixels = QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72))
            image = document.render(index, pixels)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return last - first + 1


def print_pdf(parent: QWidget, data: bytes, paper_size: str, title: str) -> bool:
    """Ask the system print dialog, then print; False when cancelled or failed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if paper_size == "a4"
                                  else QPageSize.PageSizeId.Letter))
    printer.setFullPage(True)  # the PDF has its own margins
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print plan"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        paint_pdf(data, printer)
    except RuntimeError as exc:
        _warn(parent, parent.tr("Print plan"), str(exc))
        return False
    return True


def print_plan(ctx: AppContext, parent: QWidget, plan_id: int) -> bool:
    """Print the plan through the system print dialog; True when it was sent."""
    try:
        prepared = _report_and_pdf(ctx, parent, plan_id)
    except _Failed as exc:
        _warn(parent, parent.tr("Print plan"), str(exc))
        return False
    if prepared is None:
        return False
    report, data = prepared
    return print_pdf(parent, data, report.paper_size, f"Plan – {report.student.full_name}")


# ---------------------------------------------------------------- batch export


class BatchExportDialog(QDialog):
    """Export the active plans of many students to a folder or one combined PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 student_pks: list[int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected = list(dict.fromkeys(student_pks or []))
        self.setWindowTitle("Export plans as PDF")
        self.state = "idle"  # idle | running | done | cancelled | failed
        self.batch_result: BatchResult | None = None
        self._task: BackgroundTask | None = None
        self._done = 0
        self._close_when_done = False
        self._rows: list[StudentRow] = list_students(ctx.db)

        # -- who
        who = QGroupBox("Students")
        self.selected_radio = QRadioButton(f"Selected students ({len(self.selected)})")
        self.grade_radio = QRadioButton("All students in grade")
        self.counselor_radio = QRadioButton("All students of counselor")
        self.all_radio = QRadioButton("All students")
        self.grade_combo = QComboBox()
        for grade in sorted({r.grade for r in self._rows}) or list(range(9, 13)):
            self.grade_combo.addItem(str(grade), grade)
        self.counselor_combo = QComboBox()
        for name in sorted({r.counselor for r in self._rows if r.counselor}, key=str.casefold):
            self.counselor_combo.addItem(name, name)
        self.counselor_radio.setEnabled(self.counselor_combo.count() > 0)
        self.counselor_combo.setEnabled(self.counselor_combo.count() > 0)
        self.selected_radio.setEnabled(bool(self.selected))
        self.who_group = QButtonGroup(self)
        for b in (self.selected_radio, self.grade_radio, self.counselor_radio, self.all_radio):
            self.who_group.addButton(b)
        (self.selected_radio if self.selected else self.grade_radio).setChecked(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(mid);")

        grid = QVBoxLayout(who)
        grid.addWidget(self.selected_radio)
        for radio, combo in ((self.grade_radio, self.grade_combo),
                             (self.counselor_radio, self.counselor_combo)):
            row = QHBoxLayout()
            row.addWidget(radio)
            row.addWidget(combo, 1)
            grid.addLayout(row)
        grid.addWidget(self.all_radio)
        grid.addWidget(self.count_label)

        # -- where
        where = QGroupBox("Save as")
        self.folder_radio = QRadioButton("One PDF per student, in a folder")
        self.combined_radio = QRadioButton("One combined PDF file (for printing)")
        self.folder_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.folder_radio)
        self.mode_group.addButton(self.combined_radio)
        self.path_edit = QLineEdit(str(_remembered_folder(ctx, BATCH_FOLDER_KEY)))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout(where)
        form.addRow(self.folder_radio)
        form.addRow(self.combined_radio)
        form.addRow("Location:", path_row)
        self.skip_no_plan = QCheckBox(self.tr("&Skip students without a plan"))
        self.skip_no_plan.setChecked(True)
        self.skip_no_plan.setToolTip(self.tr("Students who have no plan yet get no file; "
                                             "the result says how many were skipped."))
        form.addRow(self.skip_no_plan)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("Export",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton("Open folder",
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_location)
        self.close_button.clicked.connect(self.reject)
        self.export_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(where)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

        for button in self.who_group.buttons():
            button.toggled.connect(self._update_count)
        for combo, choose in ((self.grade_combo, self._choose_grade),
                              (self.counselor_combo, self._choose_counselor)):
            combo.currentIndexChanged.connect(choose)
            combo.activated.connect(choose)  # picking the current item again also chooses
        self.combined_radio.toggled.connect(self._mode_changed)
        self._update_count()
        self.resize(520, self.sizeHint().height())

    # -- choices

    def _choose_grade(self) -> None:
        self.grade_radio.setChecked(True)
        self._update_count()

    def _choose_counselor(self) -> None:
        self.counselor_radio.setChecked(True)
        self._update_count()

    def chosen_rows(self, rows: list[StudentRow] | None = None) -> list[StudentRow]:
        rows = self._rows if rows is None else rows
        if self.selected_radio.isChecked():
            wanted = set(self.selected)
            return [r for r in rows if r.id in wanted]
        if self.grade_radio.isChecked():
            return [r for r in rows if r.grade == self.grade_combo.currentData()]
        if self.counselor_radio.isChecked():
            return [r for r in rows if r.counselor == self.counselor_combo.currentData()]
        return list(rows)

    def _update_count(self) -> None:
        n = len(self.chosen_rows())
        self.count_label.setText(f"{n} student{'s' if n != 1 else ''}")
        self.export_button.setEnabled(n > 0 and self.state != "running")

    def _default_file_name(self) -> str:
        if self.grade_radio.isChecked():
            return f"plans-grade-{self.grade_combo.currentData()}.pdf"
        return "plans.pdf"

    def _mode_changed(self, combined: bool) -> None:
        text = self.path_edit.text().strip()
        path = Path(text) if text else _remembered_folder(self.ctx, BATCH_FOLDER_KEY)
        if combined and path.suffix.lower() != ".pdf":
            self.path_edit.setText(str(path / self._default_file_name()))
        elif not combined and path.suffix.lower() == ".pdf":
            self.path_edit.setText(str(path.parent))

    def browse(self) -> None:
        current = self.path_edit.text().strip()
        if self.combined_radio.isChecked():
            chosen, _ = QFileDialog.getSaveFileName(self, "Combined PDF", current, PDF_FILTER)
            if chosen:
                self.path_edit.setText(str(_with_pdf_suffix(Path(chosen))))
        else:
            chosen = QFileDialog.getExistingDirectory(self, "Folder for the PDF files", current)
            if chosen:
                self.path_edit.setText(chosen)

    # -- running

    def _target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            _warn(self, self.windowTitle(), "Choose where to save the PDF files.")
            return None
        path = Path(text).expanduser()
        if self.combined_radio.isChecked():
            path = _with_pdf_suffix(path)
            if path.is_dir():
                _warn(self, self.windowTitle(), f"{path} is a folder. Enter a file name for "
                      "the combined PDF.")
                return None
            if not path.parent.is_dir():
                _warn(self, self.windowTitle(), f"The folder {path.parent} does not exist.")
                return None
        elif path.exists() and not path.is_dir():
            _warn(self, self.windowTitle(), f"{path} is a file. Choose a folder, or save one "
                  "combined PDF.")
            return None
        return path

    def start_export(self) -> None:
        if self.state == "running":
            return
        target = self._target()
        if target is None:
            return
        pks = [r.id for r in self.chosen_rows(list_students(self.ctx.db))]
        if not pks:
            _warn(self, self.windowTitle(), "No students match this choice.")
            return
        combined = self.combined_radio.isChecked()
        skip = self.skip_no_plan.isChecked()
        folder = target.parent if combined else target
        self.ctx.qsettings.setValue(BATCH_FOLDER_KEY, str(folder))
        self.state = "running"
        self._done = 0
        self.export_button.setEnabled(False)
        self.open_button.setVisible(False)
        self.result_label.setText(f"Exporting {len(pks)} plans…")
        db = self.ctx.db

        def work(progress: Progress) -> BatchResult:
            def report(done: int, total: int, message: str) -> None:
                self._done = done
                progress(done, total, f"{done} of {total}: {message}" if message else "")

            try:
                return batch_export(db, pks, target, combined, report,
                                    skip_without_plan=skip)
            except OSError as exc:
                raise RuntimeError(_write_error(target, exc)) from exc

        self._target_path, self._combined, self._total = target, combined, len(pks)
        self._task = run_with_progress(self, "Exporting plans", work, self._finished,
                                       self._failed, self._cancelled)

    def cancel_export(self) -> None:
        if self._task is not None and self.state == "running":
            self._task.cancel()

    def _finish(self, state: str, text: str) -> None:
        self.state = state
        self._task = None
        self.result_label.setText(text)
        self._update_count()
        if self._close_when_done:
            super().reject()

    def _finished(self, result: object) -> None:
        assert isinstance(result, BatchResult)
        self.batch_result = result
        plans = f"{result.plans} plan{'s' if result.plans != 1 else ''}"
        if result.combined:
            text = f"Saved {plans} in one file:\n{self._target_path}"
        else:
            text = f"Saved {plans} (one file each) in:\n{self._target_path}"
        if result.missing:
            text += f"\n{len(result.missing)} students were deleted meanwhile and skipped."
        if result.without_plan:
            text += "\n" + self.tr("%n student(s) without a plan were skipped.", "",
                                    len(result.without_plan))
        self.open_button.setVisible(True)
        self._finish("done", text)
        if not self._close_when_done:
            warn_unprintable(self, result.unprintable)

    def _failed(self, message: str) -> None:
        self._finish("failed", "The export stopped.")
        if not self._close_when_done:
            _warn(self, self.windowTitle(), message)

    def _cancelled(self) -> None:
        if self._combined:
            text = "Cancelled. No file was written."
        else:
            text = (f"Cancelled. {self._done} of {self._total} files were written to "
                    f"{self._target_path}.")
            if self._done:
                self.open_button.setVisible(True)
        self._finish("cancelled", text)

    def open_location(self) -> None:
        path = getattr(self, "_target_path", None)
        if path is None:
            return
        folder = path.parent if self._combined else path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if self.state == "running":  # stop the worker first; close when it has stopped
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()
