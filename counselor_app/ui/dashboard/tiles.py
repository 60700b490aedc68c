"""A count tile: a big number over its label; clicking it (or Space) filters the list."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget


class CountTile(QAbstractButton):
    """A checkable button drawn as a tile; checked while the list is filtered by it."""

    def __init__(self, key: tuple[str, str], label: str, color: QColor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key  # (filter field, value), e.g. ("plan_status", "none")
        self.label = label
        self.color = color
        self.count: int | None = None
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._describe()

    def set_count(self, count: int | None) -> None:
        self.count = count
        self._describe()
        self.update()

    def set_label(self, label: str) -> None:
        self.label = label
        self._describe()
        self.updateGeometry()
        self.update()

    def number_text(self) -> str:
        return "…" if self.count is None else f"{self.count:,}"

    def _describe(self) -> None:
        text = f"{self.label}: {self.number_text()}"
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self.tr("%1. Click to list these students; click again to list "
                                "everyone.").replace("%1", text))

    def _big_font(self) -> QFont:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        return font

    def _label_font(self, rect: QRectF) -> QFont:
        """The label's font, made smaller (down to 80%) until the wrapped label fits."""
        font = QFont(self.font())
        base = font.pointSizeF()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        for scale in (1.0, 0.92, 0.85, 0.8):
            font.setPointSizeF(base * scale)
            fits = QFontMetrics(font).boundingRect(rect.toRect(), flags, self.label)
            if fits.height() <= rect.height() and fits.width() <= rect.width():
                break
        return font

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        big = QFontMetrics(self._big_font())
        return QSize(max(86, fm.horizontalAdvance("Changed since") + 16),
                     big.height() + 2 * fm.height() + 14)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(72, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        fill = pal.color(QPalette.ColorRole.Highlight).lighter(185) if self.isChecked() \
            else pal.color(QPalette.ColorRole.Base)
        border = pal.color(QPalette.ColorRole.Highlight) if self.isChecked() or self.hasFocus() \
            else pal.color(QPalette.ColorRole.Mid)
        p.setPen(QPen(border, 2 if self.isChecked() or self.hasFocus() else 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.color)
        p.drawRoundedRect(QRectF(rect.left() + 3, rect.top() + 3, 5, rect.height() - 6), 2, 2)
        inner = rect.adjusted(12, 4, -4, -4)
        big = self._big_font()
        p.setFont(big)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        number_h = QFontMetrics(big).height()
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), number_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.number_text())
        label_rect = QRectF(inner.left(), inner.top() + number_h, inner.width(),
                            inner.height() - number_h)
        p.setFont(self._label_font(label_rect))
        p.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                   | Qt.TextFlag.TextWordWrap, self.label)
        p.end()
