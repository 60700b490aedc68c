"""Approving a plan: a frozen version with its audit and printed PDF, and sign-offs.

``approve_plan`` needs the counselor's name from Settings (never the computer's user
name) and refuses, until they are acknowledged, a plan whose checks show errors or
shortfalls. It records a ``PlanVersion``: the plan as JSON, its checks as JSON, the
PDF exactly as printed and its SHA-256. Editing the plan afterwards makes it a draft
again (``plans._touch``); ``approval_state`` then says what changed since approval.
A version is never changed: reprinting it returns the stored bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from counselor_app.audit import audit_json
from counselor_app.audit.results import SHORT
from counselor_app.domain import Plan, PlanSignoff, PlanVersion
from counselor_app.messages import Listing, exception_text, msg
from counselor_app.services import plans
from counselor_app.services.audit import PlanAudit, audit_plan
from counselor_app.services.concurrency import Edit, PlanChangedError, retry_stale
from counselor_app.services.plan_changes import Change, describe, diff_snapshots
from counselor_app.services.rules import ERROR, Issue, ValidationResult
from counselor_app.services.settings import Settings, load_settings
from counselor_app.store.engine import Database


class ApprovalRefused(Exception):
    """The plan cannot be approved as asked; the message is meant for the counselor."""


class ApprovalNeedsConfirmation(ApprovalRefused):
    """The checks show problems the counselor has not acknowledged."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(msg("the plan has {n} problem(s): {problems}", n=len(problems),
                             problems=Listing(problems, "; ")))
        self.problems = problems


@dataclass(frozen=True)
class Shortfall:
    """A short requirement, in parts (for the interface's language)."""

    set_name: str
    label: str
    missing: str  # "1 credit", "Algebra II" (RequirementResult.missing)
    kind: str  # the requirement's kind

    @property
    def text(self) -> str:
        """'Texas Foundation: Mathematics: 4 credits — 1 credit short' (English)."""
        missing = f"{self.missing} short" if self.missing else "short"
        return f"{self.set_name}: {self.label} — {missing}"


@dataclass(frozen=True)
class ApprovalCheck:
    """What the approval dialog shows before the counselor confirms."""

    counselor: str  # from Settings; "" means approval is not possible yet
    errors: tuple[str, ...]
    shortfalls: tuple[str, ...]  # ``Shortfall.text`` of each of ``short``
    short: tuple[Shortfall, ...] = ()
    issues: tuple[Issue, ...] = ()  # the plan checks behind ``errors`` (their values)

    @property
    def problems(self) -> tuple[str, ...]:
        return self.errors + self.shortfalls


@dataclass(frozen=True)
class VersionSummary:
    id: int
    plan_id: int
    plan_name: str
    number: int
    approved_by: str
    approved_at: dt.datetime
    checksum: str
    pdf_size: int
    acknowledged: tuple[str, ...]
    signoffs: tuple[SignoffView, ...]
    current: bool  # the plan has not changed since this version


@dataclass(frozen=True)
class SignoffView:
    id: int
    role: str
    printed_name: str
    relationship: str
    signed_on: dt.date
    attachment_name: str
    attachment_type: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class ApprovalState:
    """Where a plan stands against its last approval."""

    status: str
    last: VersionSummary | None
    changes: tuple[Change, ...]

    @property
    def changed_since_approval(self) -> bool:
        return self.last is not None and bool(self.changes)

    def headline(self) -> str:
        if self.last is None:
            return ""
        when = self.last.approved_at.strftime("%b %d, %Y").replace(" 0", " ")
        if self.changes:
            return f"Changed since approval on {when}"
        return f"Approved by {self.last.approved_by} on {when}"


def snapshot(view: plans.PlanView) -> dict[str, Any]:
    """The plan as approved: what the family agreed to, in plain JSON."""
    return {
        "name": view.name,
        "program_code": view.program_code,
        "program_name": view.program_name,
        "career_goal": view.career_goal,
        "postsecondary_type": view.postsecondary_type,
        "postsecondary_institution": view.postsecondary_institution,
        "family_notes": view.family_notes,
        "courses": [{"code": c.code, "title": c.title, "level": c.level, "term": c.term,
                     "status": c.status, "mark": c.final_mark, "credits": c.credits}
                    for c in view.courses],
    }


def _audit_record(result: ValidationResult, audit: PlanAudit | None) -> dict[str, Any]:
    """The checks as approved: the graduation audit (as ``audit --json`` prints it) and
    the plan checks (prerequisites, grade levels, credit loads)."""
    record = audit_json(audit, audit.student_id, audit.plan_name) if audit else {"sets": []}
    record["checks"] = [dataclasses.asdict(i) for i in result.issues]
    record["total_credits"] = result.total_credits
    return record


