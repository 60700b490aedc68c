"""Item models behind the plan editor: grade columns, the catalog, requirement progress."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
)

from counselor_app.domain.base import GRADE_LEVELS, POSTSECONDARY
from counselor_app.services.browse import CourseRow
from counselor_app.services.courses import catalog_order
from counselor_app.services.plans import PlanCourseView
from counselor_app.services.rules import ERROR, MIDDLE_SCHOOL_LEVELS, Issue
from counselor_app.ui.shared.ranked import RankedRows
from counselor_app.ui.shared.words import (
    amount,
    course_status_title,
    data_word,
    issue_text,
    number,
    severity_title,
    short_date,
    short_date_year,
    short_term_title,
    term_title,
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


def marker_color(marker: str | None) -> QColor | None:
    return {"error": ERROR_COLOR, "warning": WARNING_COLOR,
            "unknown": UNKNOWN_COLOR}.get(marker or "")


def credits_text(value: float) -> str:
    return f"{number(value)} " + QCoreApplication.translate("Words", "cr")


def credits_words(value: float) -> str:
    return amount(value, "credits")


def default_level(grade_low: int) -> int:
    """The lowest plan column a course is allowed in."""
    return next((lvl for lvl in GRADE_LEVELS if lvl >= grade_low), POSTSECONDARY)


def changed_at_text(when: dt.datetime, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if when.year == now.year:
        return f"{short_date(when.date())}, {when.strftime('%H:%M')}"
    return short_date_year(when.date())


# ====================================================================== item models


class GradeColumnModel(QAbstractListModel):
    """The courses of one grade column; drops are announced, never applied here."""

    # what was dropped, the grade, and where in it: the position among the grade's planned
    # courses (transcript-only rows and the moved courses not counted), -1 for the end
    codes_dropped = Signal(list, int, int)  # course codes from the catalog
    courses_dropped = Signal(list, int, int)  # plan course ids (from any column)

    def __init__(self, level: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self._courses: list[PlanCourseView] = []
        self._issues: dict[int, tuple[Issue, ...]] = {}
        self._past: frozenset[int] = frozenset()

    def set_courses(self, courses: Sequence[PlanCourseView],
                    issues: dict[int, tuple[Issue, ...]],
                    past_planned: frozenset[int] = frozenset()) -> None:
        """``past_planned``: ids of courses still planned in a school year that is over."""
        self.beginResetModel()
        self._courses = list(courses)
        self._issues = issues
        self._past = past_planned
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
            return c.title if c.known else self.tr("Not in the catalog")
        if role == ID_ROLE:
            return c.id
        if role == CODE_ROLE:
            return c.code
        if role == LEVEL_ROLE:
            return c.level
        if role == CREDITS_ROLE:
            return credits_text(c.credits) if c.known else ""
        if role == DETAIL_ROLE:
            return self._detail(c, c.id in self._past)
        if role == BADGE_ROLE:
            if c.level in MIDDLE_SCHOOL_LEVELS:
                return self.tr("HS credit")
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
            tip = self._tooltip(c, issues)
            if c.level in MIDDLE_SCHOOL_LEVELS:
                tip += "<br>" + self.tr("Taken before grade 9 for high-school credit; the "
                                        "graduation audit says where it counts")
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{c.code} {c.title}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            parts = [self._detail(c, c.id in self._past), credits_words(c.credits)]
            parts += [f"{severity_title(i.severity)}: {issue_text(i)}" for i in issues]
            return "; ".join(parts)
        return None

    def _detail(self, c: PlanCourseView, past: bool = False) -> str:
        parts = [c.code, short_term_title(c.term)]
        if past:  # a year that is over: say so on the card itself
            parts.append("⚠ " + self.tr("still planned"))
        if c.status == "completed":
            parts.append("✓ " + (c.final_mark or self.tr("done")))
            if c.transcript_id is not None:
                parts.append(self.tr("transcript"))
        elif c.status != "planned":
            parts.append(course_status_title(c.status))
        return " · ".join(parts)

    def _tooltip(self, c: PlanCourseView, issues: tuple[Issue, ...]) -> str:
        lines = [f"<b>{html.escape(c.title)}</b> ({html.escape(c.code)})"]
        if c.known:
            area = f" · {html.escape(data_word(c.subject_area))}" if c.subject_area else ""
            lines.append(f"{credits_words(c.credits)}{area}{' · CTE' if c.cte else ''}")
        else:
            lines.append(html.escape(self.tr("This course code is no longer in the catalog. "
                                             "It stays in the plan but counts no credits.")))
        mark = " · " + self.tr("final mark %s") % c.final_mark if c.final_mark else ""
        lines.append(html.escape(term_title(c.term) + " · " + course_status_title(c.status)
                                 + mark))
        for issue in issues:
            color = ERROR_COLOR if issue.severity == ERROR else WARNING_COLOR
            lines.append(f"<span style='color:{color.name()}'>●</span> "
                         f"{html.escape(issue_text(issue))}")
        return "<br>".join(lines)

    # --- drag and drop -------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # drops go between cards, never onto one
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._courses[index.row()].id > 0:  # transcript-only rows are history
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

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
        if parent.isValid():  # onto a card: just before it
            row = parent.row()
        if data.hasFormat(PLAN_COURSE_MIME):
            ids = [int(i) for i in json.loads(bytes(data.data(PLAN_COURSE_MIME).data()))]
            if ids:
                self.courses_dropped.emit(ids, self.level, self.position_at(row, set(ids)))
            return bool(ids)
        if data.hasFormat(CATALOG_MIME):
            codes = [str(c) for c in json.loads(bytes(data.data(CATALOG_MIME).data()))]
            if codes:
                self.codes_dropped.emit(codes, self.level, self.position_at(row))
            return bool(codes)
        return False

    def position_at(self, row: int, moving: set[int] | frozenset[int] = frozenset()) -> int:
        """Row ``row`` of this column (-1: below the last) as a position among its planned
        courses, not counting transcript-only rows and the courses being moved."""
        if row < 0 or row >= len(self._courses):
            return -1
        return sum(1 for c in self._courses[:row] if c.id > 0 and c.id not in moving)


class CatalogModel(QAbstractListModel):
    """The course catalog (plain ``CourseRow``s), draggable onto grade columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CourseRow] = []
        self._titles: dict[str, str] = {}

    def set_rows(self, rows: Sequence[CourseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._titles = {r.code: r.title for r in self._rows}
        self.endResetModel()

    def row_at(self, row: int) -> CourseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[CourseRow]:
        return self._rows

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
            return f"{r.code} · {self._grades(r)} · {data_word(r.subject_area)}"
        if role == BADGE_ROLE:
            return "CTE" if r.cte else ("DC" if r.dual_credit else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = [f"<b>{html.escape(r.title)}</b> ({html.escape(r.code)})",
                   f"{credits_words(r.credits)} · {html.escape(data_word(r.subject_area))} · "
                   f"{self._grades(r)}"]
            if r.cte:
                tip.append(html.escape(self.tr("Career and technical education course")))
            if r.dual_credit:
                tip.append(html.escape(self.tr("Dual credit")))
            if r.prerequisites:
                tip.append(html.escape(self.tr("Prerequisites: %s") % ", ".join(
                    f"{self._titles[p]} ({p})" if self._titles.get(p) else p
                    for p in r.prerequisites)))
            tip.append("<i>" + html.escape(self.tr("Drag onto a grade, or press Enter to "
                                                   "choose one.")) + "</i>")
            return "<br>".join(tip)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.code} {r.title}"
        return None

    def _grades(self, r: CourseRow) -> str:
        ps = self.tr("PS")
        low = ps if r.grade_low == POSTSECONDARY else str(r.grade_low)
        high = ps if r.grade_high == POSTSECONDARY else str(r.grade_high)
        return self.tr("grade %s") % low if low == high else \
            self.tr("grades %s") % f"{low}–{high}"

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


class CatalogFilter(RankedRows):
    """The catalog search (services.courses.catalog_order: accents and case folded, best
    matches first) plus an optional subject area."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self._catalog_order, parent)
        self._text = ""
        self._subject = ""

    @property
    def query(self) -> str:
        """The search text the rows are filtered and ranked by."""
        return self._text

    def _catalog_order(self, text: str) -> list[int]:
        model = self.sourceModel()
        return catalog_order(model.rows() if isinstance(model, CatalogModel) else [], text)

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        super().setSourceModel(model)
        if isinstance(model, CatalogModel):
            model.modelReset.connect(lambda: self.set_filter(self._text, self._subject))
        self.set_filter(self._text, self._subject)

    def set_filter(self, text: str, subject: str = "") -> None:
        self._text, self._subject = text, subject
        self.set_query(text)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self._subject:
            model = self.sourceModel()
            row = model.row_at(source_row) if isinstance(model, CatalogModel) else None
            if row is None or row.subject_area != self._subject:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
