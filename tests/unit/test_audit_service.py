"""The audit service over a real database: plans, sets, exceptions, checklist, caseload."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from counselor_app.audit import MET, ON_TRACK, SetFileError
from counselor_app.domain import PlanCourse, RequirementSetRecord
from counselor_app.services import requirement_sets as sets_service
from counselor_app.services.audit import (
    audit_plan,
    effective_sets,
    plan_sets,
    reaudit_caseload,
    set_plan_sets,
)
from counselor_app.services.audit_exceptions import (
    add_exception,
    list_exceptions,
    mark_checklist_item,
    remove_exception,
    restore_exception,
)
from counselor_app.services.plans import create_plan, update_course
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.services.students import StudentData, create_student

PROGRAM = "L08-01-P1"  # a built-in Health Science program of study


def _student(db, student_id: str = "S100") -> int:
    return create_student(db, StudentData(student_id, "Ana", "Test", 9, 2030))


def _plan(db, student_id: str = "S100") -> int:
    return create_plan(db, _student(db, student_id), "Main", PROGRAM)


def _complete_all(db, plan_id: int, mark: str = "B") -> None:
    with db.read() as s:
        ids = list(s.scalars(select(PlanCourse.id).where(PlanCourse.plan_id == plan_id)))
    for pc in ids:
        update_course(db, pc, status="completed", final_mark=mark)


def test_a_ninth_graders_program_plan_is_on_track_never_met(db):
    plan_id = _plan(db)
    result = audit_plan(db, plan_id)
    assert [s.code for s in result.sets] == ["example-24"]
    statuses = {r.status for s in result.sets for top in s.requirements for r in top.walk()}
    assert MET not in statuses and ON_TRACK in statuses
    data = result.to_json()
    assert data["student_id"] == "S100" and data["plan"] == "Main"
    assert data["concentrator"]["status"] == "on_track"
    assert data["concentrator"]["basis"] == "the plan's program of study"


def test_completed_courses_with_passing_marks_meet_requirements(db):
    plan_id = _plan(db)
    _complete_all(db, plan_id)
    result = audit_plan(db, plan_id, ["tx-foundation", "uc-csu-a-g"])
    english = result.set("tx-foundation").find("english")
    assert english is not None and english.status == MET
    assert result.concentrator is not None and result.concentrator.status == "concentrator"


def test_plan_sets_follow_settings_until_the_plan_chooses(db):
    plan_id = _plan(db)
    save_settings(db, replace(load_settings(db), requirement_set="fl-standard-24",
                              supplemental_sets=("ncaa-d1-core",)))
    assert effective_sets(db, plan_id) == ("fl-standard-24", "ncaa-d1-core")
    before = set_plan_sets(db, plan_id, "tx-foundation", ["uc-csu-a-g"])
    assert before.diploma is None and before.supplemental is None
    assert effective_sets(db, plan_id) == ("tx-foundation", "uc-csu-a-g")
    diploma, supplemental = plan_sets(db, plan_id)
    assert (diploma, supplemental) == ("tx-foundation", ("uc-csu-a-g",))
    set_plan_sets(db, plan_id, "tx-foundation", [])
    assert effective_sets(db, plan_id) == ("tx-foundation",)
    assert [s.code for s in audit_plan(db, plan_id).sets] == ["tx-foundation"]
    with pytest.raises(LookupError, match="nope"):
        set_plan_sets(db, plan_id, "nope", None)


def test_waiver_shows_and_can_be_undone(db):
    plan_id = _plan(db)
    with pytest.raises(ValueError, match="reason"):
        add_exception(db, plan_id, kind="waiver", set_code="example-24",
                      requirement="world-language", by="Ms. Test", on=dt.date(2026, 3, 1),
                      reason=" ")
    with pytest.raises(ValueError, match="requirement: example-24 has no requirement"):
        add_exception(db, plan_id, kind="waiver", set_code="example-24", requirement="latin",
                      by="Ms. Test", on=dt.date(2026, 3, 1), reason="why")
    ex_id = add_exception(db, plan_id, kind="waiver", set_code="example-24",
                          requirement="world-language", by="Ms. Test",
                          on=dt.date(2026, 3, 1), reason="IEP team decision")
    node = audit_plan(db, plan_id).set("example-24").find("world-language")
    assert node.status == "waived"
    assert node.exceptions[0].text == "Waived by Ms. Test on 2026-03-01: IEP team decision"
    views = list_exceptions(db, plan_id)
    assert [v.requirement_label for v in views] == ["World language: 2 credits"]
    removed = remove_exception(db, ex_id)
    assert audit_plan(db, plan_id).set("example-24").find("world-language").status != \
        "waived"
    restore_exception(db, removed)
    assert audit_plan(db, plan_id).set("example-24").find("world-language").status == \
        "waived"


def test_checklist_item_is_kept_per_student(db):
    plan_id = _plan(db)
    node_id = "one-course-taken-online"
    rs = sets_service.get_requirement_set(db, "fl-standard-24")
    item = next(n for n in rs.checklist_items if n.item == "online-course")
    assert mark_checklist_item(db, plan_id, "fl-standard-24", item.id, dt.date(2026, 5, 1),
                               "Ms. Test") is None
    done = audit_plan(db, plan_id, ["fl-standard-24"]).set("fl-standard-24").find(item.id)
    assert (done.status, done.done_on, done.done_by) == (MET, dt.date(2026, 5, 1), "Ms. Test")
    mark_checklist_item(db, plan_id, "fl-standard-24", item.id, None, "Ms. Test")
    again = audit_plan(db, plan_id, ["fl-standard-24"]).set("fl-standard-24").find(item.id)
    assert again.status == "short"
    with pytest.raises(ValueError, match=node_id):
        mark_checklist_item(db, plan_id, "fl-standard-24", node_id, None, "x")


def test_caseload_reaudit(db):
    for n in range(3):
        _plan(db, f"S{n}")
    rows = reaudit_caseload(db)
    assert [r.student_id for r in rows] == ["S0", "S1", "S2"]
    assert all(r.statuses[0][0] == "example-24" for r in rows)


GOOD = """\
code = "district-22"
name = "Our district"
state = "district"
kind = "diploma"
source = "Board policy 6146"
checked = 2026-11-30

