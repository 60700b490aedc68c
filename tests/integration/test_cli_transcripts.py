"""counselor-app import transcripts: dry run, import, unknown courses listed, bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from counselor_app.cli import main
from counselor_app.services import students, transcripts
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from tests.catalog import add_test_catalog

FILE = ("Student_Number,Course_Number,Course_Name,Grade_Level,StoreCode,Grade,EarnedCrHrs,"
        "TermID,SchoolName\n"
        "S1,ZTENG9,English 9,9,Y1,B+,1,3300,Lincoln High\n"
        "S1,XFER101,Spanish I,10,S1,A,0.5,3400,Ridgeview High\n")


def test_import_transcripts(db: Database, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    add_test_catalog(db)
    pk = students.create_student(db, StudentData("S1", "Ana", "Núñez", 12, 2027))
    path = tmp_path / "grades.csv"
    path.write_text(FILE, encoding="utf-8")
    args = ["import", "transcripts", str(path), "--db", str(db.path)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 to add" in out and "XFER101" in out
    assert transcripts.list_transcript(db, pk) == []
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "2 added" in out
    assert "not in the catalog: XFER101 Spanish I (1 row, Ridgeview High)" in out
    assert len(transcripts.list_transcript(db, pk)) == 2

    path.write_text(FILE + "S1,ZTALG1,Algebra I,9,Y1,A,x,3300,Lincoln High\n",
                    encoding="utf-8")
    assert main(args) == 2
    captured = capsys.readouterr()
    assert 'row 4, column "EarnedCrHrs"' in captured.out + captured.err
    assert len(transcripts.list_transcript(db, pk)) == 2
