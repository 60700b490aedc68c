"""Imports from spreadsheets: students, courses, programs of study, occupations, O*NET.

Every import runs in two steps:

* ``preview_import`` reads the file and checks every row against the database without
  writing: rows to add, to update and unchanged (skipped), and every error by file,
  row, column and reason;
* ``apply_import`` refuses a file with errors, backs the database up, then writes all
  rows in one transaction (all or nothing). Rows are matched by their stable code or
  student ID, so importing the same file twice changes nothing.

Columns are matched by header name, ignoring case, spaces and punctuation, with the
aliases of ``COLUMNS``; other columns are ignored and reported. Only the columns a
file has are written: an optional column that is absent keeps the stored values.

Plans refer to courses by code without a foreign key: a course import only adds and
updates courses and never deletes one, so plans keep every course they use.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from counselor_app.domain import (
    Cluster,
    Course,
    CoursePrerequisite,
    Occupation,
    OccupationPathway,
    Pathway,
    ProgramCourse,
    ProgramOfStudy,
    Student,
)
from counselor_app.domain.base import level_short, parse_level
from counselor_app.services.backups import backup_before
from counselor_app.services.tabular import (
    ColumnSpec,
    Table,
    TabularError,
    column_letter,
    match_columns,
    normalize_header,
    read_table,
    write_table,
)
from counselor_app.store.engine import Database
from counselor_app.text import fold, student_search_text

log = logging.getLogger(__name__)

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

EDUCATION_LEVELS = ("High school diploma", "Postsecondary certificate", "Apprenticeship",
                    "Associate degree", "Bachelor's degree", "Master's degree",
                    "Doctoral or professional degree")
_EDUCATION_ALIASES = {
    "high school": 0, "high school diploma": 0, "hs diploma": 0, "hs": 0, "ged": 0,
    "high school diploma or equivalent": 0, "certificate": 1, "postsecondary certificate": 1,
    "postsecondary nondegree award": 1, "apprenticeship": 2, "associate": 3,
    "associate degree": 3, "associates degree": 3, "associate s degree": 3, "bachelor": 4,
    "bachelors": 4, "bachelor s": 4, "bachelor s degree": 4, "bachelors degree": 4,
    "bachelor degree": 4, "master": 5, "masters": 5, "master s degree": 5, "masters degree": 5,
    "master degree": 5, "doctoral": 6, "doctorate": 6, "doctoral degree": 6,
    "professional degree": 6, "doctoral or professional degree": 6,
}
ZONE_EDUCATION = {1: "High school diploma", 2: "High school diploma", 3: "Associate degree",
                  4: "Bachelor's degree", 5: "Master's degree"}
"""Typical entry education assumed from an O*NET job zone when none is given."""

_YES = {"yes", "y", "true", "1", "x", "cte", "required", "req", "r"}
_NO = {"no", "n", "false", "0", ""}
_ELECTIVE = {"elective", "e", "optional", "opt", "no", "n", "false", "0"}
_SOC = re.compile(r"^(\d{2})-?(\d{4})(?:\.(\d{2}))?$")


def _c(key: str, label: str, aliases: Sequence[str] = (), required: bool = False,
       help: str = "", example: str = "") -> ColumnSpec:
    return ColumnSpec(key, label, tuple(aliases), required, help, example)


COLUMNS: dict[ImportKind, tuple[ColumnSpec, ...]] = {
    ImportKind.STUDENTS: (
        _c("student_id", "Student ID", ("StudentID", "ID", "Student Number", "Student No",
                                        "Student Num", "Stu ID", "Local ID", "Local Student ID",
                                        "SIS ID", "Perm ID"), True,
           "The student's ID in your student information system; it identifies the "
           "student on every later import.", "100234"),
        _c("last_name", "Last Name", ("Last", "Surname", "Family Name", "Student Last Name",
                                      "LName", "Legal Last Name"), True, "", "Rivera"),
        _c("first_name", "First Name", ("First", "Given Name", "Student First Name", "FName",
                                        "Legal First Name"), True, "", "Ana"),
        _c("preferred_name", "Preferred Name", ("Nickname", "Preferred First Name",
                                                "Goes By"), False,
           "Optional; shown instead of the first name.", ""),
        _c("grade", "Grade", ("Grade Level", "Gr", "Grd", "Current Grade"), True,
           "6 to 12 (\"09\", \"9th\" and \"Grade 9\" are read as 9).", "9"),
        _c("graduation_year", "Graduation Year", ("Grad Year", "Year of Graduation", "YOG",
                                                  "Cohort", "Cohort Year", "Class Of",
                                                  "Expected Graduation Year"), False,
           "Four digits. Left empty, it is worked out from the grade.", "2029"),
        _c("school", "School", ("School Name", "Building", "Campus"), False, "",
           "Lincoln High School"),
        _c("counselor", "Counselor", ("Counselor Name", "Counsellor", "Assigned Counselor"),
           False, "", "J. Chen"),
    ),
    ImportKind.COURSES: (
        _c("code", "Code", ("Course Code", "Course ID", "Course Number", "Course No",
                            "SCED Code", "Local Code"), True,
           "The district's course code (kept as text, so 01001 stays 01001).", "10152"),
        _c("title", "Title", ("Course Title", "Course Name", "Name"), True, "",
           "Introduction to Programming"),
        _c("credits", "Credits", ("Credit", "Credit Value", "Carnegie Units", "Units"), False,
           "Credits earned; empty means 1.", "1"),
        _c("subject_area", "Subject Area", ("Subject", "Department", "Dept"), True,
           "Used by graduation requirements, e.g. English, Mathematics, Science, "
           "Social Studies, Career & Technical Education, Elective.",
           "Career & Technical Education"),
        _c("grade_low", "Lowest Grade", ("Low Grade", "Grade Low", "Min Grade", "From Grade",
                                         "Grade From"), False,
           "9 to 12, or PS for postsecondary; empty means 9.", "10"),
        _c("grade_high", "Highest Grade", ("High Grade", "Grade High", "Max Grade", "To Grade",
                                           "Grade To"), False,
           "9 to 12, or PS; empty means 12.", "12"),
        _c("cte", "CTE", ("CTE Flag", "Is CTE", "Career and Technical Education"), False,
           "yes or no; empty means no.", "yes"),
        _c("prerequisites", "Prerequisites", ("Prerequisite", "Prereqs", "Prereq",
                                              "Prerequisite Codes"), False,
           "Course codes separated by ; (each must be in the catalog or in the file).",
           "10011"),
        _c("dual_credit", "Dual Credit", ("Dual Enrollment",), False,
           "yes or no; empty means no.", "no"),
        _c("repeatable", "Repeatable", ("Can Repeat",), False, "yes or no; empty means no.",
           "no"),
        _c("description", "Description", ("Course Description",), False, "", ""),
    ),
    ImportKind.PROGRAMS: (
        _c("program_code", "Program Code", ("Program", "Program ID", "POS Code",
                                            "Program of Study Code"), True,
           "Your code for the program of study; one row per course of the program.",
           "IT-SWD"),
        _c("program_name", "Program Name", ("Program Title", "Program of Study",
                                            "Program of Study Name"), True, "",
           "Software Development"),
        _c("pathway", "Pathway Code", ("Pathway", "Sub-cluster Code", "Subcluster Code",
                                       "Sub-cluster", "Pathway or Sub-cluster Code",
                                       "Pathway or Sub-cluster"), True,
           "A legacy pathway code (e.g. L11-03) or a 2024 sub-cluster code (e.g. 060103).",
           "L11-03"),
        _c("level", "Grade Level", ("Grade", "Level", "Year"), True,
           "9 to 12, or PS for postsecondary.", "10"),
        _c("course_code", "Course Code", ("Course", "Course ID", "Course Number"), True,
           "A course in the catalog (import courses first).", "10152"),
        _c("required", "Required or Elective", ("Required", "Requirement", "Type",
                                                "Required/Elective"), False,
           "required or elective; empty means required.", "required"),
        _c("order", "Order", ("Sort Order", "Sequence", "Seq"), False,
           "Whole number for the order within the program; empty means file order.", "1"),
        _c("description", "Program Description", ("Description",), False, "", ""),
    ),
    ImportKind.OCCUPATIONS: (
        _c("soc", "SOC Code", ("SOC", "O*NET-SOC Code", "ONET SOC Code", "O*NET Code",
                               "Occupation Code", "Code"), True,
           "O*NET-SOC code like 15-1252.00 (15-1252 is read as 15-1252.00).", "15-1252.00"),
        _c("title", "Title", ("Occupation", "Occupation Title", "Name"), True, "",
           "Software Developers"),
        _c("education", "Typical Entry Education", ("Education", "Entry Education",
                                                    "Typical Education", "Education Level"),
           False, "One of: " + "; ".join(EDUCATION_LEVELS) + ".", "Bachelor's degree"),
        _c("pathways", "Pathway Codes", ("Pathways", "Pathway", "Pathway Code", "Sub-clusters",
                                         "Sub-cluster Codes"), False,
           "Pathway or sub-cluster codes separated by ; (they replace the occupation's "
           "links).", "L11-03;060103"),
        _c("job_zone", "Job Zone", ("Zone",), False, "O*NET job zone 1 to 5.", "4"),
        _c("description", "Description", (), False, "", ""),
    ),
}

_ONET_OCCUPATIONS = (
    _c("soc", "O*NET-SOC Code", (), True), _c("title", "Title", (), True),
    _c("description", "Description", (), True))
_ONET_ZONES = (
    _c("soc", "O*NET-SOC Code", (), True), _c("title", "Title", (), False),
    _c("job_zone", "Job Zone", (), True))
_ONET_CLUSTERS = (
    _c("cluster", "Career Cluster", (), True), _c("pathway", "Career Pathway", (), True),
    _c("soc", "Code", (), True), _c("title", "Occupation", (), True))


# --------------------------------------------------------------------------- results

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


# --------------------------------------------------------------------------- rows

def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _bad_chars(value: str, multiline: bool) -> bool:
    for ch in value:
        if multiline and ch in "\r\n\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            return True
    return False


class _Record:
    """One data row with its columns matched; parsing helpers record errors."""

    def __init__(self, file: str, number: int, values: dict[str, str],
                 labels: dict[str, str], errors: list[RowError]) -> None:
        self.file, self.number, self.values, self.labels = file, number, values, labels
        self._errors = errors
        self.failed = False
        self.bad: set[str] = set()  # cells already reported (formula, spreadsheet error)

    def has(self, key: str) -> bool:
        return key in self.values

    def fail(self, key: str | None, reason: str) -> None:
        self.failed = True
        self._errors.append(RowError(self.file, self.number,
                                     self.labels.get(key, key) if key else None, reason))

    def text(self, key: str, *, required: bool = False, max_len: int = 200,
             multiline: bool = False) -> str | None:
        """The cell's text, stripped; None when the column is absent or the cell is bad."""
        if key not in self.values or key in self.bad:
            return None
        value = self.values[key].strip()
        if required and not value:
            self.fail(key, "is empty; a value is required")
            return None
        if len(value) > max_len:
            self.fail(key, f"is {len(value)} characters long; the limit is {max_len}")
            return None
        if _bad_chars(value, multiline):
            self.fail(key, "holds control or unprintable characters (is the file in the "
                           "right encoding?)")
            return None
        return value

    def integer(self, key: str, lo: int, hi: int, *, required: bool = False,
                what: str = "a whole number") -> int | None:
        value = self.text(key, required=required, max_len=40)
        if not value:
            return None
        try:
            number = float(value)
            if not number.is_integer():
                raise ValueError
            result = int(number)
        except (ValueError, OverflowError):
            self.fail(key, f"{_show(value)} is not {what}")
            return None
        if not lo <= result <= hi:
            self.fail(key, f"{result} is not between {lo} and {hi}")
            return None
        return result

    def number_(self, key: str, lo: float, hi: float) -> float | None:
        value = self.text(key, max_len=40)
        if not value:
            return None
        try:
            result = float(value)
        except ValueError:
            self.fail(key, f"{_show(value)} is not a number")
            return None
        if not lo <= result <= hi:  # also refuses nan
            self.fail(key, f"{_show(value)} is not between {lo:g} and {hi:g}")
            return None
        return result

    def level(self, key: str, *, required: bool = False) -> int | None:
        value = self.text(key, required=required, max_len=40)
        if not value:
            return None
        cleaned = re.sub(r"(?i)^(grade|gr)\s*", "", value)
        cleaned = re.sub(r"(?i)(st|nd|rd|th)$", "", cleaned).strip()
        if re.fullmatch(r"\d+\.0+", cleaned):
            cleaned = cleaned.split(".")[0]
        try:
            return parse_level(cleaned.lstrip("0") or cleaned)
        except ValueError:
            self.fail(key, f"{_show(value)} is not a grade level (9 to 12, or PS for "
                           "postsecondary)")
            return None

    def flag(self, key: str, *, yes: set[str] = _YES, no: set[str] = _NO,
             words: str = "yes or no") -> bool | None:
        value = self.text(key, max_len=40)
        if not value:
            return None  # absent or empty: the caller's default
        v = value.casefold()
        if v in yes:
            return True
        if v in no:
            return False
        self.fail(key, f"{_show(value)} is not {words}")
        return None

    def codes(self, key: str, max_len: int = 32) -> list[str] | None:
        value = self.text(key, max_len=4000)
        if value is None:
            return None
        out: list[str] = []
        for part in re.split(r"[;,\n]", value):
            code = part.strip()
            if not code:
                continue
            if len(code) > max_len:
                self.fail(key, f"{_show(code)} is longer than {max_len} characters")
                return None
            if code not in out:
                out.append(code)
        return out


