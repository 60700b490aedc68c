"""Transcripts: completed courses with marks and earned credits, one row per attempt.

Reads SIS historical-grade exports as they come, without renaming columns:

* PowerSchool stored grades: ``Student_Number, Course_Number, Course_Name, Grade_Level,
  StoreCode, Grade, EarnedCrHrs, TermID, SchoolName`` (``Grade`` is the mark there;
  the school year comes from ``TermID``: 3400 is 2024-25);
* Infinite Campus transcripts: ``Student Number, Course Number, Course Name, Grade,
  Score, Credits Earned, End Year`` (``Grade`` is the grade level there, ``Score``
  the mark);
* any sheet with the documented headers (``Student ID, Course Code, Grade Level, ...``).

A row is keyed by student, course number as written, school year and term, so a
re-import updates changed marks and credits and adds nothing twice. Course numbers
not in the catalog are imported and listed: matched once (``transcripts.match_course``)
to a catalog course or kept as transfer credit, remembered for the next import.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from counselor_app.domain import Course, CourseMatch, Student, TranscriptEntry
from counselor_app.messages import msg
from counselor_app.services.imports.mapping import ColumnSpec, normalize_header
from counselor_app.services.imports.mapping import spec as _c
from counselor_app.services.imports.reading import Table
from counselor_app.services.imports.records import Record, match_records, show
from counselor_app.services.imports.staging import Op, Stage, now, preview_item
from counselor_app.services.school_years import level_in_year, parse_school_year, school_year_of
from counselor_app.services.transcripts import find_match, mark_scale, normalize_mark

_STUDENT = _c("student_id", "Student ID",
              ("Student_Number", "Student Number", "StudentID", "Student No", "Local ID",
               "Local Student ID", "SIS ID", "Perm ID", "Stu ID"), True,
              "The student's ID in your student information system.", "100234")
_CODE = _c("course_code", "Course Code",
           ("Course_Number", "Course Number", "Course No", "Course ID", "CourseCode",
            "Course Num", "Crs Num", "Local Course Code", "SCED Code"), False,
           "The course number as the school's records write it; empty when only the "
           "title is known.", "ENG9")
_TITLE = _c("title", "Course Title",
            ("Course_Name", "Course Name", "Course Description", "Title", "Crs Name"), False,
            "Used to find the course when there is no code.", "English 9")
_YEAR = _c("school_year", "School Year",
           ("End Year", "End_Year", "EndYear", "Year", "Academic Year", "SchoolYear",
            "Sch Year"), False,
           "2024-25, 2024-2025 or the year it ends (2025).", "2024-25")
_TERM_ID = _c("term_id", "TermID", ("Term_ID", "Term ID", "YearID"), False,
              "PowerSchool's term number (3400 is 2024-25).", "")
_TERM = _c("term", "Term", ("StoreCode", "Store Code", "Term Name", "Semester",
                            "Term Code"), False,
           "Y1 or Year, S1, S2, Q1-Q4, T1-T3 or Summer; empty means the whole year.", "Y1")
_CREDITS = _c("credits", "Credits Earned",
              ("EarnedCrHrs", "Earned Credits", "Credit Earned", "Credits", "Earned Cr",
               "Cr Earned", "Credits Received"), True, "A number, 0 when failed.", "1")
_SCHOOL = _c("school", "School", ("SchoolName", "School Name", "School Of Record",
                                  "Building", "Campus"), False, "", "Lincoln High School")
_TRANSFER = _c("transfer", "Transfer", ("Transfer Credit", "Is Transfer", "Transferred",
                                        "Transfer Course"), False,
               "yes for credit earned at another school.", "no")


def _layout(level_names: tuple[str, ...], mark_names: tuple[str, ...]) -> tuple[ColumnSpec, ...]:
    level = _c("level", "Grade Level", level_names, False,
               "6 to 12: the grade the student was in when taking the course.", "9")
    mark = _c("mark", "Mark", mark_names, False,
              "The final mark: a letter of the school's scale (A-F, P, ...) or 0-100.", "B+")
    return (_STUDENT, _CODE, _TITLE, level, _YEAR, _TERM_ID, _TERM, mark, _CREDITS,
            _SCHOOL, _TRANSFER)


COLUMNS = _layout(("Grade_Level", "GradeLevel", "Grade Lvl", "Grd Lvl"),
                  ("Grade", "Final Grade", "Final Mark", "Letter Grade", "Score"))
"""PowerSchool and the documented layout: ``Grade`` is the mark."""
CAMPUS_COLUMNS = _layout(("Grade_Level", "GradeLevel", "Grade", "Grade Lvl"),
                         ("Score", "Final Mark", "Letter Grade", "Final Grade"))
"""Infinite Campus: ``Grade`` is the grade level, ``Score`` the mark."""

_TERMS = {"y1": "year", "y": "year", "year": "year", "fy": "year", "fullyear": "year",
          "s1": "sem1", "sem1": "sem1", "semester1": "sem1", "f1": "sem1", "fall": "sem1",
          "s2": "sem2", "sem2": "sem2", "semester2": "sem2", "spring": "sem2",
          "ss": "summer", "su": "summer", "summer": "summer", "sum": "summer",
          **{f"q{i}": f"q{i}" for i in range(1, 5)}, **{f"t{i}": f"t{i}" for i in range(1, 4)}}
BATCH = 500
_LAYOUT_NAMES = {"powerschool": "a PowerSchool stored-grades",
                 "infinite-campus": "an Infinite Campus transcript"}


def layout_of(headers: list[str]) -> tuple[str, tuple[ColumnSpec, ...]]:
    """Which SIS wrote the file (by its headers) and the columns to read it with."""
    names = {normalize_header(h) for h in headers}
    if "score" in names and "grade" in names and "gradelevel" not in names:
        return "infinite-campus", CAMPUS_COLUMNS
    if names & {"storecode", "earnedcrhrs", "studentnumber", "termid"} and \
            "coursenumber" in names and "earnedcrhrs" in names:
        return "powerschool", COLUMNS
    return "spreadsheet", COLUMNS


def _term(rec: Record) -> str | None:
    value = rec.text("term", max_len=20)
    if not value:
        return "year"
    term = _TERMS.get(re.sub(r"[^0-9a-z]", "", value.casefold()))
    if term is None:
        rec.fail("term", msg("{value} is not a term (Y1, S1, S2, Q1-Q4, T1-T3, Summer)",
                             value=show(value)))
    return term


def _year(rec: Record) -> int | None:
    value = rec.text("school_year", max_len=20)
    if value:
        try:
            return parse_school_year(value)
        except ValueError as exc:
            rec.fail("school_year", str(exc).replace("'", "\u201c", 1).replace("'", "\u201d", 1))
            return None
    term_id = rec.integer("term_id", 1000, 9999, what=msg("a PowerSchool term number"))
    if term_id is not None:
        return 1990 + term_id // 100 + 1  # 3400 -> 2024-25
    return None


def _level(rec: Record) -> int | None:
    value = rec.text("level", max_len=20)
    if not value:
        return None
    m = re.fullmatch(r"(?i)(?:grade|gr\.?)?\s*0*(\d{1,2})(?:\.0+)?(?:st|nd|rd|th)?", value)
    if not m or not 6 <= int(m.group(1)) <= 12:
        rec.fail("level", msg("{value} is not a grade level from 6 to 12", value=show(value)))
        return None
    return int(m.group(1))


def stage(session: Session, table: Table, stage: Stage) -> None:
    source, specs = layout_of(table.headers)
    preview = stage.preview
    if source != "spreadsheet":
        preview.notes.append(msg("{file}: read as {layout} export", file=table.file,
                                 layout=_LAYOUT_NAMES[source]))
    from counselor_app.services.settings import load_settings_in

    scale = mark_scale(load_settings_in(session).mark_scale)
    titles = {t.casefold(): c for c, t in session.execute(select(Course.code, Course.title))}
    matches = {(m.school, m.source_code): m for m in session.scalars(select(CourseMatch))}
    seen: dict[tuple[str, str, int, str], int] = {}
    batch: list[tuple[Record, str, dict[str, Any]]] = []
    for rec in match_records(table, specs, preview, stage.reject):
        sid = rec.identifier("student_id", required=True)
        code = rec.identifier("course_code", max_len=40)
        title = rec.text("title", max_len=200) or ""
        level = _level(rec)
        year = _year(rec)
        term = _term(rec)
        raw_mark = rec.text("mark", max_len=10)
        mark = normalize_mark(raw_mark, scale) if raw_mark else ""
        if mark is None:
            rec.fail("mark", msg("{value} is not a mark of the school's scale (Settings > Marks) "
                                 "nor a number from 0 to 100", value=show(raw_mark or '')))
        credits = rec.number_("credits", 0, 10)
        if credits is None and not rec.failed and rec.has("credits"):
            rec.fail("credits", msg("is empty; write 0 for a course that earned nothing"))
        school = rec.text("school", max_len=200) or ""
        transfer = rec.flag("transfer")
        if not code:
            code = titles.get(title.casefold()) if title else None
            if code is None and not rec.failed:
                rec.fail("course_code" if rec.has("course_code") else "title",
                         "no course code, and the title is not a catalog course's title"
                         if title else "needs a course code or a course title")
        if level is None and year is None and not rec.failed:
            rec.fail("level", msg("needs a grade level or a school year"))
        if rec.failed or sid is None or code is None or term is None or credits is None:
            continue
        batch.append((rec, sid, {"source_code": code, "title": title, "level": level,
                                 "school_year": year, "term": term, "mark": mark or "",
                                 "credits_earned": credits, "school": school,
                                 "transfer": bool(transfer), "source": source}))
        if len(batch) >= BATCH:
            _stage_batch(session, stage, batch, seen, matches)
            batch = []
    if batch:
        _stage_batch(session, stage, batch, seen, matches)


def _stage_batch(session: Session, stage: Stage, batch: list[tuple[Record, str, dict[str, Any]]],
                 seen: dict[tuple[str, str, int, str], int],
                 matches: dict[tuple[str, str], CourseMatch]) -> None:
    preview = stage.preview
    students = {s.student_id: s for s in session.scalars(
        select(Student).where(Student.student_id.in_({sid for _r, sid, _v in batch})))}
    codes = {v["source_code"] for _r, _s, v in batch}
    catalog = set(session.scalars(select(Course.code).where(Course.code.in_(codes))))
    ready: list[tuple[Record, Student, dict[str, Any]]] = []
    for rec, sid, values in batch:
        student = students.get(sid)
        if student is None:
            rec.fail("student_id", msg("no student with ID {sid} in the planner; import the "
                                       "students first", sid=sid))
            continue
        level, year = values["level"], values["school_year"]
        if year is None:
            year = school_year_of(level, student.graduation_year)
        elif level is None:
            level = level_in_year(year, student.graduation_year)
            if not 6 <= level <= 12:
                rec.fail("school_year", msg("{year} is not a year this student (class of "
                                            "{graduation_year}) was in grades 6 to 12",
                                            year=f"{year - 1}-{year % 100:02d}",
                                            graduation_year=student.graduation_year))
                continue
        if year is not None and year > student.graduation_year:
            rec.fail("school_year" if rec.has("school_year") or rec.has("term_id")
                     else "level", msg("{year} is after this student's graduation "
                                       "({graduation_year})", year=f"{year - 1}-{year % 100:02d}",
                                       graduation_year=student.graduation_year))
            continue
        values = dict(values, level=level, school_year=year)
        key = (sid, values["source_code"], year, values["term"])
        if key in seen:
            rec.fail("course_code", msg("this course appears again for {sid} in the same year and "
                                        "term (first on row {seen})", sid=sid, seen=seen[key]))
            continue
        seen[key] = rec.number
        code = values["source_code"]
        if code in catalog:
            values["course_code"] = code
        else:
            match = find_match(matches, values["school"], code)
            values["course_code"] = match.catalog_code if match else None
            if match is None:
                rec.warn("course_code", msg(
                    "{course} is not in the catalog: match it to a catalog course or keep it "
                    "as transfer credit (it counts nowhere until then)",
                    course=f"{code} {values['title']}".replace("  ", " ")))
                preview.unmatched.setdefault((values["school"], code),
                                             [values["title"], 0])[1] += 1
        ready.append((rec, student, values))
    if not ready:
        stage.tick()
        return
    keys = [(s.id, v["source_code"], v["school_year"], v["term"]) for _r, s, v in ready]
    existing = {(e.student_pk, e.source_code, e.school_year, e.term): e
                for e in session.scalars(select(TranscriptEntry).where(
                    tuple_(TranscriptEntry.student_pk, TranscriptEntry.source_code,
                           TranscriptEntry.school_year, TranscriptEntry.term).in_(keys)))}
    adds: list[tuple[int, dict[str, Any]]] = []
    updates: list[tuple[TranscriptEntry, dict[str, Any]]] = []
    for (rec, student, values), key in zip(ready, keys, strict=True):
        label = f"{values['source_code']} {values['title']} ({values['school_year'] - 1}-" \
                f"{values['school_year'] % 100:02d})"
        old = existing.get(key)
        if old is None:
            preview.to_add.append(preview_item(rec, student.student_id, label))
            adds.append((student.id, values))
            continue
        compare = {k: v for k, v in values.items() if k not in ("source",)}
        if compare.get("title") == "":
            compare.pop("title")
        changes = [k for k, v in compare.items() if getattr(old, k) != v]
        if changes:
            preview.to_update.append(preview_item(rec, student.student_id, label, changes))
            updates.append((old, compare))
        else:
            preview.to_skip.append(preview_item(rec, student.student_id, label))
    stage.run(_write(adds, updates))
    stage.tick()


def _write(adds: list[tuple[int, dict[str, Any]]],
           updates: list[tuple[TranscriptEntry, dict[str, Any]]]) -> Op:
    def op(s: Session) -> None:
        when = now()
        for pk, values in adds:
            s.add(TranscriptEntry(student_pk=pk, created_at=when, updated_at=when, **values))
        for entry, values in updates:
            for k, v in values.items():
                setattr(entry, k, v)
            entry.updated_at = when
        s.flush()
    return op
