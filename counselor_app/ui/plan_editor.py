"""The plan editor: five grade columns, a course catalog, live rule checks, plan details.

Every edit is a ``QUndoCommand`` on ``ctx.undo`` whose steps call one service each
(one transaction, saved at once). The editor never holds a session: after each
change it reloads the plan (``load_plan``) and its checks (``validate``).
"""

from __future__ import annotations

import datetime as dt
import getpass
import html
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.base import GRADE_LEVELS, POSTSECONDARY, level_label
from counselor_app.domain.students import PLAN_STATUSES, STATUS_LABELS, STATUSES, TERM_LABELS, TERMS
from counselor_app.services import browse, plans
from counselor_app.services.browse import CourseRow, OccupationInfo
from counselor_app.services.plans import POSTSECONDARY_TYPES, PlanCourseView, PlanView
from counselor_app.services.rules import (
    ERROR,
    TOTAL,
    WARNING,
    Issue,
    RequirementProgress,
    ValidationResult,
    format_number,
)
from counselor_app.text import fold
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan_commands import (
    AddCommentCommand,
    AddCourseCommand,
    MoveCourseCommand,
    RemoveCourseCommand,
    SetPlanStatusCommand,
    UpdateCourseCommand,
    UpdatePlanFieldsCommand,
)

Index = QModelIndex | QPersistentModelIndex

CATALOG_MIME = "application/x-counselor-course-codes"
PLAN_COURSE_MIME = "application/x-counselor-plan-courses"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
CREDITS_ROLE = Qt.ItemDataRole.UserRole + 4
MARKER_ROLE = Qt.ItemDataRole.UserRole + 5
ISSUE_COUNT_ROLE = Qt.ItemDataRole.UserRole + 6
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 7
BADGE_ROLE = Qt.ItemDataRole.UserRole + 8

ERROR_COLOR = QColor("#c62828")
WARNING_COLOR = QColor("#d48a00")
UNKNOWN_COLOR = QColor("#757575")
CTE_COLOR = QColor("#00796b")
OK_COLOR = QColor("#2e7d32")

NOTES_DELAY_MS = 800
SHORT_TERMS = {"year": "Year", "sem1": "Sem 1", "sem2": "Sem 2", "summer": "Summer"}


def marker_color(marker: str | None) -> QColor | None:
    return {"error": ERROR_COLOR, "warning": WARNING_COLOR,
            "unknown": UNKNOWN_COLOR}.get(marker or "")


def credits_text(value: float) -> str:
    return f"{format_number(value)} cr"


def credits_words(value: float) -> str:
    return f"{format_number(value)} credit" + ("" if value == 1 else "s")


def default_level(grade_low: int) -> int:
    """The lowest plan column a course is allowed in."""
    return next((lvl for lvl in GRADE_LEVELS if lvl >= grade_low), POSTSECONDARY)


