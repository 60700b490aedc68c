"""Shared PDF test data: a small catalog of our own (courses prefixed ``PDFT``, a
requirement set, a program of study with occupations), students and plans.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from counselor_app.domain import (
    Course,
    GraduationRequirement,
    GraduationRequirementSet,
    Occupation,
    OccupationPathway,
    Pathway,
    ProgramCourse,
    ProgramOfStudy,
)
from counselor_app.reports.render import render_plan
from counselor_app.services.plans import add_course, create_plan, update_plan_fields
from counselor_app.services.requirement_sets import save_set
from counselor_app.services.settings import Settings, save_settings
from counselor_app.services.students import StudentData, create_student
from counselor_app.store.engine import Database

TODAY = dt.date(2026, 3, 4)
PROGRAM = "PDFT-WELD"
REQUIREMENT_SET = "pdf-test"

# code, title, credits, subject, cte
COURSES: list[tuple[str, str, float, str, bool]] = [
    ("PDFT-ENG9", "English 9", 1, "English", False),
    ("PDFT-ENG10", "English 10", 1, "English", False),
    ("PDFT-ENG11", "American Literature & Composition", 1, "English", False),
    ("PDFT-ENG12", "British Literature <Honors>", 1, "English", False),
    ("PDFT-ALG1", "Algebra I", 1, "Mathematics", False),
    ("PDFT-GEOM", "Geometry", 1, "Mathematics", False),
    ("PDFT-ALG2", "Algebra II", 1, "Mathematics", False),
    ("PDFT-PREC", "Precalculus", 1, "Mathematics", False),
    ("PDFT-BIO", "Biology", 1, "Science", False),
    ("PDFT-CHEM", "Chemistry", 1, "Science", False),
    ("PDFT-PHYS", "Physics", 1, "Science", False),
    ("PDFT-WGEO", "World Geography", 1, "Social Studies", False),
    ("PDFT-WHIS", "World History", 1, "Social Studies", False),
    ("PDFT-USH", "United States History", 1, "Social Studies", False),
    ("PDFT-GOV", "U.S. Government", 0.5, "Social Studies", False),
    ("PDFT-ECON", "Economics", 0.5, "Social Studies", False),
    ("PDFT-PE", "Physical Education", 1, "PE/Health", False),
    ("PDFT-HLTH", "Health", 0.5, "PE/Health", False),
    ("PDFT-ART1", "Art I: Drawing and Painting", 1, "Fine Arts", False),
    ("PDFT-SPA1", "Spanish I", 1, "World Language", False),
    ("PDFT-SPA2", "Spanish II", 1, "World Language", False),
    ("PDFT-FIN", "Personal Finance", 0.5, "Elective", False),
    ("PDFT-PSY", "Psychology", 0.5, "Elective", False),
    ("PDFT-YRBK", "Yearbook", 1, "Elective", False),
    ("PDFT-WLD1", "Introduction to Welding", 1, "Career & Technical Education", True),
    ("PDFT-WLD2", "Welding II: SMAW and GMAW", 1, "Career & Technical Education", True),
    ("PDFT-WLD3", "Welding III: Fabrication", 1, "Career & Technical Education", True),
    ("PDFT-WLD4", "Welding Capstone and Work-Based Learning", 2,
     "Career & Technical Education", True),
    ("PDFT-BLPR", "Blueprint Reading for Metal Trades", 0.5, "Career & Technical Education",
     True),
    ("PDFT-WLDC", "Welding Certificate: AWS D1.1 Structural", 6,
     "Career & Technical Education", True),
    ("PDFT-MATH110", "Technical Mathematics (dual credit)", 3, "Mathematics", False),
]

REQUIREMENTS = [("English", 4), ("Mathematics", 4), ("Science", 3), ("Social Studies", 3),
                ("PE/Health", 1.5), ("Fine Arts", 1), ("World Language", 2),
                ("Computer Science", 1), ("*", 24)]

OCCUPATIONS = [
    ("51-4121", "Welders, Cutters, Solderers, and Brazers", "High school diploma or equivalent"),
    ("51-4122", "Welding, Soldering, and Brazing Machine Setters, Operators, and Tenders",
     "High school diploma or equivalent"),
    ("47-2211", "Sheet Metal Workers", "High school diploma or equivalent"),
    ("49-9041", "Industrial Machinery Mechanics", "High school diploma or equivalent"),
    ("51-2041", "Structural Metal Fabricators and Fitters", "High school diploma or equivalent"),
    ("17-3029", "Engineering Technologists and Technicians, Except Drafters",
     "Associate's degree"),
    ("51-9061", "Inspectors, Testers, Sorters, Samplers, and Weighers",
     "High school diploma or equivalent"),
    ("47-2221", "Structural Iron and Steel Workers", "High school diploma or equivalent"),
    ("17-2141", "Mechanical Engineers", "Bachelor's degree"),
    ("51-1011", "First-Line Supervisors of Production and Operating Workers",
     "High school diploma or equivalent"),
]

# (code, level, term, status, mark)
NORMAL_PLAN: list[tuple[str, int, str, str, str]] = [
    ("PDFT-ENG9", 9, "year", "completed", "A"), ("PDFT-ALG1", 9, "year", "completed", "B+"),
    ("PDFT-BIO", 9, "year", "completed", "A-"), ("PDFT-WGEO", 9, "year", "completed", "B"),
    ("PDFT-PE", 9, "year", "completed", "A"), ("PDFT-ART1", 9, "year", "completed", "A"),
    ("PDFT-WLD1", 9, "year", "completed", "A"),
    ("PDFT-ENG10", 10, "year", "in_progress", ""), ("PDFT-GEOM", 10, "year", "in_progress", ""),
    ("PDFT-CHEM", 10, "year", "in_progress", ""), ("PDFT-WHIS", 10, "year", "in_progress", ""),
    ("PDFT-SPA1", 10, "year", "in_progress", ""), ("PDFT-HLTH", 10, "sem1", "in_progress", ""),
    ("PDFT-WLD2", 10, "year", "in_progress", ""), ("PDFT-BLPR", 10, "sem2", "planned", ""),
    ("PDFT-ENG11", 11, "year", "planned", ""), ("PDFT-ALG2", 11, "year", "planned", ""),
    ("PDFT-PHYS", 11, "year", "planned", ""), ("PDFT-USH", 11, "year", "planned", ""),
    ("PDFT-SPA2", 11, "year", "planned", ""), ("PDFT-WLD3", 11, "year", "planned", ""),
    ("PDFT-FIN", 11, "sem1", "planned", ""),
    ("PDFT-ENG12", 12, "year", "planned", ""), ("PDFT-PREC", 12, "year", "planned", ""),
    ("PDFT-GOV", 12, "sem1", "planned", ""), ("PDFT-ECON", 12, "sem2", "planned", ""),
    ("PDFT-WLD4", 12, "year", "planned", ""), ("PDFT-PSY", 12, "sem2", "planned", ""),
    ("PDFT-WLDC", 13, "year", "planned", ""), ("PDFT-MATH110", 13, "sem1", "planned", ""),
]

NAMES = [  # first, last: several scripts
    ("Thị Minh Anh", "Nguyễn"), ("María José", "Núñez"), ("Zofia", "Łukasiewicz"),
    ("Ἀριστοτέλης", "Παπαδόπουλος"), ("Анастасия", "Кузнецова"), ("Søren", "Kierkegaard"),
    ("Seán", "O'Brien"), ("José", "García-Márquez"),
]


def requirement_set_data() -> dict[str, object]:
    """REQUIREMENTS as a requirement-set file's table (credits by area, then the total)."""
    nodes: list[dict[str, object]] = []
    for area, credits in REQUIREMENTS:
        if area == "*":
            nodes.append({"kind": "total", "label": "Total credits", "credits": credits})
        else:
            nodes.append({"kind": "credits", "label": area, "credits": credits,
                          "from": {"areas": [area]}})
    return {"code": REQUIREMENT_SET, "name": "PDF test requirements", "state": "district",
            "kind": "diploma", "source": "tests", "checked": dt.date(2026, 1, 1),
            "requirements": nodes}


