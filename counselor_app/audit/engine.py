"""The audit: a student's attempts against requirement sets, each set on its own.

``audit`` is the entry point; ``audit_set`` audits one set. See
docs/requirements-format.md for the rules this implements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from counselor_app.audit.allocation import (
    EARNED,
    PLANNED,
    UNDER_WAY,
    Context,
    Evaluation,
    Outcome,
    Unit,
    allocate,
)
from counselor_app.audit.marks import FAIL, NONE, classify, mark_rank, reaches
from counselor_app.audit.model import (
    MIDDLE_SCHOOL_LEVELS,
    Attempt,
    AuditException,
    AuditInput,
    CourseFacts,
    Requirement,
    RequirementSet,
)
from counselor_app.audit.results import (
    FAILED,
    LEVEL,
    MARK_TOO_LOW,
    MIDDLE_SCHOOL,
    NO_HS_CREDIT,
    NO_MARK,
    REPEAT,
    SHORT,
    UNKNOWN,
    UNUSED,
    AppliedException,
    AuditResult,
    CourseUse,
    NotCounted,
    RequirementResult,
    SetAudit,
    format_amount,
)
from counselor_app.messages import msg

_STATUS_OF_CLASS = {EARNED: "completed", UNDER_WAY: "in_progress", PLANNED: "planned"}


def attempt_key(a: Attempt) -> tuple[object, ...]:
    """The fixed order of attempts (never the order they were entered)."""
    return (a.code, a.level, a.term, a.status, a.mark, -1.0 if a.credits is None
            else a.credits, a.source, -1 if a.ref is None else a.ref)


# ---------------------------------------------------------------- preparing attempts


def _substitute(attempt: Attempt, set_code: str,
                exceptions: Sequence[AuditException]) -> AuditException | None:
    for ex in exceptions:
        if (ex.kind == "substitution" and ex.course == attempt.code
                and ex.set_code in ("", set_code)):
            return ex
    return None


def _units(rs: RequirementSet, inp: AuditInput,
           exceptions: Sequence[AuditException]) -> tuple[list[Unit], list[NotCounted]]:
    """Usable units of the set and the attempts that count nowhere (with why)."""
    catalog = inp.catalog
    not_counted: list[NotCounted] = []
    candidates: list[tuple[Attempt, CourseFacts, str, float, int, str, frozenset[str]]] = []
    for a in sorted(inp.attempts, key=attempt_key):
        own = catalog.get(a.code)
        sub = _substitute(a, rs.code, exceptions)
        facts = own
        substitutes = ""
        forced: frozenset[str] = frozenset()
        if sub is not None and sub.counts_as and sub.counts_as in catalog:
            facts, substitutes = catalog[sub.counts_as], sub.counts_as
        if sub is not None and sub.requirement and sub.set_code == rs.code:
            forced = frozenset({sub.requirement})
        title = own.title if own else ""
        if facts is None:
            not_counted.append(NotCounted(a.code, "", a.level, a.status, a.mark, UNKNOWN,
                                          a.ref))
            continue
        if not rs.counts_level(a):
            reason = (LEVEL if a.level not in MIDDLE_SCHOOL_LEVELS
                      else NO_HS_CREDIT if a.level in rs.hs_credit_grades else MIDDLE_SCHOOL)
            not_counted.append(NotCounted(a.code, title, a.level, a.status, a.mark, reason,
                                          a.ref))
            continue
        if a.status == "completed":
            verdict = classify(a.mark, rs.passing)
            if verdict == FAIL:
                not_counted.append(NotCounted(a.code, title, a.level, a.status, a.mark,
                                              FAILED, a.ref))
                continue
            cls = UNDER_WAY if verdict == NONE else EARNED
            if verdict == NONE:
                not_counted.append(NotCounted(a.code, title, a.level, a.status, a.mark,
                                              NO_MARK, a.ref))
        else:
            cls = UNDER_WAY if a.status == "in_progress" else PLANNED
        credits = a.credits if a.credits is not None else (own or facts).credits
        candidates.append((a, facts, title or facts.title, credits, cls, substitutes, forced))
    # a course that is not repeatable counts once: its best attempt
    best: dict[str, tuple[object, ...]] = {}
    for i, (a, facts, _t, _c, cls, _s, _f) in enumerate(candidates):
        if facts.repeatable:
            continue
        key = (cls, mark_rank(a.mark, rs.passing), i)
        if facts.code not in best or key < best[facts.code]:
            best[facts.code] = key
    units: list[Unit] = []
    for i, (a, facts, title, credits, cls, substitutes, forced) in enumerate(candidates):
        if not facts.repeatable and best[facts.code][-1] != i:
            not_counted.append(NotCounted(a.code, title, a.level, a.status, a.mark, REPEAT,
                                          a.ref))
            continue
        units.append(Unit(len(units), a, facts, title, credits, cls, substitutes, forced))
    return units, not_counted


# ---------------------------------------------------------------- exceptions


def _applied(ex: AuditException) -> AppliedException:
    return AppliedException(ex.kind, ex.by, ex.on, ex.reason, ex.credits, ex.id, ex.set_code,
                            ex.requirement, ex.course, ex.counts_as)


def _by_requirement(rs: RequirementSet, exceptions: Sequence[AuditException]
                    ) -> dict[str, list[AuditException]]:
    out: dict[str, list[AuditException]] = {}
    for ex in exceptions:
        if ex.set_code == rs.code and ex.requirement:
            out.setdefault(ex.requirement, []).append(ex)
    return out


# ---------------------------------------------------------------- results


def _use(unit: Unit, amount: float) -> CourseUse:
    a = unit.attempt
    return CourseUse(a.code, unit.title, round(amount, 6), _STATUS_OF_CLASS[unit.cls], a.mark,
                     a.level, a.term, a.source, a.ref, unit.substitutes)


def _plural(amount: float, word: str) -> str:
    return f"{format_amount(amount)} {word}" + ("" if abs(amount - 1) < 1e-9 else "s")


def course_name(code: str, catalog: Mapping[str, CourseFacts]) -> str:
    """'English 10 (01002)': a course named by title and code (the code alone when the
    catalog does not have it), in every message about a missing course."""
    facts = catalog.get(code)
    return f"{facts.title} ({code})" if facts is not None and facts.title else code


def _slot_text(slot: tuple[str, ...], catalog: Mapping[str, CourseFacts]) -> str:
    return " or ".join(course_name(c, catalog) for c in slot)


def _missing(out: Outcome, catalog: Mapping[str, CourseFacts],
             set_names: Mapping[str, str]) -> str:
    node = out.node
    if out.status != SHORT:
        return ""
    lacking = out.required - out.earned - out.in_progress - out.planned
    if node.kind == "courses":
        names = [_slot_text(s, catalog) for s in out.missing_slots]
        if len(names) == round(lacking):
            return ", ".join(names)
        return f"{round(lacking)} more of: " + "; ".join(names)
    if node.kind in ("all", "any", "some"):
        short = [c.node.label for c in out.children if c.status == SHORT]
        if node.kind == "all":
            return "; ".join(short)
        return f"{round(lacking)} more of: " + "; ".join(short)
    if node.kind == "checklist":
        return "not marked done"
    if node.kind == "set":
        return set_names.get(node.set_code, node.set_code)
    word = "course" if node.unit == "courses" else "credit"
    return _plural(lacking, word)


def _result(out: Outcome, inp: AuditInput, exceptions: Mapping[str, list[AuditException]],
            set_names: Mapping[str, str]) -> RequirementResult:
    node = out.node
    catalog = inp.catalog
    done_on = out.done_on if isinstance(out.done_on, dt.date) else None
    return RequirementResult(
        id=node.id, label=node.label, kind=node.kind, status=out.status,
        required=round(out.required, 6), earned=out.earned, in_progress=out.in_progress,
        planned=out.planned, unit=node.unit,
        courses=tuple(_use(u, amount) for u, amount in
                      sorted(out.used, key=lambda p: (p[0].attempt.level, p[0].index))),
        children=tuple(_result(c, inp, exceptions, set_names) for c in out.children),
        missing=_missing(out, catalog, set_names),
        exceptions=tuple(_applied(e) for e in exceptions.get(node.id, [])),
        description=node.description, done_on=done_on,
        done_by=inp.checklist_by.get(node.item, "") if done_on else "")


def audit_set(rs: RequirementSet, inp: AuditInput,
              set_status: Mapping[str, str] | None = None,
              set_names: Mapping[str, str] | None = None) -> SetAudit:
    """Audit one set. ``set_status`` gives the status of sets that ``set`` nodes name."""
    exceptions = tuple(inp.exceptions)
    units, not_counted = _units(rs, inp, exceptions)
    by_req = _by_requirement(rs, exceptions)
    waived: dict[str, str] = {}
    waived_credits: dict[str, float] = {}
    for req_id, items in by_req.items():
        for ex in items:
            if ex.kind == "exemption" or (ex.kind == "waiver" and not ex.credits):
                waived[req_id] = ex.kind
            elif ex.kind == "waiver" and ex.credits:
                waived_credits[req_id] = waived_credits.get(req_id, 0.0) + ex.credits
    blocked = _under_waived(rs.root, waived)
    ctx = Context(
        leaves=[n for n in rs.root.walk() if n.consumes and n.id not in blocked],
        units=units, passing=rs.passing, waived=waived, waived_credits=waived_credits,
        checklist=inp.checklist, set_status=set_status or {}, root=rs.root)
    ev: Evaluation = allocate(ctx)
    used = {u.index for out in ev.outcomes.values() for u, _ in out.used}
    for unit in units:
        if unit.index not in used:
            a = unit.attempt
            low = unit.cls == EARNED and any(
                n.min_mark and n.select is not None and n.select.matches(unit.facts)
                and not reaches(a.mark, n.min_mark, rs.passing) for n in rs.root.walk())
            not_counted.append(NotCounted(a.code, unit.title, a.level, a.status, a.mark,
                                          MARK_TOO_LOW if low else UNUSED, a.ref))
    root = _result(ev.root, inp, by_req, set_names or {})
    not_counted.sort(key=lambda n: (n.level, n.code, n.reason))
    applies = tuple(_applied(ex) for ex in exceptions
                    if ex.set_code == rs.code or (not ex.set_code and ex.kind == "substitution"))
    return SetAudit(rs.code, rs.name, rs.kind, rs.state, rs.source, rs.checked, rs.notice,
                    root.status, root.children, tuple(not_counted), applies)


def _under_waived(root: Requirement, waived: Mapping[str, str]) -> set[str]:
    out: set[str] = set()

    def visit(node: Requirement, inside: bool) -> None:
        inside = inside or node.id in waived
        if inside:
            out.add(node.id)
        for child in node.children:
            visit(child, inside)

    visit(root, False)
    return out


def audit(sets: Sequence[RequirementSet], inp: AuditInput,
          library: Mapping[str, RequirementSet] | None = None) -> AuditResult:
    """Audit ``sets`` (in that order). Sets that ``set`` nodes name are looked up in
    ``library`` (and in ``sets``) and audited first; they appear only if asked for."""
    known = {rs.code: rs for rs in (library or {}).values()}
    known.update({rs.code: rs for rs in sets})
    done: dict[str, SetAudit] = {}

    def run(rs: RequirementSet, chain: tuple[str, ...]) -> SetAudit:
        if rs.code in done:
            return done[rs.code]
        if rs.code in chain:
            raise ValueError(msg("reference cycle: {value}", value=' -> '.join((*chain, rs.code))))
        for ref in rs.set_references:
            if ref in known:
                run(known[ref], (*chain, rs.code))
        status = {code: a.status for code, a in done.items()}
        names = {code: r.name for code, r in known.items()}
        done[rs.code] = audit_set(rs, inp, status, names)
        return done[rs.code]

    results = tuple(run(rs, ()) for rs in sets)
    unknown = tuple(sorted({a.code for a in inp.attempts if a.code not in inp.catalog}))
    return AuditResult(results, None, unknown)
