"""SQLAlchemy models. No Qt, no I/O."""

from counselor_app.domain.audit import AuditException, ChecklistMark, RequirementSetRecord
from counselor_app.domain.base import Base
from counselor_app.domain.framework import (
    Cluster,
    Course,
    CoursePrerequisite,
    CourseTitle,
    Crosswalk,
    Framework,
    GraduationRequirement,
    GraduationRequirementSet,
    LaborMarket,
    Occupation,
    OccupationPathway,
    Pathway,
    ProgramCourse,
    ProgramCredential,
    ProgramOccupation,
    ProgramOfStudy,
    ProgramOption,
    ProgramSubcluster,
    SearchEntry,
)
from counselor_app.domain.records import (
    CourseMatch,
    PlanSignoff,
    PlanVersion,
    TranscriptEntry,
)
from counselor_app.domain.students import DataInfo, Plan, PlanComment, PlanCourse, Setting, Student

__all__ = [
    "AuditException", "ChecklistMark", "RequirementSetRecord",
    "Base", "Cluster", "CourseMatch", "PlanSignoff", "PlanVersion", "TranscriptEntry",
    "DataInfo", "Course", "CoursePrerequisite", "CourseTitle", "Crosswalk", "Framework",
    "GraduationRequirement", "GraduationRequirementSet", "LaborMarket", "Occupation",
    "OccupationPathway", "Pathway", "Plan", "PlanComment", "PlanCourse", "ProgramCourse",
    "ProgramCredential", "ProgramOccupation", "ProgramOfStudy", "ProgramOption",
    "ProgramSubcluster", "SearchEntry", "Setting", "Student",
]