def seed_catalog(db: Database, settings: Settings | None = None) -> Settings:
    """Our own courses, requirement set, program and occupations; returns the settings."""
    with db.transaction() as s:
        for code, title, credits, subject, cte in COURSES:
            s.merge(Course(code=code, title=title, credits=credits, subject_area=subject,
                           grade_low=13 if code in ("PDFT-WLDC", "PDFT-MATH110") else 9,
                           grade_high=13, cte=cte, dual_credit=False, repeatable=False))
        s.merge(GraduationRequirementSet(code=REQUIREMENT_SET, name="PDF test requirements",
                                         is_example=True))
        for i, (area, credits) in enumerate(REQUIREMENTS):
            s.merge(GraduationRequirement(set_code=REQUIREMENT_SET, subject_area=area,
                                          credits=credits, sort_order=i))
        pathway = s.scalars(select(Pathway).order_by(Pathway.id).limit(1)).one()
        program = s.scalar(select(ProgramOfStudy).where(ProgramOfStudy.code == PROGRAM))
        if program is None:
            program = ProgramOfStudy(code=PROGRAM, pathway_id=pathway.id,
                                     name="Welding Technology")
            s.add(program)
            s.flush()
            for i, code in enumerate(("PDFT-WLD1", "PDFT-WLD2", "PDFT-WLD3", "PDFT-WLD4")):
                s.add(ProgramCourse(program_id=program.id, course_code=code, level=9 + i,
                                    required=True, sort_order=i))
        for soc, title, education in OCCUPATIONS:
            s.merge(Occupation(soc=soc, title=title, education=education, job_zone=2))
            s.merge(OccupationPathway(soc=soc, pathway_id=program.pathway_id))
    save_set(db, requirement_set_data())
    settings = settings or Settings(school_name="Lincoln High School & Career Center",
                                    counselor_name="Dana Whitfield",
                                    requirement_set=REQUIREMENT_SET)
    save_settings(db, settings)
    return settings


