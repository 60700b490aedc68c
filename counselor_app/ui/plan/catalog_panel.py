"""The plan editor's course catalog: search box, subject filter, draggable course cards."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.browse import CourseRow
from counselor_app.ui.plan.course_cards import CatalogListView
from counselor_app.ui.plan.models import CatalogFilter, CatalogModel


class CatalogPanel(QWidget):
    """Search box, subject filter, and the draggable catalog list."""

    add_requested = Signal(str)  # course code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CatalogModel(self)
        self.proxy = CatalogFilter(self)
        self.proxy.setSourceModel(self.model)
        title = QLabel(self.tr("Course catalog"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(mid);")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code or title…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the course catalog"))
        self.search.setToolTip(self.tr("Type part of a course code or title (accents and case "
                                       "do not matter); Down moves to the list"))
        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("Subject area filter"))
        self.subject.setToolTip(self.tr("Show courses of one subject area"))
        self.view = CatalogListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Course catalog"))
        self.view.setToolTip(self.tr("Drag a course onto a grade, or press Enter to add it"))
        self.add_button = QPushButton(self.tr("Add to plan…"))
        self.add_button.setToolTip(self.tr("Add the selected course to a grade (Enter)"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 4, 0)
        lay.addLayout(head)
        lay.addWidget(self.search)
        lay.addWidget(self.subject)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.add_button)
        self.search.textChanged.connect(self._refilter)
        self.subject.currentIndexChanged.connect(self._refilter)
        self.search.returnPressed.connect(self._search_enter)
        self.search.installEventFilter(self)
        self.view.add_requested.connect(self._emit_add)
        self.view.doubleClicked.connect(lambda *_: self._emit_add())
        self.add_button.clicked.connect(self._emit_add)

    def set_rows(self, rows: Sequence[CourseRow]) -> None:
        self.model.set_rows(rows)
        current = self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        self.subject.addItem(self.tr("All subject areas"), "")
        for area in self.model.subject_areas():
            self.subject.addItem(area, area)
        i = self.subject.findData(current)
        self.subject.setCurrentIndex(max(i, 0))
        self.subject.blockSignals(False)
        self._refilter()

    def clear_filter(self) -> None:
        """Show the whole catalog again (another plan opened: its search starts afresh)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.subject.blockSignals(True)
        self.subject.setCurrentIndex(0)
        self.subject.blockSignals(False)
        self._refilter()
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _refilter(self) -> None:
        before = self.proxy.query
        self.proxy.set_filter(self.search.text(), str(self.subject.currentData() or ""))
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace(
            "%2", str(total)) if shown != total else self.tr("%d courses") % total)
        if shown and (self.proxy.query != before or not self.view.currentIndex().isValid()):
            self.view.setCurrentIndex(self.proxy.index(0, 0))  # the best match of new text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _search_enter(self) -> None:
        if self.proxy.rowCount() == 1:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self._emit_add()
        elif self.proxy.rowCount():
            self.view.setFocus()

    def current_course(self) -> CourseRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _emit_add(self) -> None:
        course = self.current_course()
        if course is not None:
            self.add_requested.emit(course.code)



