"""Two copies of the app on one database (two Database objects): a plan's status, its
approval, its requirement sets, checklist marks and waivers are never silently written
over another counselor's change."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_app.services import audit as audit_service
from counselor_app.services import plans, students, versions
from counselor_app.services.audit_exceptions import (
    add_exception,
    checklist_mark,
    mark_checklist_item,
    remove_exception,
)
from counselor_app.services.concurrency import ConflictError, PlanChangedError
from counselor_app.services.students import StudentData
from counselor_app.store.engine import Database
from tests.approving import add_test_set, approve
from tests.catalog import PROGRAM, add_test_catalog
from tests.two_copies import as_counselor


def _plan(db: Database) -> int:
    add_test_catalog(db)
    add_test_set(db)
    pk = students.create_student(db, StudentData("C1", "Ana", "Núñez", 9,
                                                 dt.date.today().year + 4))
    return plans.create_plan(db, pk, "Main", PROGRAM)


def _status(view: plans.PlanView) -> dict[str, object]:
    return {"status": view.status, "status_at": view.status_at}


def test_a_status_set_over_another_counselors_status_change_is_refused(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    shown = plans.load_plan(db, plan_id)  # this window shows a draft
    as_counselor(other, "Mr. Okafor")
    plans.set_plan_status(other, plan_id, "reviewed", "Mr. Okafor")
    with pytest.raises(ConflictError) as info:
        plans.set_plan_status(db, plan_id, "draft", "Ms. Rivera", expect=_status(shown))
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("the status",)
    assert "Mr. Okafor changed the status of this plan" in str(info.value)
    now = plans.load_plan(db, plan_id)
    assert (now.status, now.status_by) == ("reviewed", "Mr. Okafor")  # theirs kept
    at = plans.set_plan_status(db, plan_id, "draft", "Ms. Rivera", expect=_status(now))
    assert plans.plan_status_values(db, plan_id) == {
        "status": "draft", "status_by": "Ms. Rivera", "status_at": at}


def test_undoing_a_status_over_a_newer_one_is_refused_and_overwrite_works(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    shown = plans.load_plan(db, plan_id)
    at = plans.set_plan_status(db, plan_id, "reviewed", "Ms. Rivera", expect=_status(shown))
    approve(other, plan_id, by="Mr. Okafor")  # the other copy, later
    mine = {"status": "reviewed", "status_at": at}
    with pytest.raises(ConflictError) as info:  # undo would put "draft" over their approval
        plans.restore_plan_status(db, plan_id, "draft", "", None, expect=mine)
    assert info.value.change.by == "Mr. Okafor"
    assert plans.load_plan(db, plan_id).status == "approved"
    plans.restore_plan_status(db, plan_id, "draft", "", None)  # Overwrite
    assert plans.plan_status_values(db, plan_id)["status"] == "draft"
    # the same status set by someone else meanwhile is theirs too (who and when)
    shown = plans.load_plan(db, plan_id)
    plans.set_plan_status(other, plan_id, "reviewed", "Mr. Okafor")
    with pytest.raises(ConflictError):
        plans.set_plan_status(db, plan_id, "reviewed", "Ms. Rivera", expect=_status(shown))
    assert plans.plan_status_values(db, plan_id)["status_by"] == "Mr. Okafor"


def test_a_plan_changed_since_it_was_shown_is_not_approved(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    as_counselor(db, "Ms. Rivera")
    shown = plans.load_plan(db, plan_id)
    as_counselor(other, "Mr. Okafor")
    plans.add_course(other, plan_id, "ZTART", 11)  # the other copy adds a course
    plans.update_plan_fields(other, plan_id, family_notes="Talk about the art course")
    as_counselor(db, "Ms. Rivera")
    check = versions.check_approval(db, plan_id)
    with pytest.raises(PlanChangedError) as info:
        versions.approve_plan(db, plan_id, acknowledged=check.problems, seen=shown)
    exc = info.value
    assert exc.change.by == "Mr. Okafor"
    assert set(exc.change.fields) == {"the courses", "the notes for the family"}
    assert [c.code for c in exc.changes if c.kind == "added"] == ["ZTART"]
    assert "Not approved" in str(exc) and "ZTART" in str(exc)
    assert versions.list_versions(db, plan_id) == []
    assert plans.load_plan(db, plan_id).status == "draft"
    # having seen the plan as it is now, the counselor approves it
    now = plans.load_plan(db, plan_id)
    v = versions.approve_plan(db, plan_id, acknowledged=check.problems, seen=now)
    snap = versions.version_snapshot(db, v.id)
    assert "ZTART" in [c["code"] for c in snap["courses"]]


def test_counselor_only_notes_and_comments_do_not_stop_an_approval(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    shown = plans.load_plan(db, plan_id)
    plans.update_plan_fields(other, plan_id, notes="private note")
    plans.add_comment(other, plan_id, "Mr. Okafor", "looked at it")
    check = versions.check_approval(db, plan_id)
    v = versions.approve_plan(db, plan_id, acknowledged=check.problems, seen=shown)
    assert v.number == 1


def test_a_plan_approved_or_reviewed_elsewhere_meanwhile_is_a_conflict(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    shown = plans.load_plan(db, plan_id)
    approve(other, plan_id, by="Mr. Okafor")
    check = versions.check_approval(db, plan_id)
    with pytest.raises(PlanChangedError) as info:
        versions.approve_plan(db, plan_id, acknowledged=check.problems, seen=shown)
    assert info.value.status == ("draft", "approved")
    assert info.value.change.by == "Mr. Okafor" and info.value.changes == ()
    assert len(versions.list_versions(db, plan_id)) == 1
    with pytest.raises(ConflictError):  # and marking it reviewed over their approval
        plans.set_plan_status(db, plan_id, "reviewed", "Ms. Rivera", expect=_status(shown))
    assert plans.load_plan(db, plan_id).status == "approved"


def test_requirement_sets_chosen_elsewhere_are_not_replaced(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    shown = tuple(audit_service.plan_sets(db, plan_id))
    as_counselor(other, "Mr. Okafor")
    audit_service.set_plan_sets(other, plan_id, "zt-set", ())
    with pytest.raises(ConflictError) as info:
        audit_service.set_plan_sets(db, plan_id, None, None, expect=shown)
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("the requirement sets",)
    assert tuple(audit_service.plan_sets(db, plan_id)) == ("zt-set", ())
    audit_service.set_plan_sets(db, plan_id, None, None, expect=("zt-set", ()))
    assert tuple(audit_service.plan_sets(db, plan_id)) == (None, None)


CHECKLIST_SET = {
    "code": "zt-check", "name": "Test checklist", "state": "district", "kind": "supplemental",
    "source": "tests", "checked": "2026-12-01",
    "requirements": [{"kind": "checklist", "label": "FAFSA filed", "id": "fafsa",
                      "item": "fafsa"}],
}


def test_a_checklist_mark_changed_elsewhere_is_not_replaced(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    audit_service.save_set(db, CHECKLIST_SET)
    day = dt.date(2026, 11, 2)
    mark_checklist_item(other, plan_id, "zt-check", "fafsa", day, "Mr. Okafor")
    with pytest.raises(ConflictError) as info:  # this window still shows "not done"
        mark_checklist_item(db, plan_id, "zt-check", "fafsa", dt.date(2026, 11, 3),
                            "Ms. Rivera", expect=None)
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("the checklist item FAFSA filed",)
    assert "Mr. Okafor changed the checklist item FAFSA filed of this student after" \
        in str(info.value)
    assert checklist_mark(db, plan_id, "zt-check", "fafsa") == (day, "Mr. Okafor")
    mark_checklist_item(db, plan_id, "zt-check", "fafsa", None, "Ms. Rivera", expect=day)
    assert checklist_mark(db, plan_id, "zt-check", "fafsa") == (None, "")


def test_revoking_a_waiver_someone_else_revoked_says_so(
        db: Database, other: Database) -> None:
    plan_id = _plan(db)
    ex = add_exception(db, plan_id, kind="waiver", set_code="zt-set",
                       requirement="mathematics", by="Ms. Rivera", on=dt.date(2026, 11, 1),
                       reason="transfer credit")
    remove_exception(other, ex)
    with pytest.raises(ConflictError) as info:
        remove_exception(db, ex)
    assert info.value.change.fields == ("this waiver or substitution",)


def test_a_course_moved_elsewhere_is_not_moved_again(db: Database, other: Database) -> None:
    plan_id = _plan(db)
    pc = plans.add_course(db, plan_id, "ZTART", 10)
    as_counselor(other, "Mr. Okafor")
    plans.move_course(other, pc, 11)
    with pytest.raises(ConflictError) as info:  # this window still shows grade 10
        plans.move_course(db, pc, 12, expect=10)
    assert info.value.change.by == "Mr. Okafor"
    assert info.value.change.fields == ("the grade of ZTART",)
    assert plans.course_field_values(db, pc, ("level",)) == {"level": 11}
    assert plans.move_course(db, pc, 12, expect=11) == 11


def test_the_same_waiver_granted_in_two_copies_is_recorded_once(
        db: Database, other: Database) -> None:
    from counselor_app.services.audit_exceptions import DuplicateGrantError, list_exceptions

    plan_id = _plan(db)
    grant = dict(kind="waiver", set_code="zt-set", requirement="mathematics",
                 on=dt.date(2026, 11, 1), reason="transfer credit")
    add_exception(other, plan_id, by="Mr. Okafor", **grant)  # type: ignore[arg-type]
    with pytest.raises(DuplicateGrantError) as info:  # this window did not see it
        add_exception(db, plan_id, by="Ms. Rivera", **grant)  # type: ignore[arg-type]
    assert str(info.value) == ("This waiver is already recorded for the student (by "
                               "Mr. Okafor on 2026-11-01); nothing was added.")
    assert len(list_exceptions(db, plan_id)) == 1
    add_exception(db, plan_id, by="Ms. Rivera", **{  # type: ignore[arg-type]
        **grant, "requirement": "english"})  # another requirement: a grant of its own
    assert len(list_exceptions(db, plan_id)) == 2


def test_two_copies_granting_the_same_waiver_at_once_record_it_once(
        db: Database, other: Database) -> None:
    import threading

    from counselor_app.services.audit_exceptions import DuplicateGrantError, list_exceptions

    plan_id = _plan(db)
    for n in range(15):
        barrier = threading.Barrier(2)
        refused: list[str] = []

        def grant(copy: Database, who: str) -> None:
            barrier.wait()
            try:
                add_exception(copy, plan_id, kind="waiver", set_code="zt-set",
                              requirement="mathematics", by=who, on=dt.date(2026, 11, 1),
                              reason="same decision")
            except DuplicateGrantError:
                refused.append(who)

        threads = [threading.Thread(target=grant, args=(copy, who))
                   for copy, who in ((db, "Ms. Rivera"), (other, "Mr. Okafor"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(refused) == 1, n
        [recorded] = list_exceptions(db, plan_id)  # one row, never two
        remove_exception(db, recorded.id)  # the next round grants it afresh
