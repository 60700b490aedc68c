"""Exchange format 2: transcripts, course matches, versions and sign-offs travel; 1 still reads."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from counselor_app.services import plans, signoffs, students, transcripts, versions
from counselor_app.services.exchange import ExchangeError, export_json, import_json
from counselor_app.services.imports import apply_import
from counselor_app.services.students import StudentData
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database
from tests.approving import add_test_set, approve
from tests.catalog import PROGRAM, add_test_catalog

GRADES = ("Student_Number,Course_Number,Course_Name,Grade_Level,StoreCode,Grade,EarnedCrHrs,"
          "TermID,SchoolName\nX1,ZTENG9,English 9,9,Y1,B+,1,3300,Lincoln\n"
          "X1,XFER9,Spanish I,9,Y1,A,1,3300,Ridgeview\n")


@pytest.fixture
def other(tmp_path: Path) -> Database:
    db = open_database(str(tmp_path / "other" / "other.db"))
    add_test_catalog(db)
    add_test_set(db)
    yield db
    db.dispose()


def test_round_trip_keeps_the_approved_pdf_byte_for_byte(db: Database, other: Database,
                                                         tmp_path: Path) -> None:
    add_test_catalog(db)
    add_test_set(db)
    pk = students.create_student(db, StudentData("X1", "Ana", "Núñez", 12, 2027))
    grades = tmp_path / "grades.csv"
    grades.write_text(GRADES, encoding="utf-8")
    apply_import(db, "transcripts", grades, backup=False)
    transcripts.match_course(db, "Ridgeview", "XFER9", catalog_code=None,
                             subject_area="World Languages", tags=["wl"])
    plan_id = plans.create_plan(db, pk, "Main", PROGRAM)
    plans.update_plan_fields(db, plan_id, family_notes="See you in May")
    v = approve(db, plan_id)
    scan = tmp_path / "page.pdf"
    scan.write_bytes(b"%PDF-1.4 signed page")
    signoffs.add_signoff(db, v.id, role="guardian", printed_name="Rosa Núñez",
                         relationship="Parent", attachment=scan)
    out = tmp_path / "all.json"
    export_json(db, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == 2

    result = import_json(other, out, backup=False)
    assert result.preview.students_added == ["X1"]
    opk = transcripts.student_pk_for(other, "X1")
    assert opk is not None
    lines = {ln.source_code: ln for ln in transcripts.list_transcript(other, opk)}
    assert lines["ZTENG9"].mark == "B+" and lines["XFER9"].subject_area == "World Languages"
    oplan = plans.list_plans(other, opk)[0]
    assert plans.load_plan(other, oplan.id).family_notes == "See you in May"
    [ov] = versions.list_versions(other, oplan.id)
    assert ov.checksum == v.checksum
    assert versions.version_pdf(other, ov.id) == versions.version_pdf(db, v.id)
    [so] = ov.signoffs
    assert (so.printed_name, so.relationship) == ("Rosa Núñez", "Parent")
    assert signoffs.signoff_attachment(other, so.id) == ("page.pdf", "application/pdf",
                                                         scan.read_bytes())
    again = import_json(other, out, backup=False)
    assert again.preview.changes == 0


def test_a_changed_pdf_is_refused_and_version_1_still_reads(db: Database, other: Database,
                                                            tmp_path: Path) -> None:
    add_test_catalog(db)
    add_test_set(db)
    pk = students.create_student(db, StudentData("X1", "Ana", "Núñez", 12, 2027))
    plan_id = plans.create_plan(db, pk, "Main", PROGRAM)
    approve(db, plan_id)
    out = tmp_path / "all.json"
    export_json(db, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    version = doc["students"][0]["plans"][0]["versions"][0]
    version["pdf"] = base64.b64encode(b"%PDF-1.4 forged").decode()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"students\[0\]\.plans\[0\]\.versions\[0\]\.pdf"):
        import_json(other, bad, backup=False)
    assert transcripts.student_pk_for(other, "X1") is None

    doc["version"] = 1
    for st in doc["students"]:
        st.pop("transcript")
        for pl in st["plans"]:
            pl.pop("versions")
            pl.pop("family_notes")
            pl.pop("first_level")
    doc.pop("course_matches")
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(doc), encoding="utf-8")
    result = import_json(other, old, backup=False)
    assert result.preview.students_added == ["X1"]
