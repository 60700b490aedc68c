"""File > Exchange > Export course requests: next year's requests from the active plans,
previewed with counts in the layout the SIS imports, then saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.exchange import ExchangeError
from counselor_app.services.portable_plan import export_portable
from counselor_app.services.request_layouts import LAYOUT_LABELS
from counselor_app.services.sis_export import (
    RequestsPreview,
    course_requests,
    export_course_requests,
)
from counselor_app.ui.context import AppContext
from counselor_app.ui.imports.words import request_layouts, word
from counselor_app.ui.shared.messages import shown

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

SHOWN = 200
"""Rows shown in the preview table (the file holds them all)."""


class CourseRequestsDialog(QDialog):
    def __init__(self, ctx: AppContext, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = folder
        self.preview: RequestsPreview | None = None
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Export next year's course requests"))
        self.layout_combo = QComboBox()
        for key, label in LAYOUT_LABELS.items():
            self.layout_combo.addItem(word(request_layouts(), label), key)
        self.layout_combo.currentIndexChanged.connect(self.refresh)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Layout"), self.layout_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        self.refresh()

    def layout_key(self) -> str:
        return str(self.layout_combo.currentData())

    def refresh(self) -> None:
        try:
            self.preview = course_requests(self.ctx.db, self.layout_key())
        except (ExchangeError, OSError) as exc:
            self.preview = None
            self.counts.setText(self.tr("The requests could not be read: %s") % shown(exc))
            return
        p = self.preview
        self.counts.setText(shown(p.summary()) + ".")
        self.table.clear()
        self.table.setColumnCount(len(p.headers))
        self.table.setHorizontalHeaderLabels(list(p.headers))
        rows = p.rows[:SHOWN]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(p.rows))

    def save(self) -> None:
        name = f"course-requests-{self.layout_key()}.csv"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save course requests"),
                                                str(Path(self.folder) / name),
                                                self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".csv") else Path(chosen + ".csv")
        try:
            result = export_course_requests(self.ctx.db, path, self.layout_key())
        except (ExchangeError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export"),
                                self.tr("Nothing was written to %s:\n%s") % (path, shown(exc)))
            return
        self.saved = path
        QMessageBox.information(self, self.tr("Export"), self.tr("Saved to %s:\n%s")
                                % (path, shown(result.summary())))
        self.accept()


def export_portable_plans(ctx: AppContext, folder: str, parent: QWidget) -> Path | None:
    """File > Exchange > Export plans for another platform."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Exchange", "Export plans for another platform"),
        str(Path(folder) / "portable-plans.json"), translate("Exchange", "JSON files (*.json)"))
    if not chosen:
        return None
    path = Path(chosen) if chosen.lower().endswith(".json") else Path(chosen + ".json")
    title = translate("Exchange", "Export")
    try:
        n = export_portable(ctx.db, path)
    except (ExchangeError, OSError) as exc:
        QMessageBox.warning(parent, title, translate(
            "Exchange", "Nothing was written to %s:\n%s") % (path, shown(exc)))
        return None
    QMessageBox.information(parent, title, translate(
        "Exchange", "Saved %d active plans to\n%s") % (n, path))
    return path
