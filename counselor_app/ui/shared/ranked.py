"""Search results ranked by a service: a proxy that shows the rows a query matches, best
first, and a completer for an editable combo box built on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

Index = QModelIndex | QPersistentModelIndex
Order = Callable[[str], list[int]]
"""The source rows a query matches, best first (a service's ranking, e.g.
services.courses.catalog_order)."""


class RankedRows(QSortFilterProxyModel):
    """The rows ``order`` says match the query, in its order; every row for no query."""

    def __init__(self, order: Order, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order_of = order
        self._order: dict[int, int] | None = None  # source row -> place; None: all rows
        self.setDynamicSortFilter(False)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._order = ({row: place for place, row in enumerate(self._order_of(text))}
                       if text.strip() else None)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.sort(0)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        return self._order is None or source_row in self._order

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        if self._order is None:
            return left.row() < right.row()
        return self._order.get(left.row(), 0) < self._order.get(right.row(), 0)


class RankedCompleter(QCompleter):
    """Pops up the combo box's items that match what is typed, best first: "Theater I"
    above "Technical Theater I: Stagecraft" (Qt's own completer keeps the items' order)."""

    def __init__(self, combo: QComboBox, order: Order) -> None:
        super().__init__(combo)
        self.rows = RankedRows(order, self)
        self.rows.setSourceModel(combo.model())
        self.setModel(self.rows)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        self.rows.set_query(path)  # the ranked rows are the completions
        return [""]
