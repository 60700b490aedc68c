"""What an import reports: the kinds, errors by file/row/column, the preview and result."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

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

    def __str__(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column \"{self.column}\"")
        return ", ".join(parts) + f": {self.reason}"


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
        return [f"left out, {reason}: {n} row{'s' if n != 1 else ''}"
                for reason, n in self.left_out.items()]
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

    def summary(self) -> str:
        parts = [f"{len(self.to_add)} to add", f"{len(self.to_update)} to update",
                 f"{len(self.to_skip)} unchanged"]
        if self.to_remove:
            parts.append(f"{len(self.to_remove)} to remove")
        if self.to_archive:
            parts.append(f"{len(self.to_archive)} to archive")
        if self.left_out:
            parts.append(f"{sum(self.left_out.values())} left out")
        parts.append(f"{len(self.errors)} error{'s' if len(self.errors) != 1 else ''}")
        return ", ".join(parts)

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

    def summary(self) -> str:
        text = (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged"
                + (f", {self.removed} removed" if self.removed else "")
                + (f", {self.archived} archived" if self.archived else "")
                + (f", {self.rejected} rows skipped" if self.rejected else ""))
        return text


class ImportRefused(Exception):
    """The file has errors; nothing was imported. ``preview`` lists them all."""

    def __init__(self, preview: ImportPreview) -> None:
        first = str(preview.errors[0]) if preview.errors else "no details"
        n = len(preview.errors)
        super().__init__(f"{', '.join(preview.files)}: import refused, {n} "
                         f"error{'s' if n != 1 else ''} (first: {first}); nothing was imported")
        self.preview = preview


