"""The graduation audit of plans: one function per use, plain frozen dataclasses out.

``audit_plan`` audits a plan against its diploma set and supplemental sets (the plan's
own choice, or the district defaults from Settings), from the student's transcript and
the plan's courses, with the student's exceptions and checklist marks. The GUI, the CLI
(``counselor-app audit``) and the printed plan all show this result.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.audit import AuditInput, AuditResult, RequirementSet, audit, audit_json
from counselor_app.audit.concentrator import ProgramFacts, concentrator_status
from counselor_app.audit.model import CourseFacts
from counselor_app.domain import Plan, Student
from counselor_app.messages import msg
from counselor_app.services import shared_reads as reads
from counselor_app.services.audit_exceptions import (
    ExceptionView,
    RemovedException,
    add_exception,
    list_exceptions,
    mark_checklist_item,
    remove_exception,
    restore_exception,
)
from counselor_app.services.audit_inputs import (
    StudentRecords,
    named_codes,
    program_facts,
    student_records,
)
from counselor_app.services.audit_inputs import catalog_facts as _facts
from counselor_app.services.concurrency import Change, ConflictError, current_user, retry_stale
from counselor_app.services.plan_status import touch
from counselor_app.services.requirement_sets import (
    SetSummary,
    delete_set,
    export_set,
    get_requirement_set,
    import_set_file,
    library,
    list_sets,
    save_set,
)
from counselor_app.services.requirement_sets import get_set_data as get_set
from counselor_app.services.settings import Settings, load_settings
from counselor_app.store.engine import Database

__all__ = [
    "CaseloadRow", "ExceptionView", "PlanAudit", "PlanSets", "RemovedException", "SetSummary",
    "add_exception", "audit_plan", "audit_plans", "catalog_facts", "delete_set", "effective_sets",
    "export_set", "get_requirement_set", "get_set", "import_set_file", "list_exceptions",
    "list_sets", "mark_checklist_item", "plan_sets", "reaudit_caseload", "reaudit_plans",
    "remove_exception",
    "restore_exception", "save_set", "set_plan_sets",
]

NO_SUPPLEMENTAL = "-"
"""Stored in ``plan.supplemental_sets`` when a plan chose no supplemental set at all
("" means: follow the Settings default)."""


class PlanSets(NamedTuple):
    """A plan's own choice of sets: ``diploma`` None = the Settings default;
    ``supplemental`` None = the Settings default, () = none."""

    diploma: str | None
    supplemental: tuple[str, ...] | None


@dataclass(frozen=True)
class PlanAudit(AuditResult):
    """The audit of one plan: an ``AuditResult`` plus what it was built from."""

    plan_id: int = 0
    plan_name: str = ""
    student_pk: int = 0
    student_id: str = ""
    set_codes: tuple[str, ...] = ()

    @property
    def result(self) -> AuditResult:
        return AuditResult(self.sets, self.concentrator, self.unknown_courses)

    def to_json(self) -> dict[str, Any]:
        """The shape of ``counselor-app audit --json``."""
        return audit_json(self, self.student_id, self.plan_name)


# ---------------------------------------------------------------- the plan's sets


def _stored_supplemental(plan: Plan) -> tuple[str, ...] | None:
    if not plan.supplemental_sets:
        return None
    if plan.supplemental_sets == NO_SUPPLEMENTAL:
        return ()
    return tuple(c for c in plan.supplemental_sets.split(";") if c)


def _effective(plan: Plan, settings: Settings) -> tuple[str, ...]:
    diploma = plan.diploma_set or settings.requirement_set
    extra = _stored_supplemental(plan)
    if extra is None:
        extra = tuple(settings.supplemental_sets)
    return tuple(dict.fromkeys((diploma, *extra)))


def plan_sets(db: Database, plan_id: int) -> PlanSets:
    """The plan's own choice (see ``PlanSets``); ``effective_sets`` says what is audited."""
    with db.read() as s:
        plan = _plan(s, plan_id)
        return PlanSets(plan.diploma_set, _stored_supplemental(plan))


def effective_sets(db: Database, plan_id: int,
                   settings: Settings | None = None) -> tuple[str, ...]:
    """The set codes an audit of the plan uses: its diploma set first."""
    settings = settings or load_settings(db)
    with db.read() as s:
        return _effective(_plan(s, plan_id), settings)


