"""course titles in the family's language (an optional column of the course import)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # no foreign key to course: a reload of the built-in catalog keeps the translations
    op.create_table(
        "course_title",
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("course_code", "language", name=op.f("pk_course_title")),
    )


def downgrade() -> None:
    op.drop_table("course_title")
