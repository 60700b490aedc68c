"""Explore's search results: hits grouped by kind, the title elided, the framework kept."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from counselor_app.services import search
from counselor_app.services.browse import FrameworkInfo
from counselor_app.ui.shared.words import data_word

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
TITLE, FRAMEWORK = 0, 1


class SearchResultsView(QTreeView):
    """Two columns: the hit (elided when the pane is narrow, full text in its tooltip) and,
    for clusters and pathways, the framework it belongs to ("2024" / "Legacy"), always
    shown in full: both frameworks have a "Marketing" and a "Health Science"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results_model = QStandardItemModel(self)
        self.setModel(self.results_model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAllColumnsShowFocus(True)
        self._tags: dict[str, tuple[str, str]] = {}  # framework code -> (short, full name)

    def set_frameworks(self, frameworks: list[FrameworkInfo]) -> None:
        short = {"ncc-2024": self.tr("2024"), "ncc-legacy": self.tr("Legacy")}
        self._tags = {f.code: (short.get(f.code, f.name), f.name) for f in frameworks}

    def _kind_label(self, kind: str) -> str:
        labels = {"cluster": self.tr("Clusters"), "pathway": self.tr("Pathways and sub-clusters"),
                  "program": self.tr("Programs of study"), "course": self.tr("Courses"),
                  "occupation": self.tr("Occupations")}
        return labels.get(kind, search.KIND_LABELS.get(kind, kind))

    def show_hits(self, groups: dict[str, list[search.SearchHit]]) -> None:
        model = self.results_model
        model.clear()
        model.setColumnCount(2)
        for kind, hits in groups.items():
            header = QStandardItem(f"{self._kind_label(kind)} ({len(hits)})")
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            self.setFirstColumnSpanned(model.rowCount() - 1, QModelIndex(), True)
            for hit in hits:
                short, full = self._tags.get(hit.framework, ("", ""))
                # names of clusters and pathways in the interface language, as in the tree
                label, detail = ((data_word(hit.label), data_word(hit.detail))
                                 if kind in ("cluster", "pathway") else (hit.label, hit.detail))
                # a cluster's detail is its framework's name: the tag says it already
                text = label if full and hit.detail == full else f"{label}  —  {detail}"
                tip = f"{text}\n{full}" if full else text
                item = QStandardItem(text)
                item.setData(hit, HIT_ROLE)
                item.setToolTip(tip)
                item.setData(f"{text}, {full}" if full else text,
                             Qt.ItemDataRole.AccessibleTextRole)
                tag = QStandardItem(short)
                tag.setData(hit, HIT_ROLE)
                tag.setToolTip(tip)
                tag.setForeground(self.palette().placeholderText())
                model.appendRow([item, tag])
                if not short:  # programs, courses, occupations: the title takes the row
                    self.setFirstColumnSpanned(model.rowCount() - 1, QModelIndex(), True)
        header_view = self.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(FRAMEWORK, QHeaderView.ResizeMode.ResizeToContents)

    def hits(self) -> list[search.SearchHit]:
        """The hits on screen, in order."""
        model = self.results_model
        return [model.index(r, TITLE).data(HIT_ROLE) for r in range(model.rowCount())
                if model.index(r, TITLE).data(HIT_ROLE) is not None]

    def first_hit_index(self) -> QModelIndex:
        for row in range(self.results_model.rowCount()):
            index = self.results_model.index(row, TITLE)
            if index.data(HIT_ROLE) is not None:
                return index
        return QModelIndex()

    def row_of(self, kind: str, key: str) -> QModelIndex:
        """The hit for ``kind``/``key`` in the list, or an invalid index."""
        for row in range(self.results_model.rowCount()):
            index = self.results_model.index(row, TITLE)
            hit = index.data(HIT_ROLE)
            if hit is not None and hit.kind == kind and hit.key == key:
                return index
        return QModelIndex()

    def follow(self, kind: str, key: str) -> None:
        """Mark the hit on show (Back/Forward, a link) or none, without opening anything."""
        index = self.row_of(kind, key)
        selection = self.selectionModel()
        if index.isValid():
            if index != self.currentIndex():
                self.setCurrentIndex(index)
            self.scrollTo(index)
        else:
            selection.clear()