def make_student(db: Database, first: str = "María José", last: str = "Núñez",
                 student_id: str = "12345", grade: int = 10,
                 counselor: str = "Ms. Rivera") -> int:
    year = dt.date.today().year
    return create_student(db, StudentData(student_id, first, last, grade,
                                          year + (12 - grade) + 1 if grade < 12 else year,
                                          counselor=counselor))


def make_plan(db: Database, student_pk: int,
              rows: Sequence[tuple[str, int, str, str, str]] = tuple(NORMAL_PLAN),
              program: str | None = PROGRAM, goals: bool = True) -> int:
    plan_id = create_plan(db, student_pk, "Four-year plan")
    if program:
        with db.transaction() as s:
            from counselor_app.domain import Plan

            plan = s.get(Plan, plan_id)
            assert plan is not None
            plan.program_code = program
    for code, level, term, status, mark in rows:
        add_course(db, plan_id, code, level, term, status, mark)
    if goals:
        update_plan_fields(db, plan_id, career_goal_soc="51-4121",
                           postsecondary_type="Certificate",
                           postsecondary_institution="Lakeshore Technical College",
                           family_notes="Wants to weld on bridges & ships.\n\n"
                                 "Check <AWS> certification dates with the instructor.")
    return plan_id


def pdf_text(data: bytes | Path) -> str:
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with all whitespace removed (wrapped lines join up)."""
    return re.sub(r"\s+", "", text)


def render(report: object) -> bytes:
    out = io.BytesIO()
    render_plan(report, out)  # type: ignore[arg-type]
    return out.getvalue()


def page_count(data: bytes | Path) -> int:
    return len(PdfReader(io.BytesIO(data) if isinstance(data, bytes) else str(data)).pages)


# ---------------------------------------------------------------- one plan
