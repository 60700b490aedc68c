"""world of work: link basis, BLS figures, SCED codes, program groups/credentials/links;
O*NET's sub-cluster codes (user data rewritten from the old codes)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from counselor_app.store.code_changes import apply_code_changes, code_changes

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    with op.batch_alter_table("occupation_pathway", schema=None) as batch_op:
        batch_op.add_column(sa.Column("basis", sa.String(length=40), nullable=False,
                                      server_default=""))
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sced", sa.String(length=8), nullable=True))
    with op.batch_alter_table("program_course", schema=None) as batch_op:
        batch_op.add_column(sa.Column("choice_group", sa.String(length=40), nullable=False,
                                      server_default=""))
    with op.batch_alter_table("program_option", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cip", sa.String(length=8), nullable=False,
                                      server_default=""))
    op.create_table(
        "labor_market",
        sa.Column("soc", sa.String(length=7), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("employment", sa.Integer(), nullable=True),
        sa.Column("median_annual", sa.Float(), nullable=True),
        sa.Column("median_hourly", sa.Float(), nullable=True),
        sa.Column("p10_annual", sa.Float(), nullable=True),
        sa.Column("p90_annual", sa.Float(), nullable=True),
        sa.Column("p10_hourly", sa.Float(), nullable=True),
        sa.Column("p90_hourly", sa.Float(), nullable=True),
        sa.Column("top_coded", sa.Boolean(), nullable=False),
        sa.Column("employment_base_k", sa.Float(), nullable=True),
        sa.Column("employment_projected_k", sa.Float(), nullable=True),
        sa.Column("change_percent", sa.Float(), nullable=True),
        sa.Column("openings_k", sa.Float(), nullable=True),
        sa.Column("entry_education", sa.String(length=80), nullable=False),
        sa.Column("work_experience", sa.String(length=80), nullable=False),
        sa.Column("on_the_job_training", sa.String(length=80), nullable=False),
        sa.Column("wage_vintage", sa.String(length=40), nullable=False),
        sa.Column("projection_vintage", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("soc", name=op.f("pk_labor_market")),
    )
    op.create_table(
        "program_subcluster",
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("subcluster_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["program_id"], ["program.id"],
                                name=op.f("fk_program_subcluster_program_id_program"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["subcluster_id"], ["pathway.id"],
                                name=op.f("fk_program_subcluster_subcluster_id_pathway"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("program_id", "subcluster_id",
                                name=op.f("pk_program_subcluster")),
    )
    with op.batch_alter_table("program_subcluster", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_program_subcluster_subcluster_id"),
                              ["subcluster_id"], unique=False)
    op.create_table(
        "program_occupation",
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("soc", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["program_id"], ["program.id"],
                                name=op.f("fk_program_occupation_program_id_program"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["soc"], ["occupation.soc"],
                                name=op.f("fk_program_occupation_soc_occupation"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("program_id", "soc", name=op.f("pk_program_occupation")),
    )
    with op.batch_alter_table("program_occupation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_program_occupation_soc"), ["soc"], unique=False)
    op.create_table(
        "program_credential",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["program_id"], ["program.id"],
                                name=op.f("fk_program_credential_program_id_program"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_credential")),
    )
    with op.batch_alter_table("program_credential", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_program_credential_program_id"), ["program_id"],
                              unique=False)

    bind = op.get_bind()
    # the reference codes themselves (the built-in data reload that follows replaces them
    # anyway; renaming here keeps a database opened without a reload consistent)
    mapping = code_changes(revision).get("pathway", {})
    pathway = sa.table("pathway", sa.column("code", sa.String))
    for old in mapping:
        bind.execute(pathway.update().where(pathway.c.code == old).values(code=f"~{old}"))
    for old, new in mapping.items():
        bind.execute(pathway.update().where(pathway.c.code == f"~{old}").values(code=new))
    log.info("code changes applied: %s", apply_code_changes(bind, revision))


def downgrade() -> None:
    op.drop_table("program_credential")
    op.drop_table("program_occupation")
    op.drop_table("program_subcluster")
    op.drop_table("labor_market")
    with op.batch_alter_table("program_option", schema=None) as batch_op:
        batch_op.drop_column("cip")
    with op.batch_alter_table("program_course", schema=None) as batch_op:
        batch_op.drop_column("choice_group")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_column("sced")
    with op.batch_alter_table("occupation_pathway", schema=None) as batch_op:
        batch_op.drop_column("basis")
