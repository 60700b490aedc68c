"""A plan's change stamp and its status (draft, reviewed; approval is in ``versions``).

``touch`` stamps every change of a plan with when and who, and makes an approved plan
a draft again (its approved version stays frozen in the history). Setting a status is
checked against the status the editor showed: setting it over someone else's status
change raises ``ConflictError`` (who, when) instead of silently replacing theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from counselor_app.domain import Plan
from counselor_app.domain.students import PLAN_STATUSES
from counselor_app.messages import msg
from counselor_app.services.concurrency import Change, ConflictError, current_user, retry_stale
from counselor_app.store.engine import Database

STATUS_KEYS = ("status", "status_by", "status_at")
"""A status as the editor shows it and undo puts it back: what, who, when."""


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def touch(s: Session, plan_id: int, *, reopen: bool = True, by: str | None = None) -> Plan:
    """Stamp a change (when; who with ``by``). With ``reopen``, a change to an approved
    plan makes it a draft again."""
    plan = s.get(Plan, plan_id)
    if plan is None:
        raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
    plan.updated_at = _now()
    # always an UPDATE of the plan row, even within the same second by the same person:
    # its row-version check then orders every change to the plan's courses and comments
    # (another copy's change in between makes this one run again on fresh data)
    flag_modified(plan, "updated_at")
    if by is not None:
        plan.updated_by = by
    if reopen and plan.status == "approved":
        plan.status = "draft"
    return plan


def check_status(plan: Plan, expect: Mapping[str, Any] | None) -> None:
    """ConflictError when the plan's status is no longer the one the editor showed
    (``expect``: status and status_at): someone set a status (even the same one: who
    and when are part of it), approved the plan, or a change made an approved plan a
    draft again."""
    if expect is None:
        return
    if plan.status == expect.get("status") and plan.status_at == expect.get("status_at"):
        return
    # set by someone (stamped), or made a draft again by a change (only updated_by says who)
    by_status = plan.status_at is not None and (plan.status_at != expect.get("status_at")
                                                or plan.status != "draft")
    who = plan.status_by if by_status else plan.updated_by
    when = plan.status_at if by_status and plan.status_at else plan.updated_at
    raise ConflictError("plan", Change(who, when, ("the status",), plan.row_version))


@retry_stale
def _write_status(db: Database, plan_id: int, status: str, by: str, at: dt.datetime | None,
                  expect: Mapping[str, Any] | None, *, reopen: bool) -> None:
    if status not in PLAN_STATUSES:
        raise ValueError(msg("unknown plan status {status!r}", status=status))
    user = current_user(db)
    with db.transaction() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
        check_status(plan, expect)
        touch(s, plan_id, reopen=reopen, by=user)
        plan.status, plan.status_by, plan.status_at = status, by, at


def set_plan_status(db: Database, plan_id: int, status: str, by: str, *,
                    expect: Mapping[str, Any] | None = None) -> dt.datetime:
    """Mark the plan draft or reviewed by ``by``; returns the time stamped.

    With ``expect`` (``STATUS_KEYS`` as the editor showed them), a status someone else
    set meanwhile is not replaced: ConflictError says who set it and when."""
    if status == "approved":
        raise ValueError("a plan is approved with versions.approve_plan (it records a version)")
    at = _now()
    _write_status(db, plan_id, status, by, at, expect, reopen=True)
    return at


def restore_plan_status(db: Database, plan_id: int, status: str, by: str,
                        at: dt.datetime | None, *,
                        expect: Mapping[str, Any] | None = None) -> None:
    """Put back an earlier status with its who and when (undo of ``set_plan_status``),
    checked like it against ``expect``."""
    _write_status(db, plan_id, status, by, at, expect, reopen=False)


def plan_status_values(db: Database, plan_id: int) -> dict[str, Any]:
    """The plan's status, who set it and when, as saved now (what an overwrite replaces)."""
    with db.read() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
        return {k: getattr(plan, k) for k in STATUS_KEYS}
