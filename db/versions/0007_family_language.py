"""student family language (the language the printed plan goes home in)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # existing students get "" (not recorded): their plans keep printing in English
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.add_column(sa.Column("family_language", sa.String(length=16), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_column("family_language")
