"""User data: students, their plans and planned courses, settings.

Plans refer to courses, programs and occupations by stable code (no foreign key),
so a catalog reload never drops or rewrites a counselor's work.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.domain.base import Base
from counselor_app.text import student_folded_columns


class Student(Base):
    __tablename__ = "student"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[str] = mapped_column(String(40), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    grade: Mapped[int] = mapped_column(Integer)
    graduation_year: Mapped[int] = mapped_column(Integer)
    school: Mapped[str] = mapped_column(String(200), default="")
    counselor: Mapped[str] = mapped_column(String(200), default="", index=True)
    career_interests: Mapped[str] = mapped_column(Text, default="")  # cluster codes, ";"
    notes: Mapped[str] = mapped_column(Text, default="")
    family_language: Mapped[str] = mapped_column(String(16), default="", server_default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    name_folded: Mapped[str] = mapped_column(String(400), default="", index=True)
    # the list's sort keys (folded "last first preferred"; numeric IDs in numeric order),
    # kept by fold_names() so the Students view sorts in SQL
    sort_name: Mapped[str] = mapped_column(String(400), default="", server_default="",
                                           index=True)
    sort_id: Mapped[str] = mapped_column(String(48), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # every UPDATE checks and bumps row_version: a stale writer gets StaleDataError
    __mapper_args__ = {"version_id_col": row_version}

    def fold_names(self) -> None:
        """Recompute the search text and sort keys from the names and student ID."""
        for key, value in student_folded_columns(self.first_name or "", self.last_name or "",
                                                 self.preferred_name or "",
                                                 self.student_id or "").items():
            setattr(self, key, value)


@event.listens_for(Student, "before_insert")
@event.listens_for(Student, "before_update")
def _fold_names(_mapper: object, _connection: object, student: Student) -> None:
    """Whoever writes a student through the ORM, its search text and sort keys follow."""
    student.fold_names()


class Plan(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_pk: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"),
                                            index=True)
    name: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=False)
    program_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    career_goal_soc: Mapped[str | None] = mapped_column(String(16), nullable=True)
    career_goal_text: Mapped[str] = mapped_column(String(300), default="")
    postsecondary_type: Mapped[str] = mapped_column(String(40), default="")
    postsecondary_institution: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # counselor-only: never printed
    family_notes: Mapped[str] = mapped_column(Text, default="")  # printed for the family
    first_level: Mapped[int] = mapped_column(Integer, default=9)  # 6, 7, 8 or 9
    diploma_set: Mapped[str | None] = mapped_column(String(40), nullable=True)  # None: default
    supplemental_sets: Mapped[str] = mapped_column(String(400), default="")  # codes, ";"
    status: Mapped[str] = mapped_column(String(20), default="draft")
    status_by: Mapped[str] = mapped_column(String(200), default="")
    status_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    __mapper_args__ = {"version_id_col": row_version}
    # one active plan per student, enforced by the database itself
    __table_args__ = (Index("uq_plan_one_active", "student_pk", unique=True,
                            sqlite_where=text("is_active"),
                            postgresql_where=text("is_active")),)


class PlanCourse(Base):
    __tablename__ = "plan_course"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    course_code: Mapped[str] = mapped_column(String(32))
    level: Mapped[int] = mapped_column(Integer)
    term: Mapped[str] = mapped_column(String(20), default="year")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    final_mark: Mapped[str] = mapped_column(String(10), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PlanComment(Base):
    __tablename__ = "plan_comment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    edited_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    edited_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    __mapper_args__ = {"version_id_col": row_version}


class Setting(Base):
    """School-wide settings stored with the data (JSON values)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class DataInfo(Base):
    """Version of the built-in reference data loaded into this database."""

    __tablename__ = "data_info"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


TERMS = ("year", "sem1", "sem2", "summer")
TERM_LABELS = {"year": "Full year", "sem1": "Semester 1", "sem2": "Semester 2",
               "summer": "Summer"}
STATUSES = ("planned", "in_progress", "completed")
STATUS_LABELS = {"planned": "Planned", "in_progress": "In progress", "completed": "Completed"}
PLAN_STATUSES = ("draft", "reviewed", "approved")

