"""Per built-in requirement set, the expected audit of representative plans.

The expected audits are text files in tests/snapshots/audit/<set>/<plan>.txt, read by a
person before they were committed. After a deliberate change, regenerate with
``UPDATE_AUDIT_SNAPSHOTS=1 pytest tests/unit/test_audit_snapshots.py`` and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counselor_app.audit import AuditInput, audit, set_lines
from tests.audit_builtin import PLANS, builtin_catalog, builtin_sets

SNAPSHOTS = Path(__file__).resolve().parent.parent / "snapshots" / "audit"
CASES = [(code, plan) for code in sorted(builtin_sets()) for plan in PLANS
         if plan != "stem-graduate" or code.startswith("tx-") or code in ("uc-csu-a-g",
                                                                          "ncaa-d1-core")]


def render(code: str, plan: str) -> str:
    sets = builtin_sets()
    result = audit([sets[code]], AuditInput(PLANS[plan], builtin_catalog()), library=sets)
    return "\n".join(set_lines(result.sets[0])) + "\n"


@pytest.mark.parametrize(("code", "plan"), CASES)
def test_audit_matches_snapshot(code, plan):
    path = SNAPSHOTS / code / f"{plan}.txt"
    text = render(code, plan)
    if os.environ.get("UPDATE_AUDIT_SNAPSHOTS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no snapshot {path}; run with UPDATE_AUDIT_SNAPSHOTS=1 and read it"
    assert text == path.read_text(encoding="utf-8")


def test_every_set_has_at_least_three_snapshots():
    for code in builtin_sets():
        assert len(list((SNAPSHOTS / code).glob("*.txt"))) >= 3, code
