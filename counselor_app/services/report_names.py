"""The printed plan's names in the plan's language: career cluster, pathway, program of
study, the career goal and the related occupations, found by the codes the plan holds
(``reference_names``), and each course's translated title from the course import.
English plans are left as they are."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from counselor_app.domain import Cluster, CourseTitle, Pathway, ProgramOfStudy
from counselor_app.reports.model import PlanReport
from counselor_app.services.plan_view import PlanView
from counselor_app.services.reference_names import ENGLISH, localized_name
from counselor_app.store.engine import Database


def _direction_codes(db: Database, program_code: str, cache: dict[str, tuple[str, str]]
                     ) -> tuple[str, str]:
    """(cluster code, pathway code) of a program of study ("" when unknown)."""
    if program_code not in cache:
        with db.read() as s:
            row = s.execute(select(Cluster.code, Pathway.code)
                            .join(Pathway, Pathway.cluster_id == Cluster.id)
                            .join(ProgramOfStudy, ProgramOfStudy.pathway_id == Pathway.id)
                            .where(ProgramOfStudy.code == program_code)).first()
        cache[program_code] = (row[0], row[1]) if row else ("", "")
    return cache[program_code]


def localize_report(db: Database, report: PlanReport, view: PlanView | None,
                    cache: dict[str, tuple[str, str]],
                    titles_cache: dict[str, dict[str, str]] | None = None) -> PlanReport:
    """``report`` with its reference names in ``report.language`` where we have them."""
    language = report.language
    if language == ENGLISH:
        return report
    d = report.direction
    direction = d
    if view is not None and view.program_code:
        cluster, pathway = _direction_codes(db, view.program_code, cache)
        direction = replace(
            d, cluster=localized_name("clusters", cluster, d.cluster, language),
            pathway=localized_name("pathways", pathway, d.pathway, language),
            program=localized_name("programs", view.program_code, d.program, language))
    goals = report.goals
    if view is not None and view.career_goal_soc:
        title = localized_name("occupations", view.career_goal_soc, view.career_goal_title,
                               language)
        goals = replace(goals, career=f"{title} ({view.career_goal_soc})")
    occupations = tuple(replace(o, title=localized_name("occupations", o.soc, o.title,
                                                        language))
                        for o in report.occupations)
    audit = report.audit
    if audit is not None and audit.concentrator is not None:
        c = audit.concentrator
        audit = replace(audit, concentrator=replace(c, program_name=localized_name(
            "programs", c.program_code, c.program_name, language)))
    titles_cache = {} if titles_cache is None else titles_cache
    if language not in titles_cache:  # one query a language for a whole batch
        titles_cache[language] = translated_titles(db, None, language)
    titles = titles_cache[language]
    levels = tuple(replace(lv, courses=tuple(
        replace(c, translated_title=titles[c.code]) if c.code in titles else c
        for c in lv.courses)) for lv in report.levels)
    return replace(report, direction=direction, goals=goals, occupations=occupations,
                   audit=audit, levels=levels)


def translated_titles(db: Database, codes: set[str] | None, language: str) -> dict[str, str]:
    """Course titles in ``language`` from the course import's translated-title column
    (of ``codes``, or of every course when None)."""
    if codes is not None and not codes or language == ENGLISH:
        return {}
    stmt = select(CourseTitle.course_code, CourseTitle.title).where(
        CourseTitle.language == language)
    if codes is not None:
        stmt = stmt.where(CourseTitle.course_code.in_(sorted(codes)))
    with db.read() as s:
        return dict(s.execute(stmt).tuples().all())
