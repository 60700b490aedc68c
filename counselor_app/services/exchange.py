"""Exchange files: students and plans as JSON (export and import); the SIS exports are in
``sis_export``.

JSON format (``docs/import-formats.md`` describes every field)::

    {"format": "counselor-app-plans", "version": 1, "app_version": "0.1.0",
     "exported_at": "2026-01-05T14:03:00", "scope": "all" | "student" | "plan",
     "students": [{"student_id": ..., ..., "plans": [{"name": ..., ...,
                   "courses": [...], "comments": [...]}]}]}

Plans refer to courses, programs and occupations by code, so a file imports into any
database, whatever its catalog. Importing matches students by student ID and plans by
name within the student; importing the same file twice changes nothing. Like every
import it runs in one transaction after a backup.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counselor_app import __version__
from counselor_app.domain import (
    Plan,
    PlanComment,
    PlanCourse,
    Student,
)
from counselor_app.messages import Message, msg
from counselor_app.services.backups import backup_before
from counselor_app.services.exchange_audit import audit_docs, merge_audit_docs
from counselor_app.services.exchange_read import (  # noqa: F401 - part of this module's API
    COMMENT_FIELDS,
    COURSE_FIELDS,
    FORMAT,
    MAX_JSON_BYTES,
    PLAN_FIELDS,
    STUDENT_FIELDS,
    VERSION,
    ExchangeError,
    _StudentIn,
    read_document,
)
from counselor_app.services.exchange_records import (
    match_docs,
    merge_matches,
    merge_transcript,
    merge_versions,
    transcript_docs,
    version_docs,
)
from counselor_app.services.export_files import write_private_atomic
from counselor_app.store.engine import Database
from counselor_app.text import student_search_text

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- export

def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _student_doc(st: Student) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for f in STUDENT_FIELDS:
        value = getattr(st, f)
        doc[f] = _iso(value) if isinstance(value, dt.datetime) else value
    doc["plans"] = []
    return doc


def _plan_doc(s: Session, plan: Plan) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for f in PLAN_FIELDS:
        value = getattr(plan, f)
        doc[f] = _iso(value) if isinstance(value, dt.datetime) else value
    doc["courses"] = [
        {f: getattr(pc, f) for f in COURSE_FIELDS}
        for pc in s.scalars(select(PlanCourse).where(PlanCourse.plan_id == plan.id)
                            .order_by(PlanCourse.level, PlanCourse.sort_order, PlanCourse.id))]
    doc["comments"] = [
        {"author": c.author, "created_at": _iso(c.created_at), "text": c.text}
        for c in s.scalars(select(PlanComment).where(PlanComment.plan_id == plan.id)
                           .order_by(PlanComment.created_at, PlanComment.id))]
    doc["versions"] = version_docs(s, plan.id)
    return doc


def export_document(db: Database, *, student_pk: int | None = None,
                    plan_id: int | None = None) -> dict[str, Any]:
    """The JSON document for everything, one student (``student_pk``) or one plan."""
    if student_pk is not None and plan_id is not None:
        raise ValueError(msg("export one student or one plan, not both"))
    with db.read() as s:
        if plan_id is not None:
            plan = s.get(Plan, plan_id)
            if plan is None:
                raise LookupError(msg("plan {plan_id} does not exist", plan_id=plan_id))
            st = s.get(Student, plan.student_pk)
            assert st is not None
            doc = _student_doc(st)
            doc.update(audit_docs(s, st.id))
            doc["transcript"] = transcript_docs(s, st.id)
            doc["plans"].append(_plan_doc(s, plan))
            students, scope = [doc], "plan"
        else:
            stmt = select(Student).order_by(Student.student_id)
            scope = "all"
            if student_pk is not None:
                stmt = select(Student).where(Student.id == student_pk)
                scope = "student"
            students = []
            for st in s.scalars(stmt):
                doc = _student_doc(st)
                doc.update(audit_docs(s, st.id))
                doc["transcript"] = transcript_docs(s, st.id)
                for plan in s.scalars(select(Plan).where(Plan.student_pk == st.id)
                                      .order_by(Plan.id)):
                    doc["plans"].append(_plan_doc(s, plan))
                students.append(doc)
            if student_pk is not None and not students:
                raise LookupError(msg("student {student_pk} does not exist", student_pk=student_pk))
        matches = match_docs(s)
    return {"format": FORMAT, "version": VERSION, "app_version": __version__,
            "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "scope": scope, "students": students, "course_matches": matches}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    students: int
    plans: int


def export_json(db: Database, path: str | Path, *, student_pk: int | None = None,
                plan_id: int | None = None) -> ExportResult:
    """Write the JSON file (written to a temporary name first, then renamed)."""
    path = Path(path)
    doc = export_document(db, student_pk=student_pk, plan_id=plan_id)
    _write_atomic(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    plans = sum(len(st["plans"]) for st in doc["students"])
    return ExportResult(path, len(doc["students"]), plans)


def _write_atomic(path: Path, content: str, encoding: str = "utf-8") -> None:
    """Through a temporary file, readable by the owner only (see ``export_files``)."""
    try:
        write_private_atomic(path, content, encoding)
    except OSError as exc:
        raise ExchangeError(msg("{path}: cannot be written ({value})",
                                path=path, value=exc.strerror or exc)) from exc


# --------------------------------------------------------------------------- import

@dataclass
class JsonImportPreview:
    file: str
    students_added: list[str] = field(default_factory=list)
    students_updated: list[str] = field(default_factory=list)
    students_unchanged: list[str] = field(default_factory=list)
    plans_added: list[str] = field(default_factory=list)
    plans_updated: list[str] = field(default_factory=list)
    plans_unchanged: list[str] = field(default_factory=list)
    matches_added: bool = False  # course matches the database lacks

    @property
    def changes(self) -> int:
        return (len(self.students_added) + len(self.students_updated)
                + len(self.plans_added) + len(self.plans_updated) + int(self.matches_added))

    def summary(self) -> Message:
        return msg("students: {students_added} to add, {students_updated} to update, "
                   "{students_unchanged} unchanged; plans: {plans_added} to add, "
                   "{plans_updated} to update, {plans_unchanged} unchanged",
                   students_added=len(self.students_added),
                   students_updated=len(self.students_updated),
                   students_unchanged=len(self.students_unchanged),
                   plans_added=len(self.plans_added), plans_updated=len(self.plans_updated),
                   plans_unchanged=len(self.plans_unchanged))


@dataclass(frozen=True)
class JsonImportResult:
    preview: JsonImportPreview
    backup: Path | None


def _course_rows(s: Session, plan_id: int) -> list[dict[str, Any]]:
    return [{f: getattr(pc, f) for f in COURSE_FIELDS}
            for pc in s.scalars(select(PlanCourse).where(PlanCourse.plan_id == plan_id)
                                .order_by(PlanCourse.level, PlanCourse.sort_order,
                                          PlanCourse.id))]


def _comment_keys(s: Session, plan_id: int) -> set[tuple[str, dt.datetime, str]]:
    return {(c.author, c.created_at, c.text)
            for c in s.scalars(select(PlanComment).where(PlanComment.plan_id == plan_id))}


def _sorted_courses(courses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(courses, key=lambda c: (c["level"], c["sort_order"]))


def _run(s: Session, students: list[_StudentIn], preview: JsonImportPreview,
         write: bool, progress: Callable[[int, int, str], None] | None = None) -> None:
    existing = {st.student_id: st for st in s.scalars(select(Student))}
    total = len(students)
    for n, sin in enumerate(students, start=1):
        values = dict(sin.values)
        sid = values["student_id"]
        st = existing.get(sid)
        if st is None:
            preview.students_added.append(sid)
            if write:
                st = Student(**values)
                st.name_folded = student_search_text(st.first_name, st.last_name,
                                                     st.preferred_name, st.student_id)
                s.add(st)
                s.flush()
        else:
            values.pop("created_at")
            changed = [key for key, v in values.items() if getattr(st, key) != v]
            audit_changed = merge_audit_docs(s, st.id, sin.exceptions, sin.checklist, False)
            audit_changed |= merge_transcript(s, st.id, sin.transcript, False)
            (preview.students_updated if changed or audit_changed
             else preview.students_unchanged).append(sid)
            if write and changed:
                for key in changed:
                    setattr(st, key, values[key])
                st.name_folded = student_search_text(st.first_name, st.last_name,
                                                     st.preferred_name, st.student_id)
        if write and st is not None:
            merge_audit_docs(s, st.id, sin.exceptions, sin.checklist, True)
            merge_transcript(s, st.id, sin.transcript, True)
        plans_by_name: dict[str, list[Plan]] = {}
        if st is not None and st.id is not None:
            for found in s.scalars(select(Plan).where(Plan.student_pk == st.id)
                                   .order_by(Plan.id)):
                plans_by_name.setdefault(found.name, []).append(found)
        used: dict[str, int] = {}
        for pin in sin.plans:
            name = pin.values["name"]
            k = used.get(name, 0)
            used[name] = k + 1
            candidates = plans_by_name.get(name, [])
            plan: Plan | None = candidates[k] if k < len(candidates) else None
            label = f"{sid}: {name}"
            if plan is None:
                preview.plans_added.append(label)
                if write and st is not None:
                    if pin.values["is_active"]:
                        _deactivate_others(s, st.id, None)
                    plan = Plan(student_pk=st.id, **pin.values)
                    s.add(plan)
                    s.flush()
                    _replace_courses(s, plan.id, pin.courses)
                    _add_comments(s, plan.id, pin.comments, set())
                    merge_versions(s, plan.id, pin.versions, True)
                continue
            changed = [k2 for k2, v in pin.values.items() if getattr(plan, k2) != v
                       and k2 != "created_at"]
            courses_changed = _course_rows(s, plan.id) != _sorted_courses(pin.courses)
            have = _comment_keys(s, plan.id)
            new_comments = [c for c in pin.comments
                            if (c["author"], c["created_at"], c["text"]) not in have]
            versions_changed = merge_versions(s, plan.id, pin.versions, False)
            if changed or courses_changed or new_comments or versions_changed:
                preview.plans_updated.append(label)
            else:
                preview.plans_unchanged.append(label)
            if write:
                if pin.values["is_active"] and "is_active" in changed:
                    _deactivate_others(s, st.id if st else 0, plan.id)
                for k2 in changed:
                    setattr(plan, k2, pin.values[k2])
                if courses_changed:
                    _replace_courses(s, plan.id, pin.courses)
                _add_comments(s, plan.id, new_comments, have)
                merge_versions(s, plan.id, pin.versions, True)
        if progress and (n % 50 == 0 or n == total):
            s.flush()
            progress(n, total, msg("Importing {n} of {total} students…", n=n, total=total))


def _deactivate_others(s: Session, student_pk: int, keep: int | None) -> None:
    s.flush()
    for other in s.scalars(select(Plan).where(Plan.student_pk == student_pk, Plan.is_active)):
        if other.id != keep:
            other.is_active = False
    s.flush()


def _replace_courses(s: Session, plan_id: int, courses: list[dict[str, Any]]) -> None:
    s.execute(delete(PlanCourse).where(PlanCourse.plan_id == plan_id))
    s.add_all(PlanCourse(plan_id=plan_id, **c) for c in _sorted_courses(courses))


def _add_comments(s: Session, plan_id: int, comments: list[dict[str, Any]],
                  have: set[tuple[str, dt.datetime, str]]) -> None:
    for c in comments:
        key = (c["author"], c["created_at"], c["text"])
        if key not in have:
            have.add(key)
            s.add(PlanComment(plan_id=plan_id, **c))


def preview_json(db: Database, path: str | Path) -> JsonImportPreview:
    """What importing the file would change (raises ExchangeError for a bad file)."""
    doc, students = read_document(path)
    preview = JsonImportPreview(Path(path).name)
    with db.read() as s:
        _run(s, students, preview, write=False)
        preview.matches_added = merge_matches(s, doc["course_matches"], False)
    return preview


def import_json(db: Database, path: str | Path, *, backup: bool = True,
                progress: Callable[[int, int, str], None] | None = None) -> JsonImportResult:
    """Import students and plans in one transaction (after a backup when anything changes)."""
    doc, students = read_document(path)
    preview = JsonImportPreview(Path(path).name)
    with db.read() as s:
        _run(s, students, preview, write=False)
        preview.matches_added = merge_matches(s, doc["course_matches"], False)
    if not preview.changes:
        return JsonImportResult(preview, None)
    backup_path = backup_before(db, "before-import") if backup else None
    final = JsonImportPreview(preview.file)
    with db.transaction() as s:
        if s.get_bind().dialect.name == "sqlite":
            from sqlalchemy import text

            s.execute(text("DELETE FROM data_info WHERE 0"))  # take the write lock now
        _run(s, students, final, write=True, progress=progress)
        final.matches_added = merge_matches(s, doc["course_matches"], True)
    log.info("JSON import from %s: %s", final.file, final.summary())
    return JsonImportResult(final, backup_path)