def shortfalls(audit: PlanAudit) -> tuple[Shortfall, ...]:
    """The most specific short requirements of every set ("Mathematics: 1 credit")."""
    return tuple(Shortfall(audited.name, node.label, node.missing, node.kind)
                 for audited in audit.sets for top in audited.requirements
                 for node in top.walk()
                 if node.status == SHORT and not any(c.status == SHORT for c in node.children))


def _shortfalls(audit: PlanAudit) -> tuple[str, ...]:
    return tuple(s.text for s in shortfalls(audit))


def _problems(db: Database, plan_id: int, settings: Settings
              ) -> tuple[ValidationResult, PlanAudit | None, tuple[str, ...], tuple[str, ...]]:
    result = plans.validate(db, plan_id, settings)
    errors = tuple(i.message for i in result.issues if i.severity == ERROR)
    try:
        audit: PlanAudit | None = audit_plan(db, plan_id, settings=settings)
    except LookupError as exc:  # a requirement set the plan names is gone
        return result, None, errors + (msg("The graduation audit cannot run: {reason}",
                                           reason=exception_text(exc)),), ()
    return result, audit, errors, _shortfalls(audit)


def check_approval(db: Database, plan_id: int,
                   settings: Settings | None = None) -> ApprovalCheck:
    settings = settings or load_settings(db)
    result, audit, errors, short = _problems(db, plan_id, settings)
    return ApprovalCheck(settings.counselor_name.strip(), errors, short,
                         shortfalls(audit) if audit is not None else (),
                         tuple(i for i in result.issues if i.severity == ERROR))


def _signoffs(s: Any, version_ids: list[int]) -> dict[int, list[SignoffView]]:
    out: dict[int, list[SignoffView]] = {v: [] for v in version_ids}
    for so in s.scalars(select(PlanSignoff).where(PlanSignoff.version_id.in_(version_ids))
                        .order_by(PlanSignoff.signed_on, PlanSignoff.id)):
        out[so.version_id].append(SignoffView(
            so.id, so.role, so.printed_name, so.relationship, so.signed_on,
            so.attachment_name, so.attachment_type, so.recorded_by, so.recorded_at))
    return out


def _summary(v: PlanVersion, plan_name: str, signoffs: list[SignoffView],
             current: bool) -> VersionSummary:
    return VersionSummary(v.id, v.plan_id, plan_name, v.number, v.approved_by,
                          v.approved_at, v.checksum, len(v.pdf),
                          tuple(a for a in v.acknowledged.split("\n") if a),
                          tuple(signoffs), current)


_SNAPSHOT_FIELDS = {"name": "the name", "program_name": "the program of study",
                    "career_goal": "the career goal",
                    "postsecondary_type": "the plan after high school",
                    "postsecondary_institution": "the plan after high school",
                    "family_notes": "the notes for the family"}


def check_unchanged(seen: plans.PlanView, view: plans.PlanView) -> None:
    """PlanChangedError when the plan as it is now (``view``) is not the plan the
    counselor saw (``seen``): its courses, goals or notes for the family (also through
    a transcript), or its status. Counselor-only notes and comments do not count: they
    are not part of what is approved."""
    changes = tuple(diff_snapshots(snapshot(seen), snapshot(view)))
    status = (seen.status, view.status) if seen.status != view.status else None
    if not changes and status is None:
        return
    fields = [_SNAPSHOT_FIELDS.get(c.code, c.code) if c.kind == "field" else "the courses"
              for c in changes]
    if status:
        fields.insert(0, "the status")
    by_status = status is not None and not changes and view.status_at is not None \
        and view.status_at != seen.status_at
    who = view.status_by if by_status else view.updated_by
    when = view.status_at if by_status and view.status_at else view.updated_at
    raise PlanChangedError(Edit(who, when, tuple(dict.fromkeys(fields)), view.row_version),
                           changes, status)


