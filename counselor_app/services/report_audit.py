"""The printed plan's audit section from an audit result (plain data in, plain data out)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from counselor_app.audit.results import (
    LEVEL,
    UNUSED,
    AppliedException,
    AuditResult,
    ConcentratorResult,
    RequirementResult,
    SetAudit,
)
from counselor_app.reports.audit_report import (
    AuditReport,
    AuditRow,
    AuditSetBlock,
    ConcentratorBox,
    ExceptionLine,
)
from counselor_app.reports.audit_text import concentrator_words, status_words
from counselor_app.reports.model import format_date

# Not worth a line on paper: a supplemental set leaves most courses unused, and courses at
# levels the set does not count (postsecondary) are obvious from the grid.
QUIET_REASONS = frozenset({UNUSED, LEVEL})

EXCEPTION_WORDS = {"waiver": "Waiver", "substitution": "Substitution",
                   "exemption": "Exemption"}


def _rows(node: RequirementResult, depth: int) -> Iterator[AuditRow]:
    note = ""
    done_on = node.done_on if node.kind == "checklist" else None
    if done_on:
        note = f"Done {format_date(done_on)}"
    decisions = tuple((EXCEPTION_WORDS.get(e.kind, e.kind), e.by) for e in node.exceptions)
    if decisions:
        words = "; ".join(kind + (f" by {by}" if by else "") for kind, by in decisions)
        note = f"{note} · {words}" if note else words
    yield AuditRow(label=node.label, depth=depth, kind=node.kind, status=node.status,
                   status_text=status_words(node.status, node.missing, node.kind),
                   required=node.required, earned=node.earned, in_progress=node.in_progress,
                   planned=node.planned, unit=node.unit,
                   courses=tuple(dict.fromkeys(c.title or c.code for c in node.courses)),
                   note=note, done_on=done_on, decisions=decisions)
    for child in node.children:
        if node.kind == "any" and node.status != "short" and child.status == "short":
            continue  # an alternative not taken: the family need not read it
        yield from _rows(child, depth + 1)


def _set_block(s: SetAudit) -> AuditSetBlock:
    rows = tuple(row for top in s.requirements for row in _rows(top, 0))
    shown = [n for n in s.not_counted if n.reason not in QUIET_REASONS]
    return AuditSetBlock(code=s.code, name=s.name, kind=s.kind, state=s.state,
                         source=s.source, checked=s.checked, notice=s.notice,
                         status=s.status, status_text=status_words(s.status), rows=rows,
                         not_counted=tuple(n.text for n in shown),
                         nowhere=tuple((f"{n.title} ({n.code})" if n.title else n.code,
                                        n.reason, n.level, n.mark) for n in shown))


def _exception_lines(audit: AuditResult, titles: Mapping[str, str]
                     ) -> tuple[ExceptionLine, ...]:
    seen: set[tuple[object, ...]] = set()
    lines: list[ExceptionLine] = []
    for s in audit.sets:
        for top in s.requirements:
            for node in top.walk():
                for e in node.exceptions:
                    key = (e.id, e.kind, s.code, node.id) if e.id is None else (e.id,)
                    if key in seen:
                        continue
                    seen.add(key)
                    lines.append(_exception_line(e, s, node, titles))
        for e in s.exceptions:  # a course counted as another course, wherever it counts
            key = (e.id,) if e.id is not None else (e.kind, s.code, e.course, e.counts_as)
            if e.requirement or e.kind != "substitution" or key in seen:
                continue
            seen.add(key)
            swap = (_named(e.course, titles), _named(e.counts_as, titles))
            lines.append(ExceptionLine(EXCEPTION_WORDS["substitution"],
                                       f"{s.name}: {swap[0]} counts as {swap[1]}", e.by,
                                       e.on, e.reason, set_name=s.name, swaps=(swap,)))
    return tuple(lines)


def _exception_line(e: AppliedException, s: SetAudit, node: RequirementResult,
                    titles: Mapping[str, str]) -> ExceptionLine:
    what = f"{s.name}: {node.label}"
    credits = e.credits if e.kind == "waiver" and e.credits else None
    if credits:
        what += f" ({credits:g} credits)"
    swaps = tuple((f"{c.title or c.code} ({c.code})", _named(c.substitutes, titles))
                  for c in node.courses if c.substitutes) if e.kind == "substitution" else ()
    if swaps:
        what += " — " + ", ".join(f"{a} counts as {b}" for a, b in swaps)
    return ExceptionLine(EXCEPTION_WORDS.get(e.kind, e.kind.capitalize()), what, e.by, e.on,
                         e.reason, set_name=s.name, label=node.label, credits=credits,
                         swaps=swaps)


def _named(code: str, titles: Mapping[str, str]) -> str:
    """'English I (02110)', or the code when the catalog has no such course."""
    return f"{titles[code]} ({code})" if titles.get(code) else code


def substituted_codes(audit: AuditResult) -> set[str]:
    """Codes of the courses that substitutions stand in for (to look their titles up)."""
    codes = {c.substitutes for s in audit.sets for top in s.requirements
             for node in top.walk() for c in node.courses if c.substitutes}
    return codes | {code for s in audit.sets for e in s.exceptions
                    for code in (e.course, e.counts_as) if code}


def _concentrator(c: ConcentratorResult) -> ConcentratorBox:
    return ConcentratorBox(status=c.status, status_text=concentrator_words(c.status),
                           program_name=c.program_name, program_code=c.program_code or "",
                           basis=c.basis, mode=c.mode, threshold=c.threshold,
                           earned=c.earned, in_progress=c.in_progress, planned=c.planned,
                           counted=tuple(dict.fromkeys(u.title or u.code for u in c.courses)))


def audit_report(audit: AuditResult, titles: Mapping[str, str] | None = None) -> AuditReport:
    """The audit section of the printed plan for ``audit``; ``titles`` names the courses
    substitutions stand in for (``substituted_codes``), so no bare code is printed."""
    return AuditReport(
        sets=tuple(_set_block(s) for s in audit.sets),
        exceptions=_exception_lines(audit, titles or {}),
        concentrator=_concentrator(audit.concentrator) if audit.concentrator else None,
        unknown_courses=audit.unknown_courses,
    )
