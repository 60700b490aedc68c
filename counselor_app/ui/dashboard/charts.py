"""A stacked bar chart drawn with QPainter: labelled, with a legend, keyboard-accessible.

Each bar (a grade, a program of study) is split into segments (plan statuses, audit
results); the count of every segment tall enough is written inside it, the bar's total
above (or beside) it, and a legend names every colour, so colour is never the only cue.
Clicking a segment, or choosing one with the arrow keys and pressing Enter or Space,
emits ``activated(bar key, segment key)``: the dashboard filters its list by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget


@dataclass(frozen=True)
class LegendEntry:
    key: str
    label: str
    color: QColor


@dataclass(frozen=True)
class Bar:
    key: object  # what the dashboard filters by (a grade, a program code)
    label: str
    values: tuple[int, ...]  # one per legend entry, in legend order

    @property
    def total(self) -> int:
        return sum(self.values)


@dataclass(frozen=True)
class _Hit:
    rect: QRectF
    bar: int
    segment: int


PAD = 6
BAR_GAP = 0.3  # of a bar's slot left empty


class StackedBarChart(QWidget):
    """Bars of stacked segments; vertical (bars side by side) or horizontal (one a row)."""

    activated = Signal(object, str)  # bar key, segment (legend) key

    def __init__(self, title: str, *, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.legend: tuple[LegendEntry, ...] = ()
        self.bars: tuple[Bar, ...] = ()
        self.empty_text = ""
        self.current: tuple[int, int] | None = None  # (bar, segment) chosen by keyboard
        self.selected: tuple[object, str] | None = None  # (bar key, segment key) listed
        self._hits: list[_Hit] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(title)
        self.setMinimumSize(180, 150)

    # --- data ------------------------------------------------------------------------
    def set_data(self, legend: Sequence[LegendEntry], bars: Sequence[Bar],
                 empty_text: str = "") -> None:
        self.legend, self.bars, self.empty_text = tuple(legend), tuple(bars), empty_text
        if self.current is not None and not self._valid(*self.current):
            self.current = None
        self.setAccessibleDescription(self.describe())
        self.update()

    def set_selected(self, selected: tuple[object, str] | None) -> None:
        """Outline the segment whose students the list shows (None: no outline)."""
        if selected != self.selected:
            self.selected = selected
            self.update()

    def describe(self) -> str:
        """The chart in words (for screen readers and tooltips): 'Grade 9: Draft 3, ...'."""
        if not self.bars:
            return self.empty_text
        return "; ".join(
            f"{bar.label}: " + ", ".join(f"{e.label} {v}" for e, v in
                                         zip(self.legend, bar.values, strict=True) if v)
            for bar in self.bars if bar.total)

    def segment_text(self, bar: int, segment: int) -> str:
        b, e = self.bars[bar], self.legend[segment]
        return f"{b.label} · {e.label}: {b.values[segment]}"

    def _valid(self, bar: int, segment: int) -> bool:
        return 0 <= bar < len(self.bars) and 0 <= segment < len(self.legend) \
            and self.bars[bar].values[segment] > 0

    # --- geometry --------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 200)

    def _legend_rows(self, width: float) -> list[list[tuple[LegendEntry, float]]]:
        fm = QFontMetrics(self.font())
        rows: list[list[tuple[LegendEntry, float]]] = [[]]
        x = 0.0
        for e in self.legend:
            w = fm.height() + 4 + fm.horizontalAdvance(e.label) + 12
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append((e, w))
            x += w
        return rows

    def _plot_area(self) -> tuple[QRectF, float, float]:
        """The area of the bars, the title's height and the legend's top."""
        fm = QFontMetrics(self.font())
        line = fm.height()
        title_h = line + PAD
        legend_h = len(self._legend_rows(self.width() - 2 * PAD)) * (line + 2)
        legend_top = self.height() - PAD - legend_h
        area = QRectF(PAD, title_h + PAD, self.width() - 2 * PAD,
                      legend_top - title_h - 2 * PAD)
        return area, title_h, legend_top

    # --- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        area, title_h, legend_top = self._plot_area()
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(QRectF(PAD, PAD / 2, self.width() - 2 * PAD, title_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QFontMetrics(bold).elidedText(self.title, Qt.TextElideMode.ElideRight,
                                                 self.width() - 2 * PAD))
        p.setFont(self.font())
        self._hits = self._layout()
        if not any(b.total for b in self.bars):
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text)
        elif self.horizontal:
            self._paint_rows(p, area, fm)
        else:
            self._paint_columns(p, area, fm)
        self._paint_legend(p, legend_top, fm)
        if self.hasFocus():
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        p.end()

    def _columns(self, area: QRectF, fm: QFontMetrics) -> tuple[QRectF, float, float]:
        """The plot (totals above it, labels below), each bar's slot and width."""
        line = fm.height()
        plot = area.adjusted(0, line + 2, 0, -(line + 4))
        slot = plot.width() / max(1, len(self.bars))
        return plot, slot, min(slot * (1 - BAR_GAP), 4 * line)

    def _rows(self, area: QRectF, fm: QFontMetrics) -> tuple[QRectF, float, float, float]:
        """The plot (labels left of it, totals right), the label width, slot and height."""
        line = fm.height()
        label_w = min(area.width() * 0.55,
                      max(fm.horizontalAdvance(b.label) for b in self.bars) + 6)
        plot = area.adjusted(label_w, 0, -(fm.horizontalAdvance("0000") + 4), 0)
        slot = min(area.height() / max(1, len(self.bars)), 2.2 * line)
        return plot, label_w, slot, max(4.0, slot * (1 - BAR_GAP))

    def _layout(self) -> list[_Hit]:
        """Where every segment is drawn (for painting, clicks and the keyboard)."""
        if not any(b.total for b in self.bars):
            return []
        fm = QFontMetrics(self.font())
        area = self._plot_area()[0]
        top = max(b.total for b in self.bars)
        hits: list[_Hit] = []
        if self.horizontal:
            plot, _label_w, slot, height = self._rows(area, fm)
            for i, bar in enumerate(self.bars):
                y, x = area.top() + i * slot + (slot - height) / 2, plot.left()
                for seg, value in enumerate(bar.values):
                    if value:
                        w = plot.width() * value / top
                        hits.append(_Hit(QRectF(x, y, w, height), i, seg))
                        x += w
        else:
            plot, slot, width = self._columns(area, fm)
            for i, bar in enumerate(self.bars):
                x, y = plot.left() + i * slot + (slot - width) / 2, plot.bottom()
                for seg, value in enumerate(bar.values):
                    if value:
                        h = plot.height() * value / top
                        hits.append(_Hit(QRectF(x, y - h, width, h), i, seg))
                        y -= h
        return hits

    def _segment(self, p: QPainter, hit: _Hit, fm: QFontMetrics) -> None:
        rect, bar, seg = hit.rect, hit.bar, hit.segment
        color = self.legend[seg].color
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRect(rect)
        value = str(self.bars[bar].values[seg])
        if rect.height() >= fm.ascent() + 1 and rect.width() >= fm.horizontalAdvance(value) + 4:
            p.setPen(QColor("white") if color.lightness() < 150 else QColor("black"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, value)
        if self.selected == (self.bars[bar].key, self.legend[seg].key):
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if self.current == (bar, seg) and self.hasFocus():
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 1,
                          Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(4, 4, -4, -4))

    def _paint_columns(self, p: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        line = fm.height()
        plot, slot, width = self._columns(area, fm)
        for hit in self._hits:
            self._segment(p, hit, fm)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        top = max(b.total for b in self.bars)
        for i, bar in enumerate(self.bars):
            x = plot.left() + i * slot + (slot - width) / 2
            y = plot.bottom() - plot.height() * bar.total / top
            p.drawText(QRectF(x - slot, y - line - 2, width + 2 * slot, line),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                       str(bar.total))
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot))
            p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, line),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom() + 0.5),
                   QPointF(plot.right(), plot.bottom() + 0.5))

    def _paint_rows(self, p: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        plot, label_w, slot, _height = self._rows(area, fm)
        for hit in self._hits:
            self._segment(p, hit, fm)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        top = max(b.total for b in self.bars)
        for i, bar in enumerate(self.bars):
            row = QRectF(area.left(), area.top() + i * slot, label_w - 6, slot)
            p.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 6)))
            end = plot.left() + plot.width() * bar.total / top
            p.drawText(QRectF(end + 4, row.top(), area.right() - end, slot),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       str(bar.total))

    def _paint_legend(self, p: QPainter, top: float, fm: QFontMetrics) -> None:
        line = fm.height()
        y = top
        for row in self._legend_rows(self.width() - 2 * PAD):
            x = float(PAD)
            for e, w in row:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(e.color)
                p.drawRect(QRectF(x, y + 2, line - 4, line - 4))
                p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
                p.drawText(QRectF(x + line, y, w - line, line),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, e.label)
                x += w
            y += line + 2

    # --- mouse and keyboard ----------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[int, int] | None:
        for h in self._layout():
            if h.rect.contains(pos):
                return h.bar, h.segment
        return None

    def segment_rect(self, bar: int, segment: int) -> QRectF | None:
        """Where a segment is drawn (None when it is not: a count of 0)."""
        for h in self._layout():
            if (h.bar, h.segment) == (bar, segment):
                return h.rect
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self.hit(event.position())
        if found is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.current = found
        self.update()
        self._activate(*found)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self.hit(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if found else
                       Qt.CursorShape.ArrowCursor)
        if found:
            QToolTip.showText(event.globalPosition().toPoint(), self.segment_text(*found), self)
        else:
            QToolTip.hideText()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.current is None:
            self.current = self._first()
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def _first(self) -> tuple[int, int] | None:
        for bar in range(len(self.bars)):
            for seg in range(len(self.legend)):
                if self._valid(bar, seg):
                    return bar, seg
        return None

    def _step(self, d_bar: int, d_seg: int) -> None:
        if self.current is None:
            self.current = self._first()
            self.update()
            return
        bar, seg = self.current
        if d_seg:
            seg += d_seg
            while 0 <= seg < len(self.legend) and not self._valid(bar, seg):
                seg += d_seg
            if self._valid(bar, seg):
                self.current = (bar, seg)
        else:
            bar += d_bar
            while 0 <= bar < len(self.bars):
                candidates = [s for s in range(len(self.legend)) if self._valid(bar, s)]
                if candidates:
                    self.current = (bar, min(candidates, key=lambda s: abs(s - seg)))
                    break
                bar += d_bar
        self.update()
        if self.current is not None:
            rect = self.segment_rect(*self.current)
            if rect is not None:
                QToolTip.showText(self.mapToGlobal(rect.center().toPoint()),
                                  self.segment_text(*self.current), self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        along, across = ((Qt.Key.Key_Down, Qt.Key.Key_Up), (Qt.Key.Key_Right, Qt.Key.Key_Left)) \
            if self.horizontal else ((Qt.Key.Key_Right, Qt.Key.Key_Left),
                                     (Qt.Key.Key_Up, Qt.Key.Key_Down))
        if key in along:
            self._step(1 if key == along[0] else -1, 0)
        elif key in across:
            self._step(0, 1 if key == across[0] else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and self.current is not None:
            self._activate(*self.current)
        else:
            super().keyPressEvent(event)

    def _activate(self, bar: int, segment: int) -> None:
        self.activated.emit(self.bars[bar].key, self.legend[segment].key)
