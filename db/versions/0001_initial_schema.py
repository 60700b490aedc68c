"""initial schema: framework, catalog, occupations, students, plans

Revision ID: 0001
Revises:
Create Date: 2026-11-25 19:11:58.003201
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "course",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("credits", sa.Float(), nullable=False),
        sa.Column("subject_area", sa.String(length=60), nullable=False),
        sa.Column("grade_low", sa.Integer(), nullable=False),
        sa.Column("grade_high", sa.Integer(), nullable=False),
        sa.Column("cte", sa.Boolean(), nullable=False),
        sa.Column("dual_credit", sa.Boolean(), nullable=False),
        sa.Column("repeatable", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_course")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_subject_area"), ["subject_area"], unique=False)

    op.create_table(
        "data_info",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_data_info")),
    )
    op.create_table(
        "framework",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pathway_label", sa.String(length=40), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_framework")),
    )
    op.create_table(
        "grad_requirement_set",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_example", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_grad_requirement_set")),
    )
    op.create_table(
        "occupation",
        sa.Column("soc", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("job_zone", sa.Integer(), nullable=True),
        sa.Column("education", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("soc", name=op.f("pk_occupation")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "student",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.String(length=40), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("preferred_name", sa.String(length=100), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("graduation_year", sa.Integer(), nullable=False),
        sa.Column("school", sa.String(length=200), nullable=False),
        sa.Column("counselor", sa.String(length=200), nullable=False),
        sa.Column("career_interests", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student")),
        sa.UniqueConstraint("student_id", name=op.f("uq_student_student_id")),
    )
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_student_counselor"), ["counselor"], unique=False)

    op.create_table(
        "cluster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("framework_code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cross_cutting", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_code"],
            ["framework.code"],
            name=op.f("fk_cluster_framework_code_framework"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster")),
        sa.UniqueConstraint("code", name=op.f("uq_cluster_code")),
    )
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cluster_framework_code"), ["framework_code"], unique=False
        )

    op.create_table(
        "course_prerequisite",
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("prerequisite_code", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_code"],
            ["course.code"],
            name=op.f("fk_course_prerequisite_course_code_course"),
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["prerequisite_code"],
            ["course.code"],
            name=op.f("fk_course_prerequisite_prerequisite_code_course"),
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "course_code", "prerequisite_code", name=op.f("pk_course_prerequisite")
        ),
    )
    with op.batch_alter_table("course_prerequisite", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_course_prerequisite_prerequisite_code"),
            ["prerequisite_code"],
            unique=False,
        )

    op.create_table(
        "grad_requirement",
        sa.Column("set_code", sa.String(length=40), nullable=False),
        sa.Column("subject_area", sa.String(length=60), nullable=False),
        sa.Column("credits", sa.Float(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["set_code"],
            ["grad_requirement_set.code"],
            name=op.f("fk_grad_requirement_set_code_grad_requirement_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("set_code", "subject_area", name=op.f("pk_grad_requirement")),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("program_code", sa.String(length=40), nullable=True),
        sa.Column("career_goal_soc", sa.String(length=16), nullable=True),
        sa.Column("career_goal_text", sa.String(length=300), nullable=False),
        sa.Column("postsecondary_type", sa.String(length=40), nullable=False),
        sa.Column("postsecondary_institution", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_by", sa.String(length=200), nullable=False),
        sa.Column("status_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["student_pk"],
            ["student.id"],
            name=op.f("fk_plan_student_pk_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_student_pk"), ["student_pk"], unique=False)

    op.create_table(
        "pathway",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["cluster.id"],
            name=op.f("fk_pathway_cluster_id_cluster"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathway")),
        sa.UniqueConstraint("code", name=op.f("uq_pathway_code")),
    )
    with op.batch_alter_table("pathway", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pathway_cluster_id"), ["cluster_id"], unique=False)

    op.create_table(
        "plan_course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("final_mark", sa.String(length=10), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_course_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_course")),
    )
    with op.batch_alter_table("plan_course", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_course_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "crosswalk",
        sa.Column("legacy_pathway_id", sa.Integer(), nullable=False),
        sa.Column("subcluster_id", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["legacy_pathway_id"],
            ["pathway.id"],
            name=op.f("fk_crosswalk_legacy_pathway_id_pathway"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subcluster_id"],
            ["pathway.id"],
            name=op.f("fk_crosswalk_subcluster_id_pathway"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("legacy_pathway_id", "subcluster_id", name=op.f("pk_crosswalk")),
    )
    with op.batch_alter_table("crosswalk", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_crosswalk_subcluster_id"), ["subcluster_id"], unique=False
        )

    op.create_table(
        "occupation_pathway",
        sa.Column("soc", sa.String(length=16), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathway.id"],
            name=op.f("fk_occupation_pathway_pathway_id_pathway"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["soc"],
            ["occupation.soc"],
            name=op.f("fk_occupation_pathway_soc_occupation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("soc", "pathway_id", name=op.f("pk_occupation_pathway")),
    )
    with op.batch_alter_table("occupation_pathway", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_occupation_pathway_pathway_id"), ["pathway_id"], unique=False
        )

    op.create_table(
        "program",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathway.id"],
            name=op.f("fk_program_pathway_id_pathway"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program")),
        sa.UniqueConstraint("code", name=op.f("uq_program_code")),
    )
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_program_pathway_id"), ["pathway_id"], unique=False)

    op.create_table(
        "program_course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_code"],
            ["course.code"],
            name=op.f("fk_program_course_course_code_course"),
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_program_course_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_course")),
        sa.UniqueConstraint(
            "program_id", "course_code", "level", name=op.f("uq_program_course_program_id")
        ),
    )
    with op.batch_alter_table("program_course", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_program_course_course_code"), ["course_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_program_course_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "program_option",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("credential", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_program_option_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_option")),
    )
    with op.batch_alter_table("program_option", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_program_option_program_id"), ["program_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("program_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_option_program_id"))

    op.drop_table("program_option")
    with op.batch_alter_table("program_course", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_course_program_id"))
        batch_op.drop_index(batch_op.f("ix_program_course_course_code"))

    op.drop_table("program_course")
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_pathway_id"))

    op.drop_table("program")
    with op.batch_alter_table("occupation_pathway", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_occupation_pathway_pathway_id"))

    op.drop_table("occupation_pathway")
    with op.batch_alter_table("crosswalk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crosswalk_subcluster_id"))

    op.drop_table("crosswalk")
    with op.batch_alter_table("plan_course", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_course_plan_id"))

    op.drop_table("plan_course")

    with op.batch_alter_table("pathway", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pathway_cluster_id"))

    op.drop_table("pathway")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_student_pk"))

    op.drop_table("plan")
    op.drop_table("grad_requirement")
    with op.batch_alter_table("course_prerequisite", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_prerequisite_prerequisite_code"))

    op.drop_table("course_prerequisite")
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_framework_code"))

    op.drop_table("cluster")
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_student_counselor"))

    op.drop_table("student")
    op.drop_table("setting")

    op.drop_table("occupation")
    op.drop_table("grad_requirement_set")
    op.drop_table("framework")
    op.drop_table("data_info")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_subject_area"))

    op.drop_table("course")
