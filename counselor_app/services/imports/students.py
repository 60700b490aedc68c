"""Students: one row per student, matched by student ID."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from counselor_app.messages import msg, plural
from counselor_app.reports.i18n import language_code
from counselor_app.services.imports.mapping import ColumnSpec
from counselor_app.services.imports.mapping import spec as _c
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import Record, match_records, show
from counselor_app.services.imports.seen import SeenKeys
from counselor_app.services.imports.staging import Op, Stage, note, now
from counselor_app.services.imports.student_writes import (
    StoredStudents,
    insert_students,
    update_students,
)

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


CHUNK = 2000
"""Rows checked against the database, and written, together: memory stays bounded for
any file size and each chunk costs one lookup and one INSERT/UPDATE executemany."""
_OUTSIDE = re.compile(r"(?i)^(?:p|pk|pre-?k|tk|k|kg|kf|kh|ka|kp|ug|un|13|14|ad|adult|"
                      r"0?[0-5]|grade 0?[1-5]|[1-5](?:st|nd|rd|th))$")
"""Grades a district-wide export holds that the planner does not (K-5, 13): left out."""

Checked = tuple[Record, str, dict[str, Any] | None]
"""A row with its student ID, and its values (None: the row failed a check already)."""


def stage(session: Session, table: Table, stage: Stage) -> None:
    with SeenKeys() as seen:
        _stage_rows(session, table, stage, seen)


def _stage_rows(session: Session, table: Table, stage: Stage, seen: SeenKeys) -> None:
    from counselor_app.services.students import GRADES

    preview = stage.preview
    today = dt.date.today()
    year_lo, year_hi = today.year - 1, today.year + 8
    stored = StoredStudents(session, lock=stage.session is not None)
    batch: list[Checked] = []
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
            rec.fail("grade", msg("{grade} is not a grade from {low} to {high}",
                                  grade=grade, low=GRADES[0], high=GRADES[-1]))
            grade = None
        year = rec.integer("graduation_year", year_lo, year_hi, what=msg("a year"))
        school = rec.text("school", max_len=200)
        counselor = rec.text("counselor", max_len=200)
        language_text = rec.text("family_language", max_len=60)
        language = language_code(language_text) if language_text is not None else None
        if language_text and language is None:
            rec.fail("family_language", msg("{language_text!r} is not a language the planner knows "
                                            "(use a name such as Spanish or a code such as es)",
                                            language_text=language_text))
        if not sid:
            continue
        if rec.failed or last is None or first is None or grade is None:
            batch.append((rec, sid, None))  # still checked for a repeated ID
        else:
            values: dict[str, Any] = {"last_name": last, "first_name": first,
                                      "grade": grade}
            if year is not None:
                values["graduation_year"] = year
            for key, value in (("preferred_name", preferred), ("school", school),
                               ("counselor", counselor), ("family_language", language)):
                if value is not None:
                    values[key] = value
            batch.append((rec, sid, values))
        if len(batch) >= CHUNK:
            derived += _stage_batch(stored, stage, batch, seen, today)
            batch = []
    if batch:
        derived += _stage_batch(stored, stage, batch, seen, today)
    if derived:
        preview.notes.append(plural(
            "graduation year worked out from the grade for {n} new student (stored years are "
            "kept when the file has none)",
            "graduation year worked out from the grade for {n} new students (stored years are "
            "kept when the file has none)", n=derived))
    if outside:
        key = msg("a grade the planner does not keep (K-5, 13)")
        preview.left_out[key] = preview.left_out.get(key, 0) + outside


def _stage_batch(stored: StoredStudents, stage: Stage, batch: list[Checked],
                 seen: SeenKeys, today: dt.date) -> int:
    """Match a chunk of rows to stored students and write it (when applying); returns
    how many graduation years were worked out.

    ``seen`` holds every earlier row's student ID with its row: negative for a student
    this import adds, so that the "same number, other zeros" check never mistakes one
    of them for a stored student."""
    preview = stage.preview
    earlier = seen.rows([sid for _rec, sid, _values in batch])
    here: dict[str, int] = {}
    valid: list[tuple[Record, str, dict[str, Any]]] = []
    for rec, sid, values in batch:
        first = earlier.get(sid, here.get(sid))
        if first is not None:
            rec.fail("student_id", msg("student ID {sid} appears again (first on row {value})",
                                       sid=sid, value=abs(first)))
        elif values is not None:
            here[sid] = rec.number
            valid.append((rec, sid, values))
    ids = [sid for _rec, sid, _values in valid]
    existing = stored.existing(ids)
    twins = stored.zero_twins([sid for sid in ids if sid not in existing])
    twin_rows = seen.rows(sorted(set(twins.values()))) if twins else {}
    derived = 0
    adds: list[tuple[str, dict[str, Any]]] = []
    updates: list[tuple[Any, dict[str, Any]]] = []
    for rec, sid, values in valid:
        label = f"{values['last_name']}, {values['first_name']}"
        student = existing.get(sid)
        twin = twins.get(sid.lstrip("0")) if student is None else None
        if twin is not None and twin != sid and here.get(twin, twin_rows.get(twin, 0)) >= 0:
            rec.fail("student_id", msg("student ID {sid} is not in the planner, but {twin} is: were"
                                       " leading zeros lost (a number column in Excel)? Fix the ID,"
                                       " or map another column", sid=sid, twin=twin))
            continue
        if student is None:
            if "graduation_year" not in values:
                values["graduation_year"] = _school_year_end(today) + 12 - values["grade"]
                derived += 1
            note(preview.to_add, rec, sid, label)
            adds.append((sid, values))
            here[sid] = -rec.number
            continue
        changes = [k for k, v in values.items() if getattr(student, k) != v]
        if changes:
            note(preview.to_update, rec, sid, label, changes)
            updates.append((student, values))
        else:
            note(preview.to_skip, rec, sid, label)
    seen.add(here.items())
    stage.run(_write_batch(adds, updates))
    stage.tick()
    return derived


def _write_batch(adds: list[tuple[str, dict[str, Any]]],
                 updates: list[tuple[Any, dict[str, Any]]]) -> Op:
    def op(s: Session) -> None:
        when = now()
        insert_students(s, adds, when)
        update_students(s, updates, when)
    return op


def _grade_text(rec: Record) -> int | None:
    """Grades written as '9th', 'Grade 9', '09'."""
    value = rec.text("grade", required=True, max_len=40)
    if not value:
        return None
    if len(value) <= 2 and value.isascii() and value.isdigit():  # the usual: 9, 09, 10
        return int(value)
    m = re.fullmatch(r"(?i)(?:grade|gr\.?)?\s*0*(\d{1,2})(?:\.0+)?(?:st|nd|rd|th)?"
                     r"(?:\s*grade)?", value)
    if not m:
        rec.fail("grade", msg("{value} is not a grade from 6 to 12", value=show(value)))
        return None
    return int(m.group(1))
