"""Reference data: frameworks, clusters, pathways, programs, courses, occupations.

Everything here is keyed by stable codes so that user data (plans) can refer to it
by code and survive a reload or an import of the reference data.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.domain.base import Base


class Framework(Base):
    __tablename__ = "framework"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    pathway_label: Mapped[str] = mapped_column(String(40))  # "Pathway" / "Sub-cluster"
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Cluster(Base):
    __tablename__ = "cluster"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    framework_code: Mapped[str] = mapped_column(ForeignKey("framework.code", ondelete="CASCADE"),
                                                index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    cross_cutting: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Pathway(Base):
    """A legacy career pathway or a 2024 sub-cluster."""

    __tablename__ = "pathway"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Crosswalk(Base):
    """Our own mapping from legacy pathways to 2024 sub-clusters."""

    __tablename__ = "crosswalk"
    legacy_pathway_id: Mapped[int] = mapped_column(
        ForeignKey("pathway.id", ondelete="CASCADE"), primary_key=True)
    subcluster_id: Mapped[int] = mapped_column(
        ForeignKey("pathway.id", ondelete="CASCADE"), primary_key=True, index=True)
    basis: Mapped[str] = mapped_column(String(100), default="own mapping")


class Course(Base):
    __tablename__ = "course"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    credits: Mapped[float] = mapped_column(Float, default=1.0)
    subject_area: Mapped[str] = mapped_column(String(60), index=True)
    grade_low: Mapped[int] = mapped_column(Integer, default=9)
    grade_high: Mapped[int] = mapped_column(Integer, default=12)
    cte: Mapped[bool] = mapped_column(Boolean, default=False)
    dual_credit: Mapped[bool] = mapped_column(Boolean, default=False)
    repeatable: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[str] = mapped_column(String(300), default="")  # ";"-separated, for the audit
    description: Mapped[str] = mapped_column(Text, default="")
    # the NCES SCED v12 course code this course is, when it is one (None: a local course)
    sced: Mapped[str | None] = mapped_column(String(8), nullable=True, default=None)


class CourseTitle(Base):
    """A course's title in another language (the course import's "Title (Spanish)" column).

    Keyed by code without a foreign key, like plans: reloading the built-in catalog
    replaces the course rows and keeps a district's translated titles."""

    __tablename__ = "course_title"
    course_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    language: Mapped[str] = mapped_column(String(16), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))


