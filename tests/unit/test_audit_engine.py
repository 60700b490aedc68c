"""The audit engine by node kind and status (no database, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_app.audit import (
    IN_PROGRESS,
    MET,
    ON_TRACK,
    SHORT,
    WAIVED,
    Attempt,
    AuditException,
    audit,
    audit_json,
)
from tests.audit_data import doing, done, inputs, make_set, plan

ENGLISH = {"kind": "credits", "label": "English", "credits": 2, "from": {"areas": ["English"]}}


def run(requirement: dict, *attempts: Attempt, **extra):
    rs = make_set(requirement)
    result = audit([rs], inputs(*attempts, **extra))
    return result.sets[0].requirements[0]


@pytest.mark.parametrize(("attempts", "status", "amounts", "missing"), [
    ((), SHORT, (0, 0, 0), "2 credits"),
    ((plan("ENG9"),), SHORT, (0, 0, 1), "1 credit"),
    ((plan("ENG9"), plan("ENG10", 10)), ON_TRACK, (0, 0, 2), ""),
    ((done("ENG9"), doing("ENG10", 10)), IN_PROGRESS, (1, 1, 0), ""),
    ((done("ENG9"), plan("ENG10", 10)), ON_TRACK, (1, 0, 1), ""),
    ((done("ENG9"), done("ENG10", "C", 10)), MET, (2, 0, 0), ""),
    ((done("ENG9", "F"), done("ENG10", "B", 10)), SHORT, (1, 0, 0), "1 credit"),
    ((done("ENG9", ""), done("ENG10", "B", 10)), IN_PROGRESS, (1, 1, 0), ""),
])
def test_credit_statuses(attempts, status, amounts, missing):
    r = run(ENGLISH, *attempts)
    assert r.status == status
    assert (r.earned, r.in_progress, r.planned) == amounts
    assert r.missing == missing


def test_planned_courses_never_make_anything_met():
    rs = make_set(ENGLISH, {"kind": "total", "label": "Total", "credits": 2})
    result = audit([rs], inputs(plan("ENG9"), plan("ENG10", 10), plan("ENG11", 11)))
    statuses = {r.status for top in result.sets[0].requirements for r in top.walk()}
    assert statuses == {ON_TRACK}
    assert result.sets[0].status == ON_TRACK


def test_unknown_course_is_listed_and_counts_nowhere():
    rs = make_set(ENGLISH, {"kind": "total", "label": "Total", "credits": 2})
    result = audit([rs], inputs(done("ENG9"), done("XYZ123")))
    total = result.sets[0].requirements[1]
    assert total.earned == 1.0
    assert result.unknown_courses == ("XYZ123",)
    assert [n.code for n in result.sets[0].not_counted if n.reason == "not in the catalog"] \
        == ["XYZ123"]


def test_json_shape_matches_the_cli_contract():
    rs = make_set(ENGLISH)
    data = audit_json(audit([rs], inputs(plan("ENG9"))), "S1", "Main")
    assert set(data) == {"student_id", "plan", "sets", "concentrator"}
    assert set(data["sets"][0]) == {"code", "name", "kind", "status", "requirements"}
    assert set(data["sets"][0]["requirements"][0]) == {
        "label", "status", "required", "earned", "in_progress", "planned", "unit", "courses",
        "children"}
    assert data["sets"][0]["requirements"][0]["courses"] == ["ENG9"]


def test_waiver_marks_the_requirement_waived():
    ex = AuditException("waiver", set_code="t-set", requirement="english", by="Ms. Test",
                        on=dt.date(2026, 2, 1), reason="transfer student")
    r = run(ENGLISH, plan("ENG9"), exceptions=(ex,))
    assert r.status == WAIVED
    assert r.exceptions[0].text == "Waived by Ms. Test on 2026-02-01: transfer student"
