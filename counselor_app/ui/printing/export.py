"""Export one plan as a PDF file chosen in a save dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counselor_app.reports.printable import check_report
from counselor_app.reports.render import render_plan
from counselor_app.services.report_data import build_plan_report, report_filename
from counselor_app.ui.context import AppContext
from counselor_app.ui.printing.common import (
    Failed,
    run_and_wait,
    save_dialog,
    tell_saved,
    warn,
    warn_unprintable,
    write_error,
)
from counselor_app.ui.shared.workers import Progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def export_plan_pdf(ctx: AppContext, parent: QWidget, plan_id: int) -> Path | None:
    """Ask where to save (a safe name in the last folder used) and write the plan's PDF.

    Returns the file written, or None when the user cancelled or it failed.
    """
    title = translate("Printing", "Export plan as PDF")
    try:
        report = run_and_wait(parent, translate("Printing", "Preparing the plan…"),
                               lambda _p: build_plan_report(ctx.db, plan_id))
        if report is None:
            return None
        path = save_dialog(ctx, parent, report_filename(report))
        if path is None:
            return None

        def write(_progress: Progress) -> Path:
            try:
                render_plan(report, path)
            except OSError as exc:
                raise RuntimeError(write_error(path, exc)) from exc
            return path

        written = run_and_wait(parent, translate("Printing", "Writing the PDF…"), write)
        if written is not None:
            warn_unprintable(parent, check_report(report))
            tell_saved(parent, written)
        return written
    except Failed as exc:
        warn(parent, title, str(exc))
        return None
