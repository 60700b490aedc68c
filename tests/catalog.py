"""A small catalog of our own, so tests do not depend on built-in rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select

from counselor_app.domain import (
    Course,
    CoursePrerequisite,
    GraduationRequirement,
    GraduationRequirementSet,
    Pathway,
    ProgramCourse,
    ProgramOfStudy,
)
from counselor_app.services.requirement_sets import save_set
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.store.engine import Database

CATALOG = [  # code, title, credits, subject, low, high, cte, prerequisites
    ("ZTENG9", "English 9 (test)", 1.0, "English", 9, 9, False, ()),
    ("ZTENG10", "English 10 (test)", 1.0, "English", 10, 10, False, ("ZTENG9",)),
    ("ZTALG1", "Algebra I (test)", 1.0, "Mathematics", 9, 10, False, ()),
    ("ZTGEO", "Geometry (test)", 1.0, "Mathematics", 9, 11, False, ("ZTALG1",)),
    ("ZTWLD1", "Intro to Welding (test)", 1.0, "Career & Technical Education", 9, 12, True,
     ()),
    ("ZTWLD2", "Welding II (test)", 1.0, "Career & Technical Education", 10, 12, True,
     ("ZTWLD1",)),
    ("ZTWLD3", "Welding Certificate (test)", 3.0, "Career & Technical Education", 12, 13,
     True, ("ZTWLD2",)),
    ("ZTART", "Ceramics Ørsted (test)", 1.0, "Fine Arts", 9, 12, False, ()),
]
PROGRAM = "ZT-WELD"
PROGRAM_COURSES = [(9, "ZTENG9"), (9, "ZTALG1"), (9, "ZTWLD1"), (10, "ZTENG10"),
                   (10, "ZTGEO"), (10, "ZTWLD2"), (13, "ZTWLD3")]


def add_test_catalog(db: Database) -> None:
    """Courses, one program of study and a requirement set; settings point at them."""
    with db.transaction() as s:
        pathway = s.scalars(select(Pathway).order_by(Pathway.code)).first()
        assert pathway is not None, "the seed should load pathways"
        for code, title, credits, area, low, high, cte, _ in CATALOG:
            s.add(Course(code=code, title=title, credits=credits, subject_area=area,
                         grade_low=low, grade_high=high, cte=cte))
        s.flush()
        for code, *_, prereqs in CATALOG:
            for p in prereqs:
                s.add(CoursePrerequisite(course_code=code, prerequisite_code=p))
        program = ProgramOfStudy(code=PROGRAM, pathway_id=pathway.id,
                                 name="Welding Technology (test)")
        s.add(program)
        s.flush()
        for i, (level, code) in enumerate(PROGRAM_COURSES):
            s.add(ProgramCourse(program_id=program.id, course_code=code, level=level,
                                sort_order=i))
        s.add(GraduationRequirementSet(code="zt-set", name="Test requirements"))
        s.flush()
        for i, (area, credits) in enumerate((("English", 2.0), ("Mathematics", 2.0),
                                             ("*", 6.0))):
            s.add(GraduationRequirement(set_code="zt-set", subject_area=area,
                                        credits=credits, sort_order=i))
    save_set(db, {"code": "zt-set", "name": "Test requirements", "state": "district",
                  "kind": "diploma", "source": "tests", "checked": dt.date(2026, 1, 1),
                  "requirements": [
                      {"kind": "credits", "label": "English", "credits": 2,
                       "from": {"areas": ["English"]}},
                      {"kind": "credits", "label": "Mathematics", "credits": 2,
                       "from": {"areas": ["Mathematics"]}},
                      {"kind": "total", "label": "Total credits", "credits": 6}]})
    save_settings(db, replace(load_settings(db), requirement_set="zt-set",
                              counselor_name="Ms. Test"))
