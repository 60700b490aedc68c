"""row versions for comments, district requirement sets and settings

A plan's comments can now be edited and deleted, a district requirement set is edited in
the set editor, and settings are changed in the Settings dialog: each gets who changed
it last and when, and comments and requirement sets a ``row_version`` (1 for existing
rows), so a save over someone else's newer change is refused instead of silently
replacing it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_comment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("row_version", sa.Integer(), nullable=False,
                                      server_default="1"))
        batch_op.add_column(sa.Column("edited_by", sa.String(length=200), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("edited_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("requirement_set", schema=None) as batch_op:
        batch_op.add_column(sa.Column("row_version", sa.Integer(), nullable=False,
                                      server_default="1"))
        batch_op.add_column(sa.Column("updated_by", sa.String(length=200), nullable=False,
                                      server_default=""))
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("updated_by", sa.String(length=200), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("updated_by")
    with op.batch_alter_table("requirement_set", schema=None) as batch_op:
        batch_op.drop_column("updated_by")
        batch_op.drop_column("row_version")
    with op.batch_alter_table("plan_comment", schema=None) as batch_op:
        batch_op.drop_column("edited_at")
        batch_op.drop_column("edited_by")
        batch_op.drop_column("row_version")
