"""Undoable plan edits: each command calls one service (one transaction) per step.

A planned course that is removed and put back gets a new row id. Commands that
touch the same course therefore share a ``CourseRef`` whose ``id`` follows the
row, and ``CourseRefs`` (one per undo stack) hands out the ref for a live id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from counselor_app.services import plans
from counselor_app.services.concurrency import ConflictError
from counselor_app.services.plans import RemovedCourse
from counselor_app.ui.context import AppContext
from counselor_app.ui.shared.conflict_dialog import OVERWRITE, resolve_conflict
from counselor_app.ui.shared.words import (
    course_status_title,
    grade_title,
    term_title,
)
from counselor_app.ui.shared.write_errors import WRITE_ERRORS, show_write_error, waiting

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _text(template: str, *values: str) -> str:
    for i, value in enumerate(values, 1):
        template = template.replace(f"%{i}", value)
    return template

log = logging.getLogger(__name__)

_OVERWRITE_ERRORS: tuple[type[BaseException], ...] = (LookupError, *WRITE_ERRORS)


class CourseRef:
    """A planned course across undo/redo: ``id`` is its current row id."""

    __slots__ = ("id",)

    def __init__(self, pk: int) -> None:
        self.id = pk

    def __repr__(self) -> str:
        return f"CourseRef({self.id})"


class CourseRefs:
    """The refs of live planned courses, by current id."""

    def __init__(self) -> None:
        self._live: dict[int, CourseRef] = {}

    def get(self, pk: int) -> CourseRef:
        ref = self._live.get(pk)
        if ref is None or ref.id != pk:
            ref = CourseRef(pk)
            self._live[pk] = ref
        return ref

    def bind(self, ref: CourseRef, pk: int) -> None:
        """``ref``'s course now lives under ``pk`` (created or re-created)."""
        ref.id = pk
        self._live[pk] = ref

    def forget(self, ref: CourseRef) -> None:
        if self._live.get(ref.id) is ref:
            del self._live[ref.id]


_REFS: dict[tuple[int, str], CourseRefs] = {}


def course_refs(stack: QUndoStack, kind: str = "course") -> CourseRefs:
    """The ref registry belonging to ``stack`` (created on first use); ``kind`` keeps
    apart rows of other tables (comments), whose ids may be the same numbers."""
    key = (id(stack), kind)
    refs = _REFS.get(key)
    if refs is None:
        refs = _REFS[key] = CourseRefs()
        stack.destroyed.connect(lambda *_: _REFS.pop(key, None))
    return refs


