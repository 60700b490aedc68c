"""Approve a plan in a test as a counselor would: with a name, every problem acknowledged."""

from __future__ import annotations

import dataclasses

from counselor_app.services import versions
from counselor_app.services.settings import Settings, load_settings
from counselor_app.store.engine import Database


def approve(db: Database, plan_id: int, by: str = "Ms. Test",
            settings: Settings | None = None) -> versions.VersionSummary:
    settings = dataclasses.replace(settings or load_settings(db), counselor_name=by)
    check = versions.check_approval(db, plan_id, settings)
    return versions.approve_plan(db, plan_id, acknowledged=check.problems, settings=settings)
