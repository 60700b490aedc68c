"""transcripts, course matches, plan versions and sign-offs, family notes, first grade

Existing plan notes stay in ``plan.notes``, which is now counselor-only (never printed);
``plan.family_notes`` starts empty, so nothing private reaches paper after the upgrade.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "transcript_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_pk", sa.Integer(), nullable=False),
        sa.Column("source_code", sa.String(length=40), nullable=False),
        sa.Column("course_code", sa.String(length=32), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=20), nullable=False),
        sa.Column("mark", sa.String(length=10), nullable=False),
        sa.Column("credits_earned", sa.Float(), nullable=False),
        sa.Column("school", sa.String(length=200), nullable=False),
        sa.Column("transfer", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["student_pk"], ["student.id"],
                                name=op.f("fk_transcript_entry_student_pk_student"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcript_entry")),
        sa.UniqueConstraint("student_pk", "source_code", "school_year", "term",
                            name="uq_transcript_entry_attempt"),
    )
    with op.batch_alter_table("transcript_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transcript_entry_student_pk"), ["student_pk"],
                              unique=False)

    op.create_table(
        "course_match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school", sa.String(length=200), nullable=False),
        sa.Column("source_code", sa.String(length=40), nullable=False),
        sa.Column("source_title", sa.String(length=200), nullable=False),
        sa.Column("catalog_code", sa.String(length=32), nullable=True),
        sa.Column("subject_area", sa.String(length=60), nullable=False),
        sa.Column("tags", sa.String(length=300), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_match")),
        sa.UniqueConstraint("school", "source_code", name="uq_course_match_source"),
    )

    op.create_table(
        "plan_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("audit", sa.Text(), nullable=False),
        sa.Column("acknowledged", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"],
                                name=op.f("fk_plan_version_plan_id_plan"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_version")),
        sa.UniqueConstraint("plan_id", "number", name="uq_plan_version_number"),
    )
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_version_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_signoff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("printed_name", sa.String(length=200), nullable=False),
        sa.Column("relationship", sa.String(length=60), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("attachment", sa.LargeBinary(), nullable=True),
        sa.Column("attachment_type", sa.String(length=40), nullable=False),
        sa.Column("attachment_name", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["version_id"], ["plan_version.id"],
                                name=op.f("fk_plan_signoff_version_id_plan_version"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_signoff")),
    )
    with op.batch_alter_table("plan_signoff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_signoff_version_id"), ["version_id"],
                              unique=False)

    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("family_notes", sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("first_level", sa.Integer(), nullable=False,
                                      server_default="9"))


def downgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("first_level")
        batch_op.drop_column("family_notes")
    op.drop_table("plan_signoff")
    op.drop_table("plan_version")
    op.drop_table("course_match")
    op.drop_table("transcript_entry")
