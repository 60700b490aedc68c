"""A real audit (computed by the engine) of a small plan, for the GUI and PDF tests that
show it: English on track, Mathematics short with Algebra II missing, Fine arts waived,
a FAFSA checklist item, a total, and a Welding concentrator on track."""

from __future__ import annotations

import datetime as dt

from counselor_app.audit import (
    AuditException,
    AuditResult,
    ProgramFacts,
    audit,
    concentrator_status,
)
from tests.audit_data import CATALOG, doing, done, inputs, make_set, plan

WAIVER_REASON = "Transfer student; arts credit taken abroad"

REQUIREMENTS = (
    {"kind": "credits", "label": "English", "credits": 3, "from": {"areas": ["English"]}},
    {"kind": "all", "label": "Mathematics", "id": "math", "children": [
        {"kind": "courses", "label": "Algebra I", "courses": ["ALG1"]},
        {"kind": "courses", "label": "Algebra II", "courses": ["ALG2"]},
    ]},
    {"kind": "credits", "label": "Fine arts", "id": "arts", "credits": 1,
     "from": {"areas": ["Fine Arts"]}},
    {"kind": "checklist", "label": "FAFSA or opt-out form", "item": "fafsa"},
    {"kind": "total", "label": "Total credits", "credits": 8},
)


def sample_audit(*, completed: bool = False) -> AuditResult:
    """The sample plan's audit; ``completed`` finishes English 9 with an A."""
    rs = make_set(*REQUIREMENTS, code="sample-diploma", name="Sample diploma")
    attempts = [done("ENG9") if completed else plan("ENG9"), plan("ENG10", 10),
                plan("ENG11", 11), doing("ALG1"), plan("WELD1", 10), plan("WELD2", 11)]
    waiver = AuditException("waiver", "sample-diploma", "arts", by="Pat Counselor",
                            on=dt.date(2026, 2, 1), reason=WAIVER_REASON, id=7)
    result = audit([rs], inputs(*attempts, exceptions=(waiver,)))
    program = ProgramFacts("WELD", "Welding Technology", frozenset({"WELD1", "WELD2"}))
    conc = concentrator_status(attempts, CATALOG, [program], "WELD")
    return AuditResult(result.sets, conc, result.unknown_courses)
