"""A plan's dated comments: add, edit, delete, each checked against what the editor
showed, so an edit or a delete never silently replaces another counselor's edit.

A comment keeps its author and date; an edit records who edited it and when. Editing a
comment someone else edited meanwhile, or deleting it, raises ``ConflictError`` (who,
when); editing one someone else deleted raises it with ``gone`` set.
"""

from __future__ import annotations

import datetime as dt

from counselor_app.domain import PlanComment
from counselor_app.messages import msg
from counselor_app.services.concurrency import Change, ConflictError, current_user, retry_stale
from counselor_app.services.plan_status import touch
from counselor_app.store.engine import Database


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError(msg("comment: write something (an empty comment is deleted "
                             "instead)"))
    return text


def _changed(comment: PlanComment) -> ConflictError:
    return ConflictError("plan", Change(comment.edited_by or comment.author,
                                        comment.edited_at or comment.created_at,
                                        ("the comment",), comment.row_version))


@retry_stale
def add_comment(db: Database, plan_id: int, author: str, text: str) -> int:
    by = current_user(db)
    with db.transaction() as s:
        touch(s, plan_id, reopen=False, by=by)
        comment = PlanComment(plan_id=plan_id, author=author, text=_text(text),
                              created_at=_now())
        s.add(comment)
        s.flush()
        return comment.id


@retry_stale
def edit_comment(db: Database, comment_id: int, text: str, *,
                 expect: str | None = None) -> None:
    """Replace a comment's text. With ``expect`` (the text the editor showed), a comment
    someone else edited meanwhile is not replaced, and one they deleted is not
    brought back: ConflictError."""
    text = _text(text)
    by = current_user(db)
    with db.transaction() as s:
        comment = s.get(PlanComment, comment_id)
        if comment is None:
            raise ConflictError("plan", Change("", None, ("this comment",), 0, gone=True))
        if expect is not None and comment.text not in (expect, text):
            raise _changed(comment)
        if comment.text == text:
            return
        touch(s, comment.plan_id, reopen=False, by=by)
        comment.text, comment.edited_by, comment.edited_at = text, by, _now()


@retry_stale
def delete_comment(db: Database, comment_id: int, *, expect: str | None = None) -> None:
    """Delete a comment (one already deleted is left so). With ``expect`` (the text the
    editor showed), a comment someone else edited meanwhile is kept: ConflictError."""
    by = current_user(db)
    with db.transaction() as s:
        comment = s.get(PlanComment, comment_id)
        if comment is None:
            return
        if expect is not None and comment.text != expect:
            raise _changed(comment)
        touch(s, comment.plan_id, reopen=False, by=by)
        s.delete(comment)


@retry_stale
def restore_comment(db: Database, plan_id: int, author: str, created_at: dt.datetime,
                    text: str, edited_by: str = "", edited_at: dt.datetime | None = None
                    ) -> int:
    """Put a deleted comment back with its author, date and edit (undo); its new id."""
    by = current_user(db)
    with db.transaction() as s:
        touch(s, plan_id, reopen=False, by=by)
        comment = PlanComment(plan_id=plan_id, author=author, text=_text(text),
                              created_at=created_at, edited_by=edited_by,
                              edited_at=edited_at)
        s.add(comment)
        s.flush()
        return comment.id


def comment_text(db: Database, comment_id: int) -> str:
    """A comment's text as saved now ("" when it was deleted)."""
    with db.read() as s:
        comment = s.get(PlanComment, comment_id)
        return comment.text if comment is not None else ""
