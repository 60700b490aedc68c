"""``counselor-app requirements ...`` and ``counselor-app audit`` (in process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from counselor_app.cli import main
from counselor_app.domain import PlanCourse
from counselor_app.services.plans import create_plan, update_course
from counselor_app.services.students import StudentData, create_student
from counselor_app.store.engine import Database

REQUIREMENT_KEYS = {"label", "status", "required", "earned", "in_progress", "planned", "unit",
                    "courses", "children"}


def _keys_everywhere(requirements: list[dict]) -> None:
    for r in requirements:
        assert set(r) == REQUIREMENT_KEYS
        _keys_everywhere(r["children"])


@pytest.fixture
def planned(db: Database) -> Database:
    pk = create_student(db, StudentData("S77", "Ana", "Lopez", 9, 2030))
    create_plan(db, pk, "Main", "L08-01-P1")
    return db


def test_requirements_list_shows_six_states_a_g_and_ncaa(db: Database, capsys) -> None:
    assert main(["requirements", "list", "--json", "--db", str(db.path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"code", "name", "state", "kind", "source", "checked"} <= set(rows[0])
    states = {r["state"] for r in rows if len(r["state"]) == 2}
    assert len(states) >= 6
    codes = {r["code"] for r in rows}
    assert {"uc-csu-a-g", "ncaa-d1-core", "tx-distinguished", "example-24"} <= codes
    assert main(["requirements", "list", "--db", str(db.path)]) == 0
    assert "fl-standard-24" in capsys.readouterr().out


def test_requirements_check_names_file_place_and_reason(db: Database, tmp_path: Path,
                                                        capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('code = "x"\nname = "X"\nstate = "TX"\nkind = "diploma"\nsource = "s"\n'
                   'checked = 2026-01-01\n[[requirements]]\nkind = "credits"\n'
                   'label = "English"\ncredits = -2\nfrom = { areas = ["English"] }\n',
                   encoding="utf-8")
    assert main(["requirements", "check", str(bad), "--db", str(db.path)]) == 2
    err = capsys.readouterr().err
    assert "bad.toml: requirements[0].credits: must not be negative (got -2)" in err
    assert "Traceback" not in err
    good = tmp_path / "good.toml"
    good.write_text(bad.read_text(encoding="utf-8").replace("-2", "2"), encoding="utf-8")
    assert main(["requirements", "check", str(good), "--db", str(db.path)]) == 0
    assert "valid requirement set x" in capsys.readouterr().out
    assert main(["requirements", "import", str(good), "--db", str(db.path)]) == 0
    assert main(["requirements", "list", "--json", "--db", str(db.path)]) == 0
    assert "x" in {r["code"] for r in json.loads(capsys.readouterr().out.split("\n", 1)[1])}


def test_audit_json_of_a_ninth_graders_plan_is_on_track_not_met(planned: Database,
                                                                 capsys) -> None:
    args = ["audit", "--student", "S77", "--set", "tx-foundation", "--set", "uc-csu-a-g",
            "--json", "--db", str(planned.path)]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"student_id", "plan", "sets", "concentrator"}
    assert (data["student_id"], data["plan"]) == ("S77", "Main")
    assert [s["code"] for s in data["sets"]] == ["tx-foundation", "uc-csu-a-g"]
    for s in data["sets"]:
        assert set(s) == {"code", "name", "kind", "status", "requirements"}
        _keys_everywhere(s["requirements"])
    text = json.dumps(data)
    assert '"met"' not in text and '"on_track"' in text
    assert data["concentrator"]["status"] == "on_track"


def test_audit_text_and_completed_courses(planned: Database, capsys) -> None:
    with planned.read() as s:
        ids = list(s.scalars(select(PlanCourse.id)))
    for pc in ids:
        update_course(planned, pc, status="completed", final_mark="A")
    assert main(["audit", "--student", "S77", "--db", str(planned.path)]) == 0
    out = capsys.readouterr().out
    assert "Example: 24-credit diploma" in out and "Met" in out
    assert "CTE concentrator: Concentrator" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--student", "NOPE"], "no student with ID NOPE"),
    (["--student", "S77", "--plan", "Other"], "has no plan named 'Other'"),
    (["--student", "S77", "--set", "zz-none"], "requirement set 'zz-none' not found"),
])
def test_audit_errors_are_one_line(planned: Database, capsys, args, message) -> None:
    assert main(["audit", *args, "--db", str(planned.path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_missing_and_counted_courses_are_named_by_title_and_code(db: Database,
                                                                capsys) -> None:
    from counselor_app.reports.audit_words import status_text
    from counselor_app.reports.i18n import Translator
    from counselor_app.services.plans import add_course

    pk = create_student(db, StudentData("S78", "Bea", "Ruiz", 9, 2030))
    plan_id = create_plan(db, pk, "Blank", None)
    add_course(db, plan_id, "01002", 10)  # English 10
    add_course(db, plan_id, "01004", 12)  # English 12
    assert main(["audit", "--student", "S78", "--set", "tx-foundation",
                 "--db", str(db.path)]) == 0
    out = capsys.readouterr().out
    english = next(line for line in out.splitlines() if "- English:" in line)
    # never a bare code: "needs English 9 (01001)", counted "English 10 (01002)"
    assert "Needs English 9 (01001), English 11 (01003)" in english
    assert "[English 10 (01002), English 12 (01004)]" in english
    # the same words on screen and on paper, in Spanish too (both read status_text)
    spanish = status_text("Needs English 9 (01001), English 11 (01003)", Translator("es"),
                          "courses")
    assert "English 9 (01001)" in spanish and "English 11 (01003)" in spanish
    assert spanish != "Needs English 9 (01001), English 11 (01003)"