@retry_stale
def set_plan_sets(db: Database, plan_id: int, diploma: str | None,
                  supplemental: Sequence[str] | None, *,
                  expect: tuple[str | None, Sequence[str] | None] | None = None) -> PlanSets:
    """Choose the plan's sets (None = follow Settings); returns the previous choice (undo
    passes it back). With ``expect`` (the choice the editor showed), a choice someone
    else made meanwhile is not replaced: ConflictError says who made it."""
    by = current_user(db)
    with db.transaction() as s:
        plan = _plan(s, plan_id)
        before = PlanSets(plan.diploma_set, _stored_supplemental(plan))
        if expect is not None and before != PlanSets(
                expect[0], None if expect[1] is None else tuple(expect[1])):
            raise ConflictError("plan", Change(plan.updated_by, plan.updated_at,
                                               ("the requirement sets",), plan.row_version))
        touch(s, plan_id, reopen=False, by=by)
        known = library(s)
        for code in [diploma, *(supplemental or ())]:
            if code is not None and code not in known:
                raise LookupError(msg("requirement set {code!r} not found", code=code))
        plan.diploma_set = diploma
        if supplemental is None:
            plan.supplemental_sets = ""
        else:
            codes = [c for c in dict.fromkeys(supplemental) if c != diploma]
            plan.supplemental_sets = ";".join(codes) if codes else NO_SUPPLEMENTAL
        return before


def _plan(s: Session, plan_id: int) -> Plan:
    plan = s.get(Plan, plan_id)
    if plan is None:
        raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
    return plan


# ---------------------------------------------------------------- auditing


@dataclass
class _Shared:
    """What many audits share: the parsed sets, course facts and programs."""

    sets: dict[str, RequirementSet]
    facts: dict[str, CourseFacts]
    programs: list[ProgramFacts]
    settings: Settings


def _resolve(shared: _Shared, codes: Sequence[str]) -> list[RequirementSet]:
    missing = [c for c in codes if c not in shared.sets]
    if missing:
        raise LookupError(msg("requirement set {value!r} not found", value=missing[0]))
    return [shared.sets[c] for c in codes]


def _audit_one(shared: _Shared, plan: Plan, student_id: str, codes: Sequence[str],
               rec: StudentRecords) -> PlanAudit:
    sets = _resolve(shared, codes)
    catalog: Mapping[str, CourseFacts] = shared.facts
    if rec.transfer:
        catalog = {**shared.facts, **rec.transfer}
    inp = AuditInput(tuple(rec.attempts), catalog, tuple(rec.exceptions), rec.checklist,
                     rec.checklist_by)
    audited = audit(sets, inp, shared.sets)
    conc = concentrator_status(inp.attempts, catalog, shared.programs, plan.program_code,
                               mode=shared.settings.cte_mode,
                               threshold=shared.settings.cte_threshold,
                               passing=sets[0].passing if sets else None)
    return PlanAudit(audited.sets, conc, audited.unknown_courses, plan.id, plan.name,
                     plan.student_pk, student_id, tuple(codes))


def audit_plan(db: Database, plan_id: int, set_codes: Sequence[str] | None = None,
               settings: Settings | None = None) -> PlanAudit:
    """Audit one plan (its own sets, or ``set_codes``), in one read session."""
    settings = settings or load_settings(db)
    with db.read() as s:
        found = audit_plans(s, [plan_id], settings, set_codes).get(plan_id)
    if found is None:
        raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
    return found


