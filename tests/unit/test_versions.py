"""Approval records a version; editing reopens the plan and lists what changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
from pathlib import Path

import pypdf
import pytest

from counselor_app.services import plans, signoffs, students, versions
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from tests.approving import add_test_set
from tests.catalog import PROGRAM, add_test_catalog


def _plan(db: Database) -> int:
    add_test_catalog(db)
    add_test_set(db)
    pk = students.create_student(db, StudentData("S1", "Ana", "Núñez", 9,
                                                 dt.date.today().year + 4))
    return plans.create_plan(db, pk, "Main", PROGRAM)


def test_approval_needs_the_counselor_name_from_settings(db: Database) -> None:
    plan_id = _plan(db)
    save_settings(db, dataclasses.replace(load_settings(db), counselor_name=""))
    with pytest.raises(versions.ApprovalRefused, match="Settings"):
        versions.approve_plan(db, plan_id)
    assert plans.load_plan(db, plan_id).status == "draft"
    assert versions.list_versions(db, plan_id) == []


def test_problems_must_be_acknowledged_and_are_kept(db: Database) -> None:
    plan_id = _plan(db)
    plans.add_course(db, plan_id, "ZTWLD3", 9)  # outside its grades: an error
    geometry = next(c for c in plans.load_plan(db, plan_id).courses if c.code == "ZTGEO")
    plans.remove_course(db, geometry.id)  # mathematics short by one credit
    check = versions.check_approval(db, plan_id)
    assert check.counselor == "Ms. Test" and check.errors
    assert check.shortfalls == ("Test requirements: Mathematics: 2 credits — 1 credit short",)
    with pytest.raises(versions.ApprovalNeedsConfirmation) as refused:
        versions.approve_plan(db, plan_id)
    assert set(refused.value.problems) == set(check.problems)
    assert plans.load_plan(db, plan_id).status == "draft"
    v = versions.approve_plan(db, plan_id, acknowledged=check.problems)
    assert v.number == 1 and v.approved_by == "Ms. Test"
    assert set(versions.list_versions(db, plan_id)[0].acknowledged) == set(check.problems)


def test_editing_an_approved_plan_keeps_the_version_and_its_pdf(db: Database,
                                                               tmp_path: Path) -> None:
    plan_id = _plan(db)
    check = versions.check_approval(db, plan_id)
    v1 = versions.approve_plan(db, plan_id, acknowledged=check.problems)
    pdf = versions.version_pdf(db, v1.id)
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == v1.checksum
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Approved by Ms. Test on" in text and "DRAFT" not in text
    view = plans.load_plan(db, plan_id)
    assert view.status == "approved"
    assert not versions.approval_state(db, plan_id).changed_since_approval

    removed = next(c for c in view.courses if c.code == "ZTGEO")
    plans.remove_course(db, removed.id)
    plans.add_course(db, plan_id, "ZTART", 11)
    moved = next(c for c in view.courses if c.code == "ZTWLD2")
    plans.move_course(db, moved.id, 11)
    plans.update_plan_fields(db, plan_id, career_goal_text="Welder")
    state = versions.approval_state(db, plan_id)
    assert plans.load_plan(db, plan_id).status == "draft"
    assert state.changed_since_approval
    assert state.headline().startswith("Changed since approval on ")
    lines = versions.compare_versions(db, v1.id, None, plan_id)
    assert "Removed ZTGEO Geometry (test) from Grade 10" in lines
    assert "Added ZTART Ceramics Ørsted (test) to Grade 11" in lines
    assert "Moved ZTWLD2 Welding II (test) from Grade 10 to Grade 11" in lines
    assert any(line.startswith("Career goal: set to") for line in lines)
    # the approved PDF reprints byte for byte
    assert versions.version_pdf(db, v1.id) == pdf

    check = versions.check_approval(db, plan_id)
    v2 = versions.approve_plan(db, plan_id, acknowledged=check.problems)
    assert v2.number == 2
    assert [v.number for v in versions.list_versions(db, plan_id)] == [2, 1]
    assert versions.version_pdf(db, v1.id) == pdf
    assert len(versions.compare_versions(db, v1.id, v2.id)) == len(lines)


def test_counselor_notes_keep_the_approval_family_notes_do_not(db: Database) -> None:
    plan_id = _plan(db)
    versions.approve_plan(db, plan_id, acknowledged=versions.check_approval(db, plan_id)
                          .problems)
    plans.update_plan_fields(db, plan_id, notes="private: family going through a move")
    assert plans.load_plan(db, plan_id).status == "approved"
    plans.update_plan_fields(db, plan_id, family_notes="Visit the welding shop in May")
    assert plans.load_plan(db, plan_id).status == "draft"
    lines = [str(c.title) for c in versions.approval_state(db, plan_id).changes]
    assert lines == ["Notes for the family"]


def test_signoffs_typed_or_scanned(db: Database, tmp_path: Path) -> None:
    plan_id = _plan(db)
    v = versions.approve_plan(db, plan_id,
                              acknowledged=versions.check_approval(db, plan_id).problems)
    signoffs.add_signoff(db, v.id, role="student", printed_name="Ana Núñez")
    with pytest.raises(signoffs.SignoffError, match="relationship"):
        signoffs.add_signoff(db, v.id, role="guardian", printed_name="Rosa Núñez")
    bad = tmp_path / "page.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(signoffs.SignoffError, match="not a PDF, PNG or JPEG"):
        signoffs.add_signoff(db, v.id, role="guardian", printed_name="Rosa Núñez",
                             relationship="Parent", attachment=bad)
    scan = tmp_path / "signed.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    sid = signoffs.add_signoff(db, v.id, role="guardian", printed_name="Rosa Núñez",
                               relationship="Parent", attachment=scan)
    with pytest.raises(signoffs.SignoffError, match="future"):
        signoffs.add_signoff(db, v.id, role="student", printed_name="Ana",
                             signed_on=dt.date.today() + dt.timedelta(days=1))
    listed = versions.list_versions(db, plan_id)[0].signoffs
    assert [(s.role, s.printed_name, s.relationship) for s in listed] == [
        ("student", "Ana Núñez", ""), ("guardian", "Rosa Núñez", "Parent")]
    assert signoffs.signoff_attachment(db, sid) == ("signed.jpg", "image/jpeg",
                                                    scan.read_bytes())


def test_status_approved_only_through_a_version(db: Database) -> None:
    plan_id = _plan(db)
    with pytest.raises(ValueError, match="approve_plan"):
        plans.set_plan_status(db, plan_id, "approved", "Ms. Test")
