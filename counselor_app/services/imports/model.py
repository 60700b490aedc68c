"""What an import reports: the kinds, errors by file/row/column, the preview and result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

ProgressFn = Callable[[int, int, str], None]
"""``progress(done, total, message)``; may raise to cancel (the import rolls back)."""


class ImportKind(StrEnum):
    STUDENTS = "students"
    COURSES = "courses"
    PROGRAMS = "programs"
    OCCUPATIONS = "occupations"
    ONET = "onet"


KIND_LABELS = {
    ImportKind.STUDENTS: "Students",
    ImportKind.COURSES: "Courses (course catalog)",
    ImportKind.PROGRAMS: "Programs of study",
    ImportKind.OCCUPATIONS: "Occupations",
    ImportKind.ONET: "O*NET files",
}
TEMPLATE_KINDS = (ImportKind.STUDENTS, ImportKind.COURSES, ImportKind.PROGRAMS,
                  ImportKind.OCCUPATIONS)
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


@dataclass
class ImportPreview:
    kind: ImportKind
    files: list[str]
    to_add: list[PreviewItem] = field(default_factory=list)
    to_update: list[PreviewItem] = field(default_factory=list)
    to_skip: list[PreviewItem] = field(default_factory=list)  # already up to date
    to_remove: list[PreviewItem] = field(default_factory=list)  # program courses dropped
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)  # reported, not blocking
    unknown_columns: list[str] = field(default_factory=list)  # "file: header"
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changes(self) -> int:
        return len(self.to_add) + len(self.to_update) + len(self.to_remove)

    def summary(self) -> str:
        parts = [f"{len(self.to_add)} to add", f"{len(self.to_update)} to update",
                 f"{len(self.to_skip)} unchanged"]
        if self.to_remove:
            parts.append(f"{len(self.to_remove)} to remove")
        parts.append(f"{len(self.errors)} error{'s' if len(self.errors) != 1 else ''}")
        return ", ".join(parts)

    def report_lines(self, limit: int | None = None) -> list[str]:
        """The preview as text (CLI ``--dry-run`` and logs)."""
        lines = [f"{KIND_LABELS[self.kind]} from {', '.join(self.files)}: {self.summary()}"]
        lines += [f"note: {n}" for n in self.notes]
        if self.unknown_columns:
            lines.append("ignored columns: " + "; ".join(self.unknown_columns))
        for title, items in (("add", self.to_add), ("update", self.to_update),
                             ("remove", self.to_remove)):
            for item in items[:limit]:
                where = f"row {item.row}: " if item.row is not None else ""
                extra = f" ({', '.join(item.changes)})" if item.changes else ""
                lines.append(f"{title}: {where}{item.key} {item.label}{extra}")
            if limit is not None and len(items) > limit:
                lines.append(f"{title}: ... and {len(items) - limit} more")
        lines += [f"warning: {w}" for w in self.warnings]
        lines += [f"error: {e}" for e in self.errors]
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

    def summary(self) -> str:
        text = (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged"
                + (f", {self.removed} removed" if self.removed else ""))
        return text


class ImportRefused(Exception):
    """The file has errors; nothing was imported. ``preview`` lists them all."""

    def __init__(self, preview: ImportPreview) -> None:
        first = str(preview.errors[0]) if preview.errors else "no details"
        n = len(preview.errors)
        super().__init__(f"{', '.join(preview.files)}: import refused, {n} "
                         f"error{'s' if n != 1 else ''} (first: {first}); nothing was imported")
        self.preview = preview


