"""Plan validation: pure rules over plain data (no Qt, no database, no I/O).

``validate_plan`` never blocks anything; it reports what a counselor should look at.

Graduation requirements and CTE concentrator status are the audit's now
(``counselor_app.services.audit.audit_plan``: only completed, passing courses make a
requirement met). ``requirements``/``requirement_shortfall`` and ``concentrator`` below are
the old credit-total view, kept only until the last screen that shows them moves to the
audit; do not build anything new on them.

Decisions worth knowing:

* Plan order is by grade level (postsecondary, 13, comes after 12), then the order
  the courses were given in. "First occurrence" of a duplicate and the order of the
  concentrator's counted courses follow it.
* A prerequisite counts as "in the plan" when its code appears anywhere in the plan,
  even as a course no longer in the catalog. It is in time when one occurrence is in
  an earlier level, or in the same level with the prerequisite in ``sem1`` and the
  course in ``sem2``. Nothing else in the same level is in time (a summer term is not
  treated as "the summer before"; a ``year`` course is never before anything in its
  own level).
* Flagged duplicates still count their credits: the error is the signal to fix them.
* A high-school course open to grade 9 may be planned in grades 6-8: it is taken for
  high-school credit (Algebra I in grade 8) and is not flagged; whether it counts toward a
  diploma is the audit's call (a set's ``hs_credit_grades``). Its credits show in its
  grade's column, not in the grades 9-12 total. A course for grade 10 or later is flagged
  there as anywhere outside its grades.
* Subject areas of courses and requirements are compared ignoring case and
  surrounding spaces.
* The CTE concentrator counts grades 9-12 only: Perkins V's secondary definition.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

POSTSECONDARY = 13  # same value as counselor_app.domain.base (not imported: no SQLAlchemy here)
HIGH_SCHOOL_LEVELS = (9, 10, 11, 12)
MIDDLE_SCHOOL_LEVELS = (6, 7, 8)
ALL_LEVELS = (*HIGH_SCHOOL_LEVELS, POSTSECONDARY)
TOTAL = "*"

ERROR = "error"
WARNING = "warning"

RULES = ("unknown_course", "prerequisite_missing", "prerequisite_order", "grade_range",
         "duplicate", "credit_load", "requirement_shortfall", "past_planned")

_EPSILON = 1e-9
_TERM_NAMES = {"year": "full year", "sem1": "semester 1", "sem2": "semester 2",
               "summer": "summer"}


# ---------------------------------------------------------------- input


@dataclass(frozen=True)
class CourseInfo:
    """Catalog facts about one course."""

    code: str
    title: str
    credits: float
    subject_area: str
    grade_low: int  # 9..12, 13 = postsecondary (the catalog holds high-school courses)
    grade_high: int
    cte: bool
    repeatable: bool
    prerequisites: tuple[str, ...] = ()
    # the catalog titles of ``prerequisites``, in the same order ("" when not in the catalog)
    prerequisite_titles: tuple[str, ...] = ()

    def prerequisite_name(self, code: str) -> str:
        """'English I (02110)', or the bare code when the catalog has no such course."""
        titles = dict(zip(self.prerequisites, self.prerequisite_titles, strict=False))
        return f"{titles[code]} ({code})" if titles.get(code) else code


@dataclass(frozen=True)
class PlannedCourse:
    id: int  # plan_course row id
    code: str
    level: int  # 6..12 or 13 (postsecondary)
    term: str = "year"  # year | sem1 | sem2 | summer
    status: str = "planned"  # planned | in_progress | completed
    course: CourseInfo | None = None  # None: code not (or no longer) in the catalog


@dataclass(frozen=True)
class ProgramCourses:
    code: str
    name: str
    cte_courses: frozenset[str]  # CTE course codes of that program of study


@dataclass(frozen=True)
class RuleSettings:
    max_credits_per_year: float = 8.0
    cte_mode: str = "courses"  # "courses" (count) or "credits" (sum of credits)
    cte_threshold: float = 2.0


@dataclass(frozen=True)
class PlanInput:
    courses: tuple[PlannedCourse, ...]
    requirements: tuple[tuple[str, float], ...]  # (subject_area, credits); "*" = total credits
    programs: tuple[ProgramCourses, ...] = ()  # candidate programs for concentrator status
    plan_program: str | None = None  # program the plan was started from (wins ties)
    settings: RuleSettings = RuleSettings()
    past_years: Mapping[int, str] = field(default_factory=dict)
    """Levels whose school year is over -> that year ("2024–25"): a course still planned
    there is history that was never recorded."""


# ---------------------------------------------------------------- output


@dataclass(frozen=True)
class Issue:
    rule: str  # one of RULES
    severity: str  # "error" | "warning"
    message: str  # plain English for a counselor
    plan_course_id: int | None = None
    level: int | None = None
    # what the message is made of (level, course, prereq...), so the interface can say
    # the same in another language; all values are plain text, levels as numbers
    values: tuple[tuple[str, str], ...] = ()

    def value(self, key: str) -> str:
        return next((v for k, v in self.values if k == key), "")


def _values(**values: object) -> tuple[tuple[str, str], ...]:
    return tuple((k, str(v)) for k, v in values.items())


@dataclass(frozen=True)
class RequirementProgress:
    subject_area: str
    required: float
    completed: float
    planned: float  # planned + in progress, not completed

    @property
    def shortfall(self) -> float:
        return max(0.0, round(self.required - self.completed - self.planned, 6))

    @property
    def met(self) -> bool:
        return self.shortfall <= _EPSILON


@dataclass(frozen=True)
class ConcentratorStatus:
    met: bool
    mode: str
    threshold: float
    amount: float  # count or credits reached
    program_code: str | None
    program_name: str
    counted: tuple[str, ...]  # course codes that count, in plan order


@dataclass(frozen=True)
class ValidationResult:
    issues: tuple[Issue, ...]
    credits_by_level: Mapping[int, float]  # all of 6..13 present
    total_credits: float  # grades 9-12 only
    requirements: tuple[RequirementProgress, ...]  # input order, "*" last
    concentrator: ConcentratorStatus

    def issues_for(self, plan_course_id: int) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.plan_course_id == plan_course_id)

    @property
    def error_count(self) -> int:
        return sum(1 for i in self.issues if i.severity == ERROR)

    @property
    def warning_count(self) -> int:
        return sum(1 for i in self.issues if i.severity == WARNING)


# ---------------------------------------------------------------- text helpers


def format_number(value: float) -> str:
    """1.0 -> '1', 0.5 -> '0.5', 3.25 -> '3.25' (at most two decimals)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def level_name(level: int) -> str:
    return "Postsecondary" if level == POSTSECONDARY else f"Grade {level}"


