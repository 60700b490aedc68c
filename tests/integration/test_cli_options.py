"""The command line: ``--db`` before or after every subcommand, quiet pipes, refusals
that list what they would have added, and column mappings given by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from counselor_app.cli import main
from counselor_app.domain import Student
from counselor_app.store.bootstrap import open_database

ROSTER = "Student ID,Last Name,First Name,Grade\n" + "".join(
    f"S{i:03d},Last{i},First{i},{9 + i % 4}\n" for i in range(30))


def _seed(path: Path, tmp: Path) -> None:
    """A database holding the roster, one student with a plan (for export-pdf)."""
    roster = tmp / "seed.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    assert main(["import", "students", str(roster), "--db", str(path)]) == 0
    from counselor_app.services.plans import create_plan

    db = open_database(str(path))
    with db.read() as s:
        pk = s.scalar(select(Student.id).where(Student.student_id == "S001"))
    assert pk is not None
    create_plan(db, pk, "Plan")
    db.dispose()


Args = Callable[[Path, Path], list[str]]
COMMANDS: dict[str, Args] = {
    "db init": lambda db, tmp: ["db", "init"],
    "db stats": lambda db, tmp: ["db", "stats", "--json"],
    "import": lambda db, tmp: ["import", "students", str(tmp / "seed.csv")],
    "export-json": lambda db, tmp: ["export-json", str(tmp / "out.json")],
    "import-json": lambda db, tmp: ["import-json", str(tmp / "in.json"), "--dry-run"],
    "export-sis": lambda db, tmp: ["export-sis", str(tmp / "sis.csv")],
    "export-requests": lambda db, tmp: ["export-requests", str(tmp / "req.csv"), "--layout",
                                        "powerschool"],
    "export-portable": lambda db, tmp: ["export-portable", str(tmp / "plans.json")],
    "backup": lambda db, tmp: ["backup", "--out", str(tmp / "manual.backup.db")],
    "restore": lambda db, tmp: ["restore", str(tmp / "restore-from.db")],
    "export-pdf": lambda db, tmp: ["export-pdf", "--student", "S001", "--out",
                                   str(tmp / "plan.pdf")],
    "export-html": lambda db, tmp: ["export-html", "--student", "S001", "--out",
                                    str(tmp / "plan.html")],
    "show": lambda db, tmp: ["show", "ncc-2024"],
    "requirements list": lambda db, tmp: ["requirements", "list"],
    "audit": lambda db, tmp: ["audit", "--student", "S001"],
    "import-crosswalk": lambda db, tmp: ["import-crosswalk", str(tmp / "soc.csv"), "--dry-run"],
    "import-bls": lambda db, tmp: ["import-bls", str(tmp / "national_M2026_dl.csv"),
                                   "--dry-run"],
    "plan history": lambda db, tmp: ["plan", "history", "--student", "S001"],
    "transcripts matches": lambda db, tmp: ["transcripts", "matches"],
    "caseload": lambda db, tmp: ["caseload", "--json"],
}
"""One run of every subcommand; a new subcommand needs a line here (see the test below)."""


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_db_before_or_after_every_subcommand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str],
                                             command: str, where: str) -> None:
    default = tmp_path / "default" / "counselor.db"
    monkeypatch.setenv("COUNSELOR_APP_DB", str(default))
    target = tmp_path / "chosen.db"
    if command != "db init":
        _seed(target, tmp_path)
    if command == "import-json":
        assert main(["export-json", str(tmp_path / "in.json"), "--db", str(target)]) == 0
    if command == "import-crosswalk":
        (tmp_path / "soc.csv").write_text(
            "SOC Code,SOC Title,Cluster Code,Career Cluster,Sub-Cluster\n53-2012,Commercial "
            "Pilots,010300,Supply Chain & Transportation,Air & Space Transportation\n",
            encoding="utf-8")
    if command == "import-bls":
        (tmp_path / "national_M2026_dl.csv").write_text(
            "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEDIAN\n29-1141,Registered Nurses,detailed,"
            "3400000,100050\n", encoding="utf-8")
    if command == "restore":
        assert main(["backup", "--out", str(tmp_path / "restore-from.db"),
                     "--db", str(target)]) == 0
    capsys.readouterr()
    args = COMMANDS[command](target, tmp_path)
    argv = (["--db", str(target), *args] if where == "before"
            else [*args, "--db", str(target)])
    assert main(argv) == 0, capsys.readouterr().err
    assert target.exists()
    assert not default.exists(), f"{command} --db {where} used the default database"
    if command == "db stats":
        assert json.loads(capsys.readouterr().out)["students"] == 30
    if command == "export-sis":
        assert "S001" in (tmp_path / "sis.csv").read_text(encoding="utf-8")


def test_every_subcommand_is_covered() -> None:
    from counselor_app.cli.entry import build_parser

    parser, handlers = build_parser()
    missing = set(handlers) - {c.split()[0] for c in COMMANDS}
    assert not missing, f"add {sorted(missing)} to COMMANDS: --db must work before and after"


def test_output_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    roster = tmp_path / "big.csv"
    roster.write_text("Student ID,Last Name,First Name,Grade\n" + "".join(
        f"P{i:05d},Last{i},First{i},9\n" for i in range(20000)), encoding="utf-8")
    cmd = (f"{sys.executable} -m counselor_app import students {roster} --dry-run "
           f"--db {tmp_path / 'p.db'} | head -3")
    result = subprocess.run(["bash", "-c", "set -o pipefail; " + cmd], capture_output=True,
                            text=True, timeout=300)
    assert result.stderr == "", result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_a_refused_import_lists_some_rows_then_and_n_more(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text(ROSTER + "BAD,,Nobody,9\n", encoding="utf-8")
    assert main(["import", "students", str(roster), "--db", str(tmp_path / "r.db")]) == 2
    out, err = capsys.readouterr()
    adds = [line for line in out.splitlines() if line.startswith("add: row")]
    assert len(adds) == 10 and adds[0] == "add: row 2: S000 Last0, First0"
    assert "add: ... and 20 more" in out
    assert 'r.csv, row 32, column "Last Name": is empty' in out
    assert "nothing was imported" in err and "--good-rows" in err


def test_map_and_mapping_file_and_remembered_layout(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "m.db")
    roster = tmp_path / "odd.csv"
    roster.write_text("Pupil,Fam,Giv,Yr\nX1,Rivera,Ana,9\n", encoding="utf-8")
    assert main(["import", "students", str(roster), "--db", db, "--dry-run"]) == 2
    capsys.readouterr()
    assert main(["import", "students", str(roster), "--db", db, "--map",
                 "Pupil=student_id,Fam=last_name", "--map", "Giv=First Name,Yr=grade"]) == 0
    assert "1 added" in capsys.readouterr().out
    again = tmp_path / "odd2.csv"  # the same layout next term: the mapping is offered
    again.write_text("Pupil,Fam,Giv,Yr\nX2,Chen,Li,10\n", encoding="utf-8")
    assert main(["import", "students", str(again), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "using the column mapping saved for this layout" in out and "1 added" in out
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Pupil": "student_id", "Fam": "last_name",
                                   "Giv": "first_name", "Yr": "grade", "Extra": "ignore"}))
    third = tmp_path / "odd3.csv"
    third.write_text("Pupil,Fam,Giv,Yr,Extra\nX3,Okafor,Ada,11,zzz\n", encoding="utf-8")
    assert main(["import", "students", str(third), "--db", db, "--mapping",
                 str(mapping)]) == 0
    assert main(["import", "students", str(third), "--db", db, "--map", "Nope=grade"]) == 2
    err = capsys.readouterr().err
    assert 'names a column "Nope"' in err and len(err.strip().splitlines()) == 1


def test_good_rows_on_the_command_line(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text(ROSTER + "BAD,,Nobody,9\n", encoding="utf-8")
    assert main(["import", "students", str(roster), "--db", str(tmp_path / "g.db"),
                 "--good-rows"]) == 0
    out = capsys.readouterr().out
    assert "30 added" in out and "1 rows skipped" in out
    rejects = next(tmp_path.glob("r-rejected-*.csv"))
    assert str(rejects) in out