class CoursePrerequisite(Base):
    __tablename__ = "course_prerequisite"
    course_code: Mapped[str] = mapped_column(
        ForeignKey("course.code", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True)
    prerequisite_code: Mapped[str] = mapped_column(
        ForeignKey("course.code", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True,
        index=True)


class ProgramOfStudy(Base):
    __tablename__ = "program"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    pathway_id: Mapped[int] = mapped_column(ForeignKey("pathway.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")


class ProgramCourse(Base):
    __tablename__ = "program_course"
    __table_args__ = (UniqueConstraint("program_id", "course_code", "level"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    course_code: Mapped[str] = mapped_column(
        ForeignKey("course.code", ondelete="CASCADE", onupdate="CASCADE"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # courses of one program and level sharing a group name are alternatives: take one
    choice_group: Mapped[str] = mapped_column(String(40), default="")


class ProgramSubcluster(Base):
    """Where a program of study sits in the 2024 framework (programs are written for a
    legacy pathway; this names the sub-clusters it actually prepares for)."""

    __tablename__ = "program_subcluster"
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            primary_key=True)
    subcluster_id: Mapped[int] = mapped_column(ForeignKey("pathway.id", ondelete="CASCADE"),
                                               primary_key=True, index=True)


class ProgramOccupation(Base):
    """An occupation a program of study leads to."""

    __tablename__ = "program_occupation"
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            primary_key=True)
    soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc", ondelete="CASCADE"),
                                     primary_key=True, index=True)


class ProgramCredential(Base):
    """A credential a student can earn in high school within a program, and in which grade."""

    __tablename__ = "program_credential"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[str] = mapped_column(String(300))
    issuer: Mapped[str] = mapped_column(String(200), default="")
    grade: Mapped[int] = mapped_column(Integer, default=12)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ProgramOption(Base):
    """A postsecondary option of a program: certificate, apprenticeship, associate, bachelor."""

    __tablename__ = "program_option"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    credential: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    cip: Mapped[str] = mapped_column(String(8), default="")  # CIP 2020 code, "51.3801"


class Occupation(Base):
    __tablename__ = "occupation"
    soc: Mapped[str] = mapped_column(String(16), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    job_zone: Mapped[int | None] = mapped_column(Integer, nullable=True)
    education: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class OccupationPathway(Base):
    __tablename__ = "occupation_pathway"
    soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc", ondelete="CASCADE"),
                                     primary_key=True)
    pathway_id: Mapped[int] = mapped_column(ForeignKey("pathway.id", ondelete="CASCADE"),
                                            primary_key=True, index=True)
    # where the link comes from: advance-cte-2025 (the official Framework Crosswalk),
    # onet-legacy (O*NET's legacy cluster export), own (ours), "" (imported)
    basis: Mapped[str] = mapped_column(String(40), default="")


class LaborMarket(Base):
    """BLS figures for one 6-digit SOC occupation (OEWS wages, Employment Projections).

    O*NET-SOC codes (xx-xxxx.yy) draw on the row of their SOC; money in US dollars,
    ``*_k`` in thousands of jobs. ``None`` where BLS publishes no figure.
    """

    __tablename__ = "labor_market"
    soc: Mapped[str] = mapped_column(String(7), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    employment: Mapped[int | None] = mapped_column(Integer, nullable=True)
    median_annual: Mapped[float | None] = mapped_column(Float, nullable=True)
    median_hourly: Mapped[float | None] = mapped_column(Float, nullable=True)
    p10_annual: Mapped[float | None] = mapped_column(Float, nullable=True)
    p90_annual: Mapped[float | None] = mapped_column(Float, nullable=True)
    p10_hourly: Mapped[float | None] = mapped_column(Float, nullable=True)
    p90_hourly: Mapped[float | None] = mapped_column(Float, nullable=True)
    top_coded: Mapped[bool] = mapped_column(Boolean, default=False)  # BLS "#": at least
    employment_base_k: Mapped[float | None] = mapped_column(Float, nullable=True)
    employment_projected_k: Mapped[float | None] = mapped_column(Float, nullable=True)
    change_percent: Mapped[float | None] = mapped_column(Float, nullable=True)
    openings_k: Mapped[float | None] = mapped_column(Float, nullable=True)
    entry_education: Mapped[str] = mapped_column(String(80), default="")
    work_experience: Mapped[str] = mapped_column(String(80), default="")
    on_the_job_training: Mapped[str] = mapped_column(String(80), default="")
    wage_vintage: Mapped[str] = mapped_column(String(40), default="")  # "May 2025"
    projection_vintage: Mapped[str] = mapped_column(String(40), default="")  # "2024-34"


class GraduationRequirementSet(Base):
    __tablename__ = "grad_requirement_set"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    is_example: Mapped[bool] = mapped_column(Boolean, default=False)


class GraduationRequirement(Base):
    """Credits required in a subject area; subject area "*" is the total."""

    __tablename__ = "grad_requirement"
    set_code: Mapped[str] = mapped_column(
        ForeignKey("grad_requirement_set.code", ondelete="CASCADE"), primary_key=True)
    subject_area: Mapped[str] = mapped_column(String(60), primary_key=True)
    credits: Mapped[float] = mapped_column(Float)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SearchEntry(Base):
    """One searchable thing (cluster, pathway, program, course, occupation).

    ``folded`` is lower-cased, accent-free text; on SQLite an FTS5 table mirrors it.
    """

    __tablename__ = "search_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    key: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(400))
    detail: Mapped[str] = mapped_column(String(400), default="")
    folded: Mapped[str] = mapped_column(Text)
