"""JSON export/import of students and plans (round trip) and the SIS CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from counselor_app.domain import (
    Cluster,
    Course,
    Pathway,
    Plan,
    PlanComment,
    PlanCourse,
    ProgramOfStudy,
    Student,
)
from counselor_app.services.exchange import (
    FORMAT,
    ExchangeError,
    export_document,
    export_json,
    import_json,
    preview_json,
)
from counselor_app.services.sis_export import SIS_COLUMNS, export_sis_csv
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database
from counselor_app.text import student_search_text

YEAR = dt.date.today().year
T0 = dt.datetime(2025, 9, 2, 8, 30, 0)


def _student(s: Any, sid: str, first: str, last: str, grade: int, **extra: Any) -> Student:
    st = Student(student_id=sid, first_name=first, last_name=last, grade=grade,
                 graduation_year=YEAR + 12 - grade, created_at=T0, updated_at=T0,
                 name_folded=student_search_text(first, last, "", sid), **extra)
    s.add(st)
    s.flush()
    return st


def _plan(s: Any, st: Student, name: str, active: bool, courses: list[tuple[str, int]],
          **extra: Any) -> Plan:
    plan = Plan(student_pk=st.id, name=name, is_active=active, created_at=T0,
                updated_at=T0 + dt.timedelta(days=1), **extra)
    s.add(plan)
    s.flush()
    for i, (code, level) in enumerate(courses):
        s.add(PlanCourse(plan_id=plan.id, course_code=code, level=level, sort_order=i,
                         status="completed" if level == 9 else "planned",
                         final_mark="A" if level == 9 else ""))
    return plan


@pytest.fixture
def people(db: Database) -> Database:
    """Three students, four plans, a program in our own cluster and two courses."""
    with db.transaction() as s:
        cluster = Cluster(code="X-CL", framework_code="ncc-legacy", name="Exchange Cluster",
                          description="", cross_cutting=False, sort_order=99)
        s.add(cluster)
        s.flush()
        pathway = Pathway(code="X-PW", cluster_id=cluster.id, name="Exchange Pathway",
                          description="", sort_order=0)
        s.add(pathway)
        s.flush()
        s.add(ProgramOfStudy(code="X-PROG", pathway_id=pathway.id, name="Exchange Program",
                             description=""))
        s.add_all([Course(code="XC1", title="Exchange One", credits=1.0, subject_area="Elective"),
                   Course(code="XC2", title="Exchange Two", credits=0.5,
                          subject_area="Elective")])
        ana = _student(s, "E001", "Ana", "Muñoz", 10, school="Lincoln", counselor="Chen",
                       notes="line 1\nline 2", career_interests="L11;060100")
        bo = _student(s, "E002", "Bo", "Zhang", 9, preferred_name="Bobby")
        _student(s, "E003", "Cy", "Archived", 12, archived=True)
        main = _plan(s, ana, "Main plan", True, [("XC1", 9), ("XC2", 10), ("GONE1", 11)],
                     program_code="X-PROG", career_goal_soc="15-1252.00",
                     postsecondary_type="Bachelor's degree", status="approved",
                     status_by="Ms. Chen", status_at=T0 + dt.timedelta(days=3))
        _plan(s, ana, "What if", False, [("XC2", 13)], career_goal_text="Chef")
        _plan(s, bo, "Main plan", True, [])
        s.add(PlanComment(plan_id=main.id, author="Ms. Chen", created_at=T0, text="Looks good"))
        s.add(PlanComment(plan_id=main.id, author="", created_at=T0 + dt.timedelta(hours=1),
                          text="Ünïcode ✓"))
    return db


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "empty.db"), seed=False)
    yield db
    db.dispose()


def _without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_round_trip_into_an_empty_database_gives_identical_students_and_plans(
        people: Database, empty: Database, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    result = export_json(people, out)
    assert (result.students, result.plans) == (3, 3)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT and doc["version"] == 2 and doc["scope"] == "all"
    imported = import_json(empty, out)
    assert len(imported.preview.students_added) == 3 and len(imported.preview.plans_added) == 3
    assert _without_time(export_document(empty)) == _without_time(export_document(people))
    with empty.read() as s:
        ana = s.scalar(select(Student).where(Student.student_id == "E001"))
        assert ana is not None and ana.name_folded == student_search_text("Ana", "Muñoz", "",
                                                                          "E001")
    # importing the same file again changes nothing
    again = import_json(empty, out)
    assert again.preview.changes == 0 and again.backup is None
    assert _without_time(export_document(empty)) == _without_time(export_document(people))


def test_export_one_student_and_one_plan(people: Database, empty: Database,
                                         tmp_path: Path) -> None:
    with people.read() as s:
        ana = s.scalar(select(Student).where(Student.student_id == "E001"))
        assert ana is not None
        what_if = s.scalar(select(Plan).where(Plan.name == "What if"))
        assert what_if is not None
        ana_pk, plan_id = ana.id, what_if.id
    student = export_document(people, student_pk=ana_pk)
    assert student["scope"] == "student" and [st["student_id"] for st in student["students"]] \
        == ["E001"]
    assert [p["name"] for p in student["students"][0]["plans"]] == ["Main plan", "What if"]
    one = tmp_path / "plan.json"
    export_json(people, one, plan_id=plan_id)
    doc = json.loads(one.read_text(encoding="utf-8"))
    assert doc["scope"] == "plan" and len(doc["students"][0]["plans"]) == 1
    import_json(empty, one)
    with empty.read() as s:
        plans = s.scalars(select(Plan)).all()
        assert [(p.name, p.is_active, p.career_goal_text) for p in plans] == [
            ("What if", False, "Chef")]
    with pytest.raises(LookupError):
        export_document(people, plan_id=99999)


def test_import_updates_by_student_id_and_plan_name_and_keeps_one_active_plan(
        people: Database, tmp_path: Path) -> None:
    path = tmp_path / "change.json"
    doc = export_document(people)
    ana = next(st for st in doc["students"] if st["student_id"] == "E001")
    ana["grade"] = 11
    what_if = next(p for p in ana["plans"] if p["name"] == "What if")
    what_if["is_active"] = True
    for p in ana["plans"]:
        if p["name"] == "Main plan":
            p["is_active"] = False
            p["courses"].append({"course_code": "XC1", "level": 12, "term": "sem1",
                                 "status": "planned", "final_mark": "", "sort_order": 9})
            p["comments"].append({"author": "Mr. Diaz", "created_at": "2026-01-05T10:00:00",
                                  "text": "Added XC1"})
    path.write_text(json.dumps(doc), encoding="utf-8")
    preview = preview_json(people, path)
    assert preview.students_updated == ["E001"]
    assert sorted(preview.plans_updated) == ["E001: Main plan", "E001: What if"]
    assert preview.plans_added == []
    result = import_json(people, path)
    assert result.backup is not None and result.backup.exists()
    with people.read() as s:
        st = s.scalar(select(Student).where(Student.student_id == "E001"))
        assert st is not None and st.grade == 11
        plans = {p.name: p for p in s.scalars(select(Plan).where(Plan.student_pk == st.id))}
        assert plans["What if"].is_active and not plans["Main plan"].is_active
        comments = s.scalars(select(PlanComment.text)
                             .where(PlanComment.plan_id == plans["Main plan"].id)).all()
        assert sorted(comments) == ["Added XC1", "Looks good", "Ünïcode ✓"]
        codes = s.scalars(select(PlanCourse.course_code)
                          .where(PlanCourse.plan_id == plans["Main plan"].id)).all()
        assert sorted(codes) == ["GONE1", "XC1", "XC1", "XC2"]
    assert import_json(people, path).preview.changes == 0


@pytest.mark.parametrize("content,message", [
    ("{not json", "line 1, column 2: not valid JSON"),
    ('{"format": "something-else", "version": 1}', "not a Career Pathway Planner plans file"),
    ('{"format": "counselor-app-plans", "version": 3, "students": []}', "newer version"),
    ('{"format": "counselor-app-plans", "version": 1, "students": [{"student_id": "",'
     ' "first_name": "A", "last_name": "B", "grade": "nine", "graduation_year": 2030}]}',
     "students[0].grade: must be a whole number"),
    ('{"format": "counselor-app-plans", "version": 1, "students": [{"student_id": "X",'
     ' "first_name": "A", "last_name": "B", "grade": 9, "graduation_year": 2030, "plans": ['
     '{"name": "a", "is_active": true, "courses": [{"course_code": "C", "level": 8}]},'
     '{"name": "b", "is_active": true}]}]}', "students[0].plans[0].courses[0].level"),
    ("[1, 2, 3]", "not a Career Pathway Planner plans file"),
])
def test_bad_json_files_are_refused_with_the_place_named(people: Database, tmp_path: Path,
                                                         content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        import_json(people, path)
    assert "bad.json" in str(info.value) and message in str(info.value)
    with people.read() as s:
        assert len(s.scalars(select(Student)).all()) == 3


def test_two_active_plans_for_one_student_are_refused(people: Database, tmp_path: Path) -> None:
    doc = export_document(people)
    for p in doc["students"][0]["plans"]:
        p["is_active"] = True
    path = tmp_path / "two.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExchangeError, match="more than one plan is marked active"):
        preview_json(people, path)


def test_sis_csv_lists_students_with_their_active_plan(people: Database,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "sis.csv"
    assert export_sis_csv(people, out) == 2
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert tuple(rows[0]) == SIS_COLUMNS
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["E001"] == ["E001", "Muñoz", "Ana", "10", str(YEAR + 2), "Main plan",
                             "X-PROG", "Exchange Cluster", "1.5"]
    assert by_id["E002"][5:] == ["Main plan", "", "", "0"]
    assert export_sis_csv(people, out, include_without_plan=True, include_archived=True,
                          excel=True) == 3
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
