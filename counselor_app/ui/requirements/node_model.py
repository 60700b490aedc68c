"""A requirement set's tree while it is edited: nodes wrap the set file's own tables
(``docs/requirements-format.md``), so keys the editor has no field for (limits, passing
marks, definitions) pass through unchanged.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from counselor_app.ui.shared.words import amount as amount_words

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

Index = QModelIndex | QPersistentModelIndex

PARENT_KINDS = ("all", "any", "some")
KIND_WORDS = {
    "credits": QT_TRANSLATE_NOOP("RequirementNodeModel", "Credits from courses"),
    "courses": QT_TRANSLATE_NOOP("RequirementNodeModel", "Named courses"),
    "group": QT_TRANSLATE_NOOP("RequirementNodeModel", "Courses from a group"),
    "all": QT_TRANSLATE_NOOP("RequirementNodeModel", "All of"),
    "any": QT_TRANSLATE_NOOP("RequirementNodeModel", "Any one of"),
    "some": QT_TRANSLATE_NOOP("RequirementNodeModel", "Some of"),
    "total": QT_TRANSLATE_NOOP("RequirementNodeModel", "Total credits"),
    "checklist": QT_TRANSLATE_NOOP("RequirementNodeModel", "Checklist item"),
    "set": QT_TRANSLATE_NOOP("RequirementNodeModel", "Another set"),
    "ref": QT_TRANSLATE_NOOP("RequirementNodeModel", "Definition"),
}
COLUMNS = (QT_TRANSLATE_NOOP("RequirementNodeModel", "Requirement"),
           QT_TRANSLATE_NOOP("RequirementNodeModel", "Kind"),
           QT_TRANSLATE_NOOP("RequirementNodeModel", "Needs"))


class EditNode:
    """One requirement: its own keys in ``data`` and its child nodes."""

    __slots__ = ("children", "data", "parent")

    def __init__(self, data: dict[str, Any], parent: EditNode | None = None) -> None:
        self.data = {k: copy.deepcopy(v) for k, v in data.items() if k != "children"}
        self.parent = parent
        self.children = [EditNode(c, self) for c in data.get("children", [])
                         if isinstance(c, dict)]

    @property
    def kind(self) -> str:
        return str(self.data.get("kind", ""))

    @property
    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.data)
        if self.kind in PARENT_KINDS:
            out["children"] = [c.to_dict() for c in self.children]
        return out


def needs_text(d: dict[str, Any]) -> str:
    """A short reading of what a node asks for: '4 credits from English'."""
    kind = d.get("kind")
    source = d.get("from") if isinstance(d.get("from"), dict) else {}
    picked = [*source.get("areas", []), *source.get("tags", []), *source.get("codes", [])]
    where = (translate("RequirementNodeModel", "any course") if source.get("any")
             else ", ".join(str(p) for p in picked))
    from_where = translate("RequirementNodeModel", "%1 from %2")

    def amount(key: str, unit: str) -> str:
        value = d.get(key)
        return amount_words(float(value), unit) if isinstance(value, int | float) else ""

    if kind in ("credits", "total"):
        text = amount("credits", "credits")
        return from_where.replace("%1", text).replace("%2", where) if where else text
    if kind == "group":
        text = amount("count", "courses") or amount("credits", "credits")
        return from_where.replace("%1", text).replace("%2", where) if where else text
    if kind == "courses":
        slots = [" or ".join(s) if isinstance(s, list) else str(s)
                 for s in d.get("courses", [])]
        need = d.get("need", "all")
        return translate("RequirementNodeModel", "%1 of: %2").replace("%1", str(need)).replace(
            "%2", "; ".join(slots)) if need != "all" else "; ".join(slots)
    if kind == "some":
        return translate("RequirementNodeModel", "%s of the requirements below") % d.get(
            "need", "?")
    if kind == "checklist":
        return str(d.get("item", ""))
    if kind == "set":
        return str(d.get("set", ""))
    if kind == "ref":
        return str(d.get("ref", ""))
    return ""


class RequirementNodeModel(QAbstractItemModel):
    """Top-level requirements and their children, editable through the set editor."""

    def __init__(self, requirements: list[dict[str, Any]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = EditNode({"kind": "all", "children": requirements})

    def requirements(self) -> list[dict[str, Any]]:
        return [c.to_dict() for c in self.root.children]

    def node(self, index: Index) -> EditNode:
        if index.isValid():
            node = index.internalPointer()
            if isinstance(node, EditNode):
                return node
        return self.root

    def index_of(self, node: EditNode) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    # -- structure -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        owner = self.node(parent)
        if not (0 <= row < len(owner.children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, owner.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self.node(index)
        return self.index_of(node.parent) if node.parent is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self.tr(str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self.node(index).data
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                return str(d.get("label") or d.get("ref") or self.tr("(no label)"))
            if col == 1:
                words = KIND_WORDS.get(str(d.get("kind")))
                return self.tr(str(words)) if words else str(d.get("kind", ""))
            return needs_text(d)
        return None

    # -- editing -------------------------------------------------------------------
    def insert(self, parent: QModelIndex, row: int, data: dict[str, Any]) -> QModelIndex:
        owner = self.node(parent)
        row = max(0, min(row, len(owner.children)))
        self.beginInsertRows(parent, row, row)
        node = EditNode(data, owner)
        owner.children.insert(row, node)
        self.endInsertRows()
        return self.index_of(node)

    def remove(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        node = self.node(index)
        assert node.parent is not None
        self.beginRemoveRows(index.parent(), node.row, node.row)
        node.parent.children.remove(node)
        self.endRemoveRows()

    def move(self, index: QModelIndex, step: int) -> QModelIndex:
        """Move a node up (-1) or down (+1) among its siblings; returns its new index."""
        if not index.isValid():
            return index
        node = self.node(index)
        assert node.parent is not None
        siblings = node.parent.children
        row = node.row
        target = row + step
        if not 0 <= target < len(siblings):
            return index
        parent = index.parent()
        dest = target + 1 if step > 0 else target  # Qt counts the row before removal
        if not self.beginMoveRows(parent, row, row, parent, dest):
            return index
        siblings.insert(target, siblings.pop(row))
        self.endMoveRows()
        return self.index_of(node)

    def node_changed(self, node: EditNode) -> None:
        index = self.index_of(node)
        if index.isValid():
            self.dataChanged.emit(index, index.siblingAtColumn(len(COLUMNS) - 1))
