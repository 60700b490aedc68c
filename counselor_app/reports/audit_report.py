"""The graduation audit as the printed plan shows it: plain data, words already chosen.

Built from an audit result by ``counselor_app.services.report_audit``; drawn by
``counselor_app.reports.audit_section``. Statuses are in plain words ("On track",
"Short by 1.5 credits"), the same words the plan editor shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counselor_app.reports.audit_text import amount_words, format_amount


@dataclass(frozen=True)
class AuditRow:
    """One requirement of a set, flattened: ``depth`` 0 is a top-level requirement."""

    label: str
    depth: int
    kind: str
    status: str  # met | in_progress | on_track | short | waived
    status_text: str  # "On track", "Short by 1.5 credits"
    required: float
    earned: float
    in_progress: float
    planned: float
    unit: str  # credits | courses | requirements | items
    courses: tuple[str, ...] = ()  # titles of the courses filling it (a family reads them)
    note: str = ""  # "Done March 4, 2026", "Waiver by Ms. Ruiz" (English)
    done_on: dt.date | None = None  # a checklist item: the day it was marked done
    decisions: tuple[tuple[str, str], ...] = ()  # ("Waiver", "Ms. Ruiz"): kind, by

    @property
    def required_text(self) -> str:
        if self.kind == "checklist":
            return ""
        return amount_words(self.required, self.unit)

    @property
    def counted_text(self) -> str:
        if self.kind == "checklist" or self.unit == "requirements":
            return ""
        return format_amount(self.earned)

    @property
    def coming_text(self) -> str:
        """In progress and planned together (what is not finished yet)."""
        if self.kind == "checklist" or self.unit == "requirements":
            return ""
        return format_amount(self.in_progress + self.planned)


@dataclass(frozen=True)
class AuditSetBlock:
    code: str
    name: str
    kind: str  # diploma | endorsement | supplemental | seal
    state: str
    source: str
    checked: dt.date
    notice: str  # "Verify with your district before relying on this set."
    status: str
    status_text: str
    rows: tuple[AuditRow, ...]
    not_counted: tuple[str, ...] = ()  # "Biology (SCI1): repeat of a course that counts once"
    # the same, in parts for another language: (course, reason, grade level, mark)
    nowhere: tuple[tuple[str, str, int, str], ...] = ()

    @property
    def short_count(self) -> int:
        return sum(1 for r in self.rows if r.depth == 0 and r.status == "short")


@dataclass(frozen=True)
class ExceptionLine:
    """A counselor's decision: who, when and why."""

    kind: str  # "Waiver" | "Substitution" | "Exemption"
    what: str  # "Texas Foundation: Fine arts", "ART2 counts as ART1" (English)
    by: str
    on: dt.date | None
    why: str
    # the parts of ``what``, for another language: the set's name, the requirement's
    # label ("" for a course counted as another wherever it counts), the credits waived,
    # and (course, course it counts as) of a substitution
    set_name: str = ""
    label: str = ""
    credits: float | None = None
    swaps: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ConcentratorBox:
    status: str  # concentrator | on_track | short
    status_text: str  # "Concentrator", "On track", "Not yet a concentrator"
    program_name: str
    program_code: str
    basis: str  # "the plan's program of study" / "most CTE courses taken"
    mode: str  # courses | credits
    threshold: float
    earned: float
    in_progress: float
    planned: float
    counted: tuple[str, ...]  # titles of the courses counted

    @property
    def summary(self) -> str:
        """'2 CTE courses completed and 1 planned in Welding (WLD), the plan's program of
        study; 3 courses must be completed.'"""
        unit = "CTE course" if self.mode == "courses" else "CTE credit"
        plural = "" if abs(self.earned - 1) < 1e-9 else "s"
        parts = [f"{format_amount(self.earned)} {unit}{plural} completed"]
        if self.in_progress:
            parts.append(f"{format_amount(self.in_progress)} in progress")
        if self.planned:
            parts.append(f"{format_amount(self.planned)} planned")
        text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        if self.program_name:
            text += f" in {self.program_name}"
            if self.program_code:
                text += f" ({self.program_code})"
            if self.basis:
                text += f", {self.basis}"
        needed = amount_words(self.threshold, "courses" if self.mode == "courses"
                              else "credits")
        return f"{text}; {needed} must be completed."


@dataclass(frozen=True)
class AuditReport:
    sets: tuple[AuditSetBlock, ...]
    exceptions: tuple[ExceptionLine, ...] = ()
    concentrator: ConcentratorBox | None = None
    unknown_courses: tuple[str, ...] = ()
