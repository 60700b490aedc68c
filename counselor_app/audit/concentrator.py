"""Perkins V secondary CTE concentrator: courses of one program of study, grades 9-12.

A student is a ``concentrator`` once at least ``threshold`` courses (or credits, in
credits mode) of one program are completed with a passing mark; ``on_track`` when the
courses under way and planned would get there. The program counted is the plan's own
program of study; without one, the program the student has taken most of.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from counselor_app.audit.allocation import EARNED, EPS, PLANNED, UNDER_WAY
from counselor_app.audit.engine import attempt_key
from counselor_app.audit.marks import FAIL, NONE, classify
from counselor_app.audit.model import HIGH_SCHOOL_LEVELS, Attempt, CourseFacts, Passing
from counselor_app.audit.results import (
    CONCENTRATOR,
    ON_TRACK,
    SHORT,
    ConcentratorResult,
    CourseUse,
)

PLAN_PROGRAM = "the plan's program of study"
MOST_TAKEN = "the program of study with the most of the student's CTE courses"
NO_PROGRAM = "no CTE course of any program of study yet"
_STATUS = {EARNED: "completed", UNDER_WAY: "in_progress", PLANNED: "planned"}


@dataclass(frozen=True)
class ProgramFacts:
    code: str
    name: str
    cte_courses: frozenset[str]


def _best_attempts(attempts: Sequence[Attempt], catalog: Mapping[str, CourseFacts],
                   passing: Passing) -> dict[str, tuple[int, Attempt]]:
    """Each CTE course code once (its best attempt), high-school levels only."""
    best: dict[str, tuple[int, Attempt]] = {}
    for a in sorted(attempts, key=attempt_key):
        facts = catalog.get(a.code)
        if facts is None or not facts.cte or a.level not in HIGH_SCHOOL_LEVELS:
            continue
        if a.status == "completed":
            verdict = classify(a.mark, passing)
            if verdict == FAIL:
                continue
            cls = UNDER_WAY if verdict == NONE else EARNED
        else:
            cls = UNDER_WAY if a.status == "in_progress" else PLANNED
        if a.code not in best or cls < best[a.code][0]:
            best[a.code] = (cls, a)
    return best


def concentrator_status(attempts: Sequence[Attempt], catalog: Mapping[str, CourseFacts],
                        programs: Sequence[ProgramFacts], plan_program: str | None = None, *,
                        mode: str = "courses", threshold: float = 2.0,
                        passing: Passing | None = None) -> ConcentratorResult:
    passing = passing or Passing()
    mode = "credits" if mode == "credits" else "courses"
    best = _best_attempts(attempts, catalog, passing)

    def amounts(program: ProgramFacts) -> list[float]:
        totals = [0.0, 0.0, 0.0]
        for code, (cls, a) in best.items():
            if code in program.cte_courses:
                credits = a.credits if a.credits is not None else catalog[code].credits
                totals[cls] += credits if mode == "credits" else 1.0
        return totals

    chosen = next((p for p in programs if p.code == plan_program), None)
    basis = PLAN_PROGRAM
    if chosen is None:
        ranked = sorted(programs, key=lambda p: (
            [-sum(amounts(p)[:k + 1]) for k in range(3)], p.code))
        if ranked and sum(amounts(ranked[0])) > EPS:
            chosen, basis = ranked[0], MOST_TAKEN
    if chosen is None:
        return ConcentratorResult(SHORT, None, "", NO_PROGRAM, mode, threshold, 0.0, 0.0, 0.0)
    earned, in_progress, planned = (round(t, 6) for t in amounts(chosen))
    if earned >= threshold - EPS:
        status = CONCENTRATOR
    elif earned + in_progress + planned >= threshold - EPS:
        status = ON_TRACK
    else:
        status = SHORT
    uses = []
    for code, (cls, a) in sorted(best.items(), key=lambda kv: (kv[1][1].level, kv[0])):
        if code in chosen.cte_courses:
            credits = a.credits if a.credits is not None else catalog[code].credits
            uses.append(CourseUse(code, catalog[code].title, credits, _STATUS[cls], a.mark,
                                  a.level, a.term, a.source, a.ref))
    return ConcentratorResult(status, chosen.code, chosen.name, basis, mode, threshold,
                              earned, in_progress, planned, tuple(uses))
