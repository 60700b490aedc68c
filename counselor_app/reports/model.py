"""The printed plan as plain data: everything the renderer needs, nothing it must look up.

Built from the database by ``counselor_app.services.report_data``; rendered by
``counselor_app.reports.render``. All text is raw user text (not yet escaped).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counselor_app.reports.audit_report import AuditReport

POSTSECONDARY = 13
HIGH_SCHOOL_LEVELS = (9, 10, 11, 12)
ALL_LEVELS = (*HIGH_SCHOOL_LEVELS, POSTSECONDARY)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def format_date(day: dt.date) -> str:
    """US style, independent of the process locale: 'March 4, 2026'."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def format_credits(value: float) -> str:
    """1.0 -> '1', 0.5 -> '0.5', 3.25 -> '3.25'."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _is_east_asian(text: str) -> bool:
    """Written only in Han, kana or Hangul (spaces aside)."""
    text = text.replace(" ", "")
    return bool(text) and all(0x3040 <= ord(c) <= 0x30FF or 0x3400 <= ord(c) <= 0x9FFF
                              or 0xAC00 <= ord(c) <= 0xD7AF or 0x1100 <= ord(c) <= 0x11FF
                              or 0xF900 <= ord(c) <= 0xFAFF or 0x20000 <= ord(c) <= 0x3FFFF
                              for c in text)


@dataclass(frozen=True)
class SchoolBlock:
    name: str
    logo_path: str = ""  # a PNG/JPEG file, or "" for none
    address: str = ""  # printed with the counselor's contact
    counselor_email: str = ""
    counselor_phone: str = ""


@dataclass(frozen=True)
class StudentBlock:
    first_name: str
    last_name: str
    preferred_name: str
    student_id: str
    grade: int
    graduation_year: int
    counselor: str
    date_printed: dt.date

    @property
    def full_name(self) -> str:
        """'María Núñez', or 'Robert (Bobby) Smith' when a different preferred name is set.

        Chinese, Japanese and Korean names written in their own script put the family
        name first without a space, as families write them: 王小明, 김민준.
        """
        first = self.first_name
        if self.preferred_name and self.preferred_name != self.first_name:
            first = f"{first} ({self.preferred_name})"
        if _is_east_asian(self.first_name) and _is_east_asian(self.last_name):
            return f"{self.last_name}{first}".strip()
        return f"{first} {self.last_name}".strip()


@dataclass(frozen=True)
class CourseLine:
    code: str
    title: str
    credits: float
    term: str  # label: "Full year", "Semester 1", ...
    status: str  # label: "Planned", "In progress", "Completed"
    status_key: str  # planned | in_progress | completed
    final_mark: str = ""
    cte: bool = False
    dual_credit: bool = False
    known: bool = True  # False: the code is no longer in the catalog (counts no credits)
    marks: tuple[int, ...] = ()  # numbers of the review items about this row
    translated_title: str = ""  # the catalog's title in the family's language, if any


@dataclass(frozen=True)
class LevelRows:
    """One grade (9-12) or postsecondary (13) of the plan grid."""

    level: int
    label: str  # "Grade 9" / "Postsecondary"
    school_year: str  # "2025-26", "After graduation", or ""
    courses: tuple[CourseLine, ...]
    credits: float


@dataclass(frozen=True)
class OccupationLine:
    soc: str
    title: str
    education: str
    median_annual: float | None = None  # BLS median wage, dollars a year
    median_hourly: float | None = None  # where BLS publishes an hourly figure only
    outlook: str = ""  # BLS's words for projected growth ("As fast as average"), English key
    change_percent: float | None = None  # projected employment change, 10 years
    source: str = ""  # "BLS OEWS May 2025; Employment Projections 2024-34"


@dataclass(frozen=True)
class Direction:
    """Career cluster -> pathway -> program of study of the plan (names; "" if none)."""

    cluster: str = ""
    pathway: str = ""
    program: str = ""
    program_code: str = ""


@dataclass(frozen=True)
class CredentialLine:
    """An industry credential the program of study leads to in high school."""

    name: str
    issuer: str
    grade: int  # the grade it is usually earned in (9-12)


@dataclass(frozen=True)
class OptionLine:
    """A way on after high school the program of study prepares for."""

    kind: str  # employment, military, certificate, apprenticeship, associate, bachelor
    title: str
    credential: str  # what it leads to ("Associate degree"), as the catalog has it


@dataclass(frozen=True)
class Goals:
    career: str = ""  # "Electricians (47-2111)" or free text
    postsecondary_type: str = ""  # "Associate degree", ...
    postsecondary_institution: str = ""


@dataclass(frozen=True)
class PlanReport:
    school: SchoolBlock
    student: StudentBlock
    plan_name: str  # "" when the student has no plan yet
    plan_status: str  # "Draft", "Reviewed", "Approved" (with by/date when known)
    direction: Direction
    goals: Goals
    levels: tuple[LevelRows, ...]  # grades (6-8 when the plan starts there) 9-12, then PS
    total_credits: float  # grades 9-12
    occupations: tuple[OccupationLine, ...]
    occupations_more: int  # related occupations not listed to keep the plan short
    review: tuple[str, ...]  # validation messages worth a look (besides shortfalls)
    notes: str
    paper_size: str  # "letter" | "a4"
    generated: dt.date
    audit: AuditReport | None = None  # the graduation audit (sets, decisions, concentrator)
    status_key: str = ""  # draft | reviewed | approved; anything not approved prints DRAFT
    # (rule, course title, the other course it names) per review item
    review_rules: tuple[tuple[str, str, str], ...] = ()
    language: str = "en"  # the family's language the plan prints in
    family_language: str = ""  # the student's family language, as recorded
    credentials: tuple[CredentialLine, ...] = ()  # of the plan's program of study
    options: tuple[OptionLine, ...] = ()  # after high school, of the program of study

    @property
    def has_plan(self) -> bool:
        return bool(self.plan_name)

    @property
    def course_count(self) -> int:
        return sum(len(level.courses) for level in self.levels)

    @property
    def postsecondary_credits(self) -> float:
        return sum(level.credits for level in self.levels if level.level == POSTSECONDARY)


def report_title(report: PlanReport) -> str:
    """The printed title (English; the renderer translates it): a student without a plan
    gets a planning sheet, never something that passes for a plan."""
    return "Educational and Career Plan" if report.has_plan else "Course planning sheet"
