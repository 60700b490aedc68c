"""Transcript imports (PowerSchool, Infinite Campus), matching, past years in the plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from counselor_app.services import plans, students, transcripts
from counselor_app.services.imports import ImportRefused, apply_import, preview_import
from counselor_app.services.school_years import Phase, parse_school_year, year_label
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from tests.catalog import PROGRAM, add_test_catalog

POWERSCHOOL = ("Student_Number,Course_Number,Course_Name,Grade_Level,StoreCode,Grade,"
               "EarnedCrHrs,TermID,SchoolName\n"
               "S1,ZTENG9,English 9,9,Y1,B+,1,3300,Lincoln High\n"
               "S1,ZTALG1,Algebra I,9,Y1,A-,1,3300,Lincoln High\n"
               "S1,XFER101,Spanish I,10,S1,A,0.5,3400,Ridgeview High\n"
               "S1,ZTGEO,Geometry,10,Y1,F,0,3400,Lincoln High\n")
CAMPUS = ("Student Number,Course Number,Course Name,Grade,Score,Credits Earned,End Year\r\n"
          "S1,ZTENG10,English 10 Café,10,B,1,2025\r\n"
          "S1,ZTWLD1,Intro to Welding – Señor Díaz,9,A,1,2024\r\n")
TODAY = dt.date(2026, 12, 1)  # school year 2026-27: the class of 2027 is in grade 12


@pytest.fixture
def senior(db: Database) -> tuple[int, int]:
    add_test_catalog(db)
    pk = students.create_student(db, StudentData("S1", "Ana", "Núñez", 12, 2027))
    return pk, plans.create_plan(db, pk, "Main", PROGRAM)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_school_years() -> None:
    assert parse_school_year("2024-25") == parse_school_year("2024-2025") == 2025
    assert parse_school_year("2025") == 2025 and year_label(2025) == "2024–25"
    with pytest.raises(ValueError):
        parse_school_year("2024-26")


def test_powerschool_then_campus_in_windows_1252(db: Database, senior: tuple[int, int],
                                                 tmp_path: Path) -> None:
    pk, plan_id = senior
    ps = _write(tmp_path, "storedgrades.csv", POWERSCHOOL)
    preview = preview_import(db, "transcripts", ps)
    assert preview.ok and len(preview.to_add) == 4
    assert any("PowerSchool" in n for n in preview.notes)
    assert list(preview.unmatched) == [("Ridgeview High", "XFER101")]
    apply_import(db, "transcripts", ps, backup=False)
    ic = _write(tmp_path, "transcript.csv", CAMPUS, "cp1252")
    result = apply_import(db, "transcripts", ic, backup=False)
    assert result.added == 2
    assert any("Windows-1252" in n for n in result.preview.notes)
    lines = {ln.source_code: ln for ln in transcripts.list_transcript(db, pk)}
    assert lines["ZTENG9"].mark == "B+" and lines["ZTENG9"].school_year == 2024
    assert lines["ZTENG10"].level == 10 and lines["ZTENG10"].title == "English 10 Café"
    assert lines["ZTWLD1"].title == "Intro to Welding – Señor Díaz"
    assert lines["XFER101"].term == "sem1" and not lines["XFER101"].matched
    assert not lines["ZTGEO"].passed

    # the senior's plan: grades 9-11 are past, with the transcript shown in them
    view = plans.load_plan(db, plan_id, TODAY)
    assert [view.years[lv].phase for lv in (9, 10, 11, 12)] == [
        Phase.PAST, Phase.PAST, Phase.PAST, Phase.CURRENT]
    by_code = {c.code: c for c in view.courses}
    assert (by_code["ZTENG9"].status, by_code["ZTENG9"].final_mark) == ("completed", "B+")
    assert by_code["XFER101"].id < 0 and by_code["XFER101"].level == 10
    assert by_code["ZTWLD1"].status == "completed"
    assert [c.code for c in view.courses if c.id in view.past_planned] == ["ZTWLD2"]
    # earned credits count as completed; the failed course counts nothing
    result_ = plans.validate(db, plan_id)
    maths = next(r for r in result_.requirements if r.subject_area == "Mathematics")
    assert maths.completed == 1


def test_reimport_is_idempotent_and_updates_marks(db: Database, senior: tuple[int, int],
                                                  tmp_path: Path) -> None:
    pk, _ = senior
    ps = _write(tmp_path, "storedgrades.csv", POWERSCHOOL)
    apply_import(db, "transcripts", ps, backup=False)
    again = apply_import(db, "transcripts", ps, backup=False)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
    changed = _write(tmp_path, "storedgrades.csv",
                     POWERSCHOOL.replace("ZTGEO,Geometry,10,Y1,F,0", "ZTGEO,Geometry,10,Y1,C,1"))
    result = apply_import(db, "transcripts", changed, backup=False)
    assert (result.added, result.updated) == (0, 1)
    assert set(result.preview.to_update[0].changes) == {"mark", "credits_earned"}
    lines = {ln.source_code: ln for ln in transcripts.list_transcript(db, pk)}
    assert (lines["ZTGEO"].mark, lines["ZTGEO"].credits_earned) == ("C", 1.0)
    assert len(lines) == 4


def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_written(
        db: Database, senior: tuple[int, int], tmp_path: Path) -> None:
    pk, _ = senior
    bad = _write(tmp_path, "bad.csv", POWERSCHOOL + (
        "S9,ZTENG9,English 9,9,Y1,A,1,3300,Lincoln High\n"
        "S1,ZTART,Ceramics,14,Y1,A,1,3300,Lincoln High\n"
        "S1,ZTART,Ceramics,9,Y1,Q,1,3300,Lincoln High\n"
        "S1,ZTART,Ceramics,9,Y1,A,one,3300,Lincoln High\n"))
    with pytest.raises(ImportRefused) as refused:
        apply_import(db, "transcripts", bad, backup=False)
    errors = {(e.row, e.column): e.reason for e in refused.value.preview.errors}
    assert "no student with ID S9" in errors[(6, "Student_Number")]
    assert "not a grade level from 6 to 12" in errors[(7, "Grade_Level")]
    assert "not a mark of the school's scale" in errors[(8, "Grade")]
    assert "not a number" in errors[(9, "EarnedCrHrs")]
    assert transcripts.list_transcript(db, pk) == []


def test_xlsx_and_a_year_the_student_was_not_in_school(db: Database, senior: tuple[int, int],
                                                       tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Student Number", "Course Number", "Course Name", "Grade", "Score",
               "Credits Earned", "End Year"])
    ws.append(["S1", "ZTENG9", "English 9", None, "A", 1, "2010"])
    path = tmp_path / "campus.xlsx"
    wb.save(path)
    preview = preview_import(db, "transcripts", path)
    assert [(e.row, e.column) for e in preview.errors] == [(2, "End Year")]
    assert "grades 6 to 12" in preview.errors[0].reason


def test_transfer_matching_is_remembered(db: Database, senior: tuple[int, int],
                                         tmp_path: Path) -> None:
    pk, plan_id = senior
    ps = _write(tmp_path, "storedgrades.csv", POWERSCHOOL)
    apply_import(db, "transcripts", ps, backup=False)
    assert [(u.source_code, u.rows) for u in transcripts.unmatched_courses(db)] == [
        ("XFER101", 1)]
    with pytest.raises(ValueError, match="subject area"):
        transcripts.match_course(db, "Ridgeview High", "XFER101", catalog_code=None)
    transcripts.match_course(db, "Ridgeview High", "XFER101", catalog_code=None,
                             subject_area="World Languages", tags=["world-language"],
                             title="Spanish I", by="Ms. Test")
    assert transcripts.unmatched_courses(db) == []
    line = next(ln for ln in transcripts.list_transcript(db, pk)
                if ln.source_code == "XFER101")
    assert line.matched and line.subject_area == "World Languages"
    assert line.tags == ("world-language",)
    # the next import of another student from that school knows the course
    pk2 = students.create_student(db, StudentData("S2", "Bo", "Li", 12, 2027))
    other = _write(tmp_path, "second.csv", POWERSCHOOL.replace("S1,", "S2,"))
    result = apply_import(db, "transcripts", other, backup=False)
    assert result.preview.unmatched == {} and not result.preview.warnings
    # a match to a catalog course makes the row count as that course
    transcripts.match_course(db, "Ridgeview High", "XFER101", catalog_code="ZTART")
    codes = {ln.source_code: ln.course_code for ln in transcripts.list_transcript(db, pk2)}
    assert codes["XFER101"] == "ZTART"
    assert "ZTART" in {c.code for c in plans.load_plan(db, plan_id).courses}


def test_the_column_page_reads_campus_grade_as_the_grade_level(db: Database,
                                                               senior: tuple[int, int],
                                                               tmp_path: Path) -> None:
    from counselor_app.services.imports import inspect_columns

    report = inspect_columns(db, "transcripts", _write(tmp_path, "ic.csv", CAMPUS))
    assert report is not None
    guessed = {report.headers[i]: key for i, key in report.guessed.items()}
    assert guessed["Grade"] == "level" and guessed["Score"] == "mark"
