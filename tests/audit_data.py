"""Shared data for the audit engine tests: a small catalog and a set builder."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counselor_app.audit import Attempt, AuditInput, CourseFacts, RequirementSet, parse_set

CATALOG = {c.code: c for c in (
    CourseFacts("ENG9", "English 9", 1.0, "English"),
    CourseFacts("ENG10", "English 10", 1.0, "English"),
    CourseFacts("ENG11", "English 11", 1.0, "English"),
    CourseFacts("ALG1", "Algebra I", 1.0, "Mathematics"),
    CourseFacts("GEO", "Geometry", 1.0, "Mathematics"),
    CourseFacts("ALG2", "Algebra II", 1.0, "Mathematics"),
    CourseFacts("BIO", "Biology", 1.0, "Science", frozenset({"lab-science"})),
    CourseFacts("CHEM", "Chemistry", 1.0, "Science", frozenset({"lab-science"})),
    CourseFacts("AGSCI", "Agricultural Science", 1.0, "Career & Technical Education",
                frozenset({"cte", "science"}), cte=True),
    CourseFacts("GOV", "U.S. Government", 0.5, "Social Studies"),
    CourseFacts("APGOV", "AP U.S. Government", 1.0, "Social Studies"),
    CourseFacts("PE", "Physical Education", 0.5, "PE/Health", frozenset({"pe"})),
    CourseFacts("PE2", "Weight Training", 0.5, "PE/Health", frozenset({"pe"})),
    CourseFacts("BAND", "Concert Band", 1.0, "Fine Arts", repeatable=True),
    CourseFacts("ART", "Art I", 1.0, "Fine Arts"),
    CourseFacts("WELD1", "Welding I", 1.0, "Career & Technical Education",
                frozenset({"cte"}), cte=True),
    CourseFacts("WELD2", "Welding II", 1.0, "Career & Technical Education",
                frozenset({"cte"}), cte=True),
)}


def make_set(*requirements: dict[str, Any], **top: Any) -> RequirementSet:
    data: dict[str, Any] = {"code": "t-set", "name": "Test set", "state": "TX",
                            "kind": "diploma", "source": "tests", "checked": dt.date(2026, 1, 1),
                            "requirements": list(requirements)}
    data.update(top)
    return parse_set(data, "test.toml", set(CATALOG))


def done(code: str, mark: str = "A", level: int = 9) -> Attempt:
    return Attempt(code, level, status="completed", mark=mark)


def doing(code: str, level: int = 9) -> Attempt:
    return Attempt(code, level, status="in_progress")


def plan(code: str, level: int = 9) -> Attempt:
    return Attempt(code, level)


def inputs(*attempts: Attempt, **extra: Any) -> AuditInput:
    return AuditInput(tuple(attempts), CATALOG, **extra)