[[requirements]]
kind = "courses"
label = "Algebra I"
courses = ["02052"]

[[requirements]]
kind = "total"
label = "Total"
credits = 22
"""


def test_import_check_export_and_delete_a_district_set(db, tmp_path: Path):
    path = tmp_path / "district.toml"
    path.write_text(GOOD.replace('"02052"', '"NOPE1"'), encoding="utf-8")
    with pytest.raises(SetFileError, match="district.toml: requirements\\[0\\].courses\\[0\\]: "
                       "unknown course code 'NOPE1'"):
        sets_service.import_set_file(db, path)
    with db.read() as s:
        assert s.get(RequirementSetRecord, "district-22") is None  # nothing half-loaded
    path.write_text(GOOD, encoding="utf-8")
    assert sets_service.import_set_file(db, path) == "district-22"
    summary = next(x for x in sets_service.list_sets(db) if x.code == "district-22")
    assert not summary.builtin
    out = tmp_path / "out.toml"
    sets_service.export_set(db, "district-22", out)
    assert sets_service.check_set_file(db, out).code == "district-22"
    plan_id = _plan(db)
    set_plan_sets(db, plan_id, "district-22", None)
    with pytest.raises(sets_service.SetInUse, match="1 plan"):
        sets_service.delete_set(db, "district-22")
    set_plan_sets(db, plan_id, None, None)
    sets_service.delete_set(db, "district-22")
    assert "district-22" not in {x.code for x in sets_service.list_sets(db)}


def test_built_in_sets_cannot_be_overwritten_or_deleted(db):
    data = sets_service.get_set_data(db, "tx-foundation")
    with pytest.raises(SetFileError, match="built-in set"):
        sets_service.save_set(db, data)
    with pytest.raises(sets_service.SetInUse, match="built-in"):
        sets_service.delete_set(db, "tx-foundation")
    copy = {**data, "code": "tx-foundation-ours", "name": "Our Texas set"}
    assert sets_service.save_set(db, copy) == "tx-foundation-ours"
    assert sets_service.get_requirement_set(db, "tx-foundation-ours").name == "Our Texas set"


def test_requirement_set_cycle_is_refused(db):
    a = {"code": "cyc-a", "name": "A", "state": "district", "kind": "diploma", "source": "x",
         "checked": "2026-01-01", "requirements": [{"kind": "set", "label": "B", "set": "cyc-b"}]}
    with pytest.raises(SetFileError, match="no requirement set 'cyc-b'"):
        sets_service.save_set(db, a)
    b = {**a, "code": "cyc-b", "requirements": [{"kind": "total", "label": "T",
                                                  "credits": 1}]}
    sets_service.save_set(db, b)
    sets_service.save_set(db, a)
    b_cycle = {**b, "requirements": [{"kind": "set", "label": "A", "set": "cyc-a"}]}
    with pytest.raises(SetFileError, match="reference cycle"):
        sets_service.save_set(db, b_cycle)


def test_exceptions_checklist_and_plan_sets_travel_in_json_exchange(db, tmp_path: Path):
    from counselor_app.services.exchange import export_json, import_json, preview_json
    from counselor_app.store.bootstrap import open_database

    plan_id = _plan(db)
    set_plan_sets(db, plan_id, "fl-standard-24", ["ncaa-d1-core"])
    add_exception(db, plan_id, kind="substitution", course="X02157", counts_as="02056",
                  by="Ms. Test", on=dt.date(2026, 4, 2), reason="district course equivalence")
    item = next(n for n in sets_service.get_requirement_set(db, "fl-standard-24").checklist_items
                if n.item == "online-course")
    mark_checklist_item(db, plan_id, "fl-standard-24", item.id, dt.date(2026, 5, 1), "Ms. T")
    path = tmp_path / "out.json"
    export_json(db, path)
    other = open_database(str(tmp_path / "other.db"))
    try:
        import_json(other, path, backup=False)
        with other.read() as s:
            from counselor_app.domain import Plan

            new_plan = s.scalars(select(Plan)).one().id
        assert effective_sets(other, new_plan) == ("fl-standard-24", "ncaa-d1-core")
        views = list_exceptions(other, new_plan)
        assert [(v.kind, v.course_code, v.counts_as, v.by, v.reason) for v in views] == [
            ("substitution", "X02157", "02056", "Ms. Test", "district course equivalence")]
        audited = audit_plan(other, new_plan).set("fl-standard-24").find(item.id)
        assert audited.status == MET
        assert preview_json(other, path).changes == 0  # importing again changes nothing
    finally:
        other.dispose()


def test_course_import_tags_reach_the_audit(db, tmp_path: Path):
    from counselor_app.services.imports import apply_import

    path = tmp_path / "courses.csv"
    path.write_text("Code,Title,Subject Area,Tags\nZZAG1,Ag Biology,Career & Technical "
                    "Education,Lab-Science; ag:d\n", encoding="utf-8")
    apply_import(db, "courses", path, backup=False)
    with db.read() as s:
        from counselor_app.services.audit_inputs import catalog_facts

        facts = catalog_facts(s, ["ZZAG1"])["ZZAG1"]
    assert facts.tags == frozenset({"lab-science", "ag:d"})


def test_a_changed_course_reaches_the_next_audit(db, tmp_path: Path):
    """Course facts are shared between audits by the whole catalog row: a course edited
    by an import gives new facts at once, never the ones an earlier audit made."""
    from counselor_app.services.audit_inputs import catalog_facts
    from counselor_app.services.imports import apply_import

    path = tmp_path / "courses.csv"
    for title, tags in (("Ag Biology", "Lab-Science"), ("Ag Biology II", "ag:d")):
        path.write_text(f"Code,Title,Subject Area,Tags\nZZAG2,{title},Science,{tags}\n",
                        encoding="utf-8")
        apply_import(db, "courses", path, backup=False)
        with db.read() as s:
            facts = catalog_facts(s, ["ZZAG2"])["ZZAG2"]
            assert catalog_facts(s)["ZZAG2"] is facts  # one object for the same row
        assert (facts.title, facts.tags) == (title, frozenset({tags.lower()}))


def test_transcript_rows_count_and_replace_the_same_plan_course(db):
    from counselor_app.domain import TranscriptEntry

    plan_id = _plan(db)
    with db.read() as s:
        from counselor_app.domain import Plan

        pk = s.get(Plan, plan_id).student_pk
    now = dt.datetime(2026, 6, 1)
    with db.transaction() as s:
        for code, mark in (("01001", "B"), ("02052", "F")):
            s.add(TranscriptEntry(student_pk=pk, source_code=code, course_code=code,
                                  title="", level=9, school_year=2026, term="year",
                                  mark=mark, credits_earned=1.0 if mark != "F" else 0.0,
                                  school="", transfer=False, source="test", created_at=now,
                                  updated_at=now))
        s.add(TranscriptEntry(student_pk=pk, source_code="OLD-77", course_code=None,
                              title="Course from another school", level=9, school_year=2026,
                              term="year", mark="A", credits_earned=1.0, school="Elsewhere",
                              transfer=True, source="test", created_at=now, updated_at=now))
    result = audit_plan(db, plan_id, ["tx-foundation"])
    english = result.set("tx-foundation").find("english")
    eng9 = next(c for c in english.courses if c.code == "01001")
    assert (eng9.status, eng9.source) == ("completed", "transcript")
    # the transcript's failed grade-9 Algebra I is the plan's grade-9 Algebra I: it counts
    # nowhere, and the requirement asks for a retake
    math = result.set("tx-foundation").find("mathematics/algebra-geometry")
    assert math.status == "short" and "Algebra I" in math.missing
    assert [(n.code, n.reason) for n in result.set("tx-foundation").not_counted
            if n.reason == "failed"] == [("02052", "failed")]
    assert "TR:OLD-77" in result.unknown_courses  # not matched yet: counts nowhere, listed
