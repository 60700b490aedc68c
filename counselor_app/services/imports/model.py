"""What an import reports: the kinds, errors by file/row/column, the preview and result."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from counselor_app.messages import Listing, Message, msg, plural

T = TypeVar("T")

ProgressFn = Callable[[int, int, str], None]
"""``progress(done, total, message)``; may raise to cancel (the import rolls back)."""


class ImportKind(StrEnum):
    STUDENTS = "students"
    COURSES = "courses"
    PROGRAMS = "programs"
    OCCUPATIONS = "occupations"
    ONET = "onet"
    TRANSCRIPTS = "transcripts"


KIND_LABELS = {
    ImportKind.STUDENTS: "Students",
    ImportKind.COURSES: "Courses (course catalog)",
    ImportKind.PROGRAMS: "Programs of study",
    ImportKind.OCCUPATIONS: "Occupations",
    ImportKind.ONET: "O*NET files",
    ImportKind.TRANSCRIPTS: "Transcripts (completed courses)",
}
TEMPLATE_KINDS = (ImportKind.STUDENTS, ImportKind.COURSES, ImportKind.PROGRAMS,
                  ImportKind.OCCUPATIONS, ImportKind.TRANSCRIPTS)
REFERENCE_KINDS = frozenset({ImportKind.COURSES, ImportKind.PROGRAMS, ImportKind.OCCUPATIONS,
                             ImportKind.ONET})
"""Kinds that change reference data (the search index is rebuilt after them)."""


@dataclass(frozen=True)
class RowError:
    """A problem with a file: which file, row and column, and why."""

    file: str
    row: int | None
    column: str | None
    reason: str

    def message(self) -> Message:
        """'students.csv, row 4, column "Grade": ...' (row and column when known)."""
        if self.row is not None and self.column:
            return msg('{file}, row {row}, column "{column}": {reason}', file=self.file,
                       row=self.row, column=self.column, reason=self.reason)
        if self.row is not None:
            return msg("{file}, row {row}: {reason}", file=self.file, row=self.row,
                       reason=self.reason)
        if self.column:
            return msg('{file}, column "{column}": {reason}', file=self.file,
                       column=self.column, reason=self.reason)
        return msg("{file}: {reason}", file=self.file, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message())


@dataclass(frozen=True)
class PreviewItem:
    """One thing an import adds, updates, leaves unchanged or removes."""

    file: str
    row: int | None
    key: str  # the student ID or code
    label: str
    changes: tuple[str, ...] = ()  # fields that change (updates)


class Kept(list[T]):
    """A list that keeps its first ``keep`` items and counts the rest: ``len()`` is the
    count of everything appended, iteration and indexing see the items kept. A
    million-row import previews in bounded memory this way."""

    def __init__(self, items: Iterable[T] = (), keep: int = 2000) -> None:
        super().__init__()
        self.keep = keep
        self.total = 0
        self.extend(items)

    def append(self, item: T) -> None:
        self.total += 1
        if super().__len__() < self.keep:
            super().append(item)

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    @property
    def full(self) -> bool:
        """Whether a further item would only be counted."""
        return super().__len__() >= self.keep

    def __iadd__(self, items: Iterable[T]) -> Kept[T]:  # type: ignore[override,misc]
        self.extend(items)
        return self

    def __len__(self) -> int:
        return self.total

    def __bool__(self) -> bool:
        return self.total > 0

    @property
    def omitted(self) -> int:
        """How many were counted but not kept."""
        return self.total - super().__len__()


def _kept() -> Kept[Any]:
    return Kept()


@dataclass
class ImportPreview:
    kind: ImportKind
    files: list[str]
    to_add: list[PreviewItem] = field(default_factory=_kept)
    to_update: list[PreviewItem] = field(default_factory=_kept)
    to_skip: list[PreviewItem] = field(default_factory=_kept)  # already up to date
    to_remove: list[PreviewItem] = field(default_factory=_kept)  # program courses dropped
    errors: list[RowError] = field(default_factory=_kept)
    warnings: list[RowError] = field(default_factory=_kept)  # reported, not blocking
    unknown_columns: list[str] = field(default_factory=list)  # "file: header"
    mapping: dict[str, dict[str, str]] = field(default_factory=dict)  # asked: file -> map
    columns: dict[str, tuple[list[str], dict[str, int]]] = field(default_factory=dict)
    """Per file: its headers and which column each field was read from."""
    headers_seen: dict[str, list[str]] = field(default_factory=dict)
    decimal_commas: int = 0  # numbers written 1,5 and read as 1.5
    row_errors: int = 0  # errors of single rows (the rest concern a whole file)
    rejected_rows: int = 0  # rows with errors (a good-rows import skips them)
    left_out: dict[str, int] = field(default_factory=dict)  # reason -> rows not imported

    def left_out_lines(self) -> list[str]:
        return [plural("left out, {reason}: {n} row", "left out, {reason}: {n} rows", n=n,
                       reason=reason) for reason, n in self.left_out.items()]
    to_archive: list[PreviewItem] = field(default_factory=_kept)  # OneRoster tobedeleted
    unmatched: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    """Transcripts: (school, course number) not in the catalog -> [title, rows]."""
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def good_rows_possible(self) -> bool:
        """Every error concerns a row: the other rows could be imported on request."""
        return bool(self.errors) and len(self.errors) == self.row_errors

    @property
    def changes(self) -> int:
        return (len(self.to_add) + len(self.to_update) + len(self.to_remove)
                + len(self.to_archive))

    def summary(self) -> Message:
        parts = [msg("{n} to add", n=len(self.to_add)),
                 msg("{n} to update", n=len(self.to_update)),
                 msg("{n} unchanged", n=len(self.to_skip))]
        if self.to_remove:
            parts.append(msg("{n} to remove", n=len(self.to_remove)))
        if self.to_archive:
            parts.append(msg("{n} to archive", n=len(self.to_archive)))
        if self.left_out:
            parts.append(msg("{n} left out", n=sum(self.left_out.values())))
        parts.append(plural("{n} error", "{n} errors", n=len(self.errors)))
        return Listing(parts)

    def report_lines(self, limit: int | None = None) -> list[str]:
        """The preview as text (CLI ``--dry-run`` and logs)."""
        lines = [f"{KIND_LABELS[self.kind]} from {', '.join(self.files)}: {self.summary()}"]
        lines += [f"note: {n}" for n in self.notes]
        lines += self.left_out_lines()
        if self.unknown_columns:
            lines.append("ignored columns: " + "; ".join(self.unknown_columns))
        for title, items in (("add", self.to_add), ("update", self.to_update),
                             ("remove", self.to_remove), ("archive", self.to_archive)):
            shown = list(items)[:limit]
            for item in shown:
                where = f"row {item.row}: " if item.row is not None else ""
                extra = f" ({', '.join(item.changes)})" if item.changes else ""
                lines.append(f"{title}: {where}{item.key} {item.label}{extra}")
            if len(items) > len(shown):
                lines.append(f"{title}: ... and {len(items) - len(shown)} more")
        for title, problems in (("warning", self.warnings), ("error", self.errors)):
            kept = list(problems)
            lines += [f"{title}: {p}" for p in kept]
            if len(problems) > len(kept):
                lines.append(f"{title}: ... and {len(problems) - len(kept)} more")
        return lines


@dataclass(frozen=True)
class ImportResult:
    kind: ImportKind
    added: int
    updated: int
    unchanged: int
    removed: int
    backup: Path | None
    preview: ImportPreview
    archived: int = 0
    rejected: int = 0  # rows skipped by a good-rows import
    rejects_file: Path | None = None  # where those rows were written, with the reasons

    def summary(self) -> Message:
        parts = [msg("{n} added", n=self.added), msg("{n} updated", n=self.updated),
                 msg("{n} unchanged", n=self.unchanged)]
        if self.removed:
            parts.append(msg("{n} removed", n=self.removed))
        if self.archived:
            parts.append(msg("{n} archived", n=self.archived))
        if self.rejected:
            parts.append(msg("{n} rows skipped", n=self.rejected))
        return Listing(parts)


class ImportRefused(Exception):
    """The file has errors; nothing was imported. ``preview`` lists them all."""

    def __init__(self, preview: ImportPreview) -> None:
        first = preview.errors[0].message() if preview.errors else msg("no details")
        super().__init__(plural(
            "{files}: import refused, {n} error (first: {first}); nothing was imported",
            "{files}: import refused, {n} errors (first: {first}); nothing was imported",
            n=len(preview.errors), files=", ".join(preview.files), first=first))
        self.preview = preview


