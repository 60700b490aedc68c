"""The dashboard's student list: a table over the caseload's students, sortable by column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from counselor_app.collation import collation_key
from counselor_app.services.caseload_summary import (
    AUDIT_STATUSES,
    CTE_STATUSES,
    PLAN_STATUSES,
    CaseloadStudent,
)
from counselor_app.ui.dashboard.words import (
    AUDIT_COLORS,
    PLAN_COLORS,
    audit_word,
    counted,
    cte_word,
    plan_status_word,
)
from counselor_app.ui.i18n import current_language
from counselor_app.ui.shared.words import data_word

Index = QModelIndex | QPersistentModelIndex
STUDENT_ROLE = Qt.ItemDataRole.UserRole + 41  # the CaseloadStudent of the row

COLUMNS = (QT_TRANSLATE_NOOP("CaseloadTableModel", "Name"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Student ID"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Grade"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Grad year"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Counselor"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Plan status"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Audit"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "CTE"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Program of study"))
NAME, STUDENT_ID, GRADE, GRAD_YEAR, COUNSELOR, PLAN, AUDIT, CTE, PROGRAM = range(len(COLUMNS))


class CaseloadTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadStudent] = []
        self._keys: dict[int, tuple[str, ...]] = {}  # pk -> the name's collation key
        self._by_name: dict[str, tuple[str, ...]] = {}
        self._sort: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)
        self._language = current_language()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (ties by name), in Python with the keys made once: a view
        sorting through a proxy would call back into Python for every comparison."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda st: self._sort_key(st, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def set_students(self, students: Sequence[CaseloadStudent]) -> None:
        self.beginResetModel()
        self._rows = list(students)
        cache = self._by_name  # a click refilters the list: each name's key is made once
        for st in self._rows:
            name = f"{st.last_name} {st.first_name}"
            if name not in cache:
                cache[name] = collation_key(name, self._language)
        self._keys = {st.pk: cache[f"{st.last_name} {st.first_name}"] for st in self._rows}
        column, order = self._sort
        self._rows.sort(key=lambda st: self._sort_key(st, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def students(self) -> list[CaseloadStudent]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        st = self._rows[index.row()]
        col = index.column()
        if role == STUDENT_ROLE:
            return st
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(st, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = {PLAN: PLAN_COLORS.get(st.plan_status) if st.plan_status == "changed"
                     else None,
                     AUDIT: AUDIT_COLORS.get(st.audit) if st.audit in ("short", "errors")
                     else None}.get(col)
            return QBrush(color.darker(130)) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(st, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (GRADE, GRAD_YEAR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, st: CaseloadStudent, col: int) -> str:
        if col == NAME:
            return st.display_name
        if col == STUDENT_ID:
            return st.student_id
        if col == GRADE:
            return str(st.grade)
        if col == GRAD_YEAR:
            return str(st.graduation_year)
        if col == COUNSELOR:
            return st.counselor
        if col == PLAN:
            return plan_status_word(st.plan_status)
        if col == AUDIT:
            if st.audit == "short" and st.short:
                return self.tr("Short (%1)").replace("%1", str(st.short))
            if st.audit == "errors" and st.errors:
                return self.tr("Errors (%1)").replace("%1", str(st.errors))
            return audit_word(st.audit)
        if col == CTE:
            return cte_word(st.cte)
        return data_word(st.program_name)

    def _tooltip(self, st: CaseloadStudent, col: int) -> str | None:
        if col == AUDIT and st.audit == "short":
            return counted(st.short, self.tr("1 requirement of the diploma set is short"),
                           self.tr("%1 requirements of the diploma set are short"))
        if col == AUDIT and st.audit == "errors":
            return self.tr("The plan's checks show errors, or a requirement set it names is "
                           "gone: open the plan to see them.")
        if col == CTE and st.cte_program:
            return self.tr("Counted in %1").replace("%1", data_word(st.cte_program))
        if col == NAME:
            return (self.tr("Double-click to open the plan") if st.plan_id is not None
                    else self.tr("No plan yet: double-click to open the student"))
        return None

    def _sort_key(self, st: CaseloadStudent, col: int) -> Any:
        name = self._keys.get(st.pk, "")
        if col == GRADE:
            return (st.grade, name)
        if col == GRAD_YEAR:
            return (st.graduation_year, name)
        if col == PLAN:
            return (PLAN_STATUSES.index(st.plan_status), name)
        if col == AUDIT:  # the most urgent first: errors, then the shortest
            order = ("errors", "short", "on_track", "none")
            return (order.index(st.audit) if st.audit in order else len(AUDIT_STATUSES),
                    -st.short, name)
        if col == CTE:
            return (CTE_STATUSES.index(st.cte), name)
        if col == NAME:
            return (name, st.student_id)
        if col == STUDENT_ID:
            return (st.student_id.zfill(20) if st.student_id.isdigit() else st.student_id,)
        text = self._text(st, col)
        return (collation_key(text, self._language), name)
