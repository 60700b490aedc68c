"""Course cards: their delegate, and the card lists of the grade columns and the catalog."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from counselor_app.ui.plan.models import (
    BADGE_ROLE,
    CATALOG_MIME,
    CREDITS_ROLE,
    CTE_COLOR,
    DETAIL_ROLE,
    ISSUE_COUNT_ROLE,
    MARKER_ROLE,
    PLAN_COURSE_MIME,
    UNKNOWN_COLOR,
    marker_color,
)

Index = QModelIndex | QPersistentModelIndex

class CourseCardDelegate(QStyledItemDelegate):
    """Course cards: title (up to two lines) and credits; code, term, status; markers."""

    PAD_X, PAD_Y, MARGIN_X, MARGIN_Y = 11, 5, 3, 2

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        return bold, small

    def _title_lines(self, index: Index, width: int, bold: QFont, small: QFont) -> list[str]:
        credits = str(index.data(CREDITS_ROLE) or "")
        fm_small = QFontMetrics(small)
        credits_w = fm_small.horizontalAdvance(credits) + (6 if credits else 0)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return wrap_two_lines(QFontMetrics(bold), title,
                              width - 2 * self.MARGIN_X - self.PAD_X - 8 - credits_w)

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QListView):
            return view.viewport().width() - 2 * view.spacing()
        return option.rect.width() if option.rect.isValid() else 180

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold, small = self._fonts(QFont(option.font))
        width = self._width(option)
        lines = len(self._title_lines(index, width, bold, small))
        height = (QFontMetrics(bold).height() * lines + QFontMetrics(small).height()
                  + 2 * (self.PAD_Y + self.MARGIN_Y) + 3)
        return QSize(max(width, 120), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal: QPalette = option.palette
        state = option.state
        rect: QRect = option.rect.adjusted(self.MARGIN_X, self.MARGIN_Y,
                                           -self.MARGIN_X, -self.MARGIN_Y)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        marker = index.data(MARKER_ROLE)
        base = pal.color(QPalette.ColorRole.Base)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        text_color = pal.color(QPalette.ColorRole.Text)
        mid = pal.color(QPalette.ColorRole.Mid)
        bg = QColor(base)
        if marker == "unknown":
            bg = QColor("#f1f1f1") if base.lightness() > 128 else base.darker(120)
        if selected:
            bg = _blend(bg, highlight, 0.22 if focused else 0.12)
        pen = QPen(highlight if selected else mid, 2 if selected else 1)
        if marker == "unknown":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, 5, 5)
        color = marker_color(marker)
        if color is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRect(rect.left() + 1, rect.top() + 1, 5,
                                          rect.height() - 1), 2, 2)

        inner = rect.adjusted(self.PAD_X, self.PAD_Y, -8, -self.PAD_Y)
        bold, small = self._fonts(QFont(option.font))
        fm_bold, fm_small = QFontMetrics(bold), QFontMetrics(small)
        line_h = fm_bold.height()

        credits = str(index.data(CREDITS_ROLE) or "")
        painter.setFont(small)
        painter.setPen(text_color)
        credits_w = fm_small.horizontalAdvance(credits) + (6 if credits else 0)
        painter.drawText(QRect(inner.right() - credits_w, inner.top(), credits_w, line_h),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         credits)
        painter.setFont(bold)
        painter.setPen(UNKNOWN_COLOR if marker == "unknown" else text_color)
        title_w = inner.width() - credits_w
        lines = self._title_lines(index, self._width(option), bold, small)
        y = inner.top()
        for line in lines:
            painter.drawText(QRect(inner.left(), y, title_w, line_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             line)
            y += line_h

        y2 = y + 1
        right = inner.right()
        count = int(index.data(ISSUE_COUNT_ROLE) or 0)
        if count and color is not None:
            d = fm_small.height()
            badge = QRect(right - d + 1, y2 + 1, d - 1, d - 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.setFont(small)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter),
                             "!" if count == 1 else str(count))
            right -= d + 4
        badge_text = str(index.data(BADGE_ROLE) or "")
        if badge_text:
            painter.setFont(small)
            w = fm_small.horizontalAdvance(badge_text) + 8
            box = QRect(right - w + 1, y2 + 1, w, fm_small.height() - 1)
            painter.setPen(QPen(CTE_COLOR, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(CTE_COLOR)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), badge_text)
            right -= w + 4
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.setFont(small)
        painter.setPen(_blend(text_color, base, 0.35))
        width = right - inner.left()
        painter.drawText(QRect(inner.left(), y2, width, fm_small.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm_small.elidedText(detail, Qt.TextElideMode.ElideRight, width))
        painter.restore()


def wrap_two_lines(fm: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` on one line, or word-wrapped onto two with the second elided."""
    width = max(width, 20)
    if fm.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    first = ""
    for i, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if fm.horizontalAdvance(trial) > width:
            if not first:  # one long word: elide it on the first line
                return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
            rest = " ".join(words[i:])
            return [first, fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        first = trial
    return [first]


class _CardListView(QListView):
    """A list of course cards whose heights depend on the width (titles wrap)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # QListView re-lays out a top-to-bottom list only when its height changes;
        # a narrower viewport (e.g. a scroll bar appearing) changes card heights too.
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


def _blend(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


class CourseListView(_CardListView):
    """A grade column's list: drag/drop, and the keyboard moves and removes courses."""

    move_requested = Signal(int)  # -1 left, +1 right
    remove_requested = Signal()
    neighbour_requested = Signal(int)  # focus the column to the left/right
    menu_requested = Signal(QPoint)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self._drop_target = False
        self._drop_row: int | None = None  # where a dragged card would land (while dragging)
        self.setItemDelegate(CourseCardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setSpacing(0)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if ctrl:
                self.move_requested.emit(step)
            else:
                self.neighbour_requested.emit(step)
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl:
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            rect = self.visualRect(self.currentIndex())
            pos = rect.center() if rect.isValid() else QPoint(20, 20)
        else:
            index = self.indexAt(pos)
            if index.isValid() and not self.selectionModel().isSelected(index):
                self.setCurrentIndex(index)
        self.menu_requested.emit(self.viewport().mapToGlobal(pos))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))

    def _set_drop_target(self, on: bool) -> None:
        if on != self._drop_target:
            self._drop_target = on
            self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        if event.mimeData().hasFormat(CATALOG_MIME) or \
                event.mimeData().hasFormat(PLAN_COURSE_MIME):
            if event.source() is not self:
                self._set_drop_target(True)
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._drop_row = None
        self._set_drop_target(False)

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at ``pos`` (viewport coordinates) goes before: the card under it,
        or the one after when it is in the card's lower half; -1 below the last card."""
        index = self.indexAt(pos)
        if not index.isValid():
            return -1
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if event.mimeData().hasFormat(CATALOG_MIME) or \
                event.mimeData().hasFormat(PLAN_COURSE_MIME):
            event.acceptProposedAction()
            row = self.drop_row(event.position().toPoint())
            if row != self._drop_row:
                self._drop_row = row
                self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        """A card lands where it is dropped: between the cards, in this or another grade."""
        self._set_drop_target(False)
        self._drop_row = None
        model = self.model()
        row = self.drop_row(event.position().toPoint())
        if model is not None and model.dropMimeData(event.mimeData(), event.dropAction(),
                                                    row, 0, QModelIndex()):
            event.acceptProposedAction()
        else:
            event.ignore()
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._drop_target:
            p = QPainter(self.viewport())
            p.fillRect(self.viewport().rect(), _blend(
                self.palette().color(QPalette.ColorRole.Base),
                self.palette().color(QPalette.ColorRole.Highlight), 0.12))
            p.end()
        super().paintEvent(event)
        model = self.model()
        if self._drop_row is not None and model is not None and model.rowCount():
            self._paint_drop_line(model.rowCount())
        if model is not None and model.rowCount() == 0:
            p = QPainter(self.viewport())
            p.setPen(self.palette().color(QPalette.ColorGroup.Disabled,
                                          QPalette.ColorRole.Text))
            p.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                           | Qt.TextFlag.TextWordWrap), self.empty_text)
            p.end()


    def _paint_drop_line(self, rows: int) -> None:
        """Where a dragged card will land: a line between the cards."""
        row = self._drop_row if self._drop_row is not None and self._drop_row >= 0 else rows
        rect = self.visualRect(self.model().index(min(row, rows - 1), 0))
        y = rect.top() if row < rows else rect.bottom()
        p = QPainter(self.viewport())
        p.fillRect(4, max(0, y - 1), self.viewport().width() - 8, 3,
                   self.palette().color(QPalette.ColorRole.Highlight))
        p.end()


class CatalogListView(_CardListView):
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CourseCardDelegate(self))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.add_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)