def _course_name(course: CourseInfo) -> str:
    return f"{course.title} ({course.code})"


def _grade_range_text(low: int, high: int) -> str:
    if low == high:
        return "postsecondary only" if low == POSTSECONDARY else f"grade {low} only"
    if high == POSTSECONDARY:
        return f"grade {low} through postsecondary"
    return f"grades {low}-{high}"


def _credits_word(amount: float) -> str:
    return "credit" if amount <= 1 else "credits"


# ---------------------------------------------------------------- helpers


def _in_plan_order(courses: Iterable[PlannedCourse]) -> list[PlannedCourse]:
    """By level, then the order given (sorted() is stable)."""
    return sorted(courses, key=lambda pc: pc.level)


def _is_before(prereq: PlannedCourse, course: PlannedCourse) -> bool:
    if prereq.level < course.level:
        return True
    return (prereq.level == course.level
            and prereq.term == "sem1" and course.term == "sem2")


def _known(courses: Iterable[PlannedCourse]) -> list[tuple[PlannedCourse, CourseInfo]]:
    return [(pc, pc.course) for pc in courses if pc.course is not None]


def _same_area(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


# ---------------------------------------------------------------- course rules


def _check_unknown(pc: PlannedCourse) -> list[Issue]:
    message = (f"{level_name(pc.level)}: course {pc.code} is no longer in the catalog; "
               "it counts no credits.")
    return [Issue("unknown_course", WARNING, message, pc.id, pc.level,
                  _values(level=pc.level, code=pc.code))]


def taken_for_hs_credit(level: int, grade_low: int) -> bool:
    """A course open to grade 9 (lowest grade ``grade_low``) planned in grade 6, 7 or 8:
    taken early, for high-school credit."""
    return level in MIDDLE_SCHOOL_LEVELS and grade_low <= HIGH_SCHOOL_LEVELS[0]


def _check_grade_range(pc: PlannedCourse, course: CourseInfo) -> list[Issue]:
    if course.grade_low <= pc.level <= course.grade_high or \
            taken_for_hs_credit(pc.level, course.grade_low):
        return []
    message = (f"{level_name(pc.level)}: {_course_name(course)} is for "
               f"{_grade_range_text(course.grade_low, course.grade_high)}.")
    return [Issue("grade_range", ERROR, message, pc.id, pc.level,
                  _values(level=pc.level, course=_course_name(course), low=course.grade_low,
                          high=course.grade_high))]


def _check_prerequisites(index: int, course: CourseInfo,
                         plan: list[PlannedCourse]) -> list[Issue]:
    """Prerequisite issues of the known course at plan[index]."""
    pc = plan[index]
    issues: list[Issue] = []
    for prereq_code in dict.fromkeys(course.prerequisites):  # each code once, in order
        occurrences = [other for i, other in enumerate(plan)
                       if other.code == prereq_code and i != index]
        if not occurrences:
            message = (f"{level_name(pc.level)}: {_course_name(course)} needs "
                       f"{course.prerequisite_name(prereq_code)}, which is not in the plan.")
            issues.append(Issue("prerequisite_missing", ERROR, message, pc.id, pc.level,
                                _values(level=pc.level, course=_course_name(course),
                                        prereq=course.prerequisite_name(prereq_code))))
        elif not any(_is_before(other, pc) for other in occurrences):
            earliest = occurrences[0]  # plan is in plan order
            name = _course_name(earliest.course) if earliest.course \
                else course.prerequisite_name(prereq_code)
            message = (f"{level_name(pc.level)}: {_course_name(course)} needs {name} first, "
                       f"but it is planned {_when(earliest, pc)}.")
            issues.append(Issue("prerequisite_order", ERROR, message, pc.id, pc.level,
                                _values(level=pc.level, course=_course_name(course),
                                        prereq=name, prereq_level=earliest.level,
                                        term=earliest.term)))
    return issues


def _when(prereq: PlannedCourse, course: PlannedCourse) -> str:
    if prereq.level == course.level:
        term = _TERM_NAMES.get(prereq.term, prereq.term)
        return f"in the same grade ({term})"
    return f"later, in {level_name(prereq.level)}"


def _check_duplicates(plan: list[PlannedCourse]) -> dict[int, list[Issue]]:
    """Issues keyed by plan index for every non-repeatable repeat after the first."""
    first_seen: dict[str, PlannedCourse] = {}
    found: dict[int, list[Issue]] = {}
    for index, pc in enumerate(plan):
        course = pc.course
        if course is None:
            continue
        if pc.code not in first_seen:
            first_seen[pc.code] = pc
            continue
        if course.repeatable:
            continue
        first = first_seen[pc.code]
        message = (f"{level_name(pc.level)}: {_course_name(course)} is already planned in "
                   f"{level_name(first.level)}.")
        found[index] = [Issue("duplicate", ERROR, message, pc.id, pc.level,
                              _values(level=pc.level, course=_course_name(course),
                                      first=first.level))]
    return found


def _check_past_planned(plan: list[PlannedCourse],
                        past_years: Mapping[int, str]) -> list[Issue]:
    issues = []
    for pc in plan:
        year = past_years.get(pc.level)
        if year is None or pc.status != "planned" or pc.id <= 0:
            continue
        name = _course_name(pc.course) if pc.course else pc.code
        message = (f"{level_name(pc.level)}: {name} is still planned in {year}: "
                   "mark it completed, or move it.")
        issues.append(Issue("past_planned", WARNING, message, pc.id, pc.level,
                            _values(level=pc.level, course=name, year=year)))
    return issues


def _course_issues(plan: list[PlannedCourse]) -> list[Issue]:
    duplicates = _check_duplicates(plan)
    issues: list[Issue] = []
    for index, pc in enumerate(plan):
        if pc.course is None:
            issues += _check_unknown(pc)
            continue
        issues += _check_grade_range(pc, pc.course)
        issues += duplicates.get(index, [])
        issues += _check_prerequisites(index, pc.course, plan)
    return issues


# ---------------------------------------------------------------- credits


def _credits_by_level(plan: list[PlannedCourse]) -> dict[int, float]:
    totals = dict.fromkeys((*MIDDLE_SCHOOL_LEVELS, *ALL_LEVELS), 0.0)
    for pc, course in _known(plan):
        if pc.level in totals:
            totals[pc.level] += course.credits
    return {level: round(amount, 6) for level, amount in totals.items()}


def _check_credit_load(by_level: Mapping[int, float], maximum: float) -> list[Issue]:
    issues = []
    for level in HIGH_SCHOOL_LEVELS:
        load = by_level[level]
        if load > maximum + _EPSILON:
            message = (f"{level_name(level)}: {format_number(load)} credits planned, more than "
                       f"the {format_number(maximum)} allowed in one year.")
            issues.append(Issue("credit_load", WARNING, message, None, level,
                                _values(level=level, load=load, maximum=maximum)))
    return issues


# ---------------------------------------------------------------- graduation requirements


def _requirement_order(
        requirements: tuple[tuple[str, float], ...]) -> list[tuple[str, float]]:
    subjects = [r for r in requirements if r[0] != TOTAL]
    totals = [r for r in requirements if r[0] == TOTAL]
    return subjects + totals


def _progress(area: str, required: float, plan: list[PlannedCourse]) -> RequirementProgress:
    completed = planned = 0.0
    for pc, course in _known(plan):
        if pc.level not in HIGH_SCHOOL_LEVELS:
            continue
        if area != TOTAL and not _same_area(course.subject_area, area):
            continue
        if pc.status == "completed":
            completed += course.credits
        else:
            planned += course.credits
    return RequirementProgress(area, required, round(completed, 6), round(planned, 6))


def _requirement_label(area: str) -> str:
    return "Total credits" if area == TOTAL else area


def _check_requirement(progress: RequirementProgress) -> list[Issue]:
    if progress.met:
        return []
    short = progress.shortfall
    have = progress.completed + progress.planned
    message = (f"{_requirement_label(progress.subject_area)}: {format_number(short)} "
               f"{_credits_word(short)} short ({format_number(have)} of "
               f"{format_number(progress.required)}).")
    return [Issue("requirement_shortfall", WARNING, message, values=_values(
        area=progress.subject_area, short=short, have=have, required=progress.required))]


# ---------------------------------------------------------------- concentrator


def _counted_for(program: ProgramCourses, plan: list[PlannedCourse]) -> list[CourseInfo]:
    counted: dict[str, CourseInfo] = {}
    for pc, course in _known(plan):
        if pc.level >= POSTSECONDARY:
            continue  # Perkins V secondary concentrators count high-school courses only
        if course.cte and pc.code in program.cte_courses and pc.code not in counted:
            counted[pc.code] = course
    return list(counted.values())


def _amount(counted: list[CourseInfo], mode: str) -> float:
    if mode == "credits":
        return round(sum(c.credits for c in counted), 6)
    return float(len(counted))


def _concentrator(plan_input: PlanInput, plan: list[PlannedCourse]) -> ConcentratorStatus:
    settings = plan_input.settings
    mode = "credits" if settings.cte_mode == "credits" else "courses"
    threshold = settings.cte_threshold
    if not plan_input.programs:
        return ConcentratorStatus(False, mode, threshold, 0.0, None, "", ())

    def rank(program: ProgramCourses) -> tuple[float, bool, str]:
        amount = _amount(_counted_for(program, plan), mode)
        # sort ascending: more first, then the plan's own program, then by code
        return (-amount, program.code != plan_input.plan_program, program.code)

    best = min(plan_input.programs, key=rank)
    counted = _counted_for(best, plan)
    amount = _amount(counted, mode)
    return ConcentratorStatus(
        met=amount >= threshold - _EPSILON, mode=mode, threshold=threshold, amount=amount,
        program_code=best.code, program_name=best.name,
        counted=tuple(c.code for c in counted))


# ---------------------------------------------------------------- entry point


def validate_plan(plan: PlanInput) -> ValidationResult:
    ordered = _in_plan_order(plan.courses)
    issues = _course_issues(ordered)
    issues += _check_past_planned(ordered, plan.past_years)

    by_level = _credits_by_level(ordered)
    issues += _check_credit_load(by_level, plan.settings.max_credits_per_year)

    progress = tuple(_progress(area, required, ordered)
                     for area, required in _requirement_order(plan.requirements))
    for item in progress:
        issues += _check_requirement(item)

    total = round(sum(by_level[level] for level in HIGH_SCHOOL_LEVELS), 6)
    return ValidationResult(
        issues=tuple(issues),
        credits_by_level=MappingProxyType(by_level),
        total_credits=total,
        requirements=progress,
        concentrator=_concentrator(plan, ordered),
    )
