"""A portable plan export, beside our exact-round-trip JSON (``exchange``).

Meant for other planning platforms (Washington requires High School and Beyond Plans to
be portable between platforms, RCW 28A.230.215). The issue asked for alignment with the
"EdPlan Standard"; we could not find that standard's text in any reference available to
us, so this layout is our own, documented in docs/import-formats.md: it carries the
elements Washington's statute lists for a plan (career goals, educational goals, a
four-year course plan per school year, the graduation requirements it is checked
against) with field names in the camelCase style of Ed-Fi and OneRoster
(``localId``, ``courseCode``, ``gradeLevel``, ``schoolYear``), one object per plan.

Counselor-only notes are never exported; the family notes are.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app import __version__
from counselor_app.domain import (
    Cluster,
    Course,
    Occupation,
    Pathway,
    Plan,
    PlanCourse,
    ProgramOfStudy,
    Student,
)
from counselor_app.domain.base import level_short
from counselor_app.messages import msg
from counselor_app.services.exchange import ExchangeError
from counselor_app.services.export_files import write_private_atomic
from counselor_app.store.engine import Database

FORMAT = "portable-education-plan"
FORMAT_VERSION = "1.0"


def _school_year(first_year: int) -> str:
    return f"{first_year}-{first_year + 1}"


def _current_start(today: dt.date) -> int:
    return today.year if today.month >= 7 else today.year - 1


def _program(s: Session, code: str | None) -> dict[str, Any] | None:
    if not code:
        return None
    program = s.scalar(select(ProgramOfStudy).where(ProgramOfStudy.code == code))
    if program is None:
        return {"code": code, "name": None}
    pathway = s.get(Pathway, program.pathway_id)
    cluster = s.get(Cluster, pathway.cluster_id) if pathway is not None else None
    return {"code": program.code, "name": program.name,
            "pathwayCode": pathway.code if pathway else None,
            "pathwayName": pathway.name if pathway else None,
            "clusterCode": cluster.code if cluster else None,
            "clusterName": cluster.name if cluster else None}


def plan_document(s: Session, st: Student, plan: Plan, today: dt.date) -> dict[str, Any]:
    start = _current_start(today)
    courses = {c.code: c for c in s.scalars(select(Course).where(Course.code.in_(
        select(PlanCourse.course_code).where(PlanCourse.plan_id == plan.id))))}
    years: dict[int, list[dict[str, Any]]] = {}
    for pc in s.scalars(select(PlanCourse).where(PlanCourse.plan_id == plan.id)
                        .order_by(PlanCourse.level, PlanCourse.sort_order, PlanCourse.id)):
        course = courses.get(pc.course_code)
        years.setdefault(pc.level, []).append({
            "courseCode": pc.course_code,
            "courseTitle": course.title if course else None,
            "subjectArea": course.subject_area if course else None,
            "credits": course.credits if course else None,
            "term": pc.term, "status": pc.status, "finalMark": pc.final_mark or None,
            "cte": bool(course.cte) if course else None,
            "dualCredit": bool(course.dual_credit) if course else None})
    goal = None
    if plan.career_goal_soc:
        occ = s.get(Occupation, plan.career_goal_soc)
        goal = {"socCode": plan.career_goal_soc, "title": occ.title if occ else None}
    return {
        "student": {"localId": st.student_id, "firstName": st.first_name,
                    "lastName": st.last_name, "preferredName": st.preferred_name or None,
                    "gradeLevel": st.grade, "expectedGraduationYear": st.graduation_year,
                    "school": st.school or None},
        "plan": {"name": plan.name, "active": plan.is_active, "status": plan.status,
                 "statusBy": plan.status_by or None,
                 "statusAt": plan.status_at.isoformat() if plan.status_at else None,
                 "lastModified": plan.updated_at.isoformat()},
        "careerGoals": {"occupation": goal, "text": plan.career_goal_text or None,
                        "interestClusters": [c for c in st.career_interests.split(";")
                                             if c]},
        "educationalGoals": {"postsecondaryType": plan.postsecondary_type or None,
                             "institution": plan.postsecondary_institution or None},
        "programOfStudy": _program(s, plan.program_code),
        "graduationRequirements": {"diplomaSet": plan.diploma_set,
                                   "supplementalSets": [c for c in
                                                        plan.supplemental_sets.split(";")
                                                        if c]},
        "coursePlan": [{"gradeLevel": level_short(level),
                        "schoolYear": (_school_year(start + level - st.grade)
                                       if level_short(level) != "PS" else None),
                        "courses": items} for level, items in sorted(years.items())],
        "familyNotes": plan.family_notes or None,
    }


def export_portable(db: Database, path: str | Path, *, student_pk: int | None = None,
                    active_only: bool = True, today: dt.date | None = None) -> int:
    """Write the portable plans (active plans, or every plan); returns how many."""
    today = today or dt.date.today()
    with db.read() as s:
        stmt = select(Student, Plan).join(Plan, Plan.student_pk == Student.id)
        if active_only:
            stmt = stmt.where(Plan.is_active)
        if student_pk is not None:
            stmt = stmt.where(Student.id == student_pk)
        plans = [plan_document(s, st, plan, today) for st, plan in
                 s.execute(stmt.order_by(Student.student_id, Plan.id)).tuples()]
    doc = {"format": FORMAT, "formatVersion": FORMAT_VERSION,
           "generator": {"name": "Career Pathway Planner", "version": __version__},
           "exportedAt": dt.datetime.now().replace(microsecond=0).isoformat(),
           "plans": plans}
    try:
        write_private_atomic(Path(path), json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise ExchangeError(msg("{path}: cannot be written ({value})",
                                path=path, value=exc.strerror or exc)) from exc
    return len(plans)
