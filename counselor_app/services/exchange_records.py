"""Format version 2 of exchange files: transcripts, course matches, versions, sign-offs.

Each student carries ``"transcript"`` (completed courses as the school's records have
them); each plan carries ``"family_notes"``, ``"first_level"`` and ``"versions"``
(approved versions: the frozen plan and audit as JSON, the printed PDF in base64 with
its SHA-256, and the sign-offs, scanned pages in base64); the document carries
``"course_matches"`` (what course numbers not in the catalog stand for). All are
optional, so version 1 files import as before. Importing adds what the database lacks:
a transcript row is matched by course number, school year and term (its mark and
credits are updated); a version by its number (an existing version is never changed).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counselor_app.domain import CourseMatch, PlanSignoff, PlanVersion, TranscriptEntry
from counselor_app.domain.records import SIGNOFF_ROLES, TRANSCRIPT_TERMS
from counselor_app.messages import msg
from counselor_app.services.exchange_check import Checker, read_date

TRANSCRIPT_FIELDS = ("source_code", "course_code", "title", "level", "school_year", "term",
                     "mark", "credits_earned", "school", "transfer", "source")
MATCH_FIELDS = ("school", "source_code", "source_title", "catalog_code", "subject_area",
                "tags", "decided_by")


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data is not None else None


# --------------------------------------------------------------------------- export

def transcript_docs(s: Session, student_pk: int) -> list[dict[str, Any]]:
    return [{f: getattr(e, f) for f in TRANSCRIPT_FIELDS}
            for e in s.scalars(select(TranscriptEntry)
                               .where(TranscriptEntry.student_pk == student_pk)
                               .order_by(TranscriptEntry.school_year, TranscriptEntry.term,
                                         TranscriptEntry.source_code))]


def match_docs(s: Session) -> list[dict[str, Any]]:
    return [{**{f: getattr(m, f) for f in MATCH_FIELDS},
             "decided_at": m.decided_at.isoformat()}
            for m in s.scalars(select(CourseMatch).order_by(CourseMatch.source_code))]


def version_docs(s: Session, plan_id: int) -> list[dict[str, Any]]:
    out = []
    for v in s.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan_id)
                       .order_by(PlanVersion.number)):
        signoffs = [{"role": so.role, "printed_name": so.printed_name,
                     "relationship": so.relationship, "signed_on": so.signed_on.isoformat(),
                     "recorded_by": so.recorded_by, "recorded_at": so.recorded_at.isoformat(),
                     "attachment_name": so.attachment_name,
                     "attachment_type": so.attachment_type,
                     "attachment": _b64(so.attachment)}
                    for so in s.scalars(select(PlanSignoff)
                                        .where(PlanSignoff.version_id == v.id)
                                        .order_by(PlanSignoff.id))]
        out.append({"number": v.number, "approved_by": v.approved_by,
                    "approved_at": v.approved_at.isoformat(),
                    "snapshot": json.loads(v.snapshot), "audit": json.loads(v.audit),
                    "acknowledged": [a for a in v.acknowledged.split("\n") if a],
                    "sha256": v.checksum, "pdf": _b64(v.pdf), "signoffs": signoffs})
    return out


# --------------------------------------------------------------------------- reading

def _bytes(check: Checker, obj: dict[str, Any], key: str, where: str,
           nullable: bool = False) -> bytes | None:
    value = obj.get(key)
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        check.fail(f"{where}.{key}", msg("must be base64 text"))
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        check.fail(f"{where}.{key}", msg("is not valid base64"))
        return None


def _number(check: Checker, obj: dict[str, Any], key: str, where: str) -> float:
    value = obj.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 10:
        check.fail(f"{where}.{key}", msg("must be a number from 0 to 10"))
        return 0.0
    return float(value)


def read_transcript(check: Checker, st: dict[str, Any], where: str) -> list[dict[str, Any]]:
    rows = []
    for k, e in enumerate(check.list_(st, "transcript", where)):
        w = f"{where}.transcript[{k}]"
        if not isinstance(e, dict):
            check.fail(w, msg("must be an object"))
            continue
        term = e.get("term", "year")
        if term not in TRANSCRIPT_TERMS:
            check.fail(f"{w}.term", msg("must be one of {terms}",
                                        terms=", ".join(TRANSCRIPT_TERMS)))
        transfer = e.get("transfer", False)
        if not isinstance(transfer, bool):
            check.fail(f"{w}.transfer", msg("must be true or false"))
        rows.append({
            "source_code": check.str_(e, "source_code", w, max_len=40, required=True),
            "course_code": check.str_(e, "course_code", w, max_len=32, nullable=True),
            "title": check.str_(e, "title", w, max_len=200),
            "level": check.int_(e, "level", w, allowed=range(6, 13)),
            "school_year": check.int_(e, "school_year", w, allowed=range(1950, 2101)),
            "term": term, "mark": check.str_(e, "mark", w, max_len=10),
            "credits_earned": _number(check, e, "credits_earned", w),
            "school": check.str_(e, "school", w, max_len=200), "transfer": bool(transfer),
            "source": check.str_(e, "source", w, max_len=40),
        })
    return rows


def read_matches(check: Checker, doc: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for k, m in enumerate(check.list_(doc, "course_matches", "document")):
        w = f"course_matches[{k}]"
        if not isinstance(m, dict):
            check.fail(w, msg("must be an object"))
            continue
        row = {f: check.str_(m, f, w, max_len=300 if f == "tags" else 200)
               for f in MATCH_FIELDS if f != "catalog_code"}
        row["source_code"] = check.str_(m, "source_code", w, max_len=40, required=True)
        row["catalog_code"] = check.str_(m, "catalog_code", w, max_len=32, nullable=True)
        row["decided_at"] = check.time(m, "decided_at", w)
        rows.append(row)
    return rows


def read_versions(check: Checker, pl: dict[str, Any], where: str) -> list[dict[str, Any]]:
    rows = []
    for k, v in enumerate(check.list_(pl, "versions", where)):
        w = f"{where}.versions[{k}]"
        if not isinstance(v, dict):
            check.fail(w, msg("must be an object"))
            continue
        pdf = _bytes(check, v, "pdf", w)
        checksum = v.get("sha256")
        if pdf is not None and checksum != hashlib.sha256(pdf).hexdigest():
            check.fail(f"{w}.pdf", msg("does not match its sha256 checksum; the file was "
                                       "changed or damaged"))
        acknowledged = v.get("acknowledged", [])
        if not isinstance(acknowledged, list) or not all(isinstance(a, str)
                                                         for a in acknowledged):
            check.fail(f"{w}.acknowledged", msg("must be a list of texts"))
            acknowledged = []
        for key in ("snapshot", "audit"):
            if not isinstance(v.get(key), dict):
                check.fail(f"{w}.{key}", msg("must be an object"))
        signoffs = []
        for j, so in enumerate(check.list_(v, "signoffs", w)):
            sw = f"{w}.signoffs[{j}]"
            if not isinstance(so, dict):
                check.fail(sw, msg("must be an object"))
                continue
            if so.get("role") not in SIGNOFF_ROLES:
                check.fail(f"{sw}.role", msg("must be student or guardian"))
            signoffs.append({
                "role": so.get("role"),
                "printed_name": check.str_(so, "printed_name", sw, max_len=200),
                "relationship": check.str_(so, "relationship", sw, max_len=60),
                "signed_on": read_date(check, so, "signed_on", sw),
                "recorded_by": check.str_(so, "recorded_by", sw, max_len=200),
                "recorded_at": check.time(so, "recorded_at", sw),
                "attachment_name": check.str_(so, "attachment_name", sw, max_len=200),
                "attachment_type": check.str_(so, "attachment_type", sw, max_len=40),
                "attachment": _bytes(check, so, "attachment", sw, nullable=True),
            })
        rows.append({
            "number": check.int_(v, "number", w, allowed=range(1, 10_000)),
            "approved_by": check.str_(v, "approved_by", w, max_len=200, required=True),
            "approved_at": check.time(v, "approved_at", w),
            "snapshot": json.dumps(v.get("snapshot"), sort_keys=True),
            "audit": json.dumps(v.get("audit"), sort_keys=True),
            "acknowledged": "\n".join(acknowledged), "pdf": pdf, "checksum": checksum,
            "signoffs": signoffs,
        })
    return rows


# --------------------------------------------------------------------------- merging

def merge_transcript(s: Session, student_pk: int | None, rows: list[dict[str, Any]],
                     write: bool) -> bool:
    """Add or update the student's transcript rows; True when anything would change."""
    have: dict[tuple[Any, ...], TranscriptEntry] = {}
    if student_pk is not None:
        have = {(e.source_code, e.school_year, e.term): e for e in s.scalars(
            select(TranscriptEntry).where(TranscriptEntry.student_pk == student_pk))}
    changed = False
    now = dt.datetime.now().replace(microsecond=0)
    for row in rows:
        old = have.get((row["source_code"], row["school_year"], row["term"]))
        if old is not None and all(getattr(old, k) == v for k, v in row.items()):
            continue
        changed = True
        if not write or student_pk is None:
            continue
        if old is None:
            entry = TranscriptEntry(student_pk=student_pk, created_at=now, updated_at=now,
                                    **row)
            s.add(entry)
            have[(row["source_code"], row["school_year"], row["term"])] = entry
        else:
            for k, v in row.items():
                setattr(old, k, v)
            old.updated_at = now
    return changed


def merge_matches(s: Session, rows: list[dict[str, Any]], write: bool) -> bool:
    """Add the course matches the database lacks (a local decision is kept)."""
    have = {(m.school, m.source_code) for m in s.scalars(select(CourseMatch))}
    new = [r for r in rows if (r["school"], r["source_code"]) not in have]
    if write:
        for r in new:
            s.add(CourseMatch(**r))
    return bool(new)


def merge_versions(s: Session, plan_id: int | None, rows: list[dict[str, Any]],
                   write: bool) -> bool:
    """Add the approved versions (by number) the plan lacks, with their sign-offs."""
    have: set[int] = set()
    if plan_id is not None:
        have = set(s.scalars(select(PlanVersion.number).where(PlanVersion.plan_id == plan_id)))
    new = [r for r in rows if r["number"] not in have]
    if write and plan_id is not None:
        for r in new:
            values = {k: v for k, v in r.items() if k != "signoffs"}
            version = PlanVersion(plan_id=plan_id, **values)
            s.add(version)
            s.flush()
            for so in r["signoffs"]:
                s.add(PlanSignoff(version_id=version.id, **so))
    return bool(new)
