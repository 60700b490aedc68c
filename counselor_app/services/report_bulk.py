"""The printed plans of many students at once, read in bulk, for a batch.

``build_batch_reports`` gives, per student, the copies ``student_reports`` gives (the
family's language, then English with ``bilingual``), from a fixed number of queries
whatever the number of students: the students, their active plans, the plans' courses
and transcripts, the rules' and the audit's inputs and the occupations are each read
for all of them at once (``load_plans``, ``plan_inputs``, ``audit_plans``...), then each
report is assembled in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import (
    Occupation,
    OccupationPathway,
    Plan,
    ProgramCredential,
    ProgramOccupation,
    ProgramOfStudy,
    ProgramOption,
)
from counselor_app.reports.i18n import ENGLISH
from counselor_app.reports.model import CredentialLine, OptionLine, PlanReport
from counselor_app.services.audit import audit_plans
from counselor_app.services.labor import labor_figures
from counselor_app.services.plan_view import load_plans
from counselor_app.services.plans import plan_inputs
from counselor_app.services.report_data import (
    ReportCache,
    assemble_report,
    no_plan_result,
    occupation_line,
    report_filename,
)
from counselor_app.services.rules import validate_plan
from counselor_app.services.settings import Settings
from counselor_app.services.shared_reads import shared_reads
from counselor_app.services.students import get_students
from counselor_app.store.engine import Database


@dataclass(frozen=True)
class StudentCopies:
    """One student's copies to print, and the file name of a folder export."""

    pk: int
    reports: tuple[PlanReport, ...]
    file_name: str


def fill_lookups(s: Session, cache: ReportCache, program_codes: Collection[str],
                 goal_socs: Collection[str]) -> None:
    """Fill ``cache`` as ``program_detail`` and the goal lookup would, for all at once: a
    program's own occupations by title, or else its pathway's by code; its credentials
    and options after high school; the goal occupations."""
    programs = s.execute(select(ProgramOfStudy.id, ProgramOfStudy.code,
                                ProgramOfStudy.pathway_id)
                         .where(ProgramOfStudy.code.in_(list(program_codes)))).all()
    named: dict[int, list[Occupation]] = {}
    for program_id, occ in s.execute(
            select(ProgramOccupation.program_id, Occupation)
            .join(Occupation, Occupation.soc == ProgramOccupation.soc)
            .where(ProgramOccupation.program_id.in_([p.id for p in programs]))
            .order_by(Occupation.title)).tuples():
        named.setdefault(program_id, []).append(occ)
    pathways = {p.pathway_id for p in programs if p.id not in named}
    by_pathway: dict[int, list[Occupation]] = {}
    for pathway_id, occ in s.execute(
            select(OccupationPathway.pathway_id, Occupation)
            .join(Occupation, Occupation.soc == OccupationPathway.soc)
            .where(OccupationPathway.pathway_id.in_(pathways))
            .order_by(Occupation.soc)).tuples():
        by_pathway.setdefault(pathway_id, []).append(occ)
    goals = {o.soc: o for o in s.scalars(select(Occupation)
                                         .where(Occupation.soc.in_(list(goal_socs))))} \
        if goal_socs else {}
    lists = {p.code: named.get(p.id) or by_pathway.get(p.pathway_id, []) for p in programs}
    socs = {o.soc for found in lists.values() for o in found} | set(goals)
    labor = labor_figures(s, socs)
    for code in program_codes:
        cache.occupations[code] = tuple(occupation_line(o.soc, o.title, o.education,
                                                        labor.get(o.soc))
                                        for o in lists.get(code, []))
    for soc in goal_socs:
        goal = goals.get(soc)
        cache.goal_occupations[soc] = None if goal is None else \
            occupation_line(goal.soc, goal.title, goal.education, labor.get(soc))
    _paths(s, cache, {p.id: p.code for p in programs})


def _paths(s: Session, cache: ReportCache, programs: dict[int, str]) -> None:
    """Fill ``cache.paths`` as ``program_detail`` would: each program's credentials
    (by grade) and options after high school, for all the programs at once."""
    credentials: dict[int, list[CredentialLine]] = {pid: [] for pid in programs}
    for c in s.scalars(select(ProgramCredential)
                       .where(ProgramCredential.program_id.in_(list(programs)))
                       .order_by(ProgramCredential.program_id, ProgramCredential.grade,
                                 ProgramCredential.sort_order)):
        credentials[c.program_id].append(CredentialLine(c.name, c.issuer, c.grade))
    options: dict[int, list[OptionLine]] = {pid: [] for pid in programs}
    for o in s.scalars(select(ProgramOption)
                       .where(ProgramOption.program_id.in_(list(programs)))
                       .order_by(ProgramOption.program_id, ProgramOption.sort_order)):
        options[o.program_id].append(OptionLine(o.kind, o.title, o.credential))
    for pid, code in programs.items():
        cache.paths[code] = (tuple(credentials[pid]), tuple(options[pid]))


def build_batch_reports(db: Database, student_pks: Sequence[int], settings: Settings,
                        today: dt.date, *, language: str | None = None,
                        bilingual: bool = False) -> dict[int, StudentCopies]:
    """The copies of each student's plan; students that no longer exist are left out."""
    cache = ReportCache(settings)
    pks = list(student_pks)
    with db.read() as s, shared_reads(s):
        students = get_students(s, pks)
        active = dict(s.execute(select(Plan.student_pk, Plan.id)
                                .where(Plan.student_pk.in_(pks), Plan.is_active)).tuples().all())
        plan_ids = list(active.values())
        views = load_plans(s, plan_ids)
        inputs = plan_inputs(s, plan_ids, settings)
        audits = audit_plans(s, plan_ids, settings)
        fill_lookups(s, cache, {v.program_code for v in views.values() if v.program_code},
                     {v.career_goal_soc for v in views.values() if v.career_goal_soc})
    out: dict[int, StudentCopies] = {}
    for pk in pks:
        student = students.get(pk)
        if student is None:
            continue
        plan_id = active.get(pk)
        view = views.get(plan_id) if plan_id is not None else None
        if view is not None and plan_id is not None:
            result, audit = validate_plan(inputs[plan_id]), audits[plan_id].result
        else:
            result, audit = no_plan_result(settings), None
        first = assemble_report(db, student, view, result, audit, settings, today, cache,
                                language)
        copies = [first]
        if bilingual and first.language != ENGLISH:
            copies.append(assemble_report(db, student, view, result, audit, settings, today,
                                          cache, ENGLISH))
        out[pk] = StudentCopies(pk, tuple(copies), report_filename(first))
    return out