def audit_plans(s: Session, plan_ids: Collection[int], settings: Settings,
                set_codes: Sequence[str] | None = None) -> dict[int, PlanAudit]:
    """``audit_plan`` for many plans in a few queries (a batch): each plan is audited with
    the course facts and programs its own audit would read. Missing plans are left out."""
    if reads.active(s):  # the printed plan's other reads hold these rows already
        found = reads.plans(s, plan_ids).values()
        students = reads.student_rows(s, {plan.student_pk for plan in found})
        plans = [(plan, students[plan.student_pk].student_id) for plan in found
                 if plan.student_pk in students]
    else:
        plans = s.execute(select(Plan, Student.student_id)
                          .join(Student, Student.id == Plan.student_pk)
                          .where(Plan.id.in_(list(plan_ids)))).tuples().all()
    sets = library(s)
    records = student_records(s, {plan.id: plan.student_pk for plan, _ in plans})
    codes = {plan.id: tuple(set_codes) if set_codes else _effective(plan, settings)
             for plan, _ in plans}
    needed = {plan.id: named_codes(sets[c] for c in codes[plan.id] if c in sets)
              | {a.code for a in records[plan.id].attempts} for plan, _ in plans}
    facts = _facts(s, set().union(*needed.values()))
    cte = {c for c, f in facts.items() if f.cte}
    programs = program_facts(s, cte, [plan.program_code for plan, _ in plans])
    out: dict[int, PlanAudit] = {}
    for plan, student_id in plans:
        own_facts = {c: f for c, f in facts.items() if c in needed[plan.id]}
        own_cte = {c for c, f in own_facts.items() if f.cte}
        own_programs = [p for p in programs
                        if p.cte_courses & own_cte or p.code == plan.program_code]
        shared = _Shared(sets, own_facts, own_programs, settings)
        out[plan.id] = _audit_one(shared, plan, student_id or "", codes[plan.id],
                                  records[plan.id])
    return out


@dataclass(frozen=True)
class CaseloadRow:
    student_pk: int
    student_id: str
    plan_id: int
    plan_name: str
    statuses: tuple[tuple[str, str], ...]  # (set code, status), diploma set first
    concentrator: str  # concentrator | on_track | short
    missing_sets: tuple[str, ...] = ()  # sets the plan names that are gone (not audited)
    concentrator_program: tuple[str, str] = ("", "")  # (code, name) the status counts
    short: int = 0  # short requirements at the top of the diploma set


def reaudit_caseload(db: Database, student_pks: Sequence[int] | None = None, *,
                     progress: Callable[[int, int], bool] | None = None) -> list[CaseloadRow]:
    """Audit every student's active plan (or those of ``student_pks``). ``progress(done,
    total)`` is called now and then; returning False stops early (what was done is
    returned). Reads everything in one session, in bulk."""
    settings = load_settings(db)
    with db.read() as s:
        query = select(Plan, Student.student_id).join(Student, Student.id == Plan.student_pk) \
            .where(Plan.is_active, Student.archived.is_(False)).order_by(Student.student_id)
        if student_pks is not None:
            query = query.where(Plan.student_pk.in_(list(student_pks)))
        plans = [(plan, student_id) for plan, student_id in s.execute(query).tuples()]
        return reaudit_plans(s, plans, settings, progress=progress)


def reaudit_plans(s: Session, plans: Sequence[tuple[Plan, str]], settings: Settings, *,
                  progress: Callable[[int, int], bool] | None = None) -> list[CaseloadRow]:
    """``reaudit_caseload`` of ``plans`` (each with its student ID) in the session ``s``:
    the sets, course facts and programs are read once for all of them."""
    shared = _Shared(library(s), _facts(s), program_facts(s), settings)
    records = student_records(s, {plan.id: plan.student_pk for plan, _ in plans})
    rows: list[CaseloadRow] = []
    for i, (plan, student_id) in enumerate(plans):
        if progress is not None and i % 25 == 0 and progress(i, len(plans)) is False:
            break
        wanted = _effective(plan, settings)
        codes = [c for c in wanted if c in shared.sets]
        result = _audit_one(shared, plan, student_id, codes, records[plan.id])
        conc = result.concentrator
        rows.append(CaseloadRow(plan.student_pk, student_id, plan.id, plan.name,
                                tuple((a.code, a.status) for a in result.sets),
                                conc.status if conc else "short",
                                tuple(c for c in wanted if c not in shared.sets),
                                (conc.program_code or "", conc.program_name) if conc
                                else ("", ""),
                                sum(1 for r in result.sets[0].requirements
                                    if r.status == "short") if result.sets else 0))
    if progress is not None:
        progress(len(rows), len(plans))
    return rows


def catalog_facts(db: Database) -> dict[str, CourseFacts]:
    """Audit facts (area, tags, credits...) of every catalog course: for "what could fill
    this" (``counselor_app.audit.could_fill``)."""
    with db.read() as s:
        return _facts(s)
