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


# ---------------------------------------------------------------- named courses


GOV_AND_ALG = {"kind": "courses", "label": "Algebra I and Government",
               "courses": ["ALG1", ["GOV", "APGOV"]]}


@pytest.mark.parametrize(("requirement", "attempts", "status", "missing"), [
    (GOV_AND_ALG, (done("ALG1"),), SHORT, "U.S. Government (GOV) or AP U.S. Government (APGOV)"),
    (GOV_AND_ALG, (done("ALG1"), plan("APGOV", 12)), ON_TRACK, ""),
    (GOV_AND_ALG, (done("ALG1"), done("GOV", "B", 12)), MET, ""),
    (GOV_AND_ALG, (), SHORT,
     "Algebra I (ALG1), U.S. Government (GOV) or AP U.S. Government (APGOV)"),
    ({**GOV_AND_ALG, "need": "any"}, (doing("GOV"),), IN_PROGRESS, ""),
    ({**GOV_AND_ALG, "need": "any"}, (), SHORT,
     "1 more of: Algebra I (ALG1); U.S. Government (GOV) or AP U.S. Government (APGOV)"),
    ({"kind": "courses", "label": "Two of three", "courses": ["ALG1", "GEO", "ALG2"],
      "need": 2}, (done("ALG1"), plan("ALG2", 11)), ON_TRACK, ""),
    ({"kind": "courses", "label": "Two of three", "courses": ["ALG1", "GEO", "ALG2"],
      "need": 2}, (done("GEO"),), SHORT, "1 more of: Algebra I (ALG1); Algebra II (ALG2)"),
])
def test_named_courses(requirement, attempts, status, missing):
    r = run(requirement, *attempts)
    assert (r.status, r.missing) == (status, missing)


def test_one_attempt_fills_one_slot_only():
    req = {"kind": "courses", "label": "Government twice", "courses": [["GOV", "APGOV"],
                                                                       ["GOV", "APGOV"]]}
    assert run(req, done("GOV")).status == SHORT
    assert run(req, done("GOV"), done("APGOV")).status == MET


# ---------------------------------------------------------------- groups


@pytest.mark.parametrize(("requirement", "attempts", "status", "unit"), [
    ({"kind": "group", "label": "Two CTE courses", "count": 2, "from": {"tags": ["cte"]}},
     (done("WELD1"), plan("WELD2", 10)), ON_TRACK, "courses"),
    ({"kind": "group", "label": "Two CTE courses", "count": 2, "from": {"tags": ["cte"]}},
     (done("WELD1"), done("AGSCI")), MET, "courses"),
    ({"kind": "group", "label": "1.5 PE credits", "credits": 1.5, "from": {"tags": ["pe"]}},
     (done("PE"), done("PE2")), SHORT, "credits"),
    ({"kind": "group", "label": "Lab science", "count": 1,
      "from": {"tags": ["lab-science"]}, "min_mark": "C"}, (done("BIO", "D"),), SHORT,
     "courses"),
    ({"kind": "group", "label": "Lab science", "count": 1,
      "from": {"tags": ["lab-science"]}, "min_mark": "C"}, (done("BIO", "B+"),), MET,
     "courses"),
])
def test_groups(requirement, attempts, status, unit):
    r = run(requirement, *attempts)
    assert (r.status, r.unit) == (status, unit)


def test_cap_and_limit_cut_what_counts():
    electives = {"kind": "credits", "label": "Electives", "credits": 2, "from": {"any": True},
                 "limits": [{"tags": ["pe"], "max": 0.5}]}
    r = run(electives, done("PE"), done("PE2"), done("ART"))
    assert (r.earned, r.status) == (1.5, SHORT)
    capped = {"kind": "credits", "label": "Arts", "credits": 1, "from": {"any": True},
              "cap": 1}
    r = run(capped, plan("ART"), done("BAND"))
    assert (r.earned, r.planned, r.status) == (1.0, 0.0, MET)


# ---------------------------------------------------------------- parents


FLORIDA_ARTS = {"kind": "any", "label": "Arts or practical arts", "children": [
    {"kind": "credits", "label": "Fine arts", "credits": 1, "from": {"areas": ["Fine Arts"]}},
    {"kind": "credits", "label": "Practical arts", "credits": 1, "from": {"tags": ["cte"]}},
]}


@pytest.mark.parametrize(("requirement", "attempts", "status"), [
    (FLORIDA_ARTS, (done("ART"),), MET),
    (FLORIDA_ARTS, (done("WELD1"),), MET),
    (FLORIDA_ARTS, (plan("WELD1"),), ON_TRACK),
    (FLORIDA_ARTS, (), SHORT),
    ({**FLORIDA_ARTS, "kind": "all"}, (done("ART"), plan("WELD1")), ON_TRACK),
    ({**FLORIDA_ARTS, "kind": "all"}, (done("ART"),), SHORT),
    ({**FLORIDA_ARTS, "kind": "some", "need": 2}, (done("ART"), doing("WELD1")), IN_PROGRESS),
])
def test_parents_take_status_from_children(requirement, attempts, status):
    assert run(requirement, *attempts).status == status


def test_total_counts_everything_the_set_counts():
    total = {"kind": "total", "label": "Total credits", "credits": 3}
    r = run(total, done("ENG9"), done("ART"), plan("GOV", 12), done("BIO", "F"))
    assert (r.earned, r.planned, r.status) == (2.0, 0.5, SHORT)
    assert r.missing == "0.5 credits"


