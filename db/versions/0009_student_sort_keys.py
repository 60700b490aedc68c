"""student sort keys: the list sorts by folded name and natural student ID in SQL

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from counselor_app.text import student_id_sort_key, student_sort_name

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_name", sa.String(length=400), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("sort_id", sa.String(length=48), nullable=False,
                                      server_default=""))
        batch_op.create_index(batch_op.f("ix_student_sort_name"), ["sort_name"], unique=False)
    bind = op.get_bind()
    student = sa.table(
        "student",
        sa.column("id", sa.Integer),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("preferred_name", sa.String),
        sa.column("student_id", sa.String),
        sa.column("sort_name", sa.String),
        sa.column("sort_id", sa.String),
    )
    rows = bind.execute(sa.select(student.c.id, student.c.first_name, student.c.last_name,
                                  student.c.preferred_name, student.c.student_id)).all()
    keys = [{"pk": r.id,
             "name_key": student_sort_name(r.first_name, r.last_name, r.preferred_name or ""),
             "id_key": student_id_sort_key(r.student_id)} for r in rows]
    if keys:  # one executemany for the whole table
        bind.execute(student.update().where(student.c.id == sa.bindparam("pk"))
                     .values(sort_name=sa.bindparam("name_key"),
                             sort_id=sa.bindparam("id_key")), keys)


def downgrade() -> None:
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_student_sort_name"))
        batch_op.drop_column("sort_id")
        batch_op.drop_column("sort_name")
