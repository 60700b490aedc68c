"""Staging: what a kind's checker produces (preview items plus write operations) and
the small write operations several kinds share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from counselor_app.services.imports.model import ImportPreview, Kept, PreviewItem
from counselor_app.services.imports.records import Record


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def preview_item(rec: Record, key: str, label: str, changes: Sequence[str] = ()) -> PreviewItem:
    return PreviewItem(rec.file, rec.number, key, label, tuple(changes))


def note(items: list[PreviewItem], rec: Record, key: str, label: str,
         changes: Sequence[str] = ()) -> None:
    """Append a preview item; once a bounded list is full, only count it (a large file
    builds no item it would not keep)."""
    if isinstance(items, Kept) and items.full:
        items.total += 1
    else:
        items.append(preview_item(rec, key, label, changes))


def diff(obj: object, values: dict[str, Any]) -> list[str]:
    return [k for k, v in values.items() if getattr(obj, k) != v]


Op = Callable[[Session], None]


@dataclass
class Stage:
    """What checking a file produces. ``ops`` run after every row was checked; ops
    given to ``run`` (chunks of a streamed kind) run at once while applying, so a
    large file never holds all its writes in memory. Applying happens inside one
    transaction, so an error found later still leaves nothing written."""

    preview: ImportPreview
    session: Session | None = None  # set while applying
    keep_rejects: bool = False  # good-rows imports write the rejected rows out
    ops: list[Op] = field(default_factory=list)
    rejected: list[Record] = field(default_factory=list)
    rejected_count: int = 0
    on_progress: Callable[[], None] | None = None  # told after each chunk
    reject_sink: Callable[[list[Record]], None] | None = None  # takes ``rejected`` rows

    @property
    def writing(self) -> bool:
        """Whether chunks are written now: while applying, until an error makes the
        import fail anyway (the rest of the file is then only checked, and the
        transaction rolled back); a good-rows import goes on past row errors."""
        if self.session is None:
            return False
        errors = self.preview.errors
        return not errors or (self.keep_rejects and self.preview.good_rows_possible)

    def run(self, op: Op) -> None:
        if self.writing:
            assert self.session is not None
            op(self.session)

    def tick(self) -> None:
        """A chunk is done: every row read so far is checked (progress, cancel, and the
        rejected rows handed to ``reject_sink``)."""
        self.flush_rejects()
        if self.on_progress is not None:
            self.on_progress()

    def flush_rejects(self) -> None:
        if self.reject_sink is not None and self.rejected:
            self.reject_sink(self.rejected)
            self.rejected = []

    def reject(self, rec: Record) -> None:
        self.rejected_count += 1
        if self.keep_rejects:
            self.rejected.append(rec)


def update_fields(obj: object, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        for k, v in values.items():
            setattr(obj, k, v)
    return op


def delete_op(obj: object) -> Op:
    def op(s: Session) -> None:
        s.delete(obj)
    return op


def lock_for_write(session: Session) -> None:
    """Take SQLite's write lock now, so no other copy of the app writes between the
    checks and the writes (a second copy waits for the busy timeout)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM data_info WHERE 0"))


def stage_upsert(stage: Stage, rec: Record, key: str, label: str, old: object | None,
                 values: dict[str, Any], changes: Sequence[str], add: Callable[[], Op]) -> None:
    """A row matched by its key: added when new, updated when it changes, else unchanged."""
    if old is None:
        stage.preview.to_add.append(preview_item(rec, key, label))
        stage.ops.append(add())
    elif changes:
        stage.preview.to_update.append(preview_item(rec, key, label, changes))
        stage.ops.append(update_fields(old, values))
    else:
        stage.preview.to_skip.append(preview_item(rec, key, label))
