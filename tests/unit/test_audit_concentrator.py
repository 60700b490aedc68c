"""Perkins V CTE concentrator status."""

from __future__ import annotations

import pytest

from counselor_app.audit import CONCENTRATOR, ON_TRACK, SHORT, ProgramFacts, concentrator_status
from tests.audit_data import CATALOG, doing, done, plan

WELDING = ProgramFacts("weld", "Welding", frozenset({"WELD1", "WELD2"}))
AG = ProgramFacts("ag", "Agriculture", frozenset({"AGSCI"}))


@pytest.mark.parametrize(("attempts", "status", "earned"), [
    ((plan("WELD1"), plan("WELD2", 10)), ON_TRACK, 0.0),
    ((done("WELD1"), doing("WELD2", 10)), ON_TRACK, 1.0),
    ((done("WELD1"), done("WELD2", "B", 10)), CONCENTRATOR, 2.0),
    ((done("WELD1"), done("WELD2", "F", 10)), SHORT, 1.0),
    ((done("WELD1"), done("WELD1", "A", 10)), SHORT, 1.0),  # a repeat counts once
    ((done("WELD1"), done("WELD2", "A", 13)), SHORT, 1.0),  # postsecondary does not count
])
def test_statuses(attempts, status, earned):
    result = concentrator_status(attempts, CATALOG, [WELDING, AG], "weld")
    assert (result.status, result.earned) == (status, earned)
    assert result.basis == "the plan's program of study"


def test_without_a_plan_program_the_most_taken_program_counts_and_says_so():
    result = concentrator_status([done("AGSCI"), done("WELD1"), done("WELD2")], CATALOG,
                                 [AG, WELDING], None)
    assert (result.program_code, result.status) == ("weld", CONCENTRATOR)
    assert "most" in result.basis


def test_credits_mode_and_threshold():
    result = concentrator_status([done("WELD1"), done("WELD2")], CATALOG, [WELDING], "weld",
                                 mode="credits", threshold=2.5)
    assert (result.status, result.mode, result.earned) == (SHORT, "credits", 2.0)


def test_no_cte_courses():
    result = concentrator_status([done("ENG9")], CATALOG, [WELDING], None)
    assert (result.status, result.program_code) == (SHORT, None)