def _show(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def _records(table: Table, specs: Sequence[ColumnSpec], preview: ImportPreview) -> list[_Record]:
    """Match the table's columns; report unknown, missing and repeated columns; the rows."""
    match = match_columns(table.headers, specs)
    preview.unknown_columns += [f"{table.file}: {h}" for h in match.unknown]
    labels = {key: table.header_label(i) for key, i in match.mapping.items()}
    broken = False
    for spec in match.missing:
        others = [a for a in spec.aliases[:3]]
        hint = f" (or {', '.join(others)})" if others else ""
        preview.errors.append(RowError(table.file, table.header_row, spec.label,
                                       f"required column is missing; add a column headed "
                                       f"\"{spec.label}\"{hint}"))
        broken = True
    for spec, idx in match.repeated:
        letters = " and ".join(column_letter(i) for i in idx)
        preview.errors.append(RowError(table.file, table.header_row, spec.label,
                                       f"appears more than once (columns {letters}); keep one"))
        broken = True
    if table.error is not None:
        preview.errors.append(RowError(table.file, table.error.row, None, table.error.reason))
    if broken:
        return []
    out: list[_Record] = []
    for raw in table.rows:
        values = {key: (raw.values[i] if i < len(raw.values) else "")
                  for key, i in match.mapping.items()}
        problems = {key: raw.problems[i] for key, i in match.mapping.items()
                    if i in raw.problems}
        if not any(v.strip() for v in values.values()) and not problems:
            continue  # blank row (or data only in ignored columns)
        rec = _Record(table.file, raw.number, values, labels, preview.errors)
        for key, reason in problems.items():
            rec.fail(key, reason)
            rec.bad.add(key)
        out.append(rec)
    return out


def _item(rec: _Record, key: str, label: str, changes: Sequence[str] = ()) -> PreviewItem:
    return PreviewItem(rec.file, rec.number, key, label, tuple(changes))


def _diff(obj: object, values: dict[str, Any]) -> list[str]:
    return [k for k, v in values.items() if getattr(obj, k) != v]


Op = Callable[[Session], None]


@dataclass
class _Stage:
    preview: ImportPreview
    ops: list[Op] = field(default_factory=list)


# --------------------------------------------------------------------------- students

def _school_year_end(today: dt.date) -> int:
    return today.year + (1 if today.month >= 7 else 0)


def _stage_students(session: Session, table: Table, stage: _Stage) -> None:
    from counselor_app.services.students import GRADES

    preview = stage.preview
    records = _records(table, COLUMNS[ImportKind.STUDENTS], preview)
    existing = {s.student_id: s for s in session.scalars(select(Student))}
    today = dt.date.today()
    year_lo, year_hi = today.year - 1, today.year + 8
    seen: dict[str, int] = {}
    derived = 0
    for rec in records:
        sid = rec.text("student_id", required=True, max_len=40)
        last = rec.text("last_name", required=True, max_len=100)
        first = rec.text("first_name", required=True, max_len=100)
        preferred = rec.text("preferred_name", max_len=100)
        grade = _grade_text(rec)
        if grade is not None and grade not in GRADES:
            rec.fail("grade", f"{grade} is not a grade from {GRADES[0]} to {GRADES[-1]}")
            grade = None
        year = rec.integer("graduation_year", year_lo, year_hi, what="a year")
        school = rec.text("school", max_len=200)
        counselor = rec.text("counselor", max_len=200)
        if sid and sid in seen:
            rec.fail("student_id", f"student ID {sid} appears again (first on row {seen[sid]})")
        if rec.failed or sid is None or last is None or first is None or grade is None:
            continue
        seen[sid] = rec.number
        if year is None:
            year = _school_year_end(today) + 12 - grade
            derived += 1
        values: dict[str, Any] = {"last_name": last, "first_name": first, "grade": grade,
                                  "graduation_year": year}
        for key, value in (("preferred_name", preferred), ("school", school),
                           ("counselor", counselor)):
            if value is not None:
                values[key] = value
        label = f"{last}, {first}"
        student = existing.get(sid)
        if student is None:
            preview.to_add.append(_item(rec, sid, label))
            stage.ops.append(_add_student(sid, values))
        else:
            changes = _diff(student, values)
            if changes:
                preview.to_update.append(_item(rec, sid, label, changes))
                stage.ops.append(_update_student(student, values))
            else:
                preview.to_skip.append(_item(rec, sid, label))
    if derived:
        preview.notes.append(f"graduation year worked out from the grade on {derived} "
                             f"row{'s' if derived != 1 else ''}")


def _grade_text(rec: _Record) -> int | None:
    """Grades written as '9th', 'Grade 9', '09'."""
    value = rec.text("grade", required=True, max_len=40)
    if not value:
        return None
    m = re.fullmatch(r"(?i)(?:grade|gr\.?)?\s*0*(\d{1,2})(?:\.0+)?(?:st|nd|rd|th)?"
                     r"(?:\s*grade)?", value)
    if not m:
        rec.fail("grade", f"{_show(value)} is not a grade from 6 to 12")
        return None
    return int(m.group(1))


def _add_student(sid: str, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        now = _now()
        st = Student(student_id=sid, preferred_name="", school="", counselor="",
                     career_interests="", notes="", archived=False, created_at=now,
                     updated_at=now)
        for k, v in values.items():
            setattr(st, k, v)
        st.name_folded = student_search_text(st.first_name, st.last_name, st.preferred_name,
                                             st.student_id)
        s.add(st)
    return op


def _update_student(st: Student, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        for k, v in values.items():
            setattr(st, k, v)
        st.name_folded = student_search_text(st.first_name, st.last_name, st.preferred_name,
                                             st.student_id)
        st.updated_at = _now()
    return op


# --------------------------------------------------------------------------- courses

def _stage_courses(session: Session, table: Table, stage: _Stage) -> None:
    preview = stage.preview
    records = _records(table, COLUMNS[ImportKind.COURSES], preview)
    existing = {c.code: c for c in session.scalars(select(Course))}
    prereqs: dict[str, set[str]] = {}
    for cp in session.scalars(select(CoursePrerequisite)):
        prereqs.setdefault(cp.course_code, set()).add(cp.prerequisite_code)
    seen: dict[str, int] = {}
    parsed: list[tuple[_Record, str, dict[str, Any], list[str] | None]] = []
    for rec in records:
        code = rec.text("code", required=True, max_len=32)
        if code and (";" in code or "," in code):
            rec.fail("code", f"{_show(code)} holds ; or , (one code per row)")
        title = rec.text("title", required=True, max_len=300)
        credits = rec.number_("credits", 0, 60)
        subject = rec.text("subject_area", required=True, max_len=60)
        low = rec.level("grade_low")
        high = rec.level("grade_high")
        cte = rec.flag("cte")
        dual = rec.flag("dual_credit")
        repeatable = rec.flag("repeatable")
        description = rec.text("description", max_len=5000, multiline=True)
        pre = rec.codes("prerequisites")
        if code and code in seen:
            rec.fail("code", f"course {code} appears again (first on row {seen[code]})")
        if rec.failed or code is None or title is None or subject is None:
            continue
        seen[code] = rec.number
        old = existing.get(code)
        values: dict[str, Any] = {"title": title, "subject_area": subject}
        if rec.has("credits"):
            values["credits"] = credits if credits is not None else 1.0
        if rec.has("grade_low"):
            values["grade_low"] = low if low is not None else 9
        if rec.has("grade_high"):
            values["grade_high"] = high if high is not None else 12
        for key, value in (("cte", cte), ("dual_credit", dual), ("repeatable", repeatable)):
            if rec.has(key):
                values[key] = bool(value)
        if description is not None:
            values["description"] = description
        lo = values.get("grade_low", old.grade_low if old else 9)
        hi = values.get("grade_high", old.grade_high if old else 12)
        if lo > hi:
            rec.fail("grade_high" if rec.has("grade_high") else "grade_low",
                     f"highest grade {level_short(hi)} is below lowest grade {level_short(lo)}")
            continue
        if pre is not None and code in pre:
            rec.fail("prerequisites", f"course {code} cannot be its own prerequisite")
            continue
        parsed.append((rec, code, values, pre))

    known = set(existing) | set(seen)
    graph = {code: set(v) for code, v in prereqs.items()}
    for rec, code, _values, pre in parsed:
        if pre is None:
            continue
        missing = [p for p in pre if p not in known]
        if missing:
            rec.fail("prerequisites", "unknown course code" + ("s " if len(missing) > 1 else " ")
                     + ", ".join(missing) + " (not in the catalog or this file)")
        graph[code] = set(pre)
    for rec, code, _values, pre in parsed:
        if pre and not rec.failed:
            loop = _find_loop(graph, code)
            if loop:
                rec.fail("prerequisites", "prerequisites go round in a loop: "
                         + " → ".join(loop))
    prereq_ops: list[Op] = []
    for rec, code, values, pre in parsed:
        if rec.failed:
            continue
        old = existing.get(code)
        changes = _diff(old, values) if old is not None else []
        pre_changed = pre is not None and set(pre) != prereqs.get(code, set())
        if pre_changed:
            changes.append("prerequisites")
        label = str(values["title"])
        if old is None:
            preview.to_add.append(_item(rec, code, label))
            stage.ops.append(_add_course(code, values))
        elif changes:
            preview.to_update.append(_item(rec, code, label, changes))
            stage.ops.append(_update_fields(old, values))
        else:
            preview.to_skip.append(_item(rec, code, label))
        if pre_changed and pre is not None:
            prereq_ops.append(_set_prerequisites(code, pre))
    if prereq_ops:
        stage.ops.append(lambda s: s.flush())
        stage.ops += prereq_ops


def _find_loop(graph: dict[str, set[str]], start: str) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    visited: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                return [*path, start]
            if nxt not in visited:
                visited.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def _add_course(code: str, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        course = Course(code=code, credits=1.0, grade_low=9, grade_high=12, cte=False,
                        dual_credit=False, repeatable=False, description="")
        for k, v in values.items():
            setattr(course, k, v)
        s.add(course)
    return op


def _update_fields(obj: object, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        for k, v in values.items():
            setattr(obj, k, v)
    return op


def _set_prerequisites(code: str, pre: list[str]) -> Op:
    def op(s: Session) -> None:
        s.execute(delete(CoursePrerequisite).where(CoursePrerequisite.course_code == code))
        s.add_all(CoursePrerequisite(course_code=code, prerequisite_code=p) for p in pre)
    return op


# --------------------------------------------------------------------------- programs

@dataclass
class _ProgramRows:
    code: str
    first: _Record
    name: str
    pathway: Pathway
    description: str | None
    courses: dict[tuple[str, int], tuple[_Record, bool, int]] = field(default_factory=dict)


def _stage_programs(session: Session, table: Table, stage: _Stage) -> None:
    preview = stage.preview
    records = _records(table, COLUMNS[ImportKind.PROGRAMS], preview)
    pathways = {p.code: p for p in session.scalars(select(Pathway))}
    programs = {p.code: p for p in session.scalars(select(ProgramOfStudy))}
    course_codes = set(session.scalars(select(Course.code)))
    current: dict[int, dict[tuple[str, int], ProgramCourse]] = {}
    for row in session.scalars(select(ProgramCourse)):
        current.setdefault(row.program_id, {})[(row.course_code, row.level)] = row
    groups: dict[str, _ProgramRows] = {}
    for rec in records:
        code = rec.text("program_code", required=True, max_len=40)
        name = rec.text("program_name", required=True, max_len=300)
        pw_code = rec.text("pathway", required=True, max_len=32)
        level = rec.level("level", required=True)
        course = rec.text("course_code", required=True, max_len=32)
        required = rec.flag("required", yes=_YES, no=_ELECTIVE, words="required or elective")
        order = rec.integer("order", -100000, 100000)
        description = rec.text("description", max_len=5000, multiline=True)
        pathway = pathways.get(pw_code) if pw_code else None
        if pw_code and pathway is None:
            rec.fail("pathway", f"unknown pathway or sub-cluster code {_show(pw_code)}")
        if course and course not in course_codes:
            rec.fail("course_code", f"unknown course {_show(course)} (import the course "
                                    "catalog first)")
        if rec.failed or not code or not name or pathway is None or level is None \
                or not course:
            continue
        group = groups.get(code)
        if group is None:
            group = groups[code] = _ProgramRows(code, rec, name, pathway, description)
        else:
            if name != group.name:
                rec.fail("program_name", f"differs from row {group.first.number} of program "
                                         f"{code} ({_show(group.name)})")
            if pathway.code != group.pathway.code:
                rec.fail("pathway", f"differs from row {group.first.number} of program "
                                    f"{code} ({group.pathway.code})")
            if description and group.description is not None and \
                    description != group.description:
                if group.description:
                    rec.fail("description", f"differs from row {group.first.number} of "
                                            f"program {code}")
                else:
                    group.description = description
            if rec.failed:
                continue
        key = (course, level)
        if key in group.courses:
            rec.fail("course_code", f"course {course} in grade {level_short(level)} appears "
                                    f"again for program {code} (row "
                                    f"{group.courses[key][0].number})")
            continue
        group.courses[key] = (rec, True if required is None else required,
                              order if order is not None else len(group.courses) + 1)

    for code, group in groups.items():
        values: dict[str, Any] = {"name": group.name, "pathway_id": group.pathway.id}
        if group.description is not None:
            values["description"] = group.description
        program = programs.get(code)
        if program is None:
            stage.ops.append(_add_program(code, values, group))
            for (course, level), (rec, _req, _order) in group.courses.items():
                preview.to_add.append(_item(rec, f"{code} {course}",
                                            f"{group.name}, {_grade_word(level)}"))
            continue
        program_changes = [c.replace("pathway_id", "pathway") for c in _diff(program, values)]
        if program_changes:
            stage.ops.append(_update_fields(program, values))
        have = current.get(program.id, {})
        for (course, level), (rec, req, order) in group.courses.items():
            item_key, label = f"{code} {course}", f"{group.name}, {_grade_word(level)}"
            pc = have.get((course, level))
            if pc is None:
                preview.to_add.append(_item(rec, item_key, label))
                stage.ops.append(_add_program_course(program, course, level, req, order))
                continue
            changes = _diff(pc, {"required": req, "sort_order": order})
            if changes:
                stage.ops.append(_update_fields(pc, {"required": req, "sort_order": order}))
            if rec is group.first:  # the program's own fields show on its first row
                changes = [*program_changes, *changes]
            if changes:
                preview.to_update.append(_item(rec, item_key, label, changes))
            else:
                preview.to_skip.append(_item(rec, item_key, label))
        for (course, level), dropped in have.items():
            if (course, level) not in group.courses:
                preview.to_remove.append(PreviewItem(
                    table.file, None, f"{code} {course}",
                    f"{group.name}, {_grade_word(level)} (not in the file)"))
                stage.ops.append(_delete(dropped))


def _grade_word(level: int) -> str:
    return "postsecondary" if level_short(level) == "PS" else f"grade {level}"


def _add_program(code: str, values: dict[str, Any], group: _ProgramRows) -> Op:
    def op(s: Session) -> None:
        program = ProgramOfStudy(code=code, description="")
        for k, v in values.items():
            setattr(program, k, v)
        s.add(program)
        s.flush()
        for (course, level), (_rec, req, order) in group.courses.items():
            s.add(ProgramCourse(program_id=program.id, course_code=course, level=level,
                                required=req, sort_order=order))
    return op


def _add_program_course(program: ProgramOfStudy, course: str, level: int, req: bool,
                        order: int) -> Op:
    def op(s: Session) -> None:
        s.add(ProgramCourse(program_id=program.id, course_code=course, level=level,
                            required=req, sort_order=order))
    return op


def _delete(obj: object) -> Op:
    def op(s: Session) -> None:
        s.delete(obj)
    return op


# --------------------------------------------------------------------------- occupations

def normalize_soc(value: str) -> str | None:
    """'15-1252' / '15-1252.00' / '151252.00' -> '15-1252.00'; None when not a SOC code."""
    m = _SOC.match(value.strip())
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}.{m.group(3) or '00'}"


def normalize_education(value: str) -> str | None:
    key = " ".join(re.findall(r"[a-z0-9]+", value.casefold().replace("’", "'")))
    for level in EDUCATION_LEVELS:
        if key == " ".join(re.findall(r"[a-z0-9]+", level.casefold())):
            return level
    index = _EDUCATION_ALIASES.get(key)
    return EDUCATION_LEVELS[index] if index is not None else None


def _links(session: Session) -> dict[str, set[int]]:
    links: dict[str, set[int]] = {}
    for link in session.scalars(select(OccupationPathway)):
        links.setdefault(link.soc, set()).add(link.pathway_id)
    return links


def _stage_occupations(session: Session, table: Table, stage: _Stage) -> None:
    preview = stage.preview
    records = _records(table, COLUMNS[ImportKind.OCCUPATIONS], preview)
    existing = {o.soc: o for o in session.scalars(select(Occupation))}
    pathways = {p.code: p for p in session.scalars(select(Pathway))}
    links = _links(session)
    seen: dict[str, int] = {}
    for rec in records:
        raw = rec.text("soc", required=True, max_len=16)
        soc = normalize_soc(raw) if raw else None
        if raw and soc is None:
            rec.fail("soc", f"{_show(raw)} is not an O*NET-SOC code like 15-1252.00")
        title = rec.text("title", required=True, max_len=300)
        edu_text = rec.text("education", max_len=60)
        education = normalize_education(edu_text) if edu_text else ""
        if edu_text and education is None:
            rec.fail("education", f"{_show(edu_text)} is not one of: "
                                  + "; ".join(EDUCATION_LEVELS))
        zone = rec.integer("job_zone", 1, 5, what="a job zone (1 to 5)")
        description = rec.text("description", max_len=5000, multiline=True)
        codes = rec.codes("pathways")
        ids: set[int] = set()
        for code in codes or ():
            pathway = pathways.get(code)
            if pathway is None:
                rec.fail("pathways", f"unknown pathway or sub-cluster code {_show(code)}")
            else:
                ids.add(pathway.id)
        if soc and soc in seen:
            rec.fail("soc", f"occupation {soc} appears again (first on row {seen[soc]})")
        if rec.failed or soc is None or title is None:
            continue
        seen[soc] = rec.number
        old = existing.get(soc)
        values: dict[str, Any] = {"title": title}
        if rec.has("job_zone"):
            values["job_zone"] = zone
        if education:
            values["education"] = education
        elif zone and (old is None or not old.education):
            values["education"] = ZONE_EDUCATION[zone]
        if description is not None:
            values["description"] = description
        new_links = ids if codes is not None else None
        changes = _diff(old, values) if old is not None else []
        if new_links is not None and new_links != links.get(soc, set()):
            changes.append("pathways")
        if old is None:
            preview.to_add.append(_item(rec, soc, title))
            stage.ops.append(_add_occupation(soc, values))
        elif changes:
            preview.to_update.append(_item(rec, soc, title, changes))
            stage.ops.append(_update_fields(old, values))
        else:
            preview.to_skip.append(_item(rec, soc, title))
        if new_links is not None and new_links != links.get(soc, set()):
            stage.ops.append(_set_links(soc, new_links, replace=True))


def _add_occupation(soc: str, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        occ = Occupation(soc=soc, job_zone=None, education="", description="")
        for k, v in values.items():
            setattr(occ, k, v)
        s.add(occ)
        s.flush()
    return op


def _set_links(soc: str, ids: set[int], *, replace: bool) -> Op:
    def op(s: Session) -> None:
        s.flush()
        have = set(s.scalars(select(OccupationPathway.pathway_id)
                             .where(OccupationPathway.soc == soc)))
        if replace:
            for pid in have - ids:
                s.execute(delete(OccupationPathway).where(OccupationPathway.soc == soc,
                                                          OccupationPathway.pathway_id == pid))
        s.add_all(OccupationPathway(soc=soc, pathway_id=pid) for pid in sorted(ids - have))
    return op


# --------------------------------------------------------------------------- O*NET

def name_key(name: str) -> str:
    """Cluster/pathway names compared loosely: '&' = 'and', case, punctuation,
    '(…)' asides and O*NET's 'Audio/Video' for our 'A/V'."""
    t = fold(re.sub(r"\([^)]*\)", " ", name))
    t = t.replace("audio/video", "a/v").replace("audio video", "a/v")
    return " ".join(re.findall(r"[a-z0-9]+", t))


class _Placer:
    """Finds our pathway for an O*NET (cluster name, pathway name) pair."""

    def __init__(self, session: Session) -> None:
        self.clusters: dict[str, list[int]] = {}
        for c in session.scalars(select(Cluster)):
            self.clusters.setdefault(name_key(c.name), []).append(c.id)
        self.in_cluster: dict[tuple[int, str], int] = {}
        self.by_name: dict[str, list[int]] = {}
        for p in session.scalars(select(Pathway)):
            key = name_key(p.name)
            self.in_cluster.setdefault((p.cluster_id, key), p.id)
            self.by_name.setdefault(key, []).append(p.id)

    def place(self, cluster: str, pathway: str) -> int | None:
        pkey = name_key(pathway)
        for cid in self.clusters.get(name_key(cluster), []):
            found = self.in_cluster.get((cid, pkey))
            if found is not None:
                return found
        candidates = self.by_name.get(pkey, [])
        return candidates[0] if len(candidates) == 1 else None


def _split_pairs(cluster_cell: str, pathway_cell: str) -> list[tuple[str, str]]:
    clusters = [c.strip() for c in cluster_cell.split(";") if c.strip()]
    pathways = [p.strip() for p in pathway_cell.split(";") if p.strip()]
    if len(clusters) == len(pathways):
        return list(zip(clusters, pathways, strict=True))
    if len(clusters) == 1:
        return [(clusters[0], p) for p in pathways]
    if len(pathways) == 1:
        return [(c, pathways[0]) for c in clusters]
    return [(c, p) for c in clusters for p in pathways]


@dataclass
class _OnetOcc:
    file: str
    row: int
    title: str | None = None
    description: str | None = None
    zone: int | None = None
    zone_title: str | None = None
    cluster_title: str | None = None
    pathway_ids: set[int] = field(default_factory=set)


def _onet_kind(table: Table) -> tuple[str, tuple[ColumnSpec, ...]] | None:
    names = {normalize_header(h) for h in table.headers}
    if {"careercluster", "careerpathway", "code", "occupation"} <= names:
        return "clusters", _ONET_CLUSTERS
    if {"onetsoccode", "jobzone"} <= names:
        return "zones", _ONET_ZONES
    if {"onetsoccode", "title", "description"} <= names:
        return "occupations", _ONET_OCCUPATIONS
    return None


def _stage_onet(session: Session, tables: list[Table], stage: _Stage) -> None:
    preview = stage.preview
    placer = _Placer(session)
    occ: dict[str, _OnetOcc] = {}
    unplaced: dict[tuple[str, str], list[tuple[str, int]]] = {}
    have_occupation_file = False
    for table in tables:
        found = _onet_kind(table)
        if found is None:
            preview.errors.append(RowError(
                table.file, table.header_row, None,
                "is not one of O*NET's files: expected \"Occupation Data\" (O*NET-SOC Code, "
                "Title, Description), \"Job Zones\" (O*NET-SOC Code, Title, Job Zone) or the "
                "career cluster export (Career Cluster, Career Pathway, Code, Occupation)"))
            continue
        kind, specs = found
        have_occupation_file |= kind == "occupations"
        seen: dict[str, int] = {}
        for rec in _records(table, specs, preview):
            raw = rec.text("soc", required=True, max_len=16)
            soc = normalize_soc(raw) if raw else None
            if raw and soc is None:
                rec.fail("soc", f"{_show(raw)} is not an O*NET-SOC code like 15-1252.00")
            title = rec.text("title", required=kind != "zones", max_len=300)
            if kind == "occupations":
                description = rec.text("description", max_len=20000, multiline=True)
                if soc and soc in seen:
                    rec.fail("soc", f"occupation {soc} appears again (first on row "
                                    f"{seen[soc]})")
                if rec.failed or soc is None:
                    continue
                seen[soc] = rec.number
                entry = occ.setdefault(soc, _OnetOcc(rec.file, rec.number))
                entry.title, entry.description = title, description
            elif kind == "zones":
                zone = rec.integer("job_zone", 1, 5, required=True, what="a job zone (1 to 5)")
                if soc and soc in seen:
                    rec.fail("soc", f"occupation {soc} appears again (first on row "
                                    f"{seen[soc]})")
                if rec.failed or soc is None:
                    continue
                seen[soc] = rec.number
                entry = occ.setdefault(soc, _OnetOcc(rec.file, rec.number))
                entry.zone, entry.zone_title = zone, title
            else:
                cluster_cell = rec.text("cluster", required=True, max_len=1000)
                pathway_cell = rec.text("pathway", required=True, max_len=1000)
                if rec.failed or soc is None or not cluster_cell or not pathway_cell:
                    continue
                entry = occ.setdefault(soc, _OnetOcc(rec.file, rec.number))
                entry.cluster_title = entry.cluster_title or title
                for cluster, pathway in _split_pairs(cluster_cell, pathway_cell):
                    pid = placer.place(cluster, pathway)
                    if pid is None:
                        unplaced.setdefault((cluster, pathway), []).append(
                            (rec.file, rec.number))
                    else:
                        entry.pathway_ids.add(pid)
    for (cluster, pathway), where in unplaced.items():
        rows = ", ".join(str(r) for _f, r in where[:5]) + (" …" if len(where) > 5 else "")
        preview.warnings.append(RowError(
            where[0][0], where[0][1], "Career Pathway",
            f"cannot place O*NET cluster {cluster!r}, pathway {pathway!r} in our frameworks; "
            f"those links are left out (rows {rows})"))

    existing = {o.soc: o for o in session.scalars(select(Occupation))}
    links = _links(session)
    for soc, entry in sorted(occ.items()):
        old = existing.get(soc)
        title = entry.title or (old.title if old else None) or entry.zone_title \
            or entry.cluster_title
        if old is None and (entry.title is None and have_occupation_file):
            preview.warnings.append(RowError(
                entry.file, entry.row, None,
                f"occupation {soc} is not in Occupation Data or the database; left out"))
            continue
        if not title:
            preview.errors.append(RowError(entry.file, entry.row, "Title",
                                           f"occupation {soc} has no title"))
            continue
        values: dict[str, Any] = {"title": title}
        if entry.description is not None:
            values["description"] = entry.description
        if entry.zone is not None:
            values["job_zone"] = entry.zone
            if old is None or not old.education:
                values["education"] = ZONE_EDUCATION[entry.zone]
        add_links = entry.pathway_ids - links.get(soc, set())
        changes = _diff(old, values) if old is not None else []
        if add_links:
            changes.append("pathways")
        item = PreviewItem(entry.file, entry.row, soc, title, tuple(changes))
        if old is None:
            preview.to_add.append(item)
            stage.ops.append(_add_occupation(soc, values))
        elif changes:
            preview.to_update.append(item)
            stage.ops.append(_update_fields(old, values))
        else:
            preview.to_skip.append(item)
        if add_links:
            stage.ops.append(_set_links(soc, add_links, replace=False))


# --------------------------------------------------------------------------- API

_STAGERS: dict[ImportKind, Callable[[Session, Table, _Stage], None]] = {
    ImportKind.STUDENTS: _stage_students,
    ImportKind.COURSES: _stage_courses,
    ImportKind.PROGRAMS: _stage_programs,
    ImportKind.OCCUPATIONS: _stage_occupations,
}


def _paths(path: str | Path | Sequence[str | Path]) -> list[Path]:
    if isinstance(path, str | Path):
        return [Path(path)]
    return [Path(p) for p in path]


def _read(kind: ImportKind, paths: list[Path], encoding: str | None,
          preview: ImportPreview) -> list[Table]:
    tables = []
    for p in paths:
        try:
            table = read_table(p, encoding, quoting=not (kind == ImportKind.ONET
                                                         and p.suffix.lower() == ".txt"))
        except TabularError as exc:
            preview.errors.append(RowError(exc.file, exc.row, None, exc.reason))
            continue
        if table.encoding and table.encoding not in ("utf-8", "utf-8-sig", "ascii"):
            label = {"cp1252": "Windows-1252"}.get(table.encoding, table.encoding)
            preview.notes.append(f"{table.file} was read as {label} text")
        tables.append(table)
    return tables


def _stage(session: Session, kind: ImportKind, tables: list[Table],
           preview: ImportPreview) -> _Stage:
    stage = _Stage(preview)
    if kind == ImportKind.ONET:
        _stage_onet(session, tables, stage)
    else:
        for table in tables:
            _STAGERS[kind](session, table, stage)
    preview.errors.sort(key=lambda e: (e.file, e.row or 0))
    return stage


def preview_import(db: Database, kind: ImportKind | str,
                   path: str | Path | Sequence[str | Path],
                   encoding: str | None = None) -> ImportPreview:
    """Read and check a file against the database without writing anything.

    Problems with the file (missing, unreadable, wrong columns, bad cells) come back
    as ``errors``; this raises only when the database itself cannot be read.
    """
    kind = ImportKind(kind)
    paths = _paths(path)
    if kind != ImportKind.ONET and len(paths) != 1:
        raise ValueError(f"a {kind} import reads exactly one file")
    preview = ImportPreview(kind, [p.name for p in paths])
    tables = _read(kind, paths, encoding, preview)
    with db.read() as session:
        _stage(session, kind, tables, preview)
    return preview


def preview_onet(db: Database, paths: Sequence[str | Path],
                 encoding: str | None = None) -> ImportPreview:
    return preview_import(db, ImportKind.ONET, list(paths), encoding)


def _lock_for_write(session: Session) -> None:
    """Take SQLite's write lock now, so no other copy of the app writes between the
    checks and the writes (a second copy waits for the busy timeout)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM data_info WHERE 0"))


def apply_import(db: Database, kind: ImportKind | str, path: str | Path | Sequence[str | Path],
                 encoding: str | None = None, *, progress: ProgressFn | None = None,
                 backup: bool = True) -> ImportResult:
    """Import a file in one transaction, after a backup. Raises ImportRefused (nothing
    written, no backup) when the file has errors."""
    kind = ImportKind(kind)
    paths = _paths(path)
    if kind != ImportKind.ONET and len(paths) != 1:
        raise ValueError(f"a {kind} import reads exactly one file")
    preview = ImportPreview(kind, [p.name for p in paths])
    if progress:
        progress(0, 0, "Reading the file…")
    tables = _read(kind, paths, encoding, preview)
    read_notes = list(preview.notes)
    with db.read() as session:
        _stage(session, kind, tables, preview)
    if preview.errors:
        raise ImportRefused(preview)
    if not preview.changes:  # the same file again: nothing to write, no backup needed
        return ImportResult(kind, 0, 0, len(preview.to_skip), 0, None, preview)
    if progress:
        progress(0, 0, "Backing up…")
    backup_path = backup_before(db, "before-import") if backup else None
    with db.transaction() as session:
        _lock_for_write(session)
        final = ImportPreview(kind, preview.files, notes=read_notes)
        stage = _stage(session, kind, tables, final)
        if final.errors:  # the database changed since the first check
            raise ImportRefused(final)
        total = len(stage.ops)
        for i, op in enumerate(stage.ops, start=1):
            op(session)
            if i % 250 == 0 or i == total:
                session.flush()
                if progress:
                    progress(i, total, f"Importing {i} of {total}…")
        if kind in REFERENCE_KINDS and total:
            from counselor_app.services.search import rebuild_index

            if progress:
                progress(total, total, "Updating the search index…")
            rebuild_index(session)
    log.info("import of %s from %s: %s", kind, ", ".join(final.files), final.summary())
    return ImportResult(kind, len(final.to_add), len(final.to_update), len(final.to_skip),
                        len(final.to_remove), backup_path, final)


def apply_onet(db: Database, paths: Sequence[str | Path], encoding: str | None = None, *,
               progress: ProgressFn | None = None, backup: bool = True) -> ImportResult:
    return apply_import(db, ImportKind.ONET, list(paths), encoding, progress=progress,
                        backup=backup)


# --------------------------------------------------------------------------- templates

def template_columns(kind: ImportKind | str) -> tuple[ColumnSpec, ...]:
    kind = ImportKind(kind)
    if kind not in COLUMNS:
        raise ValueError(f"there is no template for {kind}; O*NET files are imported as "
                         "downloaded")
    return COLUMNS[kind]


def write_template(kind: ImportKind | str, path: str | Path) -> Path:
    """A template: CSV (header row only) or XLSX (header row, plus an Instructions sheet
    describing each column with an example), chosen by the file's suffix."""
    specs = template_columns(kind)
    path = Path(path)
    headers = [s.label for s in specs]
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return write_table(path, headers, [])
    import openpyxl
    from openpyxl.styles import Font

    write_table(path, headers, [])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.title = KIND_LABELS[ImportKind(kind)].split(" (")[0]
    info = wb.create_sheet("Instructions")
    info.append(["Column", "Required", "What to enter", "Example"])
    for cell in info[1]:
        cell.font = Font(bold=True)
    for s in specs:
        row = [s.label, "yes" if s.required else "no", s.help, s.example]
        info.append(row)
        info.cell(info.max_row, 4).data_type = "s"
    info.append([])
    info.append(["Fill in the first sheet, one row per item. Column names may be in any "
                 "order; extra columns are ignored. Only the first sheet is imported."])
    for letter, width in zip("ABCD", (26, 10, 80, 24), strict=True):
        info.column_dimensions[letter].width = width
    wb.save(path)
    return path
