"""The graduation audit as a tree: sets, their requirements, and the courses filling them.

Rows wrap the audit's frozen result dataclasses (``counselor_app.audit.results``); the
model never computes a status itself. Columns: requirement, progress (drawn as a bar by
``AuditBarDelegate``), status in plain words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from counselor_app.audit.results import (
    AuditResult,
    ConcentratorResult,
    CourseUse,
    RequirementResult,
    SetAudit,
)
from counselor_app.ui.shared.words import (
    amount,
    audit_status,
    concentrator_status,
    course_status_title,
    decision_text,
    grade_title,
    progress,
    set_word,
    short_amount,
    short_date,
    status_help,
)

Index = QModelIndex | QPersistentModelIndex

KIND_ROLE = Qt.ItemDataRole.UserRole + 20  # "set" | "requirement" | "concentrator" | "course"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 21  # status key
BAR_ROLE = Qt.ItemDataRole.UserRole + 22  # Bar or None
KEY_ROLE = Qt.ItemDataRole.UserRole + 23  # stable key (for expansion and selection)
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 24  # the result dataclass of the row
SET_CODE_ROLE = Qt.ItemDataRole.UserRole + 25
COURSE_REF_ROLE = Qt.ItemDataRole.UserRole + 26  # plan course id of a course row
NOT_NEEDED_ROLE = Qt.ItemDataRole.UserRole + 27  # a short alternative nobody needs

STATUS_COLORS = {"met": QColor("#2e7d32"), "waived": QColor("#546e7a"),
                 "in_progress": QColor("#1565c0"), "on_track": QColor("#00796b"),
                 "short": QColor("#c62828"), "concentrator": QColor("#2e7d32")}

COLUMNS = (QT_TRANSLATE_NOOP("AuditTreeModel", "Requirement"),
           QT_TRANSLATE_NOOP("AuditTreeModel", "Progress"),
           QT_TRANSLATE_NOOP("AuditTreeModel", "Status"))
Result = SetAudit | RequirementResult | ConcentratorResult | CourseUse


@dataclass(frozen=True)
class Bar:
    """Fractions of the requirement: earned, in progress, planned (the rest is short)."""

    earned: float
    in_progress: float
    planned: float
    waived: bool = False

    @classmethod
    def of(cls, r: Result) -> Bar | None:
        if isinstance(r, SetAudit | CourseUse):
            return None
        required = r.threshold if isinstance(r, ConcentratorResult) else r.required
        if r.status == "waived":
            return cls(0.0, 0.0, 0.0, waived=True)
        if required <= 0:
            return None

        def part(value: float) -> float:
            return max(0.0, min(1.0, value / required))
        earned = part(r.earned)
        in_progress = min(1.0 - earned, part(r.in_progress))
        planned = min(1.0 - earned - in_progress, part(r.planned))
        return cls(earned, in_progress, planned)

    @property
    def short(self) -> float:
        if self.waived:
            return 0.0
        return max(0.0, round(1.0 - self.earned - self.in_progress - self.planned, 6))


def not_needed(parent: RequirementResult | None, child: RequirementResult) -> bool:
    """A short alternative of an "any of" that is already satisfied by another child."""
    return (parent is not None and parent.kind == "any" and parent.status != "short"
            and child.status == "short")


@dataclass(eq=False)
class _Row:
    kind: str
    payload: Result
    set_code: str
    key: tuple[str, ...]
    parent: _Row | None
    row: int
    children: list[_Row] = field(default_factory=list)


def _build(audit: AuditResult) -> list[_Row]:
    tops: list[_Row] = []
    for s in audit.sets:
        top = _Row("set", s, s.code, (s.code,), None, len(tops))
        tops.append(top)
        for req in s.requirements:
            _add_requirement(top, req, s.code)
    c = audit.concentrator
    if c is not None:
        top = _Row("concentrator", c, "", ("*concentrator",), None, len(tops))
        tops.append(top)
        _add_courses(top, c.courses)
    return tops


def _add_requirement(parent: _Row, req: RequirementResult, set_code: str) -> None:
    row = _Row("requirement", req, set_code, (*parent.key, req.id), parent,
               len(parent.children))
    parent.children.append(row)
    for child in req.children:
        _add_requirement(row, child, set_code)
    _add_courses(row, req.courses)


def _add_courses(row: _Row, courses: Sequence[CourseUse]) -> None:
    for i, use in enumerate(courses):
        row.children.append(_Row("course", use, row.set_code,
                                 (*row.key, f"{use.code}#{use.ref}#{i}"), row,
                                 len(row.children)))


class AuditTreeModel(QAbstractItemModel):
    """Sets (top level) -> requirements -> child requirements and courses."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tops: list[_Row] = []
        self.audit: AuditResult | None = None

    def set_audit(self, audit: AuditResult | None) -> None:
        self.beginResetModel()
        self.audit = audit
        self._tops = _build(audit) if audit is not None else []
        self.endResetModel()

    # -- lookups -------------------------------------------------------------------
    def _row(self, index: Index) -> _Row | None:
        if not index.isValid():
            return None
        row = index.internalPointer()
        return row if isinstance(row, _Row) else None

    def index_of_key(self, key: Sequence[str]) -> QModelIndex:
        """The index of the row with ``key``, or an invalid one."""
        key = tuple(key)
        rows = self._tops
        while rows:
            found = next((r for r in rows if key[:len(r.key)] == r.key), None)
            if found is None:
                break
            if found.key == key:
                return self.createIndex(found.row, 0, found)
            rows = found.children
        return QModelIndex()

    def all_indexes(self, parent: QModelIndex | None = None) -> list[QModelIndex]:
        """Every column-0 index, depth first (tests and expansion)."""
        parent = parent or QModelIndex()
        out: list[QModelIndex] = []
        for r in range(self.rowCount(parent)):
            index = self.index(r, 0, parent)
            out.append(index)
            out += self.all_indexes(index)
        return out

    # -- structure -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        owner = self._row(parent)
        rows = owner.children if owner is not None else self._tops
        if row >= len(rows):
            return QModelIndex()
        return self.createIndex(row, column, rows[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        row = self._row(index)
        if row is None or row.parent is None:
            return QModelIndex()
        return self.createIndex(row.parent.row, 0, row.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self._row(parent)
        return len(owner.children) if owner is not None else len(self._tops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    # -- data ----------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        col = index.column()
        p = row.payload
        if role == KIND_ROLE:
            return row.kind
        if role == NOT_NEEDED_ROLE and not isinstance(p, RequirementResult):
            return False
        if role == KEY_ROLE:
            return row.key
        if role == PAYLOAD_ROLE:
            return p
        if role == SET_CODE_ROLE:
            return row.set_code
        if role == COURSE_REF_ROLE:
            return p.ref if isinstance(p, CourseUse) else None
        if role == STATUS_ROLE:
            return None if isinstance(p, CourseUse) else p.status
        if role == BAR_ROLE:
            return Bar.of(p) if col == 1 else None
        if isinstance(p, SetAudit):
            return self._set_data(p, col, role)
        if isinstance(p, RequirementResult):
            parent = row.parent.payload if row.parent is not None else None
            spare = not_needed(parent if isinstance(parent, RequirementResult) else None, p)
            if role == NOT_NEEDED_ROLE:
                return spare
            if spare and col == 2 and role in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ForegroundRole):
                return (self.tr("Not needed") if role == Qt.ItemDataRole.DisplayRole
                        else QBrush(QColor("#5f6b76")))
            return self._requirement_data(p, col, role)
        if isinstance(p, ConcentratorResult):
            return self._concentrator_data(p, col, role)
        return self._course_data(p, col, role)

    def _set_data(self, s: SetAudit, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return set_word(s.name)
            if col == 2:
                return audit_status(s.status)
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return QBrush(STATUS_COLORS.get(s.status, QColor("black")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 (%2, %3). Rules checked %4 against %5. %6").replace(
                "%1", set_word(s.name)).replace("%2", s.kind).replace("%3", s.state).replace(
                "%4", s.checked.isoformat()).replace("%5", set_word(s.source)).replace(
                "%6", set_word(s.notice))
        return None

    def _requirement_data(self, r: RequirementResult, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return set_word(r.label)
            if col == 1:
                if r.kind == "checklist":
                    return "✓ " + short_date(r.done_on) if r.done_on else ""
                return short_amount(r.earned + r.in_progress + r.planned, r.required, r.unit)
            return audit_status(r.status, r.missing, r.kind)
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return QBrush(STATUS_COLORS.get(r.status, QColor("black")))
        if role == Qt.ItemDataRole.ToolTipRole:
            words = audit_status(r.status, r.missing, r.kind)
            lines = [set_word(r.label),
                     progress(r.required, r.earned, r.in_progress, r.planned, r.unit),
                     f"{words}: {status_help(r.status)}"]
            if r.description:
                lines.append(set_word(r.description))
            lines += [decision_text(e) for e in r.exceptions]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 1:
            return progress(r.required, r.earned, r.in_progress, r.planned, r.unit)
        return None

    def _concentrator_data(self, c: ConcentratorResult, col: int, role: int) -> Any:
        unit = "courses" if c.mode == "courses" else "credits"
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                name = c.program_name or self.tr("no program of study yet")
                return self.tr("CTE concentrator: %s") % name
            if col == 1:
                return short_amount(c.earned + c.in_progress + c.planned, c.threshold, unit)
            return concentrator_status(c.status)
        if role == Qt.ItemDataRole.FontRole and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return QBrush(STATUS_COLORS.get(c.status, QColor("black")))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [progress(c.threshold, c.earned, c.in_progress, c.planned, unit)]
            if c.basis:
                lines.append(self.tr("Program counted: %s.") % c.basis)
            lines.append(self.tr("Perkins V: a concentrator has completed the courses; planned "
                                 "ones make a student on track."))
            return "\n".join(lines)
        return None

    def _course_data(self, c: CourseUse, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                text = f"{c.title or c.code} ({c.code})"
                if c.substitutes:
                    text += " — " + self.tr("counts as %s") % c.substitutes
                return text
            if col == 1:
                return amount(c.credits, "credits")
            words = course_status_title(c.status)
            return f"{words} · {c.mark}" if c.mark else words
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#5f6b76"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 (%2), %3: counts %4 here. Double-click or press Enter to "
                           "select it in the plan.").replace("%1", c.title).replace(
                "%2", c.code).replace("%3", grade_title(c.level)).replace(
                "%4", amount(c.credits, "credits"))
        return None


__all__ = ["AuditTreeModel", "Bar", "BAR_ROLE", "COURSE_REF_ROLE", "KEY_ROLE", "KIND_ROLE",
           "NOT_NEEDED_ROLE", "PAYLOAD_ROLE", "SET_CODE_ROLE", "STATUS_COLORS", "STATUS_ROLE"]
