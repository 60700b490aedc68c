"""Widgets of the plan editor: course cards, grade columns, catalog and side panels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
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
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.base import POSTSECONDARY, level_label
from counselor_app.services.browse import CourseRow, OccupationInfo
from counselor_app.services.plan_years import ColumnYear
from counselor_app.services.plans import POSTSECONDARY_TYPES, PlanCourseView, PlanView
from counselor_app.services.school_years import Phase, year_label
from counselor_app.ui.plan_models import (
    BADGE_ROLE,
    CATALOG_MIME,
    CREDITS_ROLE,
    CTE_COLOR,
    DETAIL_ROLE,
    ISSUE_COUNT_ROLE,
    MARKER_ROLE,
    PLAN_COURSE_MIME,
    UNKNOWN_COLOR,
    WARNING_COLOR,
    CatalogFilter,
    CatalogModel,
    GradeColumnModel,
    credits_text,
    credits_words,
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
        # "Grade 9 · 2025–26 (done)" wraps in a narrow column instead of widening the
        # editor past a 1024-pixel screen
        self.title.setWordWrap(True)
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
        head.addWidget(self.title, 1)
        head.addWidget(self.credits, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)

    def set_year(self, year: ColumnYear | None) -> None:
        """'Grade 10 · 2024–25', with past years marked as history."""
        text = level_label(self.level)
        if year is not None and year.school_year is not None:
            text += f" · {year_label(year.school_year)}"
        past = year is not None and year.phase is Phase.PAST
        current = year is not None and year.phase is Phase.CURRENT
        self.title.setText(text + (" " + self.tr("(done)") if past
                                   else " " + self.tr("(now)") if current else ""))
        self.title.setToolTip(self.tr("A past year: courses come from the transcript or are "
                                      "marked completed") if past else
                              self.tr("The current school year") if current else "")
        self.setProperty("phase", year.phase.value if year else "future")
        self.style().unpolish(self)
        self.style().polish(self)

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


class PlanDetailsPanel(QWidget):
    """Career goal, postsecondary goal and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.career = QComboBox()
        self.career.setEditable(True)
        self.career.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.career.setMaxVisibleItems(15)
        # long occupation titles must not widen the editor past a 1024-pixel screen
        self.career.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.career.setMinimumContentsLength(24)
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
        self.notes.setPlaceholderText(self.tr("Only counselors see these; they never print "
                                              "(saved as you type)"))
        self.notes.setAccessibleName(self.tr("Counselor-only notes"))
        self.notes.setToolTip(self.tr("Never printed. Saved automatically after a short pause"))
        self.family_notes = QPlainTextEdit()
        self.family_notes.setTabChangesFocus(True)
        self.family_notes.setPlaceholderText(self.tr("Printed on the family's copy (saved as "
                                                     "you type)"))
        self.family_notes.setAccessibleName(self.tr("Notes for the family"))
        self.family_notes.setToolTip(self.tr("Printed on the plan. Saved automatically after "
                                             "a short pause"))
        self.first_level = QComboBox()
        for level in (9, 8, 7, 6):
            self.first_level.addItem(self.tr("Grade %d") % level, level)
        self.first_level.setAccessibleName(self.tr("Plan starts in grade"))
        self.first_level.setToolTip(self.tr("Start in grade 6, 7 or 8 to plan middle-school "
                                            "years and courses taken for high-school credit"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("Plan &starts in"), self.first_level),
                             (self.tr("Career &goal"), self.career),
                             (self.tr("&After high school"), self.ps_type),
                             (self.tr("&Institution / program"), self.institution)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.career_facts = QLabel()
        self.career_facts.setWordWrap(True)
        self.career_facts.setStyleSheet("color: #546e7a")
        self.career_facts.hide()
        self.career_facts.setAccessibleName(self.tr("Wages and outlook of the career goal"))
        form.insertRow(1, "", self.career_facts)
        notes_row = QHBoxLayout()
        for text, widget in ((self.tr("Notes for the &family (printed)"), self.family_notes),
                             (self.tr("C&ounselor-only notes (never printed)"), self.notes)):
            col = QVBoxLayout()
            col.setSpacing(1)
            widget.setMinimumHeight(32)
            label = QLabel(text)
            label.setBuddy(widget)
            col.addWidget(label)
            col.addWidget(widget, 1)
            notes_row.addLayout(col, 1)
        form.addRow(notes_row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addLayout(form)

    def show_career_facts(self, facts: str) -> None:
        """BLS wages and outlook of the chosen occupation ("" hides the line)."""
        self.career_facts.setText(facts)
        self.career_facts.setVisible(bool(facts))

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
