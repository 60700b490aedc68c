"""Students: one row per student, matched by student ID."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from counselor_app.domain import Student
from counselor_app.reports.i18n import language_code
from counselor_app.services.imports.mapping import ColumnSpec
from counselor_app.services.imports.mapping import spec as _c
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import Record, match_records, show
from counselor_app.services.imports.staging import Op, Stage, diff, now, preview_item
from counselor_app.text import student_search_text

COLUMNS: tuple[ColumnSpec, ...] = (
    _c("student_id", "Student ID",
       ("StudentID", "Student Number", "Student No", "Student Num", "Stu ID", "Stu Num",
        "Local ID", "Local Student ID", "Local Student Number", "SIS ID", "SIS Number",
        "Perm ID", "Permanent ID", "Student Code", "identifier", "Other ID"), True,
       "The student's ID in your student information system; it identifies the "
       "student on every later import.", "100234",
       weak=("ID", "DCID", "Person ID", "sourcedId", "Name ID", "Student Key")),
    _c("last_name", "Last Name", ("Last", "Surname", "Family Name", "Student Last Name",
                                  "LName", "Legal Last Name", "Stu Last Name"), True, "",
       "Rivera"),
    _c("first_name", "First Name", ("First", "Given Name", "Student First Name", "FName",
                                    "Legal First Name", "Stu First Name"), True, "", "Ana"),
    _c("preferred_name", "Preferred Name", ("Nickname", "Preferred First Name", "Goes By",
                                            "Pref Name", "Alias First Name"), False,
       "Optional; shown instead of the first name.", ""),
    _c("grade", "Grade", ("Grade Level", "Gr", "Grd", "Current Grade", "Grades",
                          "Grade Lvl", "Stu Grade", "Grd Lvl"), True,
       "6 to 12 (\"09\", \"9th\" and \"Grade 9\" are read as 9). Rows for kindergarten "
       "to grade 5 and grade 13 are left out and counted.", "9"),
    _c("graduation_year", "Graduation Year",
       ("Grad Year", "Year of Graduation", "YOG", "Cohort", "Cohort Year", "Class Of",
        "Expected Graduation Year", "Sched_YearOfGraduation", "Projected Graduation Year",
        "Grad Yr", "Expected Grad Year", "Class Year", "gradYear"), False,
       "Four digits. Left empty for a new student, it is worked out from the grade; a "
       "stored year is never replaced by an empty cell or a missing column.", "2029"),
    _c("school", "School", ("School Name", "Building", "Campus", "orgSourcedIds",
                            "Sch Name", "School of Enrollment", "Organization Name"), False, "",
       "Lincoln High School"),
    _c("counselor", "Counselor", ("Counselor Name", "Counsellor", "Assigned Counselor",
                                  "Guidance Counselor", "Advisor"),
       False, "", "J. Chen"),
    _c("family_language", "Home Language", ("Family Language", "Home Language Code",
                                            "Primary Home Language", "Language",
                                            "Parent Language", "Correspondence Language"),
       False, "The language the family reads (Spanish, es, spa): the printed plan goes "
              "home in it.", "Spanish"),
)


def _school_year_end(today: dt.date) -> int:
    return today.year + (1 if today.month >= 7 else 0)


BATCH = 500
"""Rows checked against the database together (bounded memory for any file size)."""
_OUTSIDE = re.compile(r"(?i)^(?:p|pk|pre-?k|tk|k|kg|kf|kh|ka|kp|ug|un|13|14|ad|adult|"
                      r"0?[0-5]|grade 0?[1-5]|[1-5](?:st|nd|rd|th))$")
"""Grades a district-wide export holds that the planner does not (K-5, 13): left out."""


def stage(session: Session, table: Table, stage: Stage) -> None:
    from counselor_app.services.students import GRADES

    preview = stage.preview
    today = dt.date.today()
    year_lo, year_hi = today.year - 1, today.year + 8
    seen: dict[str, int] = {}
    batch: list[tuple[Record, str, dict[str, Any]]] = []
    derived = outside = 0
    for rec in match_records(table, COLUMNS, preview, stage.reject):
        raw_grade = rec.values.get("grade", "").strip()
        if raw_grade and _OUTSIDE.match(raw_grade) and not rec.failed:
            outside += 1
            continue
        sid = rec.identifier("student_id", required=True, max_len=40)
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
        language_text = rec.text("family_language", max_len=60)
        language = language_code(language_text) if language_text is not None else None
        if language_text and language is None:
            rec.fail("family_language", f"{language_text!r} is not a language the planner "
                     "knows (use a name such as Spanish or a code such as es)")
        if sid and sid in seen:
            rec.fail("student_id", f"student ID {sid} appears again (first on row {seen[sid]})")
        if rec.failed or sid is None or last is None or first is None or grade is None:
            continue
        seen[sid] = rec.number
        values: dict[str, Any] = {"last_name": last, "first_name": first, "grade": grade}
        if year is not None:
            values["graduation_year"] = year
        for key, value in (("preferred_name", preferred), ("school", school),
                           ("counselor", counselor), ("family_language", language)):
            if value is not None:
                values[key] = value
        batch.append((rec, sid, values))
        if len(batch) >= BATCH:
            derived += _stage_batch(session, stage, batch, today)
            batch = []
    if batch:
        derived += _stage_batch(session, stage, batch, today)
    if derived:
        preview.notes.append(f"graduation year worked out from the grade for {derived} new "
                             f"student{'s' if derived != 1 else ''} (stored years are kept "
                             "when the file has none)")
    if outside:
        key = "a grade the planner does not keep (K-5, 13)"
        preview.left_out[key] = preview.left_out.get(key, 0) + outside


def _stage_batch(session: Session, stage: Stage, batch: list[tuple[Record, str, dict[str, Any]]],
                 today: dt.date) -> int:
    """Match a batch of rows to stored students; returns how many years were derived."""
    preview = stage.preview
    ids = [sid for _rec, sid, _values in batch]
    existing = {s.student_id: s for s in
                session.scalars(select(Student).where(Student.student_id.in_(ids)))}
    padded: dict[str, str] = {}  # digits without leading zeros -> a stored ID
    variants = {v for sid in ids if sid not in existing and sid.isdigit()
                for v in _zero_forms(sid)}
    if variants:  # through the unique index: never a scan of every student
        for stored in session.scalars(select(Student.student_id)
                                      .where(Student.student_id.in_(sorted(variants)))):
            padded.setdefault(stored.lstrip("0"), stored)
    derived = 0
    adds: list[tuple[str, dict[str, Any]]] = []
    updates: list[tuple[Student, dict[str, Any]]] = []
    for rec, sid, values in batch:
        label = f"{values['last_name']}, {values['first_name']}"
        student = existing.get(sid)
        twin = padded.get(sid.lstrip("0")) if student is None else None
        if twin is not None and twin != sid:
            rec.fail("student_id", f"student ID {sid} is not in the planner, but {twin} is: "
                                   "were leading zeros lost (a number column in Excel)? Fix "
                                   "the ID, or map another column")
            continue
        if student is None:
            if "graduation_year" not in values:
                values["graduation_year"] = _school_year_end(today) + 12 - values["grade"]
                derived += 1
            preview.to_add.append(preview_item(rec, sid, label))
            adds.append((sid, values))
            continue
        changes = diff(student, values)
        if changes:
            preview.to_update.append(preview_item(rec, sid, label, changes))
            updates.append((student, values))
        else:
            preview.to_skip.append(preview_item(rec, sid, label))
    stage.run(_write_batch(adds, updates))
    return derived


def _zero_forms(sid: str, width: int = 12) -> list[str]:
    """The same number with other leading zeros (123 -> 0123, 00123, ...; 000123 -> 123)."""
    bare = sid.lstrip("0") or "0"
    return [("0" * k) + bare for k in range(0, max(0, width - len(bare)) + 1)
            if ("0" * k) + bare != sid]


def _write_batch(adds: list[tuple[str, dict[str, Any]]],
                 updates: list[tuple[Student, dict[str, Any]]]) -> Op:
    def op(s: Session) -> None:
        when = now()
        if adds:  # one INSERT for the batch (no ORM objects: fast, little memory)
            rows = []
            for sid, values in adds:
                row = {"student_id": sid, "preferred_name": "", "school": "", "counselor": "",
                       "career_interests": "", "notes": "", "archived": False,
                       "created_at": when, "updated_at": when, **values}
                row["name_folded"] = student_search_text(row["first_name"], row["last_name"],
                                                         row["preferred_name"], sid)
                rows.append(row)
            s.execute(insert(Student), rows)
        for st, values in updates:
            for k, v in values.items():
                setattr(st, k, v)
            st.name_folded = student_search_text(st.first_name, st.last_name,
                                                 st.preferred_name, st.student_id)
            st.updated_at = when
        s.flush()
    return op


def _grade_text(rec: Record) -> int | None:
    """Grades written as '9th', 'Grade 9', '09'."""
    value = rec.text("grade", required=True, max_len=40)
    if not value:
        return None
    m = re.fullmatch(r"(?i)(?:grade|gr\.?)?\s*0*(\d{1,2})(?:\.0+)?(?:st|nd|rd|th)?"
                     r"(?:\s*grade)?", value)
    if not m:
        rec.fail("grade", f"{show(value)} is not a grade from 6 to 12")
        return None
    return int(m.group(1))
