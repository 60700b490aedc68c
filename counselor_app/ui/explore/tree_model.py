"""The framework tree: clusters -> pathways (sub-clusters) -> programs of study."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from counselor_app.services.browse import ClusterNode
from counselor_app.ui.shared.words import data_word

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("kind", "code", "name", "parent", "row", "children", "tip")

    def __init__(self, kind: str, code: str, name: str, parent: _Node | None, row: int,
                 tip: str = "") -> None:
        self.kind, self.code, self.name, self.parent, self.row = kind, code, name, parent, row
        self.children: list[_Node] = []
        self.tip = tip


class FrameworkTreeModel(QAbstractItemModel):
    """Read-only tree over plain dataclasses from services.browse.framework_tree."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "", "", None, 0)
        self._by_code: dict[str, list[_Node]] = {}  # a 2024 program may sit in several places

    def set_clusters(self, clusters: list[ClusterNode], pathway_label: str = "Pathway") -> None:
        self.beginResetModel()
        self._root = _Node("root", "", "", None, 0)
        self._by_code = {}
        for i, c in enumerate(clusters):
            tip = self.tr("Cross-cutting cluster") if c.cross_cutting else \
                self.tr("Career cluster")
            cn = _Node("cluster", c.code, data_word(c.name), self._root, i, tip)
            self._root.children.append(cn)
            self._by_code.setdefault(c.code, []).append(cn)
            for j, p in enumerate(c.pathways):
                label = (self.tr("Pathway") if pathway_label == "Pathway"
                         else self.tr("Sub-cluster"))
                pn = _Node("pathway", p.code, data_word(p.name), cn, j, label)
                cn.children.append(pn)
                self._by_code.setdefault(p.code, []).append(pn)
                for k, prog in enumerate(p.programs):
                    node = _Node("program", prog.code, prog.name, pn, k,
                                 self.tr("Program of study"))
                    pn.children.append(node)
                    self._by_code.setdefault(prog.code, []).append(node)
        self.endResetModel()

    # --- QAbstractItemModel -------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{node.tip}: {node.name} ({node.code})"
        if role == KIND_ROLE:
            return node.kind
        if role == CODE_ROLE:
            return node.code
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Clusters, pathways and programs")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- lookups ------------------------------------------------------------------------
    def index_of(self, code: str) -> QModelIndex:
        """The first place of ``code`` in the tree, or an invalid index."""
        found = self.indexes_of(code)
        return found[0] if found else QModelIndex()

    def indexes_of(self, code: str) -> list[QModelIndex]:
        """Every place of ``code`` in the tree, in tree order."""
        return [self.createIndex(node.row, 0, node) for node in self._by_code.get(code, [])]

    def path_of(self, index: Index) -> tuple[str, ...]:
        """The codes from the cluster down to ``index`` (empty for an invalid index)."""
        if not index.isValid():
            return ()
        codes: list[str] = []
        node: _Node | None = self._node(index)
        while node is not None and node is not self._root:
            codes.append(node.code)
            node = node.parent
        return tuple(reversed(codes))
