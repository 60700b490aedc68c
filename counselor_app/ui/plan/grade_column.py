"""A grade column of the plan editor: header (grade, year, credits) over its course cards."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from counselor_app.domain.base import POSTSECONDARY
from counselor_app.services.plan_years import ColumnYear
from counselor_app.services.plans import PlanCourseView
from counselor_app.services.school_years import Phase, year_label
from counselor_app.ui.plan.course_cards import CourseListView
from counselor_app.ui.plan.models import (
    WARNING_COLOR,
    GradeColumnModel,
    credits_text,
    credits_words,
)
from counselor_app.ui.shared.words import grade_title

MIN_COLUMN_WIDTH = 130
"""A card still shows "English 10 · 1 cr" whole; eight columns (a plan from grade 6) fit
beside the catalog at 1366 px, and scroll sideways on a 1024 px screen."""


class GradeColumn(QFrame):
    """Header (grade, credits) over a course list."""

    def __init__(self, level: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName("GradeColumn")
        self.model = GradeColumnModel(level, self)
        self.title = QLabel(grade_title(level))
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
        hint = (self.tr("Drop courses here, or select one in the catalog and press Enter")
                if level != POSTSECONDARY else self.tr("Postsecondary courses (dual credit, "
                                                       "certificates, college)"))
        self.view = CourseListView(hint)
        self.view.setModel(self.model)
        name = grade_title(level)
        self.view.setAccessibleName(self.tr("%s courses") % name)
        self.view.setToolTip(self.tr("%s: drag courses here. Ctrl+Left/Right moves the "
                                     "selected course a grade; Delete removes it; the menu "
                                     "key edits term, status and final mark.") % name)
        head = QHBoxLayout()
        head.setContentsMargins(6, 4, 6, 2)
        head.addWidget(self.title, 1)
        head.addWidget(self.credits, 0, Qt.AlignmentFlag.AlignTop)
        self.setMinimumWidth(MIN_COLUMN_WIDTH)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)

    def set_year(self, year: ColumnYear | None) -> None:
        """'Grade 10 · 2024–25', with past years marked as history."""
        text = grade_title(self.level)
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
        self.credits.setToolTip(over or self.tr("%1 in %2").replace(
            "%1", credits_words(value)).replace("%2", grade_title(self.level).lower()))
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





class GradeColumns(QScrollArea):
    """The grade columns side by side. They keep a readable width and scroll sideways when
    a plan from grade 6 has eight of them on a narrow screen, instead of squeezing every
    card to "E… 1 cr"."""

    def __init__(self, levels: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GradeColumnsScroll")
        self.columns: dict[int, GradeColumn] = {}
        box = QWidget()
        box.setObjectName("GradeColumns")
        grid = QHBoxLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for level in levels:
            col = self.columns[level] = GradeColumn(level)
            grid.addWidget(col, 1)
        self.setWidget(box)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(180)

    def show_current_year(self) -> None:
        """Scroll to this school year's grade (when the columns scroll sideways)."""
        for col in self.columns.values():
            if col.isVisible() and col.property("phase") == "current":
                self.ensureWidgetVisible(col, 0, 0)
                return
