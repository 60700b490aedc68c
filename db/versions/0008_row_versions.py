"""row versions (optimistic concurrency), who changed a record last, one active plan

Every student and plan gets ``row_version`` (1 for existing rows; the app refuses to
save over a newer one) and ``updated_by``. Where two plans of one student were both
active (two copies creating a first plan at once), the newest stays active; then a
partial unique index lets the database itself refuse a second active plan.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("student", "plan"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("row_version", sa.Integer(), nullable=False,
                                          server_default="1"))
            batch_op.add_column(sa.Column("updated_by", sa.String(length=200), nullable=False,
                                          server_default=""))
    plan = sa.table("plan", sa.column("id", sa.Integer), sa.column("student_pk", sa.Integer),
                    sa.column("is_active", sa.Boolean), sa.column("updated_at", sa.DateTime))
    newest = sa.alias(plan, "newest")
    keep = (sa.select(newest.c.id)
            .where(newest.c.student_pk == plan.c.student_pk, newest.c.is_active.is_(True))
            .order_by(newest.c.updated_at.desc(), newest.c.id.desc())
            .limit(1).scalar_subquery())
    op.execute(plan.update().where(plan.c.is_active.is_(True), plan.c.id != keep)
               .values(is_active=False))
    op.create_index("uq_plan_one_active", "plan", ["student_pk"], unique=True,
                    sqlite_where=sa.text("is_active"), postgresql_where=sa.text("is_active"))


def downgrade() -> None:
    op.drop_index("uq_plan_one_active", table_name="plan")
    for table in ("plan", "student"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("updated_by")
            batch_op.drop_column("row_version")