def changed_at_text(when: dt.datetime, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if when.year == now.year:
        return f"{when.strftime('%b')} {when.day}, {when.strftime('%H:%M')}"
    return f"{when.strftime('%b')} {when.day}, {when.year}"


# ====================================================================== item models


class GradeColumnModel(QAbstractListModel):
    """The courses of one grade column; drops are announced, never applied here."""

    codes_dropped = Signal(list, int)  # course codes from the catalog, level
    courses_dropped = Signal(list, int)  # plan course ids, level

    def __init__(self, level: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self._courses: list[PlanCourseView] = []
        self._issues: dict[int, tuple[Issue, ...]] = {}

    def set_courses(self, courses: Sequence[PlanCourseView],
                    issues: dict[int, tuple[Issue, ...]]) -> None:
        self.beginResetModel()
        self._courses = list(courses)
        self._issues = issues
        self.endResetModel()

    def courses(self) -> list[PlanCourseView]:
        return list(self._courses)

    def course_at(self, row: int) -> PlanCourseView | None:
        return self._courses[row] if 0 <= row < len(self._courses) else None

    def row_of(self, course_id: int) -> int | None:
        return next((i for i, c in enumerate(self._courses) if c.id == course_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._courses)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._courses[index.row()]
        issues = self._issues.get(c.id, ())
        if role == Qt.ItemDataRole.DisplayRole:
            return c.title if c.known else "Not in the catalog"
        if role == ID_ROLE:
            return c.id
        if role == CODE_ROLE:
            return c.code
        if role == LEVEL_ROLE:
            return c.level
        if role == CREDITS_ROLE:
            return credits_text(c.credits) if c.known else ""
        if role == DETAIL_ROLE:
            return self._detail(c)
        if role == BADGE_ROLE:
            return "CTE" if c.cte else ""
        if role == MARKER_ROLE:
            if any(i.severity == ERROR for i in issues):
                return "error"
            if not c.known:
                return "unknown"
            return "warning" if issues else None
        if role == ISSUE_COUNT_ROLE:
            return len(issues)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(c, issues)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{c.code} {c.title}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            parts = [self._detail(c), credits_words(c.credits)]
            parts += [f"{i.severity}: {i.message}" for i in issues]
            return "; ".join(parts)
        return None

    @staticmethod
    def _detail(c: PlanCourseView) -> str:
        parts = [c.code, SHORT_TERMS.get(c.term, c.term)]
        if c.status == "completed":
            parts.append("✓ " + (c.final_mark or "done"))
        elif c.status != "planned":
            parts.append(STATUS_LABELS.get(c.status, c.status))
        return " · ".join(parts)

    @staticmethod
    def _tooltip(c: PlanCourseView, issues: tuple[Issue, ...]) -> str:
        lines = [f"<b>{html.escape(c.title)}</b> ({html.escape(c.code)})"]
        if c.known:
            area = f" · {html.escape(c.subject_area)}" if c.subject_area else ""
            lines.append(f"{credits_words(c.credits)}{area}{' · CTE' if c.cte else ''}")
        else:
            lines.append("This course code is no longer in the catalog. It stays in the plan "
                         "but counts no credits.")
        lines.append(html.escape(TERM_LABELS.get(c.term, c.term)) + " · "
                     + html.escape(STATUS_LABELS.get(c.status, c.status))
                     + (f" · final mark {html.escape(c.final_mark)}" if c.final_mark else ""))
        for issue in issues:
            color = ERROR_COLOR if issue.severity == ERROR else WARNING_COLOR
            lines.append(f"<span style='color:{color.name()}'>●</span> "
                         f"{html.escape(issue.message)}")
        return "<br>".join(lines)

    # --- drag and drop -------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PLAN_COURSE_MIME, CATALOG_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = sorted({int(i.data(ID_ROLE)) for i in indexes if i.isValid()})
        mime.setData(PLAN_COURSE_MIME, json.dumps(ids).encode())
        mime.setText(" ".join(str(i.data(CODE_ROLE)) for i in indexes if i.isValid()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(PLAN_COURSE_MIME) or data.hasFormat(CATALOG_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if data.hasFormat(PLAN_COURSE_MIME):
            ids = [int(i) for i in json.loads(bytes(data.data(PLAN_COURSE_MIME).data()))]
            own = {c.id for c in self._courses}
            moved = [i for i in ids if i not in own]
            if moved:
                self.courses_dropped.emit(moved, self.level)
            return bool(moved)
        if data.hasFormat(CATALOG_MIME):
            codes = [str(c) for c in json.loads(bytes(data.data(CATALOG_MIME).data()))]
            if codes:
                self.codes_dropped.emit(codes, self.level)
            return bool(codes)
        return False


class CatalogModel(QAbstractListModel):
    """The course catalog (plain ``CourseRow``s), draggable onto grade columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CourseRow] = []
        self._search: list[str] = []

    def set_rows(self, rows: Sequence[CourseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [fold(f"{r.code} {r.title} {r.subject_area}") for r in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> CourseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def search_text(self, row: int) -> str:
        return self._search[row]

    def subject_areas(self) -> list[str]:
        return sorted({r.subject_area for r in self._rows if r.subject_area}, key=str.casefold)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.title
        if role == CODE_ROLE:
            return r.code
        if role == CREDITS_ROLE:
            return credits_text(r.credits)
        if role == DETAIL_ROLE:
            return f"{r.code} · {self._grades(r)} · {r.subject_area}"
        if role == BADGE_ROLE:
            return "CTE" if r.cte else ("DC" if r.dual_credit else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = [f"<b>{html.escape(r.title)}</b> ({html.escape(r.code)})",
                   f"{credits_words(r.credits)} · {html.escape(r.subject_area)} · "
                   f"{self._grades(r)}"]
            if r.cte:
                tip.append("Career and technical education course")
            if r.dual_credit:
                tip.append("Dual credit")
            if r.prerequisites:
                tip.append("Prerequisites: " + html.escape(", ".join(r.prerequisites)))
            tip.append("<i>Drag onto a grade, or press Enter to choose one.</i>")
            return "<br>".join(tip)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.code} {r.title}"
        return None

    @staticmethod
    def _grades(r: CourseRow) -> str:
        low = "PS" if r.grade_low == POSTSECONDARY else str(r.grade_low)
        high = "PS" if r.grade_high == POSTSECONDARY else str(r.grade_high)
        return f"grade {low}" if low == high else f"grades {low}–{high}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [CATALOG_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        codes = [str(i.data(CODE_ROLE)) for i in indexes if i.isValid()]
        mime.setData(CATALOG_MIME, json.dumps(codes).encode())
        mime.setText(" ".join(codes))
        return mime


class CatalogFilter(QSortFilterProxyModel):
    """Accent- and case-insensitive word filter plus an optional subject area."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._subject = ""

    def set_filter(self, text: str, subject: str = "") -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self._subject = subject
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CatalogModel)
        if self._subject:
            row = model.row_at(source_row)
            if row is None or row.subject_area != self._subject:
                return False
        text = model.search_text(source_row)
        return all(w in text for w in self._words)


class RequirementsModel(QAbstractTableModel):
    """Graduation requirement progress: subject, required, completed, planned, short."""

    HEADERS = ("Subject area", "Required", "Done", "Planned", "Short")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RequirementProgress] = []

    def set_rows(self, rows: Sequence[RequirementProgress]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return ("Subject area", "Credits required", "Credits completed",
                    "Credits planned or in progress", "Credits still missing")[section]
        if orientation == Qt.Orientation.Horizontal and \
                role == Qt.ItemDataRole.TextAlignmentRole:
            if section == 0:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "Total credits" if r.subject_area == TOTAL else r.subject_area
            if col == 4:
                return "✓ met" if r.met else format_number(r.shortfall)
            return format_number((r.required, r.completed, r.planned)[col - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QBrush(OK_COLOR if r.met else ERROR_COLOR)
        if role == Qt.ItemDataRole.FontRole and r.subject_area == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            name = "Total credits" if r.subject_area == TOTAL else r.subject_area
            state = "met" if r.met else f"{format_number(r.shortfall)} short"
            return (f"{name}: {format_number(r.required)} required, "
                    f"{format_number(r.completed)} completed, "
                    f"{format_number(r.planned)} planned — {state}")
        return None


# ====================================================================== views


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
        self._set_drop_target(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_target(False)
        if event.source() is self:  # order inside a grade is not kept: nothing to do
            event.ignore()
            return
        super().dropEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._drop_target:
            p = QPainter(self.viewport())
            p.fillRect(self.viewport().rect(), _blend(
                self.palette().color(QPalette.ColorRole.Base),
                self.palette().color(QPalette.ColorRole.Highlight), 0.12))
            p.end()
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            p = QPainter(self.viewport())
            p.setPen(self.palette().color(QPalette.ColorGroup.Disabled,
                                          QPalette.ColorRole.Text))
            p.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                           | Qt.TextFlag.TextWordWrap), self.empty_text)
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


class GradeColumn(QFrame):
    """Header (grade, credits) over a course list."""

    def __init__(self, level: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName("GradeColumn")
        self.model = GradeColumnModel(level, self)
        self.title = QLabel(level_label(level))
        self.title.setObjectName("GradeTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.title.setFont(font)
        self.credits = QLabel(credits_text(0))
        self.credits.setObjectName("GradeCredits")
        self.credits.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hint = ("Drop courses here, or select one in the catalog and press Enter"
                if level != POSTSECONDARY else "Postsecondary courses (dual credit, "
                "certificates, college)")
        self.view = CourseListView(hint)
        self.view.setModel(self.model)
        name = level_label(level)
        self.view.setAccessibleName(f"{name} courses")
        self.view.setToolTip(f"{name}: drag courses here. Ctrl+Left/Right moves the selected "
                             "course a grade; Delete removes it; the menu key edits term, "
                             "status and final mark.")
        head = QHBoxLayout()
        head.setContentsMargins(6, 4, 6, 2)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.credits)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)

    def set_credits(self, value: float, over: str = "") -> None:
        self.credits.setText(credits_text(value))
        self.credits.setToolTip(over or f"{credits_words(value)} in "
                                        f"{level_label(self.level).lower()}")
        self.credits.setStyleSheet(f"color: {WARNING_COLOR.name()}; font-weight: bold;"
                                   if over else "")

    def selected_courses(self) -> list[PlanCourseView]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        courses = [self.model.course_at(r) for r in rows]
        result = [c for c in courses if c is not None]
        if not result:
            current = self.model.course_at(self.view.currentIndex().row())
            if current is not None and self.view.currentIndex().isValid():
                result = [current]
        return result

    def select_course(self, course_id: int, focus: bool = False) -> bool:
        row = self.model.row_of(course_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if focus:
            self.view.setFocus()
        return True


# ====================================================================== panels


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

    def _refilter(self) -> None:
        self.proxy.set_filter(self.search.text(), str(self.subject.currentData() or ""))
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(f"{shown} of {total}" if shown != total else f"{total} courses")
        if shown and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

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


class RulesPanel(QWidget):
    """Issues (errors, then warnings), requirement progress and CTE concentrator status."""

    course_activated = Signal(int)  # plan course id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ValidationResult | None = None
        self.issues = QTextBrowser()
        self.issues.setOpenLinks(False)
        self.issues.setAccessibleName(self.tr("Plan checks"))
        self.issues.setToolTip(self.tr("Problems found in the plan; click a course to select "
                                       "it. Checks never block saving."))
        self.issues.anchorClicked.connect(self._anchor)
        self.requirements = RequirementsModel(self)
        self.req_view = QTableView()
        self.req_view.setModel(self.requirements)
        self.req_view.setAccessibleName(self.tr("Graduation requirements"))
        self.req_view.setToolTip(self.tr("Credits toward graduation requirements (grades 9-12)"))
        self.req_view.verticalHeader().hide()
        self.req_view.setAlternatingRowColors(True)
        self.req_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.req_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.req_view.setShowGrid(False)
        header = self.req_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.req_view.verticalHeader().setMinimumSectionSize(1)
        self.req_view.verticalHeader().setDefaultSectionSize(
            self.req_view.fontMetrics().height() + 2)
        self.cte = QLabel()
        self.cte.setWordWrap(True)
        self.cte.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.cte.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cte.setAccessibleName(self.tr("CTE concentrator status"))

        issues_box = self._box(self.tr("Issues"), self.issues)
        req_box = self._box(self.tr("Graduation requirements"), self.req_view)
        cte_box = self._box(self.tr("CTE concentrator"), self.cte)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(issues_box, 11)
        lay.addWidget(req_box, 9)
        lay.addWidget(cte_box, 5)

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 2, 4, 4)
        lay.addWidget(widget)
        return box

    def show_result(self, result: ValidationResult, courses: dict[int, PlanCourseView]) -> None:
        self.result = result
        self.issues.setHtml(self._issues_html(result, courses))
        self.requirements.set_rows(result.requirements)
        self.cte.setText(self._cte_html(result))

    @staticmethod
    def _issues_html(result: ValidationResult, courses: dict[int, PlanCourseView]) -> str:
        if not result.issues:
            return (f"<p style='color:{OK_COLOR.name()}'><b>✓ No problems found.</b></p>"
                    "<p>Prerequisites, grade limits, credit loads and graduation "
                    "requirements all check out.</p>")
        parts = []
        for severity, title, color in ((ERROR, "Errors", ERROR_COLOR),
                                       (WARNING, "Warnings", WARNING_COLOR)):
            items = [i for i in result.issues if i.severity == severity]
            if not items:
                continue
            parts.append(f"<p style='margin:2px 0'><b style='color:{color.name()}'>{title} "
                         f"({len(items)})</b></p><ul style='margin:0 0 6px -20px'>")
            for issue in items:
                text = html.escape(issue.message)
                if issue.plan_course_id is not None and issue.plan_course_id in courses:
                    text = (f"<a href='course:{issue.plan_course_id}' "
                            f"style='color:palette(text); text-decoration:none'>{text}</a>")
                parts.append(f"<li style='margin-bottom:2px'>{text}</li>")
            parts.append("</ul>")
        return "".join(parts)

    @staticmethod
    def _cte_html(result: ValidationResult) -> str:
        c = result.concentrator
        unit = "CTE courses" if c.mode == "courses" else "CTE credits"
        amount = f"{format_number(c.amount)} {unit} ({format_number(c.threshold)} needed)"
        if c.met:
            head = f"<b style='color:{OK_COLOR.name()}'>✓ Concentrator</b>"
        else:
            head = f"<b style='color:{WARNING_COLOR.name()}'>Not yet a concentrator</b>"
        lines = [head, amount]
        if c.program_code:
            lines.append(f"in <i>{html.escape(c.program_name)}</i> "
                         f"({html.escape(c.program_code)})")
        else:
            lines.append("No CTE courses of a program of study in the plan.")
        if c.counted:
            lines.append("Counted: " + html.escape(", ".join(c.counted)))
        return "<br>".join(lines)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("course:"):
            self.course_activated.emit(int(text.split(":", 1)[1]))

    def issue_messages(self) -> list[tuple[str, str]]:
        """(severity, message) of what the panel shows (for tests and accessibility)."""
        if self.result is None:
            return []
        return [(i.severity, i.message) for i in self.result.issues]


class PlanDetailsPanel(QWidget):
    """Career goal, postsecondary goal and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.career = QComboBox()
        self.career.setEditable(True)
        self.career.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.career.setMaxVisibleItems(15)
        edit = self.career.lineEdit()
        assert edit is not None
        self.career_edit: QLineEdit = edit
        self.career_edit.setPlaceholderText(
            self.tr("Pick an occupation or type a goal in your own words"))
        self.career.setAccessibleName(self.tr("Career goal"))
        self.career.setToolTip(self.tr("An occupation from the data (type to search) or any "
                                       "goal in free text"))
        completer = QCompleter(self.career.model(), self.career)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.career.setCompleter(completer)
        self.ps_type = QComboBox()
        for t in POSTSECONDARY_TYPES:
            self.ps_type.addItem(t or "—", t)
        self.ps_type.setAccessibleName(self.tr("Postsecondary goal type"))
        self.ps_type.setToolTip(self.tr("What the student plans after high school"))
        self.institution = QLineEdit()
        self.institution.setPlaceholderText(self.tr("Institution and program, e.g. Valley "
                                                    "Community College — Welding AAS"))
        self.institution.setAccessibleName(self.tr("Postsecondary institution and program"))
        self.institution.setToolTip(self.tr("Where and what the student plans to study"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes on this plan (saved as you type)"))
        self.notes.setAccessibleName(self.tr("Plan notes"))
        self.notes.setToolTip(self.tr("Saved automatically after a short pause"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("Career &goal"), self.career),
                             (self.tr("&After high school"), self.ps_type),
                             (self.tr("&Institution / program"), self.institution)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        notes_label = QLabel(self.tr("N&otes"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addLayout(form)

    def set_occupations(self, occupations: Sequence[OccupationInfo]) -> None:
        text = self.career.currentText()
        self.career.blockSignals(True)
        self.career.clear()
        for o in occupations:
            self.career.addItem(f"{o.title} ({o.soc})", o.soc)
        self.career.setCurrentIndex(-1)
        self.career.setEditText(text)
        self.career.blockSignals(False)

    def career_value(self) -> tuple[str | None, str]:
        """(soc, free text) for what the career box shows."""
        text = self.career.currentText().strip()
        i = self.career.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            return str(self.career.itemData(i)), ""
        return None, text


class CommentsPanel(QWidget):
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Counselor comments"))
        self.list.setToolTip(self.tr("Dated comments on this plan, oldest first"))
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Write a comment and press Enter"))
        self.entry.setAccessibleName(self.tr("New comment"))
        self.entry.setToolTip(self.tr("A dated comment signed with your counselor name"))
        self.add = QPushButton(self.tr("Add &comment"))
        self.add.setToolTip(self.tr("Add the comment to the plan"))
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        self.entry.returnPressed.connect(self._add)
        self.add.clicked.connect(self._add)

    def _add(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self.add_requested.emit(text)

    def set_comments(self, view: PlanView) -> None:
        self.list.clear()
        for c in view.comments:
            when = f"{c.created_at.strftime('%b')} {c.created_at.day}, {c.created_at.year} " \
                   f"{c.created_at.strftime('%H:%M')}"
            item = QListWidgetItem(f"{when} — {c.author or 'unknown'}\n{c.text}")
            item.setToolTip(c.text)
            self.list.addItem(item)
        if not view.comments:
            item = QListWidgetItem(self.tr("No comments yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)


# ====================================================================== the editor


class PlanEditor(QWidget):
    """Edit one plan. ``load(plan_id)`` shows it; every change is saved and undoable."""

    back_requested = Signal()
    plan_loaded = Signal(object)  # plan id or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: int | None = None
        self.view: PlanView | None = None
        self.result: ValidationResult | None = None
        self._catalog: dict[str, CourseRow] = {}
        self._catalog_loaded = False
        self._occupations_loaded = False
        self._pending_select: int | None = None
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self.setObjectName("PlanEditor")

        # --- header ---
        self.back = QToolButton()
        self.back.setText(self.tr("← Students"))
        self.back.setToolTip(self.tr("Back to the student list (Esc)"))
        self.back.setAccessibleName(self.tr("Back to students"))
        self.back.setAutoRaise(True)
        self.name = QLineEdit()
        self.name.setObjectName("PlanName")
        self.name.setAccessibleName(self.tr("Plan name"))
        self.name.setToolTip(self.tr("Name of this plan; press Enter to rename"))
        name_font = self.name.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.3)
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.name.setFrame(False)
        self.name.setMinimumWidth(200)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PlanSubtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QComboBox()
        for s in PLAN_STATUSES:
            self.status.addItem(s.capitalize(), s)
        self.status.setAccessibleName(self.tr("Plan status"))
        self.status.setToolTip(self.tr("Draft, reviewed or approved; records your name and "
                                       "the time"))
        self.status_info = QLabel()
        self.status_info.setObjectName("StatusInfo")
        self.saved = QLabel()
        self.saved.setObjectName("SavedLabel")
        self.saved.setToolTip(self.tr("Every change is saved at once; Ctrl+Z undoes, "
                                      "Ctrl+Shift+Z redoes"))
        self.summary = QLabel()
        self.summary.setObjectName("PlanSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        title_col = QVBoxLayout()
        title_col.setSpacing(0)
        title_col.addWidget(self.name)
        title_col.addWidget(self.subtitle)
        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.status)
        right_col = QVBoxLayout()
        right_col.setSpacing(2)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status)
        right_col.addLayout(status_row)
        right_col.addWidget(self.status_info, 0, Qt.AlignmentFlag.AlignRight)
        header = QHBoxLayout()
        header.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(title_col, 1)
        header.addLayout(right_col)

        status_bar = QHBoxLayout()
        status_bar.setContentsMargins(4, 0, 4, 0)
        status_bar.addWidget(self.summary, 1)
        status_bar.addWidget(self.saved)

        # --- catalog ---
        self.catalog = CatalogPanel()
        self.catalog.setMinimumWidth(220)

        # --- grade columns ---
        self.columns: dict[int, GradeColumn] = {}
        grid = QHBoxLayout()
        grid.setSpacing(6)
        for level in GRADE_LEVELS:
            col = GradeColumn(level)
            self.columns[level] = col
            grid.addWidget(col, 1)
            col.model.codes_dropped.connect(self._codes_dropped)
            col.model.courses_dropped.connect(self._courses_dropped)
            col.view.move_requested.connect(lambda step, lv=level: self.move_selected(lv, step))
            col.view.remove_requested.connect(lambda lv=level: self.remove_selected(lv))
            col.view.neighbour_requested.connect(
                lambda step, lv=level: self._focus_neighbour(lv, step))
            col.view.menu_requested.connect(lambda pos, lv=level: self._course_menu(lv, pos))
        self.total = QLabel()
        self.total.setObjectName("TotalCredits")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        columns_box = QWidget()
        cb = QVBoxLayout(columns_box)
        cb.setContentsMargins(0, 0, 0, 0)
        cb.setSpacing(2)
        cb.addLayout(grid, 1)
        cb.addWidget(self.total)

        # --- bottom tabs ---
        self.rules = RulesPanel()
        self.details = PlanDetailsPanel()
        self.comments = CommentsPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.rules, self.tr("Checks"))
        self.tabs.addTab(self.details, self.tr("Goals && notes"))
        self.tabs.addTab(self.comments, self.tr("Comments"))
        self.tabs.setAccessibleName(self.tr("Plan checks and details"))

        self.vsplit = QSplitter(Qt.Orientation.Vertical)
        self.vsplit.addWidget(columns_box)
        self.vsplit.addWidget(self.tabs)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 0)
        self.vsplit.setChildrenCollapsible(False)
        self.hsplit = QSplitter(Qt.Orientation.Horizontal)
        self.hsplit.addWidget(self.catalog)
        self.hsplit.addWidget(self.vsplit)
        self.hsplit.setStretchFactor(0, 0)
        self.hsplit.setStretchFactor(1, 1)
        self.hsplit.setSizes([270, 1000])
        self.vsplit.setSizes([480, 215])
        self.hsplit.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        lay.addLayout(header)
        lay.addLayout(status_bar)
        lay.addWidget(self.hsplit, 1)
        self.setStyleSheet(
            "#GradeColumn { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
            "#GradeColumn QListView { border: none; background: palette(window); }"
            "#PlanSubtitle, #StatusInfo, #SavedLabel { color: palette(dark); }"
            "#PlanName { background: transparent; border: 1px solid transparent;"
            " border-radius: 3px; }"
            "#PlanName:hover { border-color: palette(mid); }"
            "#PlanName:focus { background: palette(base); border-color: palette(highlight); }"
            "#TotalCredits { font-weight: bold; padding: 2px 4px; }")

        # --- wiring ---
        self.back.clicked.connect(self._back)
        # (Ctrl+F belongs to the main window's Find; it can call focus_search().)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._back)
        self.catalog.add_requested.connect(self._catalog_add)
        self.rules.course_activated.connect(self.select_course)
        self.name.editingFinished.connect(self._save_name)
        self.status.activated.connect(self._status_chosen)
        self.details.career.activated.connect(lambda *_: self._save_career())
        self.details.career_edit.editingFinished.connect(self._save_career)
        self.details.ps_type.activated.connect(lambda *_: self._save_postsecondary())
        self.details.institution.editingFinished.connect(self._save_postsecondary)
        self.details.notes.textChanged.connect(self._notes_edited)
        self.details.notes.installEventFilter(self)
        self.comments.add_requested.connect(self.add_comment)
        self.ctx.bus.plan_changed.connect(self._plan_changed)
        self.ctx.bus.reference_changed.connect(self._reference_changed)
        self.ctx.bus.settings_changed.connect(self._settings_changed)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.back, self.name, self.status, self.catalog.search,
                                self.catalog.subject, self.catalog.view,
                                self.catalog.add_button]
        chain += [self.columns[level].view for level in GRADE_LEVELS]
        chain += [self.tabs]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # --- loading ---------------------------------------------------------------------
    def load(self, plan_id: int) -> None:
        self._flush_notes()
        if not self._catalog_loaded:
            self._load_catalog()
        if not self._occupations_loaded:
            self.details.set_occupations(browse.list_occupations(self.ctx.db))
            self._occupations_loaded = True
        changed = plan_id != self.plan_id
        self.plan_id = plan_id
        self.refresh()
        if changed:
            self.tabs.setCurrentIndex(0)
            self.plan_loaded.emit(self.plan_id)

    def _load_catalog(self) -> None:
        rows = browse.catalog(self.ctx.db)
        self._catalog = {r.code: r for r in rows}
        self.catalog.set_rows(rows)
        self._catalog_loaded = True

    def refresh(self) -> None:
        """Reload the plan and its checks from the database."""
        if self.plan_id is None:
            return
        try:
            view = plans.load_plan(self.ctx.db, self.plan_id)
        except LookupError:
            self.view = None
            self.plan_id = None
            self.plan_loaded.emit(None)
            self.back_requested.emit()
            return
        result = plans.validate(self.ctx.db, self.plan_id, self.ctx.settings())
        self._show(view, result)

    def _show(self, view: PlanView, result: ValidationResult) -> None:
        selected = self._pending_select
        focus_level: int | None = None
        if selected is None:
            for level, col in self.columns.items():
                if col.view.hasFocus():
                    focus_level = level
                    courses = col.selected_courses()
                    selected = courses[0].id if courses else None
        self.view, self.result = view, result
        by_id = {c.id: c for c in view.courses}
        issues = {c.id: result.issues_for(c.id) for c in view.courses}
        over = {i.level: i.message for i in result.issues
                if i.rule == "credit_load" and i.level is not None}
        for level, col in self.columns.items():
            col.model.set_courses(view.courses_at(level), issues)
            col.set_credits(result.credits_by_level.get(level, 0.0), over.get(level, ""))
        ps = result.credits_by_level.get(POSTSECONDARY, 0.0)
        total = f"Total, grades 9–12: {credits_words(result.total_credits)}"
        if ps:
            total += f"   ·   Postsecondary: {credits_words(ps)}"
        self.total.setText(total)
        self.rules.show_result(result, by_id)
        self._show_summary(result)
        self._show_header(view)
        self._show_details(view)
        self.comments.set_comments(view)
        if selected is not None and selected in by_id:
            course = by_id[selected]
            focus = self._pending_select is not None or focus_level is not None
            self.columns[course.level].select_course(selected, focus=focus)
        elif focus_level is not None:
            col = self.columns[focus_level]
            if col.model.rowCount():
                col.view.setCurrentIndex(col.model.index(0, 0))
        self._pending_select = None

    def _show_summary(self, result: ValidationResult) -> None:
        errors, warnings = result.error_count, result.warning_count
        parts = []
        if errors:
            parts.append(f"<b style='color:{ERROR_COLOR.name()}'>{errors} "
                         f"error{'s' if errors != 1 else ''}</b>")
        if warnings:
            parts.append(f"<b style='color:{WARNING_COLOR.name()}'>{warnings} "
                         f"warning{'s' if warnings != 1 else ''}</b>")
        if not parts:
            parts.append(f"<b style='color:{OK_COLOR.name()}'>✓ No problems</b>")
        total_req = next((r for r in result.requirements if r.subject_area == TOTAL), None)
        if total_req is not None:
            have = total_req.completed + total_req.planned
            parts.append(f"{format_number(have)} of {format_number(total_req.required)} "
                         "credits toward graduation")
        else:
            parts.append(credits_words(result.total_credits))
        c = result.concentrator
        parts.append("CTE concentrator ✓" if c.met else
                     f"CTE {format_number(c.amount)}/{format_number(c.threshold)}")
        self.summary.setText("   ·   ".join(parts))
        self.tabs.setTabText(0, f"Checks ({errors + warnings})" if errors + warnings
                             else "Checks ✓")

    def _show_header(self, view: PlanView) -> None:
        if not self.name.hasFocus():
            self.name.setText(view.name)
        student = self._student_name(view.student_pk)
        program = view.program_name or "Blank plan"
        if view.cluster_name:
            program += f" — {view.cluster_name}"
        active = "Active plan" if view.is_active else "What-if plan"
        self.subtitle.setText(f"{student}   ·   {program}   ·   {active}")
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(self.status.findData(view.status), 0))
        self.status.blockSignals(False)
        if view.status_at is not None and view.status != "draft":
            who = f" by {view.status_by}" if view.status_by else ""
            self.status_info.setText(f"{view.status.capitalize()}{who} · "
                                     f"{changed_at_text(view.status_at)}")
        elif view.status_at is not None:
            who = f" by {view.status_by}" if view.status_by else ""
            self.status_info.setText(f"Back to draft{who} · {changed_at_text(view.status_at)}")
        else:
            self.status_info.setText("Not reviewed yet")
        self.saved.setText(f"Saved · last change {changed_at_text(view.updated_at)}")

    def _student_name(self, student_pk: int) -> str:
        from counselor_app.services import students

        detail = students.get_student(self.ctx.db, student_pk)
        if detail is None:
            return ""
        d = detail.data
        return f"{d.preferred_name or d.first_name} {d.last_name} ({d.student_id}), " \
               f"grade {d.grade}"

    def _show_details(self, view: PlanView) -> None:
        d = self.details
        career_text = view.career_goal if view.career_goal_soc else view.career_goal_text
        if not d.career_edit.hasFocus():
            d.career.blockSignals(True)
            i = d.career.findData(view.career_goal_soc) if view.career_goal_soc else -1
            if i >= 0:
                d.career.setCurrentIndex(i)
            else:
                d.career.setCurrentIndex(-1)
                d.career.setEditText(career_text)
            d.career.blockSignals(False)
        d.ps_type.blockSignals(True)
        i = d.ps_type.findData(view.postsecondary_type)
        if i < 0:
            d.ps_type.addItem(view.postsecondary_type, view.postsecondary_type)
            i = d.ps_type.count() - 1
        d.ps_type.setCurrentIndex(i)
        d.ps_type.blockSignals(False)
        if not d.institution.hasFocus() or d.institution.text() == "":
            d.institution.setText(view.postsecondary_institution)
        if d.notes.toPlainText() != view.notes and not self._notes_timer.isActive():
            d.notes.blockSignals(True)
            cursor = d.notes.textCursor().position()
            d.notes.setPlainText(view.notes)
            c = d.notes.textCursor()
            c.setPosition(min(cursor, len(view.notes)))
            d.notes.setTextCursor(c)
            d.notes.blockSignals(False)

    # --- bus -------------------------------------------------------------------------
    def _plan_changed(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self.refresh()

    def _reference_changed(self) -> None:
        self._catalog_loaded = False
        self._occupations_loaded = False
        if self.plan_id is not None:
            self._load_catalog()
            self.details.set_occupations(browse.list_occupations(self.ctx.db))
            self._occupations_loaded = True
            self.refresh()

    def _settings_changed(self) -> None:
        if self.plan_id is not None:
            self.refresh()

    # --- course actions --------------------------------------------------------------
    def add_course(self, code: str, level: int, term: str = "year") -> int | None:
        """Add a catalog course to a grade (undoable); returns the new planned course id."""
        if self.plan_id is None:
            return None
        cmd = AddCourseCommand(self.ctx, self.plan_id, code, level, term)
        self.ctx.undo.push(cmd)  # redo() runs now; the id exists only afterwards
        new_id = cmd.course_id
        if new_id is not None:
            self.select_course(new_id, focus=False)
        return new_id

    def move_course(self, course_id: int, level: int) -> None:
        course = self._course(course_id)
        if self.plan_id is None or course is None or course.level == level:
            return
        self._pending_select = course_id
        self.ctx.undo.push(MoveCourseCommand(self.ctx, self.plan_id, course_id, course.code,
                                             level))

    def remove_course(self, course_id: int) -> None:
        course = self._course(course_id)
        if self.plan_id is None or course is None:
            return
        self.ctx.undo.push(RemoveCourseCommand(self.ctx, self.plan_id, course_id, course.code))

    def update_course(self, course_id: int, **new: str) -> None:
        course = self._course(course_id)
        if self.plan_id is None or course is None:
            return
        old = {key: getattr(course, key) for key in new}
        if old == new:
            return
        self._pending_select = course_id
        self.ctx.undo.push(UpdateCourseCommand(self.ctx, self.plan_id, course_id, course.code,
                                               old, new))

    def move_selected(self, level: int, step: int) -> None:
        levels = list(GRADE_LEVELS)
        i = levels.index(level) + step
        if not 0 <= i < len(levels):
            return
        courses = self.columns[level].selected_courses()
        if not courses:
            return
        target = levels[i]
        if len(courses) > 1:
            self.ctx.undo.beginMacro(f"Move {len(courses)} courses to {level_label(target)}")
        for c in courses:
            self.move_course(c.id, target)
        if len(courses) > 1:
            self.ctx.undo.endMacro()
        self.columns[target].select_course(courses[0].id, focus=True)

    def remove_selected(self, level: int) -> None:
        courses = self.columns[level].selected_courses()
        if not courses:
            return
        row = self.columns[level].view.currentIndex().row()
        if len(courses) > 1:
            self.ctx.undo.beginMacro(f"Remove {len(courses)} courses")
        for c in courses:
            self.remove_course(c.id)
        if len(courses) > 1:
            self.ctx.undo.endMacro()
        col = self.columns[level]
        if col.model.rowCount():
            col.view.setCurrentIndex(col.model.index(min(row, col.model.rowCount() - 1), 0))
            col.view.setFocus()

    def select_course(self, course_id: int, focus: bool = True) -> None:
        for col in self.columns.values():
            if col.select_course(course_id, focus=focus):
                return

    def _course(self, course_id: int) -> PlanCourseView | None:
        if self.view is None:
            return None
        return next((c for c in self.view.courses if c.id == course_id), None)

    def _codes_dropped(self, codes: list[str], level: int) -> None:
        # deferred: the drop is still being delivered when the signal arrives
        QTimer.singleShot(0, lambda: self._add_codes(codes, level))

    def _add_codes(self, codes: list[str], level: int) -> None:
        if len(codes) > 1:
            self.ctx.undo.beginMacro(f"Add {len(codes)} courses")
        for code in codes:
            self.add_course(code, level)
        if len(codes) > 1:
            self.ctx.undo.endMacro()

    def _courses_dropped(self, ids: list[int], level: int) -> None:
        QTimer.singleShot(0, lambda: self._move_ids(ids, level))

    def _move_ids(self, ids: list[int], level: int) -> None:
        if len(ids) > 1:
            self.ctx.undo.beginMacro(f"Move {len(ids)} courses to {level_label(level)}")
        for pk in ids:
            self.move_course(pk, level)
        if len(ids) > 1:
            self.ctx.undo.endMacro()

    def _catalog_add(self, code: str) -> None:
        course = self._catalog.get(code)
        if course is None:
            return
        level = self.ask_level(course)
        if level is not None:
            self.add_course(code, level)
            self.catalog.view.setFocus()

    def ask_level(self, course: CourseRow) -> int | None:
        """Which grade to add ``course`` to: a small menu at the catalog selection."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Add to grade"))
        menu.setToolTipsVisible(True)
        default = default_level(course.grade_low)
        chosen: dict[QAction, int] = {}
        title = menu.addAction(f"Add {course.code} to…")
        title.setEnabled(False)
        default_action = None
        for i, level in enumerate(GRADE_LEVELS, start=1):
            allowed = course.grade_low <= level <= course.grade_high
            text = f"&{i}  {level_label(level)}" + ("" if allowed else "  (outside its grades)")
            action = menu.addAction(text)
            if not allowed:
                action.setToolTip(f"{course.title} is for grades {course.grade_low}-"
                                  f"{course.grade_high}; it will be flagged")
            chosen[action] = level
            if level == default:
                default_action = action
        rect = self.catalog.view.visualRect(self.catalog.view.currentIndex())
        pos = self.catalog.view.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid()
                                                       else QPoint(0, 0))
        if default_action is not None:
            menu.setActiveAction(default_action)
        picked = menu.exec(pos, default_action)
        return chosen.get(picked) if picked is not None else None

    def _focus_neighbour(self, level: int, step: int) -> None:
        levels = list(GRADE_LEVELS)
        i = levels.index(level) + step
        if 0 <= i < len(levels):
            col = self.columns[levels[i]]
            row = self.columns[level].view.currentIndex().row()
            col.view.setFocus()
            if col.model.rowCount():
                col.view.setCurrentIndex(col.model.index(
                    max(0, min(row, col.model.rowCount() - 1)), 0))
        elif step < 0:
            self.catalog.view.setFocus()

    def _course_menu(self, level: int, pos: QPoint) -> None:
        courses = self.columns[level].selected_courses()
        if not courses:
            return
        course = courses[0]
        menu = QMenu(self)
        term_menu = menu.addMenu(self.tr("&Term"))
        group = QActionGroup(term_menu)
        for term in TERMS:
            a = term_menu.addAction(TERM_LABELS[term])
            a.setCheckable(True)
            a.setChecked(course.term == term)
            group.addAction(a)
            a.triggered.connect(lambda _=False, t=term: self._set_for(courses, term=t))
        status_menu = menu.addMenu(self.tr("&Status"))
        group2 = QActionGroup(status_menu)
        for status in STATUSES:
            a = status_menu.addAction(STATUS_LABELS[status])
            a.setCheckable(True)
            a.setChecked(course.status == status)
            group2.addAction(a)
            a.triggered.connect(lambda _=False, s=status: self._set_for(courses, status=s))
        mark = menu.addAction(self.tr("Final &mark…"))
        mark.triggered.connect(lambda: self._ask_mark(course))
        move_menu = menu.addMenu(self.tr("Move &to"))
        for lv in GRADE_LEVELS:
            a = move_menu.addAction(level_label(lv))
            a.setEnabled(lv != level)
            a.triggered.connect(lambda _=False, t=lv: self._move_ids([c.id for c in courses], t))
        menu.addSeparator()
        left = menu.addAction(self.tr("Move one grade earlier"))
        left.setShortcut(QKeySequence("Ctrl+Left"))
        left.setEnabled(level != GRADE_LEVELS[0])
        left.triggered.connect(lambda: self.move_selected(level, -1))
        right = menu.addAction(self.tr("Move one grade later"))
        right.setShortcut(QKeySequence("Ctrl+Right"))
        right.setEnabled(level != GRADE_LEVELS[-1])
        right.triggered.connect(lambda: self.move_selected(level, 1))
        menu.addSeparator()
        remove = menu.addAction(self.tr("&Remove from plan"))
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.triggered.connect(lambda: self.remove_selected(level))
        menu.exec(pos)

    def _set_for(self, courses: list[PlanCourseView], **values: str) -> None:
        if len(courses) > 1:
            self.ctx.undo.beginMacro(f"Change {len(courses)} courses")
        for c in courses:
            self.update_course(c.id, **values)
        if len(courses) > 1:
            self.ctx.undo.endMacro()

    def _ask_mark(self, course: PlanCourseView) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Final mark"),
            self.tr(f"Final mark for {course.title} (e.g. A, B+, 92, P):"),
            QLineEdit.EchoMode.Normal, course.final_mark)
        if ok:
            values = {"final_mark": text.strip()[:10]}
            if text.strip() and course.status != "completed":
                values["status"] = "completed"
            self.update_course(course.id, **values)

    # --- plan fields -----------------------------------------------------------------
    def _push_fields(self, new: dict[str, str | None], text: str) -> None:
        if self.plan_id is None or self.view is None:
            return
        old = {key: getattr(self.view, key) for key in new}
        if old == new:
            return
        self.ctx.undo.push(UpdatePlanFieldsCommand(self.ctx, self.plan_id, old, new, text))

    def _save_name(self) -> None:
        name = self.name.text().strip()
        if not name and self.view is not None:
            self.name.setText(self.view.name)
            return
        self._push_fields({"name": name}, f"Rename plan to {name}")

    def _save_career(self) -> None:
        soc, text = self.details.career_value()
        self._push_fields({"career_goal_soc": soc, "career_goal_text": text},
                          "Change career goal")

    def _save_postsecondary(self) -> None:
        self._push_fields({"postsecondary_type": str(self.details.ps_type.currentData() or ""),
                           "postsecondary_institution": self.details.institution.text().strip()},
                          "Change postsecondary goal")

    def _notes_edited(self) -> None:
        self._notes_timer.start()

    def _save_notes(self) -> None:
        self._notes_timer.stop()
        self._push_fields({"notes": self.details.notes.toPlainText()}, "Edit notes")

    def _flush_notes(self) -> None:
        if self._notes_timer.isActive():
            self._save_notes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.details.notes and event.type() == QEvent.Type.FocusOut:
            self._flush_notes()
        return super().eventFilter(watched, event)

    def counselor_name(self) -> str:
        name = self.ctx.settings().counselor_name.strip()
        if name:
            return name
        try:
            return getpass.getuser()
        except Exception:  # no user name in this environment
            return ""

    def _status_chosen(self) -> None:
        status = str(self.status.currentData())
        self.set_status(status)

    def set_status(self, status: str) -> None:
        if self.plan_id is None or self.view is None or status == self.view.status:
            return
        old = (self.view.status, self.view.status_by, self.view.status_at)
        self.ctx.undo.push(SetPlanStatusCommand(self.ctx, self.plan_id, status,
                                                self.counselor_name(), old))

    def add_comment(self, text: str) -> None:
        if self.plan_id is None or not text.strip():
            return
        self.ctx.undo.push(AddCommentCommand(self.ctx, self.plan_id, self.counselor_name(),
                                             text.strip()))

    # --- navigation ------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the catalog search box."""
        self.catalog.search.setFocus()
        self.catalog.search.selectAll()

    def _back(self) -> None:
        self._flush_notes()
        if self.name.hasFocus():
            self._save_name()
        self.back_requested.emit()

    def hideEvent(self, event: Any) -> None:
        self._flush_notes()
        super().hideEvent(event)

    def column(self, level: int) -> GradeColumn:
        return self.columns[level]

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)


__all__ = ["PlanEditor", "GradeColumnModel", "CatalogModel", "CatalogFilter",
           "RequirementsModel", "default_level"]
