"""Graduation audit data: requirement sets (reference data, by code) and a student's
exceptions and checklist marks (user data).

* ``RequirementSetRecord``: one requirement set as its validated definition (the table of
  a set file, as JSON). ``builtin`` rows come from ``resources/requirements`` and are
  replaced by a newer release; district rows (imported or edited) never are.
* ``AuditException``: a waiver, substitution or exemption for one student, with who,
  when and why. Requirements are named by set code and node id path.
* ``ChecklistMark``: a checklist item (FAFSA, a state test...) a counselor marked done for
  one student, with the date; one mark serves every set that lists the item.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.domain.base import Base


class RequirementSetRecord(Base):
    __tablename__ = "requirement_set"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text, default="")
    checked: Mapped[dt.date] = mapped_column(Date)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    body: Mapped[str] = mapped_column(Text)  # the set file's table as JSON
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    __mapper_args__ = {"version_id_col": row_version}


class AuditException(Base):
    __tablename__ = "audit_exception"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_pk: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(String(20))  # waiver | substitution | exemption
    set_code: Mapped[str] = mapped_column(String(40), default="")  # "" = every set
    requirement: Mapped[str] = mapped_column(String(300), default="")  # node id path
    course_code: Mapped[str] = mapped_column(String(32), default="")
    counts_as: Mapped[str] = mapped_column(String(32), default="")
    credits: Mapped[float | None] = mapped_column(Float, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ChecklistMark(Base):
    __tablename__ = "checklist_mark"
    student_pk: Mapped[int] = mapped_column(ForeignKey("student.id", ondelete="CASCADE"),
                                            primary_key=True)
    item: Mapped[str] = mapped_column(String(40), primary_key=True)
    done_on: Mapped[dt.date] = mapped_column(Date)
    marked_by: Mapped[str] = mapped_column(String(200), default="")
