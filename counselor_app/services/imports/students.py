"""Students: one row per student, matched by student ID."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import Student
from counselor_app.services.imports.mapping import ColumnSpec
from counselor_app.services.imports.mapping import spec as _c
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import Record, match_records, show
from counselor_app.services.imports.staging import Op, Stage, diff, now, preview_item
from counselor_app.text import student_search_text

COLUMNS: tuple[ColumnSpec, ...] = (
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
)


def _school_year_end(today: dt.date) -> int:
    return today.year + (1 if today.month >= 7 else 0)


def stage(session: Session, table: Table, stage: Stage) -> None:
    from counselor_app.services.students import GRADES

    preview = stage.preview
    records = match_records(table, COLUMNS, preview)
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
            preview.to_add.append(preview_item(rec, sid, label))
            stage.ops.append(_add_student(sid, values))
        else:
            changes = diff(student, values)
            if changes:
                preview.to_update.append(preview_item(rec, sid, label, changes))
                stage.ops.append(_update_student(student, values))
            else:
                preview.to_skip.append(preview_item(rec, sid, label))
    if derived:
        preview.notes.append(f"graduation year worked out from the grade on {derived} "
                             f"row{'s' if derived != 1 else ''}")


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


def _add_student(sid: str, values: dict[str, Any]) -> Op:
    def op(s: Session) -> None:
        when = now()
        st = Student(student_id=sid, preferred_name="", school="", counselor="",
                     career_interests="", notes="", archived=False, created_at=when,
                     updated_at=when)
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
        st.updated_at = now()
    return op
