"""counselor-app plan new / plan history / plan reprint."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from counselor_app.cli import main
from counselor_app.services import plans, students
from counselor_app.services.school_years import current_school_year
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from tests.approving import add_test_set, approve
from tests.catalog import PROGRAM, add_test_catalog


def test_plan_new_history_and_reprint(db: Database, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    add_test_catalog(db)
    add_test_set(db)
    senior = students.create_student(db, StudentData("S12", "Sam", "Lee", 12,
                                                     current_school_year()))
    where = ["--db", str(db.path)]
    # a senior: the past years need a decision
    assert main(["plan", "new", "--student", "S12", "--program", PROGRAM, *where]) == 2
    assert "--past" in capsys.readouterr().err
    assert plans.list_plans(db, senior) == []
    assert main(["plan", "new", "--student", "S12", "--program", PROGRAM, "--past",
                 "completed", *where]) == 0
    assert "created plan" in capsys.readouterr().out
    plan_id = plans.list_plans(db, senior)[0].id
    view = plans.load_plan(db, plan_id)
    assert {c.status for c in view.courses if c.level < 12} == {"completed"}
    assert main(["plan", "new", "--student", "S12", "--blank", "--name", "What-if",
                 "--first-grade", "8", *where]) == 0
    capsys.readouterr()
    what_if = plans.list_plans(db, senior)[1]
    assert what_if.name == "What-if" and plans.load_plan(db, what_if.id).first_level == 8
    assert main(["plan", "new", "--student", "NOPE", "--blank", *where]) == 2
    assert "no student with ID NOPE" in capsys.readouterr().err

    v1 = approve(db, plan_id)
    geometry = next(c for c in view.courses if c.code == "ZTGEO")
    plans.remove_course(db, geometry.id)
    assert main(["plan", "history", "--student", "S12", "--json", *where]) == 0
    data = json.loads(capsys.readouterr().out)
    main_plan = data["plans"][0]
    assert main_plan["status"] == "draft" and main_plan["changed_since_approval"]
    assert main_plan["changes"] == ["Removed ZTGEO Geometry (test) from Grade 10"]
    assert [v["number"] for v in main_plan["versions"]] == [1]
    assert main_plan["versions"][0]["sha256"] == v1.checksum
    assert main(["plan", "history", "--student", "S12", *where]) == 0
    text = capsys.readouterr().out
    assert "changed since approval (1)" in text and "v1" in text

    out = tmp_path / "v1.pdf"
    assert main(["plan", "reprint", "--student", "S12", "--out", str(out), *where]) == 0
    assert hashlib.sha256(out.read_bytes()).hexdigest() == v1.checksum
    assert main(["plan", "reprint", "--student", "S12", "--version", "7", "--out",
                 str(out), *where]) == 2
