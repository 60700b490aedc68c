"""The progress bar of one requirement: earned, in progress, planned, and what is short."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from counselor_app.ui.plan.audit_model import BAR_ROLE, Bar

Index = QModelIndex | QPersistentModelIndex

EARNED = QColor("#2e7d32")
IN_PROGRESS = QColor("#1565c0")
PLANNED = QColor("#80cbc4")
SHORT = QColor("#c62828")
WAIVED = QColor("#b0bec5")

LEGEND = ((EARNED, "earned"), (IN_PROGRESS, "in progress"), (PLANNED, "planned"),
          (SHORT, "short"))


def paint_bar(painter: QPainter, rect: QRect, bar: Bar, palette: QPalette) -> None:
    """Segments left to right; the short part is an empty box with a red outline."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = QRectF(rect)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(r, 3, 3)
    if bar.waived:
        painter.setBrush(WAIVED)
        painter.drawRoundedRect(r, 3, 3)
    else:
        x = r.left()
        for fraction, color in ((bar.earned, EARNED), (bar.in_progress, IN_PROGRESS),
                                (bar.planned, PLANNED)):
            w = r.width() * fraction
            if w > 0.5:
                painter.setBrush(color)
                painter.drawRect(QRectF(x, r.top(), w, r.height()))
                x += w
        if bar.short > 0.001:
            painter.setBrush(QColor(SHORT.red(), SHORT.green(), SHORT.blue(), 40))
            painter.drawRect(QRectF(x, r.top(), r.right() - x, r.height()))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(SHORT if bar.short > 0.001 else palette.color(QPalette.ColorRole.Mid),
                        1))
    painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.restore()


class AuditBarDelegate(QStyledItemDelegate):
    """Draws the bar of column 1 with the amount ("3 / 4 credits") beside it."""

    BAR_WIDTH = 40

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        bar = index.data(BAR_ROLE)
        if not isinstance(bar, Bar):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        if style is not None:  # selection and focus background
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect
        room = rect.width() - 16 - option.fontMetrics.horizontalAdvance(text)
        bar_w = max(16, min(self.BAR_WIDTH, room))  # the amount is read first, the bar second
        h = max(6, min(10, rect.height() - 8))
        bar_rect = QRect(rect.left() + 4, rect.center().y() - h // 2, bar_w, h)
        paint_bar(painter, bar_rect, bar, option.palette)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                            else QPalette.ColorRole.Text))
        text_rect = rect.adjusted(bar_w + 10, 0, -2, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft
                                        | Qt.AlignmentFlag.AlignVCenter),
                         option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                       text_rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if isinstance(index.data(BAR_ROLE), Bar):
            size.setWidth(size.width() + self.BAR_WIDTH + 10)
        return size
