"""Undoable comment steps: add, edit, delete, each checked against the text the editor
showed, so a comment another copy edited meanwhile is never silently replaced or
deleted (Reload or Overwrite), and a refused step is not left on the undo stack.

Undoing a delete puts the comment back under a new row id: the steps of one comment
share a ``CourseRef``-style ref whose ``id`` follows the row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from counselor_app.services import plan_comments
from counselor_app.services.plans import CommentView
from counselor_app.ui.context import AppContext
from counselor_app.ui.plan.commands import CourseRef, CourseRefs, FieldsCommand, course_refs

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

class CommentCommand(FieldsCommand):
    """A step on one comment; ``old`` / ``new`` hold its text ("": none)."""

    ref: CourseRef

    def _comments(self) -> CourseRefs:
        return course_refs(self.ctx.undo, "comment")

    def _shown(self, target: dict[str, Any]) -> dict[str, str]:
        if not target["text"]:  # deleting: nothing was typed
            return {}
        return {translate("PlanCommands", "Comment"): target["text"]}

    def _theirs(self, keys: tuple[str, ...]) -> dict[str, Any]:
        return {"text": plan_comments.comment_text(self.ctx.db, self.ref.id)}


class AddCommentCommand(CommentCommand):
    def __init__(self, ctx: AppContext, plan_id: int, author: str, text: str) -> None:
        super().__init__(ctx, plan_id, translate("PlanCommands", "Add comment"))
        self.author = author
        self.old, self.new = {"text": ""}, {"text": text}
        self.created_at: dt.datetime | None = None
        self.ref = CourseRef(0)

    @property
    def comment_id(self) -> int | None:
        return self.ref.id or None

    def redo(self) -> None:
        def step() -> None:  # a redo after undo puts back the same author and date
            self.created_at = self.created_at or dt.datetime.now().replace(microsecond=0)
            self._comments().bind(self.ref, plan_comments.restore_comment(
                self.ctx.db, self.plan_id, self.author, self.created_at, self.new["text"]))
        self._undoing = False
        self._run(step)

    def undo(self) -> None:
        self._undoing = True
        self._run(lambda: self._delete(self.new["text"]))

    def _delete(self, expect: str | None) -> None:
        plan_comments.delete_comment(self.ctx.db, self.ref.id, expect=expect)
        self._comments().forget(self.ref)

    def _overwrite(self, target: dict[str, Any]) -> None:
        self._delete(None)  # undoing: delete it although someone edited it


class EditCommentCommand(CommentCommand):
    def __init__(self, ctx: AppContext, plan_id: int, comment_id: int, old: str,
                 new: str) -> None:
        super().__init__(ctx, plan_id, translate("PlanCommands", "Edit comment"))
        self.ref = self._comments().get(comment_id)
        self.old, self.new = {"text": old}, {"text": new}

    def redo(self) -> None:
        self._undoing = False
        self._run(lambda: plan_comments.edit_comment(self.ctx.db, self.ref.id,
                                                     self.new["text"], expect=self.old["text"]))

    def undo(self) -> None:
        self._undoing = True
        self._run(lambda: plan_comments.edit_comment(self.ctx.db, self.ref.id,
                                                     self.old["text"], expect=self.new["text"]))

    def _overwrite(self, target: dict[str, Any]) -> None:
        plan_comments.edit_comment(self.ctx.db, self.ref.id, target["text"])


class DeleteCommentCommand(CommentCommand):
    def __init__(self, ctx: AppContext, plan_id: int, comment: CommentView) -> None:
        super().__init__(ctx, plan_id, translate("PlanCommands", "Delete comment"))
        self.ref = self._comments().get(comment.id)
        self.comment = comment
        self.old, self.new = {"text": comment.text}, {"text": ""}

    def redo(self) -> None:
        def step() -> None:
            plan_comments.delete_comment(self.ctx.db, self.ref.id, expect=self.old["text"])
            self._comments().forget(self.ref)
        self._undoing = False
        self._run(step)

    def undo(self) -> None:
        def step() -> None:
            c = self.comment
            self._comments().bind(self.ref, plan_comments.restore_comment(
                self.ctx.db, self.plan_id, c.author, c.created_at, self.old["text"],
                c.edited_by, c.edited_at))
        self._undoing = True
        self._run(step)

    def _overwrite(self, target: dict[str, Any]) -> None:
        plan_comments.delete_comment(self.ctx.db, self.ref.id)  # although they edited it
        self._comments().forget(self.ref)
