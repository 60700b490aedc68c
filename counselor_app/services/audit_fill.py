""""What could fill this": catalog courses that would count toward a short requirement.

For named courses, only the slots nobody fills yet are offered; for credits and groups,
every catalog course the node's selector takes. Courses already in the plan are left out
unless they are repeatable. The courses come back as catalog rows, best first: the
node's named courses, then by title.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from counselor_app.audit.model import CourseFacts, Requirement, RequirementSet
from counselor_app.messages import msg
from counselor_app.services import browse, plans
from counselor_app.services.audit import catalog_facts
from counselor_app.services.browse import CourseRow
from counselor_app.services.requirement_sets import get_requirement_set
from counselor_app.store.engine import Database

MAX_CANDIDATES = 40


def _codes(node: Requirement, facts: Mapping[str, CourseFacts],
           in_plan: Collection[str]) -> tuple[list[str], set[str]]:
    """(named course codes in slot order, codes the selectors take)."""
    named: list[str] = []
    selected: set[str] = set()
    for n in node.walk():
        if n.kind == "courses":
            for slot in n.slots:
                if not any(code in in_plan for code in slot):
                    named += [c for c in slot if c in facts]
        elif n.select is not None and n.kind != "total":
            selected.update(code for code, f in facts.items() if n.select.matches(f))
    return list(dict.fromkeys(named)), selected


def candidates_for(node: Requirement, facts: Mapping[str, CourseFacts],
                   rows: Mapping[str, CourseRow], in_plan: Collection[str],
                   limit: int = MAX_CANDIDATES) -> list[CourseRow]:
    """The catalog rows that could fill ``node`` (pure: no database)."""
    named, selected = _codes(node, facts, in_plan)

    def usable(code: str) -> bool:
        return code in rows and (code not in in_plan or facts[code].repeatable)

    out = [rows[c] for c in named if usable(c)]
    rest = sorted((rows[c] for c in selected - set(named) if usable(c)),
                  key=lambda r: (r.title.casefold(), r.code))
    return (out + rest)[:limit]


def named_courses_of(node: Requirement) -> list[str]:
    """Every course a node (and the nodes below it) names, in order (for substitutions)."""
    return list(dict.fromkeys(c for n in node.walk() if n.kind == "courses"
                              for slot in n.slots for c in slot))


def find_requirement(rs: RequirementSet, requirement_id: str) -> Requirement:
    node = rs.find(requirement_id)
    if node is None:
        raise LookupError(msg("{code}: no requirement {requirement_id!r}",
                              code=rs.code, requirement_id=requirement_id))
    return node


def fill_candidates(db: Database, plan_id: int, set_code: str, requirement_id: str,
                    limit: int = MAX_CANDIDATES) -> list[CourseRow]:
    """Catalog courses that could fill requirement ``requirement_id`` of ``set_code`` for
    plan ``plan_id`` (not already in the plan unless repeatable)."""
    try:
        node = find_requirement(get_requirement_set(db, set_code), requirement_id)
    except LookupError:  # the set or requirement was deleted since the audit was shown
        return []
    in_plan = {c.code for c in plans.load_plan(db, plan_id).courses}
    rows = {r.code: r for r in browse.catalog(db)}
    return candidates_for(node, catalog_facts(db), rows, in_plan, limit)


def named_courses(db: Database, set_code: str, requirement_id: str) -> list[str]:
    """The courses requirement ``requirement_id`` names (what a substitution may replace)."""
    return named_courses_of(find_requirement(get_requirement_set(db, set_code), requirement_id))