def test_checklist_item_is_met_only_when_marked_done():
    item = {"kind": "checklist", "label": "FAFSA or opt-out form", "item": "fafsa"}
    assert run(item, plan("ENG9")).status == SHORT
    r = run(item, checklist={"fafsa": dt.date(2026, 3, 1)})
    assert (r.status, r.done_on) == (MET, dt.date(2026, 3, 1))


def test_set_node_follows_the_other_set():
    base = make_set(ENGLISH, code="base")
    plus = make_set({"kind": "set", "label": "Base diploma", "set": "base"},
                    {"kind": "courses", "label": "Algebra II", "courses": ["ALG2"]},
                    code="plus", kind="seal")
    result = audit([plus], inputs(done("ENG9"), done("ENG10"), plan("ALG2")),
                   library={"base": base})
    assert [s.code for s in result.sets] == ["plus"]
    assert result.sets[0].requirements[0].status == MET
    assert result.sets[0].status == ON_TRACK


# ---------------------------------------------------------------- allocation


def test_allocation_is_not_first_come():
    """Agricultural Science could count as science or CTE; Biology only as science. A
    greedy pass in file order would spend it on science and leave CTE short."""
    rs = make_set(
        {"kind": "credits", "label": "Science", "credits": 1, "from": {"tags": ["science",
                                                                                 "lab-science"]}},
        {"kind": "credits", "label": "CTE", "credits": 1, "from": {"tags": ["cte"]}})
    result = audit([rs], inputs(done("AGSCI"), done("BIO")))
    science, cte = result.sets[0].requirements
    assert [c.code for c in science.courses] == ["BIO"]
    assert [c.code for c in cte.courses] == ["AGSCI"]
    assert result.sets[0].status == MET


def test_course_counts_once_unless_a_node_shares():
    bio = {"kind": "courses", "label": "Biology", "courses": ["BIO"]}
    science = {"kind": "credits", "label": "Science", "credits": 2,
               "from": {"areas": ["Science"]}}
    apart = audit([make_set(bio, science)], inputs(done("BIO"), done("CHEM"))).sets[0]
    assert [r.status for r in apart.requirements] == [MET, SHORT]
    shared = audit([make_set({**bio, "share": True}, science)],
                   inputs(done("BIO"), done("CHEM"))).sets[0]
    assert [r.status for r in shared.requirements] == [MET, MET]


def test_surplus_goes_to_electives():
    rs = make_set(ENGLISH, {"kind": "credits", "label": "Electives", "credits": 1,
                            "from": {"any": True}, "leftover": True})
    result = audit([rs], inputs(done("ENG9"), done("ENG10"), plan("ENG11", 11)))
    english, electives = result.sets[0].requirements
    assert english.status == MET and [c.code for c in english.courses] == ["ENG10", "ENG9"]
    assert electives.status == ON_TRACK and [c.code for c in electives.courses] == ["ENG11"]


def test_repeat_of_a_course_counts_once_but_repeatable_courses_count_each_time():
    rs = make_set({"kind": "total", "label": "Total", "credits": 3})
    result = audit([rs], inputs(done("BIO"), done("BIO", "B", 10), done("BAND"),
                                done("BAND", "A", 10)))
    assert result.sets[0].requirements[0].earned == 3.0
    assert [n.reason for n in result.sets[0].not_counted] == ["repeat"]


def test_failed_then_passed_counts_the_pass():
    r = run(ENGLISH, done("ENG9", "F"), done("ENG9", "C", 10), done("ENG10", "B", 10))
    assert (r.status, r.earned) == (MET, 2.0)


def test_postsecondary_level_counts_nowhere_by_default():
    r = run(ENGLISH, done("ENG9", level=13), done("ENG10"))
    assert r.earned == 1.0


def test_passing_marks_are_per_set():
    rs = make_set(ENGLISH, passing={"minimum": 70, "letters": ["A", "B", "C"]})
    result = audit([rs], inputs(done("ENG9", "65"), done("ENG10", "D")))
    assert result.sets[0].requirements[0].earned == 0.0
    assert {n.reason for n in result.sets[0].not_counted} == {"failed"}
    easy = audit([make_set(ENGLISH)], inputs(done("ENG9", "65"), done("ENG10", "D")))
    assert easy.sets[0].requirements[0].status == MET


# ---------------------------------------------------------------- exceptions


def test_credit_waiver_lowers_what_is_required():
    ex = AuditException("waiver", set_code="t-set", requirement="english", credits=1,
                        by="Ms. Test", reason="credit by exam")
    r = run(ENGLISH, done("ENG9"), exceptions=(ex,))
    assert (r.required, r.status) == (1.0, MET)
    assert r.exceptions[0].text == "1 credits waived by Ms. Test: credit by exam"


def test_exemption_waives_a_whole_branch():
    ex = AuditException("exemption", set_code="t-set", requirement="arts-or-practical-arts",
                        reason="medical")
    r = run(FLORIDA_ARTS, exceptions=(ex,))
    assert r.status == WAIVED and {c.status for c in r.children} == {WAIVED}


def test_substitution_course_for_course():
    req = {"kind": "courses", "label": "Algebra II", "courses": ["ALG2"]}
    ex = AuditException("substitution", course="GEO", counts_as="ALG2", reason="district")
    r = run(req, done("GEO"), exceptions=(ex,))
    assert r.status == MET
    assert (r.courses[0].code, r.courses[0].substitutes) == ("GEO", "ALG2")


def test_substitution_toward_a_requirement():
    ex = AuditException("substitution", set_code="t-set", course="AGSCI",
                        requirement="english")
    r = run(ENGLISH, done("AGSCI"), done("ENG9"), exceptions=(ex,))
    assert (r.status, sorted(c.code for c in r.courses)) == (MET, ["AGSCI", "ENG9"])
