"""A list delegate that draws two lines: a title and a smaller grey second line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    """First line of the display text in the normal font, the rest smaller and grey."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        first, _, second = text.replace("\u2028", "\n").partition("\n")
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        color = opt.palette.color(role)
        rect = opt.rect.adjusted(8, 5, -8, -5)
        font = QFont(opt.font)
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        small.setBold(False)
        fm, fm_small = QFontMetrics(font), QFontMetrics(small)
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(small)
        if not selected:  # secondary text: between text and background
            base = opt.palette.color(QPalette.ColorRole.Base)
            color = QColor(round(color.red() * 0.6 + base.red() * 0.4),
                           round(color.green() * 0.6 + base.green() * 0.4),
                           round(color.blue() * 0.6 + base.blue() * 0.4))
        painter.setPen(color)
        painter.drawText(QRect(rect.left(), rect.top() + fm.height() + 1, rect.width(),
                               fm_small.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm_small.elidedText(second, Qt.TextElideMode.ElideRight,
                                             rect.width()))
        painter.restore()
