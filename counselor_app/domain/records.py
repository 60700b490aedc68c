"""User data about what a student has done and what was agreed.

* ``TranscriptEntry``: one completed (or attempted) course from the school's records,
  keyed by student, the course number as the SIS wrote it, school year and term, so
  importing the same export again updates marks instead of adding rows. Plans read
  these rows; they never copy them.
* ``CourseMatch``: what a course number that is not in the catalog stands for (a
  catalog course, or transfer credit with a subject area and tags), remembered for
  the next import.
* ``PlanVersion``: a frozen approved plan (its courses and goals as JSON, its audit,
  the printed PDF and a SHA-256 checksum of it), with who approved it and when.
* ``PlanSignoff``: a student's or parent/guardian's agreement to one version: printed
  name, relationship and date, or a scanned signed page.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.domain.base import Base


class TranscriptEntry(Base):
    __tablename__ = "transcript_entry"
    __table_args__ = (UniqueConstraint("student_pk", "source_code", "school_year", "term",
                                       name="uq_transcript_entry_attempt"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_pk: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"),
                                            index=True)
    source_code: Mapped[str] = mapped_column(String(40))  # as the SIS wrote it
    course_code: Mapped[str | None] = mapped_column(String(32), nullable=True)  # catalog
    title: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[int] = mapped_column(Integer)  # grade level when taken, 6-12
    school_year: Mapped[int] = mapped_column(Integer)  # the year it ends: 2025 = 2024-25
    term: Mapped[str] = mapped_column(String(20), default="year")
    mark: Mapped[str] = mapped_column(String(10), default="")
    credits_earned: Mapped[float] = mapped_column(Float, default=0.0)
    school: Mapped[str] = mapped_column(String(200), default="")
    transfer: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(40), default="")  # file layout or "manual"
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CourseMatch(Base):
    __tablename__ = "course_match"
    __table_args__ = (UniqueConstraint("school", "source_code",
                                       name="uq_course_match_source"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school: Mapped[str] = mapped_column(String(200), default="")  # "" = any school
    source_code: Mapped[str] = mapped_column(String(40))
    source_title: Mapped[str] = mapped_column(String(200), default="")
    catalog_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    subject_area: Mapped[str] = mapped_column(String(60), default="")  # transfer credit
    tags: Mapped[str] = mapped_column(String(300), default="")  # ";"-separated
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PlanVersion(Base):
    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number", name="uq_plan_version_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    approved_by: Mapped[str] = mapped_column(String(200))
    approved_at: Mapped[dt.datetime] = mapped_column(DateTime)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: the plan as approved
    audit: Mapped[str] = mapped_column(Text)  # JSON: the checks as approved
    acknowledged: Mapped[str] = mapped_column(Text, default="")  # problems approved anyway
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    checksum: Mapped[str] = mapped_column(String(64))  # SHA-256 of pdf, hex


class PlanSignoff(Base):
    __tablename__ = "plan_signoff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("plan_version.id", ondelete="CASCADE"),
                                            index=True)
    role: Mapped[str] = mapped_column(String(20))  # student | guardian
    printed_name: Mapped[str] = mapped_column(String(200), default="")
    relationship: Mapped[str] = mapped_column(String(60), default="")
    signed_on: Mapped[dt.date] = mapped_column(Date)
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    attachment_type: Mapped[str] = mapped_column(String(40), default="")  # MIME type
    attachment_name: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


TRANSCRIPT_TERMS = ("year", "sem1", "sem2", "summer", "q1", "q2", "q3", "q4",
                    "t1", "t2", "t3")
SIGNOFF_ROLES = ("student", "guardian")
