"""course codes: SCED v12 codes where a course is a SCED course, local X-codes elsewhere
(user data rewritten from the old codes; the map is resources/data/code_changes.csv)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import logging

from alembic import op

from counselor_app.store.code_changes import apply_code_changes

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    # plans, planned courses and transcript matches follow the new codes; the built-in
    # catalog itself is replaced by the reload that follows the migration
    log.info("course code changes applied: %s", apply_code_changes(op.get_bind(), revision))


def downgrade() -> None:
    """Codes are not changed back: a downgrade keeps the new codes."""
