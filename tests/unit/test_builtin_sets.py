"""The built-in requirement sets: complete, sourced, and right on the cases that matter."""

from __future__ import annotations

import pytest

from counselor_app.audit import MET, ON_TRACK, Attempt, AuditInput, audit, check_set_references
from tests.audit_builtin import GRADE9_PLANNED, STEM_GRADUATE, builtin_catalog, builtin_sets


def run(code: str, attempts) -> object:
    sets = builtin_sets()
    return audit([sets[code]], AuditInput(tuple(attempts), builtin_catalog()),
                 library=sets).sets[0]


def test_sets_are_sourced_dated_and_reference_each_other_correctly():
    sets = builtin_sets()
    check_set_references(sets)
    for rs in sets.values():
        assert rs.source and rs.checked.year >= 2026, rs.code
        assert "verify with your district" in rs.notice.lower(), rs.code
    states = {rs.state for rs in sets.values() if len(rs.state) == 2}
    assert len(states) >= 6, states
    assert {"uc-csu-a-g", "ncaa-d1-core"} <= set(sets)
    assert {rs.code for rs in sets.values() if rs.kind == "endorsement"} == {
        "tx-endorsement-stem", "tx-endorsement-business", "tx-endorsement-public-services",
        "tx-endorsement-arts-humanities", "tx-endorsement-multidisciplinary"}


@pytest.mark.parametrize("code", sorted(builtin_sets()))
def test_a_ninth_graders_planned_program_is_never_met(code):
    result = run(code, GRADE9_PLANNED)
    assert all(r.status != MET for top in result.requirements for r in top.walk())


def _with(attempts, code: str, status: str, mark: str = "") -> list[Attempt]:
    return [Attempt(a.code, a.level, a.term, status, mark) if a.code == code else a
            for a in attempts]


def test_texas_distinguished_needs_algebra_ii_and_stem_completed():
    assert run("tx-distinguished", STEM_GRADUATE).status == MET
    planned = _with(STEM_GRADUATE, "02056", "planned")
    assert run("tx-distinguished", planned).status == ON_TRACK
    assert run("tx-endorsement-stem", planned).status == ON_TRACK
    failed = _with(STEM_GRADUATE, "02056", "completed", "55")
    assert run("tx-distinguished", failed).status != MET


def test_florida_arts_area_takes_either_choice():
    base = [Attempt("01001", 9, status="completed", mark="B")]
    for code in ("05154", "13001"):  # Art I, or Principles of Manufacturing (practical arts)
        arts = run("fl-standard-24", [*base, Attempt(code, 10, status="completed",
                                                      mark="B")]).find("arts")
        assert arts is not None and arts.status == MET, code
    neither = run("fl-standard-24", base).find("arts")
    assert neither is not None and neither.status == "short"


def test_every_tagged_course_is_in_the_catalog():
    import csv

    from counselor_app.config import resources_dir

    with (resources_dir() / "data" / "course_tags.csv").open(encoding="utf-8") as f:
        codes = [row["code"] for row in csv.DictReader(f)]
    assert codes and set(codes) <= set(builtin_catalog())
    assert len(codes) == len(set(codes))
