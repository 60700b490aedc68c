"""One standard of validation: a JSON import refuses what the student form and the CSV
import refuse, and hostile values become errors naming the place, never exceptions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from counselor_app.cli import main
from counselor_app.services.exchange import FORMAT, ExchangeError, import_json
from counselor_app.services.imports import apply_import
from counselor_app.services.imports.model import ImportRefused
from counselor_app.services.students import StudentData, validate_student
from counselor_app.store.engine import Database

YEAR = dt.date.today().year


def _doc(student: dict[str, Any] | None = None, plan: dict[str, Any] | None = None,
         course: dict[str, Any] | None = None) -> dict[str, Any]:
    st = {"student_id": "H-1", "first_name": "Hana", "last_name": "Ito", "grade": 9,
          "graduation_year": YEAR + 3, **(student or {})}
    pl = {"name": "Main", "is_active": True, **(plan or {}),
          "courses": [{"course_code": "ENG1", "level": 9, **(course or {})}]}
    st["plans"] = [pl]
    return {"format": FORMAT, "version": 1, "students": [st]}


HOSTILE = {
    "grade 3": ({"grade": 3}, None, None, "students[0].grade"),
    "year 1900": ({"graduation_year": 1900}, None, None, "students[0].graduation_year"),
    "control character": ({"first_name": "Ha\x07na"}, None, None, "students[0].first_name"),
    "lone surrogate": ({"last_name": "\ud800"}, None, None, "students[0].last_name"),
    "surrogate in a plan": (None, {"name": "P\udfff"}, None, "plans[0].name"),
    "huge grade": ({"grade": 2**64}, None, None, "students[0].grade"),
    "huge sort order": (None, None, {"sort_order": 2**64}, "courses[0].sort_order"),
    "negative sort order": (None, None, {"sort_order": -5}, "courses[0].sort_order"),
    "NUL in notes": ({"notes": "a\x00b"}, None, None, "students[0].notes"),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_hostile_values_are_refused_by_place(db: Database, tmp_path: Path,
                                             case: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    student, plan, course, where = HOSTILE[case]
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(_doc(student, plan, course)), encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        import_json(db, path, backup=False)
    assert where in str(info.value) and "hostile.json" in str(info.value)
    assert db.path is not None
    assert main(["import-json", str(path), "--db", str(db.path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and where in err


def test_an_archived_graduate_keeps_the_year_of_their_class(db: Database,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "alumni.json"
    path.write_text(json.dumps(_doc({"graduation_year": YEAR - 4, "grade": 12,
                                     "archived": True})), encoding="utf-8")
    assert import_json(db, path, backup=False).preview.students_added == ["H-1"]


def test_the_form_and_the_csv_refuse_the_same_values(db: Database, tmp_path: Path) -> None:
    for bad in (StudentData("H-2", "Ha\x07na", "Ito", 9, YEAR + 3),
                StudentData("H-2", "Hana", "\ud800", 9, YEAR + 3),
                StudentData("H-2", "Hana", "Ito", 3, YEAR + 3),
                StudentData("H-2", "Hana", "Ito", 9, 1900)):
        assert validate_student(bad), bad
    roster = tmp_path / "roster.csv"
    roster.write_text("Student ID,Last Name,First Name,Grade,Graduation Year\n"
                      f"H-3,Ito,Ha\x07na,9,{YEAR + 3}\nH-4,Ito,Hana,9,1900\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as info:
        apply_import(db, "students", roster)
    assert "row 2" in str(info.value) and "2 errors" in str(info.value)
