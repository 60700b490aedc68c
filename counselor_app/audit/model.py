"""What the audit reads: requirement sets (the rules) and a student's course attempts.

Plain frozen dataclasses; no database, no Qt, no I/O. ``loader`` builds a
``RequirementSet`` from a file; a service builds the ``Attempt`` list from plan courses
(and later transcripts) and the ``CourseFacts`` catalog from the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

# ---------------------------------------------------------------- requirement sets

SET_KINDS = ("diploma", "endorsement", "supplemental", "seal")
NODE_KINDS = ("credits", "courses", "group", "all", "any", "some", "total", "checklist", "set")
"""Node kinds after loading (``ref`` nodes are replaced by what they name)."""
LEAF_KINDS = ("credits", "courses", "group", "total", "checklist", "set")
UNITS = ("credits", "courses", "requirements", "items")

HIGH_SCHOOL_LEVELS = (9, 10, 11, 12)
MIDDLE_SCHOOL_LEVELS = (6, 7, 8)
COUNTED_LEVELS = HIGH_SCHOOL_LEVELS
"""Default levels of a set: grades 9-12. Postsecondary (13) counts only when a set lists it;
grades 6-8 only when a set names them in ``hs_credit_grades`` (see ``RequirementSet``)."""
POSTSECONDARY = 13  # as counselor_app.domain.base (not imported: no SQLAlchemy here)


_MATCH_CACHE: dict[int, tuple[Selector, dict[str, tuple[CourseFacts, bool]]]] = {}


@dataclass(frozen=True)
class Selector:
    """Which courses a node looks at. A course matches when its subject area, one of its
    tags or its code is listed (or ``any``), and it is not excluded."""

    areas: frozenset[str] = frozenset()  # case-folded subject areas
    tags: frozenset[str] = frozenset()  # case-folded tags
    codes: frozenset[str] = frozenset()
    any: bool = False
    not_areas: frozenset[str] = frozenset()
    not_tags: frozenset[str] = frozenset()
    not_codes: frozenset[str] = frozenset()

    def matches(self, course: CourseFacts) -> bool:
        """Cached per course code for the life of this selector (catalog facts of a code
        do not change during an audit run; a new catalog brings new facts objects)."""
        entry = _MATCH_CACHE.get(id(self))
        if entry is None or entry[0] is not self:
            entry = _MATCH_CACHE[id(self)] = (self, {})
        known = entry[1].get(course.code)
        if known is not None and known[0] is course:
            return known[1]
        result = self._matches(course)
        entry[1][course.code] = (course, result)
        return result

    def _matches(self, course: CourseFacts) -> bool:
        if course.code in self.not_codes or course.area_key in self.not_areas:
            return False
        if self.not_tags and not self.not_tags.isdisjoint(course.tags):
            return False
        return (self.any or course.code in self.codes or course.area_key in self.areas
                or not self.tags.isdisjoint(course.tags))


@dataclass(frozen=True)
class Limit:
    """At most ``max`` credits from the courses ``select`` matches count toward a node."""

    select: Selector
    max: float


@dataclass(frozen=True)
class Requirement:
    """One node of a requirement tree.

    ``id`` is a path of slugs ("science/biology"), stable while labels and positions
    of the ancestors stay; exceptions name requirements by it.
    """

    id: str
    kind: str  # one of NODE_KINDS
    label: str
    required: float  # in ``unit``: credits, courses, child requirements or 1 item
    unit: str
    place: str = ""  # where in the file it was written ("requirements[2].children[0]")
    description: str = ""
    select: Selector | None = None  # credits, group, total
    slots: tuple[tuple[str, ...], ...] = ()  # courses: each slot is filled by any of its codes
    cap: float | None = None  # most credits (or courses) counted
    limits: tuple[Limit, ...] = ()
    min_mark: str = ""  # a course counts only with this mark or better
    share: bool = False  # courses counted here stay available to other nodes
    leftover: bool = False  # counts only courses no other node used (electives)
    children: tuple[Requirement, ...] = ()
    item: str = ""  # checklist item key
    set_code: str = ""  # set: the requirement set that must be met

    @property
    def is_leaf(self) -> bool:
        return self.kind in LEAF_KINDS

    @property
    def consumes(self) -> bool:
        """Takes courses away from other nodes (see docs/requirements-format.md)."""
        return (self.kind in ("credits", "courses", "group") and not self.share
                and not self.leftover)

    def walk(self) -> list[Requirement]:
        """This node and all below it, depth first, in file order."""
        out = [self]
        for child in self.children:
            out += child.walk()
        return out


@dataclass(frozen=True)
class Passing:
    """Which final marks pass. Letters are listed best first; ``+``/``-`` are ignored
    when comparing; numbers pass at ``minimum`` or above."""

    letters: tuple[str, ...] = ("A", "B", "C", "D")
    also: tuple[str, ...] = ("P", "S", "CR")  # pass/fail style marks that pass
    minimum: float = 60.0


@dataclass(frozen=True)
class RequirementSet:
    code: str
    name: str
    state: str  # two-letter state, "district" or "national"
    kind: str  # one of SET_KINDS
    source: str
    checked: dt.date
    root: Requirement  # kind "all": the set is met when every top-level node is
    description: str = ""
    notice: str = "Verify with your district before relying on this set."
    passing: Passing = Passing()
    levels: tuple[int, ...] = COUNTED_LEVELS
    hs_credit_grades: tuple[int, ...] = ()
    """Middle-school grades (6-8) in which a high-school course taken for high-school
    credit counts toward this set (Texas: 6, 7 and 8); none by default."""
    file: str = ""  # where it was loaded from (for messages)

    def counts_level(self, attempt: Attempt) -> bool:
        """Whether a course taken at ``attempt.level`` counts in this set at all."""
        if attempt.level in MIDDLE_SCHOOL_LEVELS:
            return attempt.level in self.hs_credit_grades and attempt.hs_credit
        return attempt.level in self.levels

    def find(self, requirement_id: str) -> Requirement | None:
        for node in self.root.walk():
            if node.id == requirement_id:
                return node
        return None

    @property
    def set_references(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n.set_code for n in self.root.walk() if n.kind == "set"))

    @property
    def checklist_items(self) -> tuple[Requirement, ...]:
        return tuple(n for n in self.root.walk() if n.kind == "checklist")


# ---------------------------------------------------------------- a student's courses

ATTEMPT_STATUSES = ("planned", "in_progress", "completed")


@dataclass(frozen=True)
class CourseFacts:
    """Catalog facts the audit needs about one course code."""

    code: str
    title: str
    credits: float
    area: str  # subject area as written in the catalog
    tags: frozenset[str] = frozenset()  # case-folded
    repeatable: bool = False
    cte: bool = False
    area_key: str = field(init=False, repr=False, compare=False)  # area, case-folded

    def __post_init__(self) -> None:
        object.__setattr__(self, "area_key", self.area.strip().casefold())


@dataclass(frozen=True)
class Attempt:
    """One time a student takes (or plans to take) a course.

    ``credits`` None means the catalog's credits. ``source`` says where it came from
    ("plan" or "transcript"); ``ref`` is that row's id. ``hs_credit`` matters only in
    grades 6-8: False for a course taken there without high-school credit (a transcript
    row that earned no credit).
    """

    code: str
    level: int  # 6..12, 13 = postsecondary
    term: str = "year"
    status: str = "planned"  # one of ATTEMPT_STATUSES
    mark: str = ""
    credits: float | None = None
    source: str = "plan"
    ref: int | None = None
    hs_credit: bool = True


# ---------------------------------------------------------------- exceptions

EXCEPTION_KINDS = ("waiver", "substitution", "exemption")


@dataclass(frozen=True)
class AuditException:
    """A counselor's decision that changes what the rules say for one student.

    * waiver: ``requirement`` of ``set_code`` is waived; with ``credits`` only that many
      credits of it are (the rest is still required).
    * exemption: the student is exempt from ``requirement`` (shown as waived, "exempt").
    * substitution: ``course`` counts as ``counts_as`` (another course code), or, with
      ``requirement`` instead, counts toward that requirement whatever its selector says.
      An empty ``set_code`` on a course-for-course substitution applies to every set.
    """

    kind: str
    set_code: str = ""
    requirement: str = ""
    course: str = ""
    counts_as: str = ""
    credits: float | None = None
    by: str = ""
    on: dt.date | None = None
    reason: str = ""
    id: int | None = None  # database row, when stored


@dataclass(frozen=True)
class AuditInput:
    """Everything one audit needs besides the rules."""

    attempts: tuple[Attempt, ...]
    catalog: Mapping[str, CourseFacts]
    exceptions: tuple[AuditException, ...] = ()
    checklist: Mapping[str, dt.date] = field(default_factory=dict)  # item key -> done on
    checklist_by: Mapping[str, str] = field(default_factory=dict)  # item key -> who marked it
