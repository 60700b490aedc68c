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


def _lines(db: Database, pk: int) -> dict[str, transcripts.TranscriptLine]:
    return {ln.source_code: ln for ln in transcripts.list_transcript(db, pk)}


def test_match_while_importing_is_remembered_for_the_next_import(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_test_catalog(db)
    pk = students.create_student(db, StudentData("S1", "Ana", "Núñez", 12, 2027))
    pk2 = students.create_student(db, StudentData("S2", "Bo", "Li", 12, 2027))
    path = tmp_path / "grades.csv"
    path.write_text(FILE, encoding="utf-8")
    base = ["import", "transcripts", str(path), "--db", str(db.path)]
    # a bad choice is refused before anything is written
    assert main([*base, "--match", "XFER101=NOPE"]) == 2
    assert "course NOPE is not in the catalog" in capsys.readouterr().err
    assert main([*base, "--match", "XFER101"]) == 2
    assert "write CODE=CATALOGCODE" in capsys.readouterr().err
    assert transcripts.list_transcript(db, pk) == []
    assert main([*base, "--match", "XFER101=ZTART", "--dry-run"]) == 0
    assert "would match XFER101 = ZTART" in capsys.readouterr().out
    assert transcripts.list_matches(db) == []

    assert main([*base, "--match", "XFER101=ZTART"]) == 0
    out = capsys.readouterr().out
    assert "matched XFER101 = ZTART (remembered for later imports)" in out
    assert "not in the catalog: XFER101" not in out
    assert _lines(db, pk)["XFER101"].course_code == "ZTART"
    # the next file (another student, same course number) needs no --match
    path.write_text(FILE.replace("S1,", "S2,"), encoding="utf-8")
    assert main(base) == 0
    assert "not in the catalog" not in capsys.readouterr().out
    assert _lines(db, pk2)["XFER101"].course_code == "ZTART"


def test_transcripts_matches_lists_sets_keeps_as_transfer_and_forgets(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    add_test_catalog(db)
    pk = students.create_student(db, StudentData("S1", "Ana", "Núñez", 12, 2027))
    path = tmp_path / "grades.csv"
    path.write_text(FILE, encoding="utf-8")
    assert main(["import", "transcripts", str(path), "--db", str(db.path)]) == 0
    capsys.readouterr()
    where = ["--db", str(db.path)]
    assert main(["transcripts", "matches", *where]) == 0
    out = capsys.readouterr().out
    assert "no matches remembered" in out
    assert "not matched: XFER101 Spanish I (1 row, Ridgeview High)" in out

    assert main(["transcripts", "match", "XFER101=transfer:Ancient Runes", *where]) == 2
    assert "'Ancient Runes' is not a subject area of the catalog" in capsys.readouterr().err
    assert main(["transcripts", "match", "XFER101=transfer:world language:lab-free; ag:e",
                 "--school", "Ridgeview High", *where]) == 0
    out = capsys.readouterr().out
    assert "matched XFER101 = transfer credit in World Language (tags lab-free, ag:e)" in out
    line = _lines(db, pk)["XFER101"]
    assert line.matched and line.subject_area == "World Language"
    assert line.tags == ("lab-free", "ag:e")

    assert main(["transcripts", "matches", "--json", *where]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unmatched"] == []
    assert [(m["code"], m["school"], m["catalog_code"], m["subject_area"], m["tags"])
            for m in data["matches"]] == [
        ("XFER101", "Ridgeview High", None, "World Language", ["lab-free", "ag:e"])]

    assert main(["transcripts", "forget", "XFER101", *where]) == 2  # any-school: none
    assert "no match remembered for XFER101" in capsys.readouterr().err
    assert main(["transcripts", "forget", "XFER101", "--school", "Ridgeview High",
                 *where]) == 0
    assert "1 row now counts nowhere until matched again" in capsys.readouterr().out
    assert not _lines(db, pk)["XFER101"].matched
    assert [u.source_code for u in transcripts.unmatched_courses(db)] == ["XFER101"]
