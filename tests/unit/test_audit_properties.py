"""Properties of the audit that must hold for any plan (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from counselor_app.audit import MET, Attempt, audit
from counselor_app.audit.export import audit_json
from tests.audit_data import CATALOG, inputs, make_set

RULES = make_set(
    {"kind": "credits", "label": "English", "credits": 2, "from": {"areas": ["English"]}},
    {"kind": "all", "label": "Science", "children": [
        {"kind": "courses", "label": "Biology", "courses": ["BIO"], "share": True},
        {"kind": "credits", "label": "Science credits", "credits": 2,
         "from": {"areas": ["Science"], "tags": ["science"]}}]},
    {"kind": "any", "label": "Arts or CTE", "children": [
        {"kind": "credits", "label": "Fine arts", "credits": 1, "from": {"areas": ["Fine Arts"]}},
        {"kind": "group", "label": "CTE", "count": 1, "from": {"tags": ["cte"]}}]},
    {"kind": "courses", "label": "Math", "courses": ["ALG1", ["GEO", "ALG2"]]},
    {"kind": "credits", "label": "PE", "credits": 1, "from": {"tags": ["pe"]}, "cap": 1},
    {"kind": "credits", "label": "Electives", "credits": 2, "from": {"any": True},
     "leftover": True, "limits": [{"tags": ["pe"], "max": 0.5}]},
    {"kind": "total", "label": "Total", "credits": 10},
)
CODES = sorted(CATALOG) + ["GONE1"]
attempts = st.lists(st.builds(
    Attempt, code=st.sampled_from(CODES), level=st.sampled_from([9, 10, 11, 12, 13]),
    status=st.sampled_from(["planned", "in_progress", "completed"]),
    mark=st.sampled_from(["", "A", "C", "F", "72", "P"])), max_size=14)
PROPERTY = settings(max_examples=150, deadline=None)


def met_count(items: list[Attempt]) -> int:
    result = audit([RULES], inputs(*items))
    return sum(1 for top in result.sets[0].requirements for r in top.walk()
               if r.status == MET)


@PROPERTY
@given(attempts)
def test_only_planned_courses_meet_nothing(items):
    planned = [Attempt(a.code, a.level) for a in items]
    assert met_count(planned) == 0


@PROPERTY
@given(attempts, st.data())
def test_completing_a_course_never_lowers_the_met_count(items, data):
    open_ones = [i for i, a in enumerate(items) if a.status != "completed"]
    if not open_ones:
        return
    i = data.draw(st.sampled_from(open_ones))
    mark = data.draw(st.sampled_from(["A", "C", "P", "90"]))
    finished = [*items[:i], Attempt(items[i].code, items[i].level, items[i].term,
                                    "completed", mark), *items[i + 1:]]
    assert met_count(finished) >= met_count(items)


@PROPERTY
@given(attempts, st.randoms(use_true_random=False))
def test_result_does_not_depend_on_course_order(items, rnd):
    shuffled = list(items)
    rnd.shuffle(shuffled)
    first = audit_json(audit([RULES], inputs(*items)), "S", "P")
    second = audit_json(audit([RULES], inputs(*shuffled)), "S", "P")
    assert first == second
