"""Audits as plain JSON-ready dicts (``counselor-app audit --json``) and as text lines
(snapshot files, logs without names). The GUI, the CLI and the PDF show the same audit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from counselor_app.audit.model import CourseFacts, Requirement
from counselor_app.audit.results import (
    STATUS_LABELS,
    UNUSED,
    AuditResult,
    ConcentratorResult,
    RequirementResult,
    SetAudit,
    format_amount,
)


def requirement_json(r: RequirementResult) -> dict[str, Any]:
    return {"label": r.label, "status": r.status, "required": r.required,
            "earned": r.earned, "in_progress": r.in_progress, "planned": r.planned,
            "unit": r.unit, "courses": [c.code for c in r.courses],
            "children": [requirement_json(c) for c in r.children]}


def set_json(s: SetAudit) -> dict[str, Any]:
    return {"code": s.code, "name": s.name, "kind": s.kind, "status": s.status,
            "requirements": [requirement_json(r) for r in s.requirements]}


def concentrator_json(c: ConcentratorResult | None) -> dict[str, Any]:
    if c is None:
        return {}
    return {"status": c.status, "program_code": c.program_code, "program_name":
            c.program_name, "basis": c.basis, "mode": c.mode, "threshold": c.threshold,
            "earned": c.earned, "in_progress": c.in_progress, "planned": c.planned,
            "courses": [u.code for u in c.courses]}


def audit_json(result: AuditResult, student_id: str, plan: str) -> dict[str, Any]:
    return {"student_id": student_id, "plan": plan,
            "sets": [set_json(s) for s in result.sets],
            "concentrator": concentrator_json(result.concentrator)}


# ---------------------------------------------------------------- text


def _amounts(r: RequirementResult) -> str:
    if r.kind == "checklist":
        return "done" if r.status == "met" else "not marked done"
    if r.unit == "requirements":
        head = f"{format_amount(r.required)} of {len(r.children)} needed" if r.children \
            else "1 set"
        words = ("met", "in progress", "on track")
    else:
        one = {"credits": "credit", "courses": "course", "items": "item"}[r.unit]
        head = f"{format_amount(r.required)} {one if r.required == 1 else r.unit}"
        words = ("earned", "in progress", "planned")
    parts = [f"{words[0]} {format_amount(r.earned)}"]
    if r.in_progress:
        parts.append(f"{words[1]} {format_amount(r.in_progress)}")
    if r.planned:
        parts.append(f"{words[2]} {format_amount(r.planned)}")
    return f"{head}: " + ", ".join(parts)


def requirement_lines(r: RequirementResult, depth: int = 0) -> list[str]:
    pad = "  " * depth
    line = f"{pad}[{STATUS_LABELS[r.status]}] {r.label} ({_amounts(r)})"
    if r.missing and r.kind != "checklist":
        line += f"; missing: {r.missing}"
    lines = [line]
    for ex in r.exceptions:
        lines.append(f"{pad}    exception: {ex.text}")
    if r.done_on:
        lines.append(f"{pad}    done on {r.done_on.isoformat()}")
    if r.kind == "total":
        lines.append(f"{pad}    ({len(r.courses)} courses counted)")
    for c in () if r.kind == "total" else r.courses:
        extra = f" as {c.substitutes}" if c.substitutes else ""
        mark = f" {c.mark}" if c.mark else ""
        lines.append(f"{pad}    - {c.code} {c.title}{extra}: {format_amount(c.credits)} "
                     f"({c.status.replace('_', ' ')}{mark}, grade {c.level})")
    for child in r.children:
        lines += requirement_lines(child, depth + 1)
    return lines


def set_lines(s: SetAudit) -> list[str]:
    lines = [f"{s.name} ({s.code}, {s.kind}, {s.state}): {STATUS_LABELS[s.status]}",
             f"  source: {s.source} (checked {s.checked.isoformat()})"]
    for r in s.requirements:
        lines += requirement_lines(r, 1)
    listed = [n for n in s.not_counted if n.reason != UNUSED]
    unused = [n.code for n in s.not_counted if n.reason == UNUSED]
    if listed or unused:
        lines.append("  not counted:")
        lines += [f"    - {n.text} (grade {n.level})" for n in listed]
        if unused:
            lines.append(f"    - counting toward no requirement of this set: {', '.join(unused)}")
    return lines


def could_fill(node: Requirement, catalog: Mapping[str, CourseFacts]) -> list[str]:
    """Catalog course codes that would count toward ``node`` (for "what could fill
    this"), sorted by code. Parents answer for all their leaves."""
    codes: set[str] = set()
    for n in node.walk():
        if n.kind == "courses":
            codes.update(c for slot in n.slots for c in slot if c in catalog)
        elif n.select is not None and n.kind != "total":
            codes.update(code for code, facts in catalog.items() if n.select.matches(facts))
    return sorted(codes)