@retry_stale
def approve_plan(db: Database, plan_id: int, *, acknowledged: tuple[str, ...] | list[str] = (),
                 settings: Settings | None = None, now: dt.datetime | None = None,
                 seen: plans.PlanView | None = None) -> VersionSummary:
    """Approve a plan: record a version with its checks and printed PDF (one transaction).

    Raises ApprovalRefused without a counselor name in Settings, and
    ApprovalNeedsConfirmation while the checks show problems not in ``acknowledged``.
    With ``seen`` (the plan as the counselor's editor showed it), a plan someone else
    changed since is not approved: PlanChangedError lists what they changed.
    """
    from counselor_app.reports.render import render_bytes
    from counselor_app.services.report_data import build_plan_report

    settings = settings or load_settings(db)
    by = settings.counselor_name.strip()
    if not by:
        raise ApprovalRefused(msg("enter your name in Settings (Counselor name) before approving; "
                                  "an approval records who approved the plan"))
    now = (now or dt.datetime.now()).replace(microsecond=0)
    view = plans.load_plan(db, plan_id)
    if seen is not None:
        check_unchanged(seen, view)
    result, audit, errors, short = _problems(db, plan_id, settings)
    missing = [p for p in errors + short if p not in set(acknowledged)]
    if missing:
        raise ApprovalNeedsConfirmation(missing)
    report = build_plan_report(db, plan_id, settings, now.date())
    report = dataclasses.replace(
        report, status_key="approved",
        plan_status=f"Approved by {by} on {now.strftime('%B %d, %Y').replace(' 0', ' ')}")
    pdf = render_bytes(report)
    with db.transaction() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
        if plan.row_version != view.row_version:
            raise ApprovalRefused(msg("the plan changed while it was being approved; try again"))
        number = (s.scalar(select(func.max(PlanVersion.number))
                           .where(PlanVersion.plan_id == plan_id)) or 0) + 1
        version = PlanVersion(plan_id=plan_id, number=number, approved_by=by, approved_at=now,
                              snapshot=json.dumps(snapshot(view), sort_keys=True),
                              audit=json.dumps(_audit_record(result, audit), sort_keys=True,
                                               default=str),
                              acknowledged="\n".join(errors + short), pdf=pdf,
                              checksum=hashlib.sha256(pdf).hexdigest())
        s.add(version)
        plan.status, plan.status_by, plan.status_at = "approved", by, now
        plan.updated_by = by
        s.flush()
        return _summary(version, plan.name, [], True)


def list_versions(db: Database, plan_id: int) -> list[VersionSummary]:
    """Every approved version of a plan, newest first."""
    current = snapshot(plans.load_plan(db, plan_id))
    with db.read() as s:
        plan = s.get(Plan, plan_id)
        versions = s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)
                             .order_by(PlanVersion.number.desc())).all()
        signoffs = _signoffs(s, [v.id for v in versions])
        name = plan.name if plan else ""
        return [_summary(v, name, signoffs[v.id], json.loads(v.snapshot) == current)
                for v in versions]


def approval_state(db: Database, plan_id: int,
                   view: plans.PlanView | None = None) -> ApprovalState:
    """The last approval and what changed since (``view``: the plan already loaded)."""
    view = view or plans.load_plan(db, plan_id)
    with db.read() as s:
        last = s.scalar(select(PlanVersion).where(PlanVersion.plan_id == plan_id)
                        .order_by(PlanVersion.number.desc()).limit(1))
        if last is None:
            return ApprovalState(view.status, None, ())
        changes = diff_snapshots(json.loads(last.snapshot), snapshot(view))
        summary = _summary(last, view.name, _signoffs(s, [last.id])[last.id], not changes)
    return ApprovalState(view.status, summary, tuple(changes))


def version_snapshot(db: Database, version_id: int) -> dict[str, Any]:
    with db.read() as s:
        v = s.get(PlanVersion, version_id)
        if v is None:
            raise LookupError(msg("version {version_id} no longer exists", version_id=version_id))
        data = json.loads(v.snapshot)
        data["audit"] = json.loads(v.audit)
        data["number"], data["approved_by"], data["approved_at"] = (
            v.number, v.approved_by, v.approved_at.isoformat(sep=" "))
        return data


def version_pdf(db: Database, version_id: int) -> bytes:
    """The PDF exactly as it was printed at approval (checked against its checksum)."""
    with db.read() as s:
        v = s.get(PlanVersion, version_id)
        if v is None:
            raise LookupError(msg("version {version_id} no longer exists", version_id=version_id))
        if hashlib.sha256(v.pdf).hexdigest() != v.checksum:
            raise ValueError(msg("the stored PDF of version {number} does not match its checksum; "
                                 "the database may be damaged (restore a backup)", number=v.number))
        return bytes(v.pdf)


def compare_versions(db: Database, older_id: int, newer_id: int | None,
                     plan_id: int | None = None) -> list[str]:
    """What changed from one version to another (or to the plan as it is now)."""
    old = version_snapshot(db, older_id)
    if newer_id is None:
        if plan_id is None:
            raise ValueError(msg("compare with a version or with the plan"))
        new = snapshot(plans.load_plan(db, plan_id))
    else:
        new = version_snapshot(db, newer_id)
    return [describe(c) for c in diff_snapshots(old, new)]
