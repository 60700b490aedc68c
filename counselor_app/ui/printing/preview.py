"""The printed plan on screen before it is printed or saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counselor_app.reports.model import PlanReport
from counselor_app.reports.render import write_atomically
from counselor_app.services.report_data import report_filename
from counselor_app.ui.context import AppContext
from counselor_app.ui.printing.common import Failed, report_and_pdf, save_dialog, warn, write_error
from counselor_app.ui.printing.printer import print_pdf

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class PdfPreviewDialog(QDialog):
    """The printed plan on screen, with Print and Save buttons."""

    def __init__(self, ctx: AppContext, report: PlanReport, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.report, self.data = ctx, report, data
        self.setWindowTitle(self.tr("Print preview – %s") % report.student.full_name)
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
        self.pages_label = QLabel(self.tr("1 page") if pages == 1 else self.tr("%d pages") % pages)
        zoom_out = QPushButton("−")
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self._zoom(1 / 1.2))
        zoom_in = QPushButton("+")
        zoom_in.setToolTip(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self._zoom(1.2))
        fit = QPushButton(self.tr("Fit width"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for b in (zoom_out, zoom_in):
            b.setFixedWidth(32)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_document)
        close = QPushButton(self.tr("Close"))
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
                         self.tr("Plan – %s") % self.report.student.full_name)

    def save_document(self) -> Path | None:
        path = save_dialog(self.ctx, self, report_filename(self.report))
        if path is None:
            return None
        try:
            write_atomically(path, lambda fh: fh.write(self.data))
        except OSError as exc:
            warn(self, self.tr("Save as PDF"), write_error(path, exc))
            return None
        return path


def preview_plan(ctx: AppContext, parent: QWidget, plan_id: int) -> PdfPreviewDialog | None:
    """Show the printed plan in a preview window (not modal); returns the window."""
    try:
        prepared = report_and_pdf(ctx, parent, plan_id)
    except Failed as exc:
        warn(parent, translate("Printing", "Print preview"), str(exc))
        return None
    if prepared is None:
        return None
    report, data = prepared
    dialog = PdfPreviewDialog(ctx, report, data, parent)
    dialog.show()
    return dialog
