"""Student services: validation names its fields and writes nothing; IDs are unique."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from counselor_app.domain import Student
from counselor_app.services import plans, students
from counselor_app.services.students import (
    StudentData,
    StudentDeleteRefused,
    StudentValidationError,
)
from counselor_app.store.engine import Database
from tests.approving import approve

YEAR = dt.date.today().year


def _data(sid: str = "1001", first: str = "José", last: str = "Álvarez", **kw: object
          ) -> StudentData:
    values: dict[str, object] = {"grade": 9, "graduation_year": YEAR + 3}
    values.update(kw)
    return StudentData(sid, first, last, **values)  # type: ignore[arg-type]


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Student)) or 0)


def test_create_and_read_back(db: Database) -> None:
    data = _data(preferred_name="Pepe", school="Lincoln HS", counselor="Ms. Test",
                 career_interests=("010100", "020100"), notes="n")
    pk = students.create_student(db, data)
    detail = students.get_student(db, pk)
    assert detail is not None and detail.data == data and not detail.archived
    assert students.find_student(db, " 1001 ") == pk


def test_validation_errors_name_each_field_and_write_nothing(db: Database) -> None:
    before = _count(db)
    with pytest.raises(StudentValidationError) as info:
        students.create_student(db, _data(sid=" ", first="", last=" ", grade=5,
                                          graduation_year=1990))
    fields = {e.field for e in info.value.errors}
    assert fields == {"student_id", "first_name", "last_name", "grade", "graduation_year"}
    assert all(e.message for e in info.value.errors)
    year_msg = next(e.message for e in info.value.errors if e.field == "graduation_year")
    assert str(YEAR - 1) in year_msg and str(YEAR + 8) in year_msg
    assert _count(db) == before


@pytest.mark.parametrize("year", [YEAR - 2, YEAR + 9, 0, 20300])
def test_graduation_year_outside_sane_range(db: Database, year: int) -> None:
    with pytest.raises(StudentValidationError) as info:
        students.create_student(db, _data(graduation_year=year))
    assert [e.field for e in info.value.errors] == ["graduation_year"]


def test_duplicate_student_id_is_refused(db: Database) -> None:
    students.create_student(db, _data("A-7"))
    before = _count(db)
    with pytest.raises(StudentValidationError) as info:
        students.create_student(db, _data(" A-7 ", first="Other", last="Person"))
    assert [e.field for e in info.value.errors] == ["student_id"]
    assert "already in use" in info.value.errors[0].message
    assert _count(db) == before


def test_update_to_another_students_id_is_refused(db: Database) -> None:
    a = students.create_student(db, _data("A"))
    students.create_student(db, _data("B", first="Bea", last="Lee"))
    with pytest.raises(StudentValidationError) as info:
        students.update_student(db, a, _data("B"))
    assert info.value.errors[0].field == "student_id"
    detail = students.get_student(db, a)
    assert detail is not None and detail.data.student_id == "A"
    students.update_student(db, a, _data("A", first="Josefina"))  # own ID is fine
    detail = students.get_student(db, a)
    assert detail is not None and detail.data.first_name == "Josefina"


def test_search_is_accent_and_case_insensitive(db: Database) -> None:
    students.create_student(db, _data("1001", "José", "Álvarez"))
    students.create_student(db, _data("2002", "Zoë", "Ørsted"))
    assert [r.student_id for r in students.list_students(db, query="jose alvarez")] == ["1001"]
    assert [r.student_id for r in students.list_students(db, query="ORSTED")] == ["2002"]
    assert [r.student_id for r in students.list_students(db, query="200")] == ["2002"]


def test_archive_hides_and_unarchive_brings_back(db: Database) -> None:
    pk = students.create_student(db, _data())
    students.set_archived(db, pk, True)
    assert students.list_students(db) == []
    rows = students.list_students(db, include_archived=True)
    assert [r.id for r in rows] == [pk] and rows[0].archived
    students.set_archived(db, pk, False)
    assert [r.id for r in students.list_students(db)] == [pk]


def test_delete_refused_with_an_approved_plan(db: Database) -> None:
    pk = students.create_student(db, _data())
    plan_id = plans.create_plan(db, pk, "Main")
    approve(db, plan_id)
    with pytest.raises(StudentDeleteRefused):
        students.delete_student(db, pk)
    assert students.get_student(db, pk) is not None
    plans.set_plan_status(db, plan_id, "reviewed", "Ms. Test")
    students.delete_student(db, pk)
    assert students.get_student(db, pk) is None
    assert plans.list_plans(db, pk) == []


def test_list_shows_the_active_plan(db: Database) -> None:
    pk = students.create_student(db, _data())
    assert students.list_students(db)[0].active_plan_id is None
    plan_id = plans.create_plan(db, pk, "Main")
    row = students.list_students(db)[0]
    assert row.active_plan_id == plan_id and row.active_cluster == ""
    assert row.display_name == "Álvarez, José"
