"""The student list: a table model over student ids that reads rows a page at a time.

The model holds the ids of the students shown, in display order, as the service sorted
and filtered them in SQL; a row's data is read (with the rest of its page) the first time
the view asks for it, and kept until the list is reloaded. Opening a list of 5,000
students reads the ids and the first screen of rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from counselor_app.services import student_list
from counselor_app.services.student_list import SORT_KEYS, StudentListQuery, StudentRow
from counselor_app.store.engine import Database
from counselor_app.ui.i18n import current_language
from counselor_app.ui.shared.words import data_word

PK_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (QT_TRANSLATE_NOOP("StudentTableModel", "Name"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Student ID"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Grade"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Grad year"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Counselor"),
           QT_TRANSLATE_NOOP("StudentTableModel", "Active plan cluster"))
NAME, STUDENT_ID, GRADE, GRAD_YEAR, COUNSELOR, CLUSTER = range(len(COLUMNS))
assert len(SORT_KEYS) == len(COLUMNS)  # one sort key per column, in column order

PAGE_SIZE = 64
"""Rows read at once: about two screens of the table."""


class StudentSource(Protocol):
    """Where the model gets its students (the database through the services; a test
    may count the calls)."""

    def ids(self, query: StudentListQuery) -> list[int]: ...

    def rows(self, ids: Sequence[int]) -> list[StudentRow]: ...

    def total(self, include_archived: bool) -> int: ...


class HasDatabase(Protocol):
    db: Database


class DatabaseStudents:
    """A ``StudentSource`` over the student list services, on ``holder.db`` (the app's
    context: a restore or another file replaces its database)."""

    def __init__(self, holder: HasDatabase) -> None:
        self.holder = holder

    def ids(self, query: StudentListQuery) -> list[int]:
        return student_list.student_ids(self.holder.db, query)

    def rows(self, ids: Sequence[int]) -> list[StudentRow]:
        return student_list.student_rows(self.holder.db, ids)

    def total(self, include_archived: bool) -> int:
        return student_list.count_students(self.holder.db, include_archived=include_archived)


class StudentTableModel(QAbstractTableModel):
    """Read-only table of students: ids in display order, rows read on demand."""

    def __init__(self, source: StudentSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = StudentListQuery()
        self._loaded = False
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, StudentRow] = {}
        self._total = 0

    # --- what is shown ---------------------------------------------------------------
    def query(self) -> StudentListQuery:
        return self._query

    def reload(self, *, include_archived: bool | None = None, text: str | None = None) -> None:
        """Read the ids again (after an edit, or with another archive or search choice);
        rows are read again as they are shown. Without ``include_archived`` (a new search
        alone) the total is not counted again."""
        changes: dict[str, Any] = {}
        if include_archived is not None:
            changes["include_archived"] = include_archived
        if text is not None:
            changes["text"] = text
        query = replace(self._query, **changes)
        if include_archived is not None or not self._loaded:  # a search alone keeps it
            self._total = self._source.total(query.include_archived)
        self.beginResetModel()
        self._query = query
        self._set_ids(self._source.ids(query))
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def total(self) -> int:
        """How many students the list holds before the search."""
        return self._total

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._row_of = {pk: i for i, pk in enumerate(ids)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; selected rows stay selected (persistent indexes follow them)."""
        if not 0 <= column < len(COLUMNS):
            return
        self._query = replace(self._query, sort=SORT_KEYS[column],
                              descending=order == Qt.SortOrder.DescendingOrder,
                              language=current_language())  # cluster names as shown
        if not self._loaded:
            return  # the first reload reads them in this order
        ids = self._source.ids(self._query)
        if len(ids) != len(self._ids):  # students came or went meanwhile: start afresh
            self.beginResetModel()
            self._set_ids(ids)
            self._cache.clear()
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        pks = [self._ids[i.row()] if i.isValid() and i.row() < len(self._ids) else None
               for i in old]
        self._set_ids(ids)  # the rows read so far stay read: same students, new places
        new = []
        for index, pk in zip(old, pks, strict=True):
            row = self._row_of.get(pk) if pk is not None else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- rows ------------------------------------------------------------------------
    def pk_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, pk: int) -> int | None:
        return self._row_of.get(pk)

    def ids(self) -> list[int]:
        return list(self._ids)

    def cached_rows(self) -> int:
        """How many rows have been read so far (the rest are only ids)."""
        return len(self._cache)

    def row_at(self, row: int) -> StudentRow | None:
        pk = self.pk_at(row)
        if pk is None:
            return None
        found = self._cache.get(pk)
        if found is None:
            self._fetch_page(row)
            found = self._cache.get(pk)
        return found

    def _fetch_page(self, row: int) -> None:
        start = row - row % PAGE_SIZE
        wanted = [pk for pk in self._ids[start:start + PAGE_SIZE] if pk not in self._cache]
        for r in self._source.rows(wanted):
            self._cache[r.id] = r

    # --- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

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
        if role == PK_ROLE:
            return self.pk_at(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if col in (GRADE, GRAD_YEAR) else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return None
        r = self.row_at(index.row())
        if r is None:  # deleted since the ids were read; the next reload drops it
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
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
