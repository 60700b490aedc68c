"""graduation audit: requirement sets, exceptions, checklist marks, course tags, plan sets

Existing data is kept: the old credit-per-subject requirement sets become requirement
sets in the new format (same codes, so the Settings choice keeps working; the example
set is marked built-in and replaced by ``resources/requirements/example-24.toml`` when
the app next opens); built-in courses get their tags from ``course_tags.csv``; a Settings
choice that names no set any more falls back to the example set.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import csv
import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

EXAMPLE = "example-24"


def _builtin_tags() -> dict[str, str]:
    from counselor_app.config import resources_dir

    path = resources_dir() / "data" / "course_tags.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row["tags"] for row in csv.DictReader(fh)}


def _old_set_body(code: str, name: str, rows: list[tuple[str, float]]) -> dict[str, object]:
    requirements: list[dict[str, object]] = []
    for area, credits in rows:
        if area.strip() == "*":
            requirements.append({"kind": "total", "label": f"Total: {credits:g} credits",
                                 "id": "total", "credits": credits})
        else:
            requirements.append({"kind": "credits", "label": f"{area}: {credits:g} credits",
                                 "credits": credits, "from": {"areas": [area]}})
    return {"code": code, "name": name, "state": "district", "kind": "diploma",
            "source": "Converted from the credit totals of an earlier version",
            "checked": dt.date.today().isoformat(), "requirements": requirements}


def upgrade() -> None:
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tags", sa.String(length=300), nullable=False,
                                      server_default=""))
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("diploma_set", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("supplemental_sets", sa.String(length=400),
                                      nullable=False, server_default=""))
    op.create_table(
        "requirement_set",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("checked", sa.Date(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_requirement_set")),
    )
    op.create_table(
        "audit_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("set_code", sa.String(length=40), nullable=False),
        sa.Column("requirement", sa.String(length=300), nullable=False),
        sa.Column("course_code", sa.String(length=32), nullable=False),
        sa.Column("counts_as", sa.String(length=32), nullable=False),
        sa.Column("credits", sa.Float(), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["student_pk"], ["student.id"],
                                name=op.f("fk_audit_exception_student_pk_student"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_exception")),
    )
    with op.batch_alter_table("audit_exception", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_exception_student_pk"), ["student_pk"],
                              unique=False)
    op.create_table(
        "checklist_mark",
        sa.Column("student_pk", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=40), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("marked_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["student_pk"], ["student.id"],
                                name=op.f("fk_checklist_mark_student_pk_student"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("student_pk", "item", name=op.f("pk_checklist_mark")),
    )

    bind = op.get_bind()
    course = sa.table("course", sa.column("code", sa.String), sa.column("tags", sa.String))
    existing = set(bind.execute(sa.select(course.c.code)).scalars())
    for code, tags in _builtin_tags().items():
        if code in existing:
            bind.execute(course.update().where(course.c.code == code).values(tags=tags))

    old_set = sa.table("grad_requirement_set", sa.column("code", sa.String),
                       sa.column("name", sa.String), sa.column("is_example", sa.Boolean))
    old_req = sa.table("grad_requirement", sa.column("set_code", sa.String),
                       sa.column("subject_area", sa.String), sa.column("credits", sa.Float),
                       sa.column("sort_order", sa.Integer))
    new_set = sa.table("requirement_set", *(sa.column(c) for c in (
        "code", "name", "state", "kind", "source", "checked", "builtin", "body",
        "updated_at")))
    now = dt.datetime.now().replace(microsecond=0)
    codes = set()
    for code, name, is_example in bind.execute(sa.select(old_set.c.code, old_set.c.name,
                                                         old_set.c.is_example)).all():
        rows = [(r.subject_area, float(r.credits)) for r in bind.execute(
            sa.select(old_req.c.subject_area, old_req.c.credits)
            .where(old_req.c.set_code == code).order_by(old_req.c.sort_order))]
        if not rows or not code:
            continue
        body = _old_set_body(code, name, rows)
        bind.execute(new_set.insert().values(
            code=code, name=name, state="district", kind="diploma", source=body["source"],
            checked=dt.date.today(), builtin=bool(is_example) or code == EXAMPLE,
            body=json.dumps(body), updated_at=now))
        codes.add(code)

    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.String))
    chosen = bind.execute(sa.select(setting.c.value)
                          .where(setting.c.key == "requirement_set")).scalar()
    if chosen is not None:
        try:
            value = json.loads(chosen)
        except ValueError:
            value = None
        if value not in codes | {EXAMPLE}:
            bind.execute(setting.update().where(setting.c.key == "requirement_set")
                         .values(value=json.dumps(EXAMPLE)))


def downgrade() -> None:
    op.drop_table("checklist_mark")
    with op.batch_alter_table("audit_exception", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_exception_student_pk"))
    op.drop_table("audit_exception")
    op.drop_table("requirement_set")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("supplemental_sets")
        batch_op.drop_column("diploma_set")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_column("tags")
