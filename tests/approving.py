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


TEST_SET = {
    "code": "zt-set", "name": "Test requirements", "state": "district", "kind": "diploma",
    "source": "tests", "checked": "2026-12-01",
    "requirements": [
        {"kind": "credits", "label": "English: 2 credits", "id": "english", "credits": 2,
         "from": {"areas": ["English"]}},
        {"kind": "credits", "label": "Mathematics: 2 credits", "id": "mathematics",
         "credits": 2, "from": {"areas": ["Mathematics"]}},
        {"kind": "total", "label": "Total: 6 credits", "id": "total", "credits": 6},
    ],
}


def add_test_set(db: Database) -> None:
    """tests.catalog's zt-set as a requirement-set file, so the audit knows it too."""
    from counselor_app.services.requirement_sets import save_set

    save_set(db, TEST_SET, "zt-set (tests)")
