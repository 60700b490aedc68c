"""search index, plan comments, folded student names

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from counselor_app.text import student_search_text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=400), nullable=False),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entry")),
    )
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_entry_kind"), ["kind"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_entry', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )

    op.create_table(
        "plan_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_comment_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_comment")),
    )
    with op.batch_alter_table("plan_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_comment_plan_id"), ["plan_id"], unique=False)

    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_folded", sa.String(length=400), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_student_name_folded"), ["name_folded"], unique=False)
    # Backfill the folded names of students made by schema 0001.
    bind = op.get_bind()
    student = sa.table(
        "student",
        sa.column("id", sa.Integer),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("preferred_name", sa.String),
        sa.column("student_id", sa.String),
        sa.column("name_folded", sa.String),
    )
    rows = bind.execute(
        sa.select(
            student.c.id,
            student.c.first_name,
            student.c.last_name,
            student.c.preferred_name,
            student.c.student_id,
        )
    ).all()
    for row in rows:
        folded = student_search_text(row.first_name, row.last_name, row.preferred_name or "",
                                     row.student_id)
        bind.execute(student.update().where(student.c.id == row.id).values(name_folded=folded))


def downgrade() -> None:
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_student_name_folded"))
        batch_op.drop_column("name_folded")
    op.drop_table("plan_comment")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_entry")
