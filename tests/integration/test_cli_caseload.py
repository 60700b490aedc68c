"""``counselor-app caseload``: the dashboard's counts and lists (in process)."""

from __future__ import annotations

import json

from counselor_app.cli import main
from counselor_app.store.engine import Database
from tests.caseload_data import build_caseload


def test_caseload_json_counts_and_lists(db: Database, capsys) -> None:
    build_caseload(db)
    assert main(["caseload", "--json", "--db", str(db.path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total"] == 7
    assert out["counts"]["plan_status"] == {"none": 2, "draft": 3, "approved": 1, "changed": 1}
    assert out["counts"]["audit"] == {"on_track": 1, "short": 2, "errors": 2, "none": 2}
    assert out["counts"]["cte"] == {"yes": 0, "on_track": 1, "no": 6}
    assert out["counts"]["grade"] == {"9": 3, "10": 2, "11": 1, "12": 1}
    assert list(out["students"][0]) == ["student_id", "name", "grade", "graduation_year",
                                        "counselor", "plan", "program", "plan_status",
                                        "audit", "cte", "cte_program", "errors", "short"]
    assert [s["student_id"] for s in out["students"]] == [f"C0{i}" for i in range(1, 8)]
    # the same database twice: the same bytes (stable keys and order)
    assert main(["caseload", "--json", "--db", str(db.path)]) == 0
    assert json.loads(capsys.readouterr().out) == out


def test_caseload_filters_and_readable_table(db: Database, capsys) -> None:
    build_caseload(db)
    assert main(["caseload", "--grade", "9", "--counselor", "mr. lee", "--json",
                 "--db", str(db.path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["filters"] == {"grade": 9, "counselor": "mr. lee", "graduation_year": None}
    assert [s["student_id"] for s in out["students"]] == ["C06"]
    assert main(["caseload", "--db", str(db.path)]) == 0
    text = capsys.readouterr().out
    assert "Students: 7" in text
    assert "Plan status:      no plan: 2  draft: 3  approved: 1  changed since approval: 1" \
        in text
    assert "Audit:            on track: 1  short: 2  errors: 2  no plan: 2" in text
    line = next(ln for ln in text.splitlines() if ln.startswith("C05"))
    assert "Evans, Eve" in line and "changed since approval" in line
    assert main(["caseload", "--grade", "7", "--db", str(db.path)]) == 0
    assert "Students: 0" in capsys.readouterr().out
