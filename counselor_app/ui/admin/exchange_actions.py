"""File > Exchange: plans out to JSON and back in, and the SIS CSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from counselor_app.services.exchange import (
    ExchangeError,
    JsonImportResult,
    export_json,
    import_json,
    preview_json,
)
from counselor_app.services.sis_export import export_sis_csv
from counselor_app.store.errors import DatabaseOpenError
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.workers import Progress, run_with_progress

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

FOLDER_KEY = "exchange/folder"


def folder(ctx: AppContext) -> str:
    """The folder last used for an exchange file (or home)."""
    value = ctx.qsettings.value(FOLDER_KEY)
    return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())


def _remember(ctx: AppContext, path: Path) -> None:
    ctx.qsettings.setValue(FOLDER_KEY, str(path.parent))


def export_plans_json(ctx: AppContext, parent: QWidget, *, student_pk: int | None = None,
                      plan_id: int | None = None) -> Path | None:
    """Everything, one student or one plan to a JSON exchange file."""
    name = "plan" if plan_id is not None else "student" if student_pk is not None else "all"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Exchange", "Export to a JSON file"),
        str(Path(folder(ctx)) / f"counselor-{name}.json"),
        translate("Exchange", "JSON files (*.json)"))
    if not chosen:
        return None
    path = Path(chosen) if chosen.lower().endswith(".json") else Path(chosen + ".json")
    title = translate("Exchange", "Export")
    try:
        result = export_json(ctx.db, path, student_pk=student_pk, plan_id=plan_id)
    except (ExchangeError, OSError, LookupError) as exc:
        QMessageBox.warning(parent, title, translate(
            "Exchange", "Nothing was written to %s:\n%s") % (path, shown(exc)))
        return None
    _remember(ctx, path)
    QMessageBox.information(parent, title, translate(
        "Exchange", "Saved %d students and %d plans to\n%s") % (
            result.students, result.plans, path))
    return path


def import_plans_json(ctx: AppContext, parent: QWidget) -> None:
    """Preview what a JSON exchange file would change, then import it in the background."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Exchange", "Import a JSON file"), folder(ctx),
        translate("Exchange", "JSON files (*.json)"))
    if not chosen:
        return
    path = Path(chosen)
    title = translate("Exchange", "Import")
    try:
        preview = preview_json(ctx.db, path)
    except (ExchangeError, OSError, ValueError) as exc:
        QMessageBox.warning(parent, title, translate(
            "Exchange", "This file cannot be imported; nothing was changed.\n\n%s")
            % shown(exc))
        return
    _remember(ctx, path)
    if not preview.changes:
        QMessageBox.information(parent, title, translate(
            "Exchange", "Everything in %s is already here; nothing to import.") % path.name)
        return
    answer = QMessageBox.question(parent, title, translate(
        "Exchange", "Import %s?\n\n%s\n\nA backup is made first.") % (
            path.name, shown(preview.summary())))
    if answer != QMessageBox.StandardButton.Yes:
        return

    def work(progress: Progress) -> JsonImportResult:
        return import_json(ctx.db, path, progress=progress)

    def done(result: object) -> None:
        ctx.bus.students_changed.emit()
        assert isinstance(result, JsonImportResult)
        QMessageBox.information(parent, title, translate(
            "Exchange", "Imported: %s") % shown(result.preview.summary()))

    def failed(message: str) -> None:
        QMessageBox.warning(parent, title, translate(
            "Exchange", "Nothing was changed:\n%s") % message)

    parent._exchange_task = run_with_progress(  # type: ignore[attr-defined]
        parent, translate("Exchange", "Importing %s") % path.name, work, done, failed)


def export_sis(ctx: AppContext, parent: QWidget) -> Path | None:
    """Students with their active plans as CSV for the student information system."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Exchange", "Export for the SIS"),
        str(Path(folder(ctx)) / "sis-plans.csv"), translate("Exchange", "CSV files (*.csv)"))
    if not chosen:
        return None
    path = Path(chosen) if chosen.lower().endswith(".csv") else Path(chosen + ".csv")
    title = translate("Exchange", "Export")
    try:
        rows = export_sis_csv(ctx.db, path)
    except (ExchangeError, OSError, DatabaseOpenError) as exc:
        QMessageBox.warning(parent, title, translate(
            "Exchange", "Nothing was written to %s:\n%s") % (path, shown(exc)))
        return None
    _remember(ctx, path)
    QMessageBox.information(parent, title, translate(
        "Exchange", "Saved %d students to\n%s") % (rows, path))
    return path
