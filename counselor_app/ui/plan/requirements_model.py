"""Graduation requirement progress as a table (subject, required, done, planned, short)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from counselor_app.services.rules import TOTAL, RequirementProgress, format_number
from counselor_app.ui.plan_models import ERROR_COLOR, OK_COLOR

Index = QModelIndex | QPersistentModelIndex


class RequirementsModel(QAbstractTableModel):
    """Graduation requirement progress: subject, required, completed, planned, short."""

    HEADERS = ("Subject area", "Required", "Done", "Planned", "Short")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RequirementProgress] = []

    def set_rows(self, rows: Sequence[RequirementProgress]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return ("Subject area", "Credits required", "Credits completed",
                    "Credits planned or in progress", "Credits still missing")[section]
        if orientation == Qt.Orientation.Horizontal and \
                role == Qt.ItemDataRole.TextAlignmentRole:
            if section == 0:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "Total credits" if r.subject_area == TOTAL else r.subject_area
            if col == 4:
                return "✓ met" if r.met else format_number(r.shortfall)
            return format_number((r.required, r.completed, r.planned)[col - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QBrush(OK_COLOR if r.met else ERROR_COLOR)
        if role == Qt.ItemDataRole.FontRole and r.subject_area == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            name = "Total credits" if r.subject_area == TOTAL else r.subject_area
            state = "met" if r.met else f"{format_number(r.shortfall)} short"
            return (f"{name}: {format_number(r.required)} required, "
                    f"{format_number(r.completed)} completed, "
                    f"{format_number(r.planned)} planned — {state}")
        return None