class PlanCommand(QUndoCommand):
    """Base: runs a service step, then announces the change on the bus.

    A step that fails (the plan or course is gone, the database is busy, the disk
    is full, someone else changed the same field) makes the command obsolete
    instead of raising into Qt: QUndoStack then drops it, so no failed command
    stays on the stack to be undone later. Write errors are shown to the user.
    """

    def __init__(self, ctx: AppContext, plan_id: int, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.plan_id = plan_id
        self.refs = course_refs(ctx.undo)

    failed: bool = False

    def _run(self, step: Callable[[], None]) -> None:
        try:
            with waiting():
                step()
        except LookupError as exc:
            log.warning("undo step skipped: %s", exc)
            self.setObsolete(True)
        except ConflictError as exc:
            if not self.resolve(exc):
                self.failed = True
                self.setObsolete(True)
        except (*WRITE_ERRORS, ValueError) as exc:  # ValueError: a rule the data now breaks
            self.failed = True
            self.setObsolete(True)
            show_write_error(None, exc)
        self.ctx.bus.plan_changed.emit(self.plan_id)

    def resolve(self, exc: ConflictError) -> bool:
        """Someone else changed what this step writes: say so (the newest version shows).
        True when the step was saved after all (a subclass may offer Overwrite)."""
        show_write_error(None, exc)
        return False


class AddCourseCommand(PlanCommand):
    def __init__(self, ctx: AppContext, plan_id: int, code: str, level: int,
                 term: str = "year", *, title: str = "", position: int | None = None) -> None:
        super().__init__(ctx, plan_id, _text(translate("PlanCommands", "Add %1 to %2"),
                                             title or code, grade_title(level)))
        self.code, self.level, self.term = code, level, term
        self.position = position
        self.ref: CourseRef | None = None
        self.removed: RemovedCourse | None = None

    def redo(self) -> None:
        def step() -> None:
            if self.removed is not None:  # redo after undo: put back exactly
                pk = plans.restore_course(self.ctx.db, self.removed)
            else:
                pk = plans.add_course(self.ctx.db, self.plan_id, self.code, self.level,
                                      self.term, position=self.position)
            if self.ref is None:
                self.ref = CourseRef(pk)
            self.refs.bind(self.ref, pk)
        self._run(step)

    def _as_added(self) -> dict[str, Any]:
        """The course as this command left it (added, or put back by redo)."""
        r = self.removed
        if r is not None:
            return {"level": r.level, "term": r.term, "status": r.status,
                    "final_mark": r.final_mark}
        return {"level": self.level, "term": self.term, "status": "planned",
                "final_mark": ""}

    _undoing = False

    def undo(self) -> None:
        """Take the course out again, unless another copy changed it meanwhile: then
        Reload (keep it with their change) or Remove anyway, as a removal offers."""
        def step() -> None:
            assert self.ref is not None
            self.removed = plans.remove_course(self.ctx.db, self.ref.id,
                                               expect=self._as_added())
            self.refs.forget(self.ref)
        self._undoing = True
        try:
            self._run(step)
        finally:
            self._undoing = False

    def resolve(self, exc: ConflictError) -> bool:
        if not self._undoing or self.ref is None:
            return super().resolve(exc)
        return remove_anyway(self, self.ref, exc)

    @property
    def course_id(self) -> int | None:
        return self.ref.id if self.ref else None


class RemoveCourseCommand(PlanCommand):
    """Remove a planned course. With ``shown`` (its grade, term, status and mark as the
    editor showed them; {} for a course shown from a transcript: only checked for being
    there), a course another copy changed meanwhile: Reload (keep it with their change)
    or Remove anyway; one another copy removed: said, and the plan reloads."""

    def __init__(self, ctx: AppContext, plan_id: int, course_id: int, code: str,
                 shown: dict[str, Any] | None = None, *, title: str = "") -> None:
        super().__init__(ctx, plan_id, translate("PlanCommands", "Remove %s") % (title or code))
        self.ref = self.refs.get(course_id)
        self.removed: RemovedCourse | None = None
        self.shown = shown

    def _expect(self) -> dict[str, Any] | None:
        if self.removed is None or not self.shown:  # first run, or not field-checked
            return self.shown
        r = self.removed  # redo after undo: the course as undo put it back
        return {"level": r.level, "term": r.term, "status": r.status,
                "final_mark": r.final_mark}

    def redo(self) -> None:
        def step() -> None:
            self.removed = plans.remove_course(self.ctx.db, self.ref.id,
                                               expect=self._expect())
            self.refs.forget(self.ref)
        self._run(step)

    def undo(self) -> None:
        def step() -> None:
            assert self.removed is not None
            self.refs.bind(self.ref, plans.restore_course(self.ctx.db, self.removed))
        self._run(step)

    def resolve(self, exc: ConflictError) -> bool:
        return remove_anyway(self, self.ref, exc)


def remove_anyway(cmd: AddCourseCommand | RemoveCourseCommand, ref: CourseRef,
                  exc: ConflictError) -> bool:
    """Another copy changed the course this step removes: Reload (keep theirs; False)
    or Remove anyway (removed now, kept in ``cmd.removed`` for undo; True)."""
    if resolve_conflict(None, translate("PlanCommands", "plan"), exc, {},
                        overwrite_text=translate("PlanCommands", "&Remove anyway"),
                        help_text=translate(
                            "PlanCommands", "Nothing was removed. Reload shows the "
                            "course with their change and keeps it. Remove anyway removes "
                            "it; undo then puts it back as they left it.")) != OVERWRITE:
        return False
    try:
        with waiting():
            cmd.removed = plans.remove_course(cmd.ctx.db, ref.id)
            cmd.refs.forget(ref)
    except _OVERWRITE_ERRORS as again:
        show_write_error(None, again)
        return False
    return True


class FieldsCommand(PlanCommand):
    """A step that writes fields (``old`` -> ``new``) checked against what the editor
    showed. When another copy changed them meanwhile: Reload (theirs; what this one wrote
    is shown and copied to the clipboard) or Overwrite (undo then puts theirs back)."""

    old: dict[str, Any]
    new: dict[str, Any]
    _undoing = False

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        raise NotImplementedError

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        raise NotImplementedError

    def _overwrite(self, target: dict[str, Any]) -> None:
        raise NotImplementedError

    def resolve(self, exc: ConflictError) -> bool:
        target = self.old if self._undoing else self.new
        if resolve_conflict(None, QCoreApplication.translate("PlanCommands", "plan"), exc,
                            self._shown(target)) != OVERWRITE:
            return False
        try:
            with waiting():
                theirs = self._theirs(tuple(target))
                self._overwrite(target)
        except _OVERWRITE_ERRORS as again:
            show_write_error(None, again)
            return False
        if self._undoing:  # what the other step puts back is what was there: theirs
            self.new = theirs
        else:
            self.old = theirs
        return True


class UpdateCourseCommand(FieldsCommand):
    """Term, status or final mark of one planned course."""

    def __init__(self, ctx: AppContext, plan_id: int, course_id: int, code: str,
                 old: dict[str, str], new: dict[str, str], *, check: bool = True,
                 title: str = "") -> None:
        """``check``: ``old`` is what the row holds (not a transcript's overlay), so a
        change by another copy meanwhile is caught. ``title`` names the course in the
        undo text ("Undo Mark Algebra I completed"; the code when empty)."""
        super().__init__(ctx, plan_id, _update_text(title or code, new))
        self.ref = self.refs.get(course_id)
        self.old, self.new = old, new
        self.check = check

    def redo(self) -> None:
        self._undoing = False
        self._run(lambda: plans.update_course(self.ctx.db, self.ref.id,
                                              expect=self.old if self.check else None,
                                              **self.new))

    def undo(self) -> None:
        self._undoing = True
        self._run(lambda: plans.update_course(self.ctx.db, self.ref.id,
                                              expect=self.new if self.check else None,
                                              **self.old))

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        labels = {"term": translate("PlanCommands", "Term"),
                  "status": translate("PlanCommands", "Status"),
                  "final_mark": translate("PlanCommands", "Final mark")}
        words = {"term": term_title, "status": course_status_title}
        return {labels.get(k, k): words[k](v) if k in words else v
                for k, v in target.items()}

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        return dict(plans.course_field_values(self.ctx.db, self.ref.id, keys))

    def _overwrite(self, target: dict[str, Any]) -> None:
        plans.update_course(self.ctx.db, self.ref.id, expect=None, **target)


class MoveCourseCommand(FieldsCommand):
    """Move a course to another grade, or to another place in its grade: at ``position``
    (0 = top; None = the end). Undo puts it back in its grade and place. With
    ``from_level`` (the grade the editor shows it in; None for a course shown from a
    transcript), a course another copy moved meanwhile: Reload or Overwrite."""

    def __init__(self, ctx: AppContext, plan_id: int, course_id: int, code: str,
                 level: int, from_level: int | None = None, *, position: int | None = None,
                 title: str = "") -> None:
        template = translate("PlanCommands", "Move %1 within %2") if level == from_level \
            else translate("PlanCommands", "Move %1 to %2")
        super().__init__(ctx, plan_id, _text(template, title or code, grade_title(level)))
        self.ref = self.refs.get(course_id)
        self.old: dict[str, Any] = {"level": from_level}
        self.new: dict[str, Any] = {"level": level}
        self.check = from_level is not None
        self.position = position
        self.old_position: int | None = None

    @property
    def level(self) -> int:
        return int(self.new["level"])

    def redo(self) -> None:
        def step() -> None:
            self.old["level"], self.old_position = plans.place_course(
                self.ctx.db, self.ref.id, self.level, self.position,
                expect=self.old["level"] if self.check else None)
        self._undoing = False
        self._run(step)

    def undo(self) -> None:
        def step() -> None:
            plans.place_course(self.ctx.db, self.ref.id, self.old["level"], self.old_position,
                               expect=self.level if self.check else None)
        self._undoing = True
        self._run(step)

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        return {translate("PlanCommands", "Grade"): grade_title(target["level"])}

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        return dict(plans.course_field_values(self.ctx.db, self.ref.id, ("level",)))

    def _overwrite(self, target: dict[str, Any]) -> None:
        plans.move_course(self.ctx.db, self.ref.id, target["level"])


def _update_text(code: str, new: dict[str, str]) -> str:
    if "term" in new:
        return _text(translate("PlanCommands", "Set %1 to %2"), code, term_title(new["term"]))
    if "status" in new:
        return _text(translate("PlanCommands", "Mark %1 %2"), code,
                     course_status_title(new["status"]).lower())
    return translate("PlanCommands", "Set final mark of %s") % code
