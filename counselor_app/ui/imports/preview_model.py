"""The import preview as a table: counts first, then every error and warning, then each
row added, updated, removed or archived (the first ones of a large file, then a count)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from counselor_app.services.imports import COLUMNS, ImportKind, ImportPreview
from counselor_app.ui.i18n import current_language
from counselor_app.ui.imports.words import columns, word
from counselor_app.ui.shared.messages import shown

_Index = QModelIndex | QPersistentModelIndex
# the first column's words, kept in English in the rows and translated when shown
_WHAT = (
    QT_TRANSLATE_NOOP("PreviewModel", "To add"), QT_TRANSLATE_NOOP("PreviewModel", "To update"),
    QT_TRANSLATE_NOOP("PreviewModel", "Unchanged"), QT_TRANSLATE_NOOP("PreviewModel", "To remove"),
    QT_TRANSLATE_NOOP("PreviewModel", "To archive"), QT_TRANSLATE_NOOP("PreviewModel", "Left out"),
    QT_TRANSLATE_NOOP("PreviewModel", "Errors"), QT_TRANSLATE_NOOP("PreviewModel", "Error"),
    QT_TRANSLATE_NOOP("PreviewModel", "Warning"), QT_TRANSLATE_NOOP("PreviewModel", "Add"),
    QT_TRANSLATE_NOOP("PreviewModel", "Update"), QT_TRANSLATE_NOOP("PreviewModel", "Remove"),
    QT_TRANSLATE_NOOP("PreviewModel", "Archive"))


class PreviewModel(QAbstractTableModel):
    """Counts first, then every error and warning, then each row added/updated/removed."""

    HEADERS = (QT_TRANSLATE_NOOP("PreviewModel", "What"),
               QT_TRANSLATE_NOOP("PreviewModel", "File"), QT_TRANSLATE_NOOP("PreviewModel", "Row"),
               QT_TRANSLATE_NOOP("PreviewModel", "Column"),
               QT_TRANSLATE_NOOP("PreviewModel", "Details"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, str]] = []

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = []
        if preview is not None:
            self._rows += [
                ("To add", "", "", "", str(len(preview.to_add))),
                ("To update", "", "", "", str(len(preview.to_update))),
                ("Unchanged", "", "", "", str(len(preview.to_skip))),
            ]
            if preview.to_remove:
                self._rows.append(("To remove", "", "", "", str(len(preview.to_remove))))
            if preview.to_archive:
                self._rows.append(("To archive", "", "", "", str(len(preview.to_archive))))
            if preview.left_out:
                self._rows.append(("Left out", "", "", "", str(sum(preview.left_out.values()))))
            self._rows.append(("Errors", "", "", "", str(len(preview.errors))))
            for e in preview.errors:
                self._rows.append(("Error", e.file, _num(e.row), e.column or "",
                                   shown(e.reason)))
            for w in preview.warnings:
                self._rows.append(("Warning", w.file, _num(w.row), w.column or "",
                                   shown(w.reason)))
            for title, items in (("Add", preview.to_add), ("Update", preview.to_update),
                                 ("Remove", preview.to_remove),
                                 ("Archive", preview.to_archive)):
                kept = list(items)
                for item in kept:
                    details = f"{item.key} {shown(item.label)}"
                    if item.changes:
                        details += " (" + QCoreApplication.translate(
                            "PreviewModel", "changes: %s") % _changes(preview.kind,
                                                                      item.changes) + ")"
                    self._rows.append((title, item.file, _num(item.row), "", details))
                if len(items) > len(kept):  # a large file: the first ones are listed
                    self._rows.append((title, "", "", "", QCoreApplication.translate(
                        "PreviewModel", "… and %d more") % (len(items) - len(kept))))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = row[index.column()]
            return self.tr(text) if index.column() == 0 and text in _WHAT else text
        if role == Qt.ItemDataRole.ForegroundRole:
            if row[0] in ("Error", "Errors") and (row[0] == "Error" or row[4] != "0"):
                return QBrush(QColor("#b71c1c"))
            if row[0] == "Warning":
                return QBrush(QColor("#e65100"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        return None

    def row_values(self, row: int) -> tuple[str, str, str, str, str]:
        return self._rows[row]


WRAPPED_ROWS = 400
"""Up to this many rows, a long reason wraps onto more lines instead of being cut off
(measuring every row of a very long preview would keep the window waiting)."""


def preview_table(model: PreviewModel) -> QTableView:
    """The preview's table view: columns fit their contents, the details take the rest."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(model.HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(lambda: fit_rows(table))
    header.sectionResized.connect(lambda *_: fit_rows(table))
    return table


def fit_rows(table: QTableView) -> None:
    if table.model().rowCount() <= WRAPPED_ROWS:
        table.resizeRowsToContents()


def _changes(kind: ImportKind, changes: Sequence[str]) -> str:
    """The fields an update changes: their keys in English (as ever), the columns' names
    in another interface language."""
    if current_language() == "en":
        return ", ".join(changes)
    labels = {s.key: word(columns(), s.label) for s in COLUMNS.get(kind, ())}
    return ", ".join(labels.get(c, c) for c in changes)


def _num(value: int | None) -> str:
    return "" if value is None else str(value)
