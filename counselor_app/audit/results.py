"""What the audit hands out: plain frozen dataclasses the GUI, the CLI and the PDF show.

Statuses, from best to worst: ``waived``/``met`` (only completed courses with a passing
mark), ``in_progress`` (met once the courses under way finish), ``on_track`` (met only if
the planned courses are finished too), ``short`` (``missing`` says what is lacking).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MET = "met"
IN_PROGRESS = "in_progress"
ON_TRACK = "on_track"
SHORT = "short"
WAIVED = "waived"
STATUSES = (MET, IN_PROGRESS, ON_TRACK, SHORT, WAIVED)
STATUS_RANK = {WAIVED: 0, MET: 0, IN_PROGRESS: 1, ON_TRACK: 2, SHORT: 3}
"""Lower is better; waived counts as met when a parent looks at its children."""
STATUS_LABELS = {MET: "Met", IN_PROGRESS: "In progress", ON_TRACK: "On track",
                 SHORT: "Short", WAIVED: "Waived"}

CONCENTRATOR = "concentrator"
CONCENTRATOR_STATUSES = (CONCENTRATOR, ON_TRACK, SHORT)

# Why a course counts nowhere in a set (NotCounted.reason)
UNKNOWN = "not in the catalog"
FAILED = "failed"
REPEAT = "repeat"
LEVEL = "level"
MIDDLE_SCHOOL = "middle school"  # grades 6-8 in a set that counts none (or not that grade)
NO_HS_CREDIT = "no high-school credit"  # grades 6-8, taken without high-school credit
NO_MARK = "no mark"  # completed without a mark: counts as in progress, listed too
MARK_TOO_LOW = "mark too low"
UNUSED = "unused"


@dataclass(frozen=True)
class CourseUse:
    """One attempt filling (part of) a requirement."""

    code: str
    title: str
    credits: float  # what it counts here (after caps)
    status: str  # completed | in_progress | planned (a completed course without a mark is
    # in_progress here)
    mark: str
    level: int
    term: str
    source: str
    ref: int | None
    substitutes: str = ""  # the course code it stands in for, by a substitution


@dataclass(frozen=True)
class AppliedException:
    kind: str  # waiver | substitution | exemption
    by: str
    on: dt.date | None
    reason: str
    credits: float | None = None
    id: int | None = None
    set_code: str = ""
    requirement: str = ""  # node id path; "" for a course-for-course substitution
    course: str = ""  # substitution: the course taken
    counts_as: str = ""  # substitution: the course it counts as

    @property
    def text(self) -> str:
        what = {"waiver": "Waived", "exemption": "Exempt",
                "substitution": "Substitution"}.get(self.kind, self.kind)
        if self.kind == "substitution" and self.course:
            what = f"{self.course} counts as {self.counts_as or 'this requirement'}"
        if self.kind == "waiver" and self.credits:
            what = f"{format_amount(self.credits)} credits waived"
        who = f" by {self.by}" if self.by else ""
        when = f" on {self.on.isoformat()}" if self.on else ""
        why = f": {self.reason}" if self.reason else ""
        return f"{what}{who}{when}{why}"


@dataclass(frozen=True)
class RequirementResult:
    id: str
    label: str
    kind: str
    status: str  # one of STATUSES
    required: float
    earned: float  # completed, passing
    in_progress: float
    planned: float
    unit: str  # credits | courses | requirements | items
    courses: tuple[CourseUse, ...] = ()
    children: tuple[RequirementResult, ...] = ()
    missing: str = ""  # when short: "1.5 credits", "Algebra II", "1 more of: A, B"
    exceptions: tuple[AppliedException, ...] = ()
    description: str = ""
    done_on: dt.date | None = None  # checklist items
    done_by: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def walk(self) -> list[RequirementResult]:
        out = [self]
        for child in self.children:
            out += child.walk()
        return out


@dataclass(frozen=True)
class NotCounted:
    """An attempt that counts nowhere in a set, and why (one of the reasons above)."""

    code: str
    title: str
    level: int
    status: str
    mark: str
    reason: str
    ref: int | None = None

    @property
    def text(self) -> str:
        name = f"{self.title} ({self.code})" if self.title else self.code
        why = {UNKNOWN: "not in the catalog; counts nowhere",
               FAILED: f"failed ({self.mark or 'no passing mark'}); counts nowhere",
               REPEAT: "repeat of a course that counts once",
               LEVEL: "taken at a level this set does not count",
               MIDDLE_SCHOOL: f"taken in grade {self.level}; this set does not count "
                              "high-school courses taken in that grade",
               NO_HS_CREDIT: f"taken in grade {self.level} without high-school credit",
               NO_MARK: "completed without a mark: counted as in progress",
               MARK_TOO_LOW: f"mark {self.mark} is below what a requirement needs",
               UNUSED: "counts toward no requirement of this set"}.get(self.reason,
                                                                        self.reason)
        return f"{name}: {why}"


@dataclass(frozen=True)
class SetAudit:
    code: str
    name: str
    kind: str
    state: str
    source: str
    checked: dt.date
    notice: str
    status: str  # of the whole set (its root "all of")
    requirements: tuple[RequirementResult, ...]  # the top-level nodes
    not_counted: tuple[NotCounted, ...] = ()
    exceptions: tuple[AppliedException, ...] = ()  # every exception that applies to the set

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def find(self, requirement_id: str) -> RequirementResult | None:
        for top in self.requirements:
            for node in top.walk():
                if node.id == requirement_id:
                    return node
        return None


@dataclass(frozen=True)
class ConcentratorResult:
    """Perkins V CTE concentrator status for one program of study."""

    status: str  # concentrator | on_track | short
    program_code: str | None
    program_name: str
    basis: str  # why this program: "the plan's program of study" / "most courses taken"
    mode: str  # courses | credits
    threshold: float
    earned: float
    in_progress: float
    planned: float
    courses: tuple[CourseUse, ...] = ()

    @property
    def status_label(self) -> str:
        return {CONCENTRATOR: "Concentrator", ON_TRACK: "On track",
                SHORT: "Not yet"}[self.status]


@dataclass(frozen=True)
class AuditResult:
    sets: tuple[SetAudit, ...]
    concentrator: ConcentratorResult | None = None
    unknown_courses: tuple[str, ...] = ()  # codes not in the catalog, sorted

    def set(self, code: str) -> SetAudit | None:
        return next((s for s in self.sets if s.code == code), None)


def format_amount(value: float) -> str:
    """1.0 -> '1', 0.5 -> '0.5', 3.25 -> '3.25' (at most two decimals)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
