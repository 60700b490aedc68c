"""The selected student's plans as a list model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

if TYPE_CHECKING:  # plans load the ORM; the list shows this model empty at first
    from counselor_app.services.plans import PlanSummary

Index = QModelIndex | QPersistentModelIndex
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanListModel(QAbstractListModel):
    """The plans of one student; the active one is marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plans: list[PlanSummary] = []
        self._program_names: dict[str, str] = {}

    def set_plans(self, items: Sequence[PlanSummary], program_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._plans = list(items)
        self._program_names = program_names
        self.endResetModel()

    def plans(self) -> list[PlanSummary]:
        return list(self._plans)

    def plan_at(self, row: int) -> PlanSummary | None:
        return self._plans[row] if 0 <= row < len(self._plans) else None

    def row_of(self, plan_id: int) -> int | None:
        return next((i for i, p in enumerate(self._plans) if p.id == plan_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._plans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._plans[index.row()]
        program = (self._program_names.get(p.program_code, p.program_code)
                   if p.program_code else "Blank plan")
        if role == Qt.ItemDataRole.DisplayRole:
            from counselor_app.ui.plan.models import changed_at_text  # loads the ORM

            mark = "★ " if p.is_active else ""
            suffix = "   (active)" if p.is_active else ""
            return (f"{mark}{p.name}{suffix}\n{p.status.capitalize()} · {program} · "
                    f"changed {changed_at_text(p.updated_at)}")
        if role == Qt.ItemDataRole.FontRole and p.is_active:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            state = "Active plan" if p.is_active else "What-if plan (not active)"
            return f"{p.name}\n{state}\nStatus: {p.status}\nProgram: {program}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{p.name}{', active' if p.is_active else ''}, {p.status}, {program}"
        if role == PLAN_ID_ROLE:
            return p.id
        return None
