"""Imports: preview, all-or-nothing apply, upsert, templates, O*NET files, fuzzing."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from counselor_app.domain import (
    Cluster,
    Course,
    CoursePrerequisite,
    Framework,
    Occupation,
    OccupationPathway,
    Pathway,
    Plan,
    PlanCourse,
    ProgramCourse,
    ProgramOfStudy,
    Student,
)
from counselor_app.services.backups import list_backups
from counselor_app.services.imports import (
    COLUMNS,
    TEMPLATE_KINDS,
    ImportKind,
    ImportRefused,
    apply_import,
    apply_onet,
    normalize_education,
    normalize_soc,
    preview_import,
    preview_onet,
    write_template,
)
from counselor_app.services.imports.reading import read_table
from counselor_app.services.search import search
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database
from counselor_app.text import student_search_text

FUZZ = settings(max_examples=50, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
YEAR = dt.date.today().year

CATALOG = (
    "Code,Title,Credits,Subject Area,Lowest Grade,Highest Grade,CTE,Prerequisites\n"
    "TC100,Test Intro,1,Career & Technical Education,9,12,yes,\n"
    "TC200,Test Advanced,1,Career & Technical Education,10,12,yes,TC100\n"
    "TC300,Test Capstone,2,Career & Technical Education,11,PS,yes,TC200;TC100\n"
)


def digest(db: Database) -> str:
    """Everything the database file holds, as one hash."""
    assert db.path is not None
    con = sqlite3.connect(db.path)
    try:
        h = hashlib.sha256()
        for line in con.iterdump():
            h.update(line.encode())
        return h.hexdigest()
    finally:
        con.close()


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(folder: Path, name: str, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    path = folder / name
    wb.save(path)
    return path


def _add_test_framework(db: Database) -> None:
    """Our own test cluster, pathway and sub-cluster (names no built-in row uses)."""
    with db.transaction() as s:
        for code, name, label in (("ncc-legacy", "Legacy", "Pathway"),
                                  ("ncc-2024", "2024", "Sub-cluster")):
            if s.get(Framework, code) is None:
                s.add(Framework(code=code, name=name, pathway_label=label, sort_order=0))
        s.flush()
        legacy = Cluster(code="T-CL", framework_code="ncc-legacy", name="Testing Cluster",
                         description="", cross_cutting=False, sort_order=99)
        modern = Cluster(code="T-CL24", framework_code="ncc-2024",
                         name="Testing Arts, A/V Technology & Media", description="",
                         cross_cutting=False, sort_order=99)
        s.add_all([legacy, modern])
        s.flush()
        s.add_all([Pathway(code="T-PW", cluster_id=legacy.id, name="Testing Pathway",
                           description="", sort_order=0),
                   Pathway(code="T-SC", cluster_id=modern.id,
                           name="Testing Film & Sound Production", description="",
                           sort_order=0)])


@pytest.fixture
def ref(db: Database) -> Database:
    """The seeded database plus our own test cluster, pathway and sub-cluster."""
    _add_test_framework(db)
    return db


@pytest.fixture
def light(tmp_path: Path) -> Iterator[Database]:
    """A database without the built-in reference data (fast to digest), plus test rows."""
    db = open_database(str(tmp_path / "light.db"), seed=False)
    _add_test_framework(db)
    yield db
    db.dispose()


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# --------------------------------------------------------------------------- students

STUDENTS = ("Student ID,Last Name,First Name,Grade,Graduation Year,School,Counselor\n"
            f"T001,Muñoz,José,9,{YEAR + 3},Lincoln High,Ms. Chen\n"
            f"T002,O'Brien,Zoë,10,{YEAR + 2},Lincoln High,Ms. Chen\n")


def test_students_preview_then_apply_then_same_file_changes_nothing(
        db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "students.csv", STUDENTS)
    preview = preview_import(db, "students", path)
    assert preview.ok and [i.key for i in preview.to_add] == ["T001", "T002"]
    assert [i.row for i in preview.to_add] == [2, 3]
    assert count(db, Student) == 0  # a preview writes nothing
    result = apply_import(db, ImportKind.STUDENTS, path)
    assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
    assert result.backup is not None and result.backup.exists()
    with db.read() as s:
        jose = s.scalar(select(Student).where(Student.student_id == "T001"))
        assert jose is not None
        assert (jose.last_name, jose.grade, jose.school) == ("Muñoz", 9, "Lincoln High")
        assert jose.name_folded == student_search_text("José", "Muñoz", "", "T001")
    before, backups = digest(db), len(list_backups(db.path))  # type: ignore[arg-type]
    again = apply_import(db, "students", path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert again.backup is None
    assert digest(db) == before and len(list_backups(db.path)) == backups  # type: ignore[arg-type]


def test_students_update_by_student_id_and_keep_other_fields(db: Database,
                                                             tmp_path: Path) -> None:
    apply_import(db, "students", write(tmp_path, "a.csv", STUDENTS))
    with db.transaction() as s:
        st = s.scalar(select(Student).where(Student.student_id == "T001"))
        assert st is not None
        st.notes = "private note"
    path = write(tmp_path, "b.csv", "StudentID,last,first,Grade Level,Grad Year,Homeroom\n"
                                    f"T001,Muñoz-Diaz,José,10th,{YEAR + 3},12B\n")
    preview = preview_import(db, "students", path)
    assert preview.ok and preview.unknown_columns == ["b.csv: Homeroom"]
    assert [(i.key, i.changes) for i in preview.to_update] == [
        ("T001", ("last_name", "grade"))]
    apply_import(db, "students", path)
    with db.read() as s:
        st = s.scalar(select(Student).where(Student.student_id == "T001"))
        assert st is not None
        assert (st.last_name, st.grade, st.school, st.notes) == (
            "Muñoz-Diaz", 10, "Lincoln High", "private note")
        assert "munoz-diaz" in st.name_folded


def test_graduation_year_is_worked_out_from_the_grade_when_missing(db: Database,
                                                                   tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "ID,Surname,Given Name,Grade\nT9,Lee,Kim,Grade 12\n")
    preview = preview_import(db, "students", path)
    assert preview.ok and any("graduation year" in n for n in preview.notes)
    apply_import(db, "students", path)
    with db.read() as s:
        st = s.scalar(select(Student).where(Student.student_id == "T9"))
        assert st is not None and st.grade == 12 and YEAR <= st.graduation_year <= YEAR + 1


def test_student_errors_name_file_row_column_and_reason(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv",
                 "Student ID,Last Name,First Name,Grade,Grad Year\n"
                 f"T1,Ann,Lee,9,{YEAR + 3}\n"
                 f"T1,Dup,Lee,9,{YEAR + 3}\n"
                 f"T2,,Lee,15,{YEAR + 3}\n"
                 "T3,Ok,Lee,abc,1999\n")
    before = digest(db)
    preview = preview_import(db, "students", path)
    found = {(e.row, e.column) for e in preview.errors}
    assert {(3, "Student ID"), (4, "Last Name"), (4, "Grade"), (5, "Grade"),
            (5, "Grad Year")} <= found
    assert all(e.file == "bad.csv" and e.reason for e in preview.errors)
    assert "bad.csv, row 3, column \"Student ID\"" in str(preview.errors[0])
    with pytest.raises(ImportRefused) as info:
        apply_import(db, "students", path)
    assert info.value.preview.errors and "nothing was imported" in str(info.value)
    assert digest(db) == before and count(db, Student) == 0


def test_missing_and_repeated_columns_are_errors(db: Database, tmp_path: Path) -> None:
    missing = preview_import(db, "students", write(tmp_path, "m.csv", "Student ID,Grade\n1,9\n"))
    assert {e.column for e in missing.errors} == {"Last Name", "First Name"}
    assert all(e.row == 1 and "required column is missing" in e.reason
               for e in missing.errors)
    repeated = preview_import(db, "students", write(
        tmp_path, "r.csv", "Student ID,Last Name,First Name,Grade,Last\n1,a,b,9,c\n"))
    assert [(e.column, e.row) for e in repeated.errors] == [("Last Name", 1)]
    assert "columns B and E" in repeated.errors[0].reason


def test_windows_1252_and_xlsx_students(db: Database, tmp_path: Path) -> None:
    cp = write(tmp_path, "cp.csv", STUDENTS, "cp1252")
    preview = preview_import(db, "students", cp)
    assert preview.ok and any("Windows-1252" in n for n in preview.notes)
    assert preview.to_add[0].label == "Muñoz, José"
    rows = list(csv.reader(io.StringIO(STUDENTS)))
    rows[1][0] = 12345  # type: ignore[call-overload]  # a number cell, as Excel stores IDs
    xlsx = write_xlsx(tmp_path, "s.xlsx", rows)
    apply_import(db, "students", xlsx)
    with db.read() as s:
        assert set(s.scalars(select(Student.student_id))) == {"12345", "T002"}


def test_xlsx_formula_cell_is_an_error_for_that_cell(db: Database, tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path, "f.xlsx", [["Student ID", "Last Name", "First Name", "Grade"],
                                           ["T1", "A", "B", "=8+1"]])
    preview = preview_import(db, "students", xlsx)
    assert [(e.row, e.column) for e in preview.errors] == [(2, "Grade")]
    assert "formula" in preview.errors[0].reason


def test_file_problems_are_preview_errors(db: Database, tmp_path: Path) -> None:
    preview = preview_import(db, "students", tmp_path / "nope.csv")
    assert not preview.ok and "does not exist" in preview.errors[0].reason
    with pytest.raises(ImportRefused):
        apply_import(db, "students", tmp_path / "nope.csv")


# --------------------------------------------------------------------------- courses

def test_course_catalog_with_prerequisites_and_search_index(db: Database,
                                                            tmp_path: Path) -> None:
    path = write(tmp_path, "courses.csv", CATALOG)
    result = apply_import(db, "courses", path)
    assert result.added == 3
    with db.read() as s:
        cap = s.get(Course, "TC300")
        assert cap is not None and (cap.grade_low, cap.grade_high, cap.credits) == (11, 13, 2.0)
        assert cap.cte is True
        pre = set(s.scalars(select(CoursePrerequisite.prerequisite_code)
                            .where(CoursePrerequisite.course_code == "TC300")))
        assert pre == {"TC100", "TC200"}
    hits = search(db, "Test Capstone")
    assert any(h.key == "TC300" for h in hits.get("course", []))
    assert apply_import(db, "courses", path).unchanged == 3


def test_course_errors_unknown_prerequisite_loop_and_grade_range(db: Database,
                                                                 tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv",
                 "Code,Title,Subject Area,Lowest Grade,Highest Grade,Prerequisites\n"
                 "TA,A,Science,9,12,TB\n"
                 "TB,B,Science,9,12,TA\n"
                 "TC,C,Science,12,9,\n"
                 "TD,D,Science,9,12,NOPE\n"
                 "TE,E,Science,9,13.5,\n")
    preview = preview_import(db, "courses", path)
    reasons = {(e.row, e.column): e.reason for e in preview.errors}
    assert "loop" in reasons[(2, "Prerequisites")]
    assert "below lowest grade" in reasons[(4, "Highest Grade")]
    assert "NOPE" in reasons[(5, "Prerequisites")]
    assert (6, "Highest Grade") in reasons


def test_plans_keep_working_when_the_catalog_changes_or_drops_a_course(
        db: Database, tmp_path: Path) -> None:
    from counselor_app.services.plans import load_plan

    apply_import(db, "courses", write(tmp_path, "c1.csv", CATALOG))
    now = dt.datetime.now().replace(microsecond=0)
    with db.transaction() as s:
        st = Student(student_id="P1", first_name="Pat", last_name="Plan", grade=9,
                     graduation_year=YEAR + 3, created_at=now, updated_at=now)
        s.add(st)
        s.flush()
        plan = Plan(student_pk=st.id, name="Main", is_active=True, created_at=now,
                    updated_at=now)
        s.add(plan)
        s.flush()
        s.add_all([PlanCourse(plan_id=plan.id, course_code=c, level=lvl)
                   for c, lvl in (("TC100", 9), ("TC200", 10), ("TC300", 11))])
        plan_id = plan.id
    # the new catalog renames TC100 and no longer lists TC300
    new = write(tmp_path, "c2.csv", "Code,Title,Credits,Subject Area\n"
                                    "TC100,Test Intro Renamed,1,Career & Technical Education\n"
                                    "TC200,Test Advanced,1,Career & Technical Education\n")
    apply_import(db, "courses", new)
    with db.read() as s:
        codes = list(s.scalars(select(PlanCourse.course_code)
                               .where(PlanCourse.plan_id == plan_id)
                               .order_by(PlanCourse.level)))
    assert codes == ["TC100", "TC200", "TC300"]
    view = load_plan(db, plan_id)
    titles = {c.code: (c.title, c.known) for c in view.courses}
    assert titles["TC100"] == ("Test Intro Renamed", True)
    # a course import never deletes: TC300 is still known; delete it to see the flag
    with db.transaction() as s:
        gone = s.get(Course, "TC300")
        assert gone is not None
        s.delete(gone)
    view = load_plan(db, plan_id)
    assert {c.code: c.known for c in view.courses}["TC300"] is False


# --------------------------------------------------------------------------- programs

PROGRAMS = ("Program Code,Program Name,Pathway Code,Grade Level,Course Code,"
            "Required or Elective,Order\n"
            "T-PROG,Testing Program,T-PW,9,TC100,required,1\n"
            "T-PROG,Testing Program,T-PW,10,TC200,elective,2\n"
            "T-PROG,Testing Program,T-PW,PS,TC300,required,3\n"
            "T-PROG2,Second Program,T-SC,11,TC300,,\n")


def test_programs_upsert_and_drop_courses_no_longer_listed(ref: Database,
                                                           tmp_path: Path) -> None:
    db = ref
    apply_import(db, "courses", write(tmp_path, "c.csv", CATALOG))
    path = write(tmp_path, "p.csv", PROGRAMS)
    result = apply_import(db, "programs", path)
    assert result.added == 4 and result.preview.ok
    with db.read() as s:
        prog = s.scalar(select(ProgramOfStudy).where(ProgramOfStudy.code == "T-PROG"))
        assert prog is not None and prog.name == "Testing Program"
        rows = s.execute(select(ProgramCourse.course_code, ProgramCourse.level,
                                ProgramCourse.required, ProgramCourse.sort_order)
                         .where(ProgramCourse.program_id == prog.id)
                         .order_by(ProgramCourse.sort_order)).all()
        assert [tuple(r) for r in rows] == [("TC100", 9, True, 1), ("TC200", 10, False, 2),
                                            ("TC300", 13, True, 3)]
    assert apply_import(db, "programs", path).unchanged == 4
    assert any(h.key == "T-PROG" for h in search(db, "Testing Program").get("program", []))
    shorter = write(tmp_path, "p2.csv", PROGRAMS.replace(
        "T-PROG,Testing Program,T-PW,10,TC200,elective,2\n", "").replace(
        "Testing Program", "Testing Program Renamed"))
    preview = preview_import(db, "programs", shorter)
    assert [i.key for i in preview.to_remove] == ["T-PROG TC200"]
    assert [i.changes for i in preview.to_update] == [("name",)]
    apply_import(db, "programs", shorter)
    with db.read() as s:
        prog = s.scalar(select(ProgramOfStudy).where(ProgramOfStudy.code == "T-PROG"))
        assert prog is not None and prog.name == "Testing Program Renamed"
        assert count(db, ProgramCourse) >= 3


def test_program_errors(ref: Database, tmp_path: Path) -> None:
    db = ref
    apply_import(db, "courses", write(tmp_path, "c.csv", CATALOG))
    path = write(tmp_path, "p.csv",
                 "Program Code,Program Name,Pathway Code,Grade Level,Course Code,Required\n"
                 "T-P,One,T-PW,9,TC100,required\n"
                 "T-P,Other name,T-PW,10,TC200,required\n"
                 "T-P,One,NOPE,10,TC200,required\n"
                 "T-P,One,T-PW,14,TC200,maybe\n"
                 "T-P,One,T-PW,9,NOCOURSE,required\n"
                 "T-P,One,T-PW,9,TC100,elective\n")
    reasons = {(e.row, e.column): e.reason for e in preview_import(db, "programs",
                                                                   path).errors}
    assert "differs from row 2" in reasons[(3, "Program Name")]
    assert "unknown pathway" in reasons[(4, "Pathway Code")]
    assert (5, "Grade Level") in reasons and (5, "Required") in reasons
    assert "import the course catalog first" in reasons[(6, "Course Code")]
    assert "appears again" in reasons[(7, "Course Code")]


# --------------------------------------------------------------------------- occupations

def test_occupations_with_education_and_pathways(ref: Database, tmp_path: Path) -> None:
    db = ref
    path = write(tmp_path, "o.csv", "SOC Code,Title,Typical Entry Education,Pathway Codes\n"
                                    "99-1111,Test Occupation One,bachelor's,T-PW;T-SC\n"
                                    "99-1112.01,Test Occupation Two,,T-PW\n")
    result = apply_import(db, "occupations", path)
    assert result.added == 2
    with db.read() as s:
        one = s.get(Occupation, "99-1111.00")
        assert one is not None and one.education == "Bachelor's degree"
        links = set(s.scalars(select(Pathway.code).join(
            OccupationPathway, OccupationPathway.pathway_id == Pathway.id)
            .where(OccupationPathway.soc == "99-1111.00")))
        assert links == {"T-PW", "T-SC"}
    assert apply_import(db, "occupations", path).unchanged == 2
    fewer = write(tmp_path, "o2.csv", "SOC,Occupation,Pathways\n99-1111.00,Test Occupation One,"
                                      "T-SC\n")
    assert [i.changes for i in preview_import(db, "occupations", fewer).to_update] == [
        ("pathways",)]
    bad = write(tmp_path, "o3.csv", "SOC Code,Title,Education,Pathway Codes,Job Zone\n"
                                    "9-111,X,,,\n99-2222,Y,PhD please,NOPE,7\n")
    reasons = {(e.row, e.column) for e in preview_import(db, "occupations", bad).errors}
    assert reasons == {(2, "SOC Code"), (3, "Education"), (3, "Pathway Codes"),
                       (3, "Job Zone")}


def test_soc_and_education_normalisation() -> None:
    assert normalize_soc("15-1252") == "15-1252.00"
    assert normalize_soc(" 15-1252.01 ") == "15-1252.01"
    assert normalize_soc("151252") == "15-1252.00"
    assert normalize_soc("15-125") is None
    assert normalize_education("Associate's degree") == "Associate degree"
    assert normalize_education("high school") == "High school diploma"
    assert normalize_education("Doctorate") == "Doctoral or professional degree"
    assert normalize_education("kindergarten") is None


# --------------------------------------------------------------------------- O*NET

ONET_OCCUPATIONS = ("O*NET-SOC Code\tTitle\tDescription\n"
                    "98-1011.00\tTest Therapists\tHelp people \"recover\", at length.\n"
                    "98-1012.00\tTest Film Editors\tEdit film.\n"
                    "98-1013.00\tTest Lonely Workers\tWork alone.\n")
ONET_ZONES = ("O*NET-SOC Code\tTitle\tJob Zone\tDate\tDomain Source\n"
              "98-1011.00\tTest Therapists\t4\t08/2023\tAnalyst\n"
              "98-1012.00\tTest Film Editors\t3\t08/2023\tAnalyst\n"
              "98-1099.00\tTest Not In Occupation Data\t2\t08/2023\tAnalyst\n")
ONET_CLUSTERS = ("Career Cluster,Career Pathway,Code,Occupation\n"
                 "Testing Cluster,Testing Pathway,98-1011.00,Test Therapists\n"
                 "\"Testing Arts, Audio/Video Technology and Media; Testing Cluster\","
                 "Testing Film and Sound Production; Testing Pathway,98-1012.00,"
                 "Test Film Editors\n"
                 "Nowhere Cluster,Nowhere Pathway,98-1013.00,Test Lonely Workers\n")


def onet_files(folder: Path) -> list[Path]:
    return [write(folder, "Occupation Data.txt", ONET_OCCUPATIONS),
            write(folder, "Job Zones.txt", ONET_ZONES),
            write(folder, "career_clusters.csv", ONET_CLUSTERS)]


def test_onet_files_map_clusters_and_pathways_and_report_what_they_cannot_place(
        ref: Database, tmp_path: Path) -> None:
    db = ref
    files = onet_files(tmp_path)
    preview = preview_onet(db, files)
    assert preview.ok, preview.errors
    assert sorted(i.key for i in preview.to_add) == ["98-1011.00", "98-1012.00", "98-1013.00"]
    warnings = " | ".join(str(w) for w in preview.warnings)
    assert "Nowhere Cluster" in warnings and "career_clusters.csv, row 4" in warnings
    assert "98-1099.00" in warnings  # in Job Zones only: left out
    assert "Job Zones.txt: Date" in preview.unknown_columns
    result = apply_onet(db, files)
    assert result.added == 3
    with db.read() as s:
        therapist = s.get(Occupation, "98-1011.00")
        assert therapist is not None
        assert (therapist.job_zone, therapist.education) == (4, "Bachelor's degree")
        assert therapist.description == "Help people \"recover\", at length."
        links = {(soc, code) for soc, code in s.execute(
            select(OccupationPathway.soc, Pathway.code)
            .join(Pathway, Pathway.id == OccupationPathway.pathway_id)
            .where(OccupationPathway.soc.like("98-%")))}
    assert links == {("98-1011.00", "T-PW"), ("98-1012.00", "T-SC"), ("98-1012.00", "T-PW")}
    assert apply_onet(db, files).unchanged == 3
    assert any(h.key == "98-1012.00" for h in search(db, "Test Film Editors")
               .get("occupation", []))


def test_onet_cluster_file_alone_adds_occupations_and_unknown_files_are_errors(
        ref: Database, tmp_path: Path) -> None:
    db = ref
    clusters = write(tmp_path, "clusters.csv", ONET_CLUSTERS)
    preview = preview_import(db, "onet", [clusters])
    assert preview.ok and len(preview.to_add) == 3
    other = write(tmp_path, "other.txt", "a\tb\n1\t2\n")
    bad = preview_import(db, "onet", [clusters, other])
    assert [e.file for e in bad.errors] == ["other.txt"]
    assert "not one of O*NET's files" in bad.errors[0].reason


# --------------------------------------------------------------------------- templates

@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_templates_have_every_column_and_import_cleanly(db: Database, tmp_path: Path,
                                                        kind: ImportKind, suffix: str) -> None:
    path = write_template(kind, tmp_path / f"{kind}{suffix}")
    table = read_table(path)
    assert table.headers == [c.label for c in COLUMNS[kind]]
    assert list(table.rows) == []
    preview = preview_import(db, kind, path)
    assert preview.ok and not preview.unknown_columns and preview.changes == 0
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames[1] == "Instructions"


# --------------------------------------------------------------------------- fuzzing

def _check_all_or_nothing(db: Database, kind: ImportKind | str, path: Path | list[Path],
                          encoding: str | None = None) -> None:
    """The import properties every file must have, whatever it holds."""
    before = digest(db)
    preview = preview_import(db, kind, path, encoding)  # never raises for a bad file
    assert digest(db) == before
    for error in preview.errors:
        assert error.file and error.reason
    if preview.errors:
        with pytest.raises(ImportRefused):
            apply_import(db, kind, path, encoding)
        assert digest(db) == before
    else:
        apply_import(db, kind, path, encoding)
        again = preview_import(db, kind, path, encoding)
        assert again.ok and again.changes == 0, again.report_lines()


_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
_nasty = st.sampled_from(["", " ", "=SUM(A1:A3)", "=1+1", "x" * 250, "x" * 20_000, "9th",
                          "PS", "yes", "no", "maybe", "-1", "1e400", "nan", "\x00\x01",
                          "🙂", "2029", "13", "T001", "TC100", "T-PW", "99-1111.00"])
_cell = st.one_of(_text, _nasty, st.integers(-5, 3000).map(str))


FUZZ_COURSES = [f"FZ{i:02}" for i in range(12)]
_names = st.text(st.characters(codec="utf-8", categories=["L", "Zs", "Pd"]), min_size=1,
                 max_size=12)
_VALID: dict[str, st.SearchStrategy[str]] = {
    "student_id": st.integers(1, 40).map(lambda i: f"S{i:03}"),
    "last_name": _names, "first_name": _names, "preferred_name": _names,
    "school": _names, "counselor": _names,
    "grade": st.sampled_from(["9", "10", "11", "12", "9th", "Grade 10", "07"]),
    "graduation_year": st.sampled_from(["", str(YEAR + 1), str(YEAR + 2), str(YEAR + 4)]),
    "code": st.integers(1, 40).map(lambda i: f"{i:05}"), "title": _names,
    "credits": st.sampled_from(["", "1", "0.5", "2"]), "subject_area": _names,
    "grade_low": st.sampled_from(["", "9", "10"]),
    "grade_high": st.sampled_from(["", "12", "PS"]),
    "cte": st.sampled_from(["", "yes", "no", "Y"]), "dual_credit": st.sampled_from(["", "no"]),
    "repeatable": st.sampled_from(["", "yes"]),
    "prerequisites": st.sampled_from(["", "TC100", "TC100;TC200", "00001"]),
    "description": st.sampled_from(["", "Described."]),
    "program_code": st.sampled_from(["P1", "P2"]),
    "program_name": st.sampled_from(["Program"]),
    "pathway": st.sampled_from(["T-PW"]),
    "level": st.sampled_from(["9", "10", "11", "12", "PS"]),
    "course_code": st.sampled_from(["TC100", "TC200", "TC300", *FUZZ_COURSES]),
    "required": st.sampled_from(["", "required", "elective", "Required"]),
    "order": st.sampled_from(["", "1", "2"]),
    "soc": st.integers(1, 40).map(lambda i: f"97-{i:04}.00"),
    "education": st.sampled_from(["", "Bachelor's degree", "associate"]),
    "pathways": st.sampled_from(["", "T-PW", "T-PW;T-SC"]),
    "job_zone": st.sampled_from(["", "1", "5"]),
}


def _cell_for(key: str | None) -> st.SearchStrategy[str]:
    valid = _VALID.get(key or "", _text)
    # Hypothesis favours the ends of a range, so the rare case sits in the middle.
    return st.integers(0, 29).flatmap(lambda i: _cell if i == 13 else valid)


def _file_strategy(kind: ImportKind) -> st.SearchStrategy[tuple[list[str], list[list[str]]]]:
    """Mostly sensible files with the occasional missing, repeated or unknown column and
    the occasional bad cell (wrong type, formula, huge, control characters)."""
    specs = COLUMNS[kind]

    @st.composite
    def build(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
        columns: list[tuple[str, str | None]] = []
        for spec in draw(st.permutations(specs)):
            if draw(st.integers(0, 14)) == 7:
                continue  # a missing column
            header = draw(st.sampled_from([spec.label, spec.key, *spec.aliases]))
            columns.append((draw(st.sampled_from([header, header.upper(),
                                                  f" {header.lower()} "])), spec.key))
            if draw(st.integers(0, 24)) == 11:
                columns.append((spec.label, spec.key))  # a repeated column
        if draw(st.booleans()):
            columns.append(("Notes From SIS", None))
        rows = draw(st.lists(st.tuples(*[_cell_for(key) for _h, key in columns])
                             .map(list), max_size=6))
        return [h for h, _k in columns], rows

    return build()


def _save(folder: Path, header: list[str], rows: list[list[str]], fmt: str) -> Path:
    if fmt == "xlsx":
        clean = [[ILLEGAL_CHARACTERS_RE.sub("", c) for c in row] for row in [header, *rows]]
        return write_xlsx(folder, "fuzz.xlsx", clean)  # type: ignore[arg-type]
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    path = folder / "fuzz.csv"
    codec = fmt
    path.write_bytes(buffer.getvalue().encode(codec, errors="replace"))
    return path


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_fuzz_random_bytes_never_crash_or_import_partly(light: Database, tmp_path: Path,
                                                        kind: ImportKind) -> None:
    header = ",".join(c.label for c in COLUMNS[kind] if c.required).encode()

    @FUZZ
    @given(data=st.binary(max_size=600), with_header=st.booleans(),
           suffix=st.sampled_from([".csv", ".xlsx", ".txt"]),
           encoding=st.sampled_from([None, None, "utf-8", "cp1252"]))
    def run(data: bytes, with_header: bool, suffix: str, encoding: str | None) -> None:
        path = tmp_path / f"random{suffix}"
        path.write_bytes((header + b"\n" + data) if with_header else data)
        _check_all_or_nothing(light, kind, path, encoding)

    run()


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_fuzz_structured_files_are_all_or_nothing_and_idempotent(
        light: Database, tmp_path: Path, kind: ImportKind) -> None:
    extra = "".join(f"{c},Fuzz {c},1,Elective,9,12,no,\n" for c in FUZZ_COURSES)
    apply_import(light, "courses", write(tmp_path, "catalog.csv", CATALOG + extra))
    if kind == ImportKind.TRANSCRIPTS:
        _transcript_student(light)

    @FUZZ
    @given(file=_file_strategy(kind),
           fmt=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "xlsx"]))
    def run(file: tuple[list[str], list[list[str]]], fmt: str) -> None:
        header, rows = file
        _check_all_or_nothing(light, kind, _save(tmp_path, header, rows, fmt))

    run()


def _transcript_student(db: Database) -> None:
    """Transcript rows need their student: FT1, in grade 12."""
    from counselor_app.services.students import StudentData, create_student

    create_student(db, StudentData("FT1", "Fuzz", "Transcript", 12, YEAR + 1))


def _valid_rows(kind: ImportKind, n: int) -> tuple[list[str], list[list[str]]]:
    specs = COLUMNS[kind]
    header = [s.label for s in specs]
    rows: list[list[str]] = []
    for i in range(n):
        row = {
            ImportKind.STUDENTS: {"student_id": f"F{i:03}", "last_name": f"Last{i}",
                                  "first_name": "Fuzz", "grade": str(9 + i % 4),
                                  "graduation_year": str(YEAR + 3)},
            ImportKind.COURSES: {"code": f"FZ{i:03}", "title": f"Fuzz course {i}",
                                 "subject_area": "Elective", "credits": "1",
                                 "prerequisites": "TC100"},
            ImportKind.PROGRAMS: {"program_code": "FZ-P", "program_name": "Fuzz program",
                                  "pathway": "T-PW", "level": str(9 + i % 4),
                                  "course_code": ["TC100", "TC200", "TC300"][i % 3],
                                  "order": str(i)},
            ImportKind.OCCUPATIONS: {"soc": f"97-{1000 + i}.00", "title": f"Fuzz job {i}",
                                     "pathways": "T-PW", "job_zone": "3"},
            ImportKind.TRANSCRIPTS: {"student_id": "FT1", "level": "9", "mark": "A",
                                     "course_code": ["TC100", "TC200", "TC300"][i % 3],
                                     "term": ["Y1", "S1", "S2", "Q1", "Q2"][i % 5],
                                     "credits": "1"},
        }[kind]
        rows.append([row.get(s.key, "") for s in specs])
    if kind == ImportKind.PROGRAMS:  # one course per grade level
        for i, r in enumerate(rows):
            r[header.index("Grade Level")] = ["9", "10", "11", "12", "PS"][i % 5]
            r[header.index("Course Code")] = ["TC100", "TC200", "TC300", "TC100", "TC200"][i % 5]
    return header, rows


_CORRUPT: dict[str, Callable[[str], str]] = {
    "formula": lambda v: "=" + (v or "1") + "+0",
    "empty": lambda v: "",
    "huge": lambda v: "x" * 5000,
    "control": lambda v: v + "\x07",
}


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_fuzz_one_bad_cell_is_reported_at_its_row_and_nothing_is_imported(
        light: Database, tmp_path: Path, kind: ImportKind) -> None:
    apply_import(light, "courses", write(tmp_path, "catalog.csv", CATALOG))
    if kind == ImportKind.TRANSCRIPTS:
        _transcript_student(light)
    required = [i for i, s in enumerate(COLUMNS[kind]) if s.required]

    @settings(FUZZ, max_examples=25)
    @given(n=st.integers(1, 5), data=st.data(), fmt=st.sampled_from(["csv", "xlsx"]),
           how=st.sampled_from([*_CORRUPT, "duplicate"]))
    def run(n: int, data: st.DataObject, fmt: str, how: str) -> None:
        header, rows = _valid_rows(kind, n)
        target = data.draw(st.integers(0, n - 1), label="row")
        column = data.draw(st.sampled_from(required), label="column")
        if how == "duplicate":
            rows.append(list(rows[target]))
            target = len(rows) - 1
            column = header.index("Course Code") if kind == ImportKind.PROGRAMS else 0
        else:
            if fmt == "csv" and how == "formula":
                how = "empty"  # a CSV cell starting with = is plain text
            if fmt == "xlsx" and how == "control":
                how = "huge"  # a workbook cannot hold control characters
            rows[target][column] = _CORRUPT[how](rows[target][column])
        path = _save(tmp_path, header, rows, "utf-8" if fmt == "csv" else "xlsx")
        before = digest(light)
        preview = preview_import(light, kind, path)
        assert any(e.row == target + 2 for e in preview.errors), (how, preview.errors)
        with pytest.raises(ImportRefused):
            apply_import(light, kind, path)
        assert digest(light) == before

    run()
