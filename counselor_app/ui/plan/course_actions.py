"""What the plan editor does with courses: add, move, remove, change term, status and
mark, from the catalog, drag and drop, the keyboard and the course menu. Each change is one
undoable command (one service call, one transaction)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from counselor_app.domain.base import GRADE_LEVELS
from counselor_app.domain.students import STATUSES, TERMS
from counselor_app.services.browse import CourseRow
from counselor_app.services.plan_years import plan_levels
from counselor_app.services.plans import PlanCourseView, PlanView
from counselor_app.services.rules import taken_for_hs_credit
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.catalog_panel import CatalogPanel
from counselor_app.ui.plan.commands import (
    AddCourseCommand,
    MoveCourseCommand,
    RemoveCourseCommand,
    UpdateCourseCommand,
)
from counselor_app.ui.plan.grade_column import GradeColumn
from counselor_app.ui.plan.models import default_level
from counselor_app.ui.shared.words import course_status_title, grade_title, term_title


class PlanCourseActions(QWidget):
    """Adding, moving, removing and changing the plan's courses (the editor's columns)."""

    ctx: AppContext
    plan_id: int | None
    view: PlanView | None
    columns: dict[int, GradeColumn]
    catalog: CatalogPanel
    _catalog: dict[str, CourseRow]
    _pending_select: int | None

    def add_course(self, code: str, level: int, term: str = "year",
                   position: int | None = None) -> int | None:
        """Add a catalog course to a grade (undoable), at the end or at ``position``;
        returns the new planned course id."""
        if self.plan_id is None:
            return None
        row = self._catalog.get(code)
        cmd = AddCourseCommand(self.ctx, self.plan_id, code, level, term,
                               title=row.title if row else "", position=position)
        self.ctx.undo.push(cmd)  # redo() runs now; the id exists only afterwards
        new_id = cmd.course_id
        if new_id is not None:
            self.select_course(new_id, focus=False)
        return new_id

    def move_course(self, course_id: int, level: int, position: int | None = None) -> None:
        """Move a course to the end of grade ``level``, or to ``position`` in it (also
        within its own grade: the order is kept)."""
        course = self._course(course_id)
        if self.plan_id is None or course is None:
            return
        if course.level == level and (position is None or position == self._position(course)):
            return
        self._pending_select = course_id
        shown = course.level if course.transcript_id is None else None  # not an overlay
        self.ctx.undo.push(MoveCourseCommand(self.ctx, self.plan_id, course_id, course.code,
                                             level, shown, position=position,
                                             title=course.title))

    def _position(self, course: PlanCourseView) -> int:
        """Where ``course`` stands among the planned courses of its grade."""
        assert self.view is not None
        same = [c.id for c in self.view.courses if c.level == course.level and c.id > 0]
        return same.index(course.id) if course.id in same else -1

    def remove_course(self, course_id: int) -> None:
        course = self._course(course_id)
        if self.plan_id is None or course is None:
            return
        # checked against what the editor shows (a transcript row over it: only that the
        # course is still there, its row's fields are not what is shown)
        shown = {} if course.transcript_id is not None else {
            "level": course.level, "term": course.term, "status": course.status,
            "final_mark": course.final_mark}
        self.ctx.undo.push(RemoveCourseCommand(self.ctx, self.plan_id, course_id, course.code,
                                               shown, title=course.title))

    def update_course(self, course_id: int, **new: str) -> None:
        course = self._course(course_id)
        if self.plan_id is None or course is None:
            return
        old = {key: getattr(course, key) for key in new}
        if old == new:
            return
        self._pending_select = course_id
        # a transcript row shown over the course is not what the row holds: no check
        self.ctx.undo.push(UpdateCourseCommand(self.ctx, self.plan_id, course_id, course.code,
                                               old, new, check=course.transcript_id is None,
                                               title=course.title))

    def move_selected(self, level: int, step: int) -> None:
        levels = list(self.levels())
        i = levels.index(level) + step
        if not 0 <= i < len(levels):
            return
        courses = self.columns[level].selected_courses()
        if not courses:
            return
        target = levels[i]
        if len(courses) > 1:
            self.ctx.undo.beginMacro(self.tr("Move %1 courses to %2").replace(
                "%1", str(len(courses))).replace("%2", grade_title(target)))
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
            self.ctx.undo.beginMacro(self.tr("Remove %d courses") % len(courses))
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
        """A planned course the editor may change (transcript-only rows are history)."""
        if self.view is None or course_id < 0:
            return None
        return next((c for c in self.view.courses if c.id == course_id), None)

    def _codes_dropped(self, codes: list[str], level: int, position: int) -> None:
        # deferred: the drop is still being delivered when the signal arrives
        QTimer.singleShot(0, lambda: self._add_codes(codes, level, position))

    def _add_codes(self, codes: list[str], level: int, position: int = -1) -> None:
        if len(codes) > 1:
            self.ctx.undo.beginMacro(self.tr("Add %d courses") % len(codes))
        for i, code in enumerate(codes):
            self.add_course(code, level, position=position + i if position >= 0 else None)
        if len(codes) > 1:
            self.ctx.undo.endMacro()

    def _courses_dropped(self, ids: list[int], level: int, position: int) -> None:
        QTimer.singleShot(0, lambda: self._move_ids(ids, level, position))

    def _move_ids(self, ids: list[int], level: int, position: int = -1) -> None:
        """Dropped cards land where they were dropped, in the order they were in."""
        if len(ids) > 1:
            self.ctx.undo.beginMacro(self.tr("Move %1 courses to %2").replace(
                "%1", str(len(ids))).replace("%2", grade_title(level)))
        for i, pk in enumerate(ids):
            self.move_course(pk, level, position + i if position >= 0 else None)
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
        title = menu.addAction(self.tr("Add %s to…") % course.code)
        title.setEnabled(False)
        default_action = None
        for i, level in enumerate(self.levels(), start=1):
            early = taken_for_hs_credit(level, course.grade_low)
            allowed = course.grade_low <= level <= course.grade_high or early
            text = f"&{i}  {grade_title(level)}" + (
                "  " + self.tr("(for high-school credit)") if early
                else "" if allowed else "  " + self.tr("(outside its grades)"))
            action = menu.addAction(text)
            if not allowed:
                action.setToolTip(self.tr("%1 is for grades %2-%3; it will be flagged").replace(
                    "%1", course.title).replace("%2", str(course.grade_low)).replace(
                    "%3", str(course.grade_high)))
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
        levels = list(self.levels())
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
            a = term_menu.addAction(term_title(term))
            a.setCheckable(True)
            a.setChecked(course.term == term)
            group.addAction(a)
            a.triggered.connect(lambda _=False, t=term: self._set_for(courses, term=t))
        status_menu = menu.addMenu(self.tr("&Status"))
        group2 = QActionGroup(status_menu)
        for status in STATUSES:
            a = status_menu.addAction(course_status_title(status))
            a.setCheckable(True)
            a.setChecked(course.status == status)
            group2.addAction(a)
            a.triggered.connect(lambda _=False, s=status: self._set_for(courses, status=s))
        mark = menu.addAction(self.tr("Final &mark…"))
        mark.triggered.connect(lambda: self._ask_mark(course))
        move_menu = menu.addMenu(self.tr("Move &to"))
        for lv in self.levels():
            a = move_menu.addAction(grade_title(lv))
            a.setEnabled(lv != level)
            a.triggered.connect(lambda _=False, t=lv: self._move_ids([c.id for c in courses], t))
        menu.addSeparator()
        left = menu.addAction(self.tr("Move one grade earlier"))
        left.setShortcut(QKeySequence("Ctrl+Left"))
        left.setEnabled(level != self.levels()[0])
        left.triggered.connect(lambda: self.move_selected(level, -1))
        right = menu.addAction(self.tr("Move one grade later"))
        right.setShortcut(QKeySequence("Ctrl+Right"))
        right.setEnabled(level != self.levels()[-1])
        right.triggered.connect(lambda: self.move_selected(level, 1))
        menu.addSeparator()
        remove = menu.addAction(self.tr("&Remove from plan"))
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.triggered.connect(lambda: self.remove_selected(level))
        menu.exec(pos)

    def _set_for(self, courses: list[PlanCourseView], **values: str) -> None:
        if len(courses) > 1:
            self.ctx.undo.beginMacro(self.tr("Change %d courses") % len(courses))
        for c in courses:
            self.update_course(c.id, **values)
        if len(courses) > 1:
            self.ctx.undo.endMacro()

    def _ask_mark(self, course: PlanCourseView) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Final mark"),
            self.tr("Final mark for %s (e.g. A, B+, 92, P):") % course.title,
            QLineEdit.EchoMode.Normal, course.final_mark)
        if ok:
            values = {"final_mark": text.strip()[:10]}
            if text.strip() and course.status != "completed":
                values["status"] = "completed"
            self.update_course(course.id, **values)


    def levels(self) -> tuple[int, ...]:
        """The grade columns of the plan shown (6-8 only when it starts there)."""
        return plan_levels(self.view.first_level) if self.view else GRADE_LEVELS

