"""The student list: a table model over ``StudentRow`` and an accent-insensitive filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from counselor_app.services.students import StudentRow
from counselor_app.text import fold
from counselor_app.ui.words import data_word

PK_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (QT_TRANSLATE_NOOP("StudentTableModel", "Name"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Student ID"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Grade"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Grad year"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Counselor"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Active plan cluster"))
NAME, STUDENT_ID, GRADE, GRAD_YEAR, COUNSELOR, CLUSTER = range(len(COLUMNS))


class StudentTableModel(QAbstractTableModel):
    """Read-only table of students; holds plain rows, never a session."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StudentRow] = []
        self._search: list[str] = []
        self._name_keys: list[str] = []
        self._row_of: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[StudentRow]) -> None:
        """Replace the rows (kept in the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._name_keys = [fold(f"{r.last_name} {r.first_name} {r.preferred_name}")
                           for r in self._rows]
        self._search = [fold(f"{r.first_name} {r.last_name} {r.preferred_name} "
                             f"{r.student_id}") for r in self._rows]
        if self._sort is not None:
            self._apply_order(self._order(*self._sort))
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    # Sorting here, in Python with precomputed keys, is ~20x faster than letting the
    # proxy compare QVariants through data() (5,000 students: ~10 ms instead of ~200).
    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        rows, names = self._rows, self._name_keys
        keys: list[Any]
        if column == STUDENT_ID:
            keys = [(_natural(r.student_id), names[i]) for i, r in enumerate(rows)]
        elif column == GRADE:
            keys = [(r.grade, names[i]) for i, r in enumerate(rows)]
        elif column == GRAD_YEAR:
            keys = [(r.graduation_year, names[i]) for i, r in enumerate(rows)]
        elif column == COUNSELOR:
            keys = [(r.counselor.casefold(), names[i]) for i, r in enumerate(rows)]
        elif column == CLUSTER:
            keys = [(r.active_cluster.casefold(), names[i]) for i, r in enumerate(rows)]
        else:
            keys = names
        return sorted(range(len(rows)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _apply_order(self, permutation: list[int]) -> None:
        self._rows = [self._rows[i] for i in permutation]
        self._name_keys = [self._name_keys[i] for i in permutation]
        self._search = [self._search[i] for i in permutation]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        permutation = self._order(column, order)
        self._apply_order(permutation)
        new_row = {old_row: new for new, old_row in enumerate(permutation)}
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(new_row[i.row()], i.column()) if i.isValid() else i
                  for i in old])
        self.layoutChanged.emit()

    def rows(self) -> list[StudentRow]:
        return list(self._rows)

    def row_at(self, row: int) -> StudentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, pk: int) -> int | None:
        return self._row_of.get(pk)

    def search_text(self, row: int) -> str:
        return self._search[row]

    # --- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (GRADE, GRAD_YEAR):
                return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            if col == NAME:
                return self._name_keys[index.row()]
            if col == GRADE:
                return r.grade
            if col == GRAD_YEAR:
                return r.graduation_year
            return fold(self._display(r, col))
        if role == PK_ROLE:
            return r.id
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (GRADE, GRAD_YEAR):
            return Qt.AlignmentFlag.AlignCenter
        if r.archived:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                           QPalette.ColorRole.Text))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == CLUSTER:
                return (self.tr("Cluster of the active plan: %s") % data_word(r.active_cluster)
                        if r.active_cluster else self.tr("No active plan")
                        if r.active_plan_id is None
                        else self.tr("The active plan is not from a program of study"))
            tip = f"{r.full_name} — {r.school}" if r.school else r.full_name
            if r.preferred_name:
                tip += "\n" + self.tr("Legal first name: %s") % r.first_name
            if r.archived:
                tip += "\n" + self.tr("Archived")
            return tip
        return None

    @staticmethod
    def _display(r: StudentRow, col: int) -> str:
        if col == NAME:
            return r.display_name + (" (archived)" if r.archived else "")
        if col == STUDENT_ID:
            return r.student_id
        if col == GRADE:
            return str(r.grade)
        if col == GRAD_YEAR:
            return str(r.graduation_year)
        if col == COUNSELOR:
            return r.counselor
        if col == CLUSTER:
            return data_word(r.active_cluster) or ("—" if r.active_plan_id is None else "")
        return ""


def _natural(text: str) -> tuple[int, int, str]:
    """Numeric IDs in numeric order, before other IDs in folded text order."""
    t = text.strip()
    return (0, int(t), "") if t.isdigit() else (1, 0, fold(t))


class StudentFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose name or student ID contains every word of the query.

    Matching folds case and accents, so "jose" finds "José". Sorting is passed on
    to a ``StudentTableModel`` source, which sorts faster than the proxy could.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, StudentTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def query_words(self) -> list[str]:
        return list(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if isinstance(model, StudentTableModel):
            text = model.search_text(source_row)
        else:
            text = str(model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or "")
        return all(w in text for w in self._words)
