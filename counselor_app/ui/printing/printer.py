"""Print a plan through the system print dialog, painting the PDF's pages as images."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from counselor_app.ui.context import AppContext
from counselor_app.ui.printing.common import Failed, report_and_pdf, warn

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PRINT_DPI = 300  # enough for text; a page image stays ~8 megapixels


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
        raise RuntimeError(translate("Printing", "The PDF could not be read for printing."))
    first, last = 0, count - 1
    if printer.fromPage() > 0:
        first = min(count - 1, printer.fromPage() - 1)
        last = min(count - 1, max(first, printer.toPage() - 1))
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(translate("Printing", "The printer could not be started."))
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
    dialog.setWindowTitle(translate("Printing", "Print plan"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        paint_pdf(data, printer)
    except RuntimeError as exc:
        warn(parent, translate("Printing", "Print plan"), str(exc))
        return False
    return True


def print_plan(ctx: AppContext, parent: QWidget, plan_id: int) -> bool:
    """Print the plan through the system print dialog; True when it was sent."""
    try:
        prepared = report_and_pdf(ctx, parent, plan_id)
    except Failed as exc:
        warn(parent, translate("Printing", "Print plan"), str(exc))
        return False
    if prepared is None:
        return False
    report, data = prepared
    return print_pdf(parent, data, report.paper_size,
                     translate("Printing", "Plan – %s") % report.student.full_name)
