"""Student records: list, create, edit, archive, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from counselor_app.domain import Plan, Student
from counselor_app.messages import Listing, msg
from counselor_app.services.concurrency import (
    STUDENT_FIELD_LABELS,
    Change,
    ConflictError,
    current_user,
)
from counselor_app.services.imports.records import bad_chars
from counselor_app.services.student_list import (  # noqa: F401  (re-exported)
    StudentRow,
    has_students,
    list_students,
)
from counselor_app.store.engine import Database
from counselor_app.text import student_search_text


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class StudentValidationError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(Listing([msg("{field}: {message}", field=e.field, message=e.message)
                                  for e in errors], "; "))
        self.errors = errors


class StudentDeleteRefused(ValueError):
    pass


@dataclass(frozen=True)
class StudentData:
    """What the student form edits."""

    student_id: str
    first_name: str
    last_name: str
    grade: int
    graduation_year: int
    preferred_name: str = ""
    school: str = ""
    counselor: str = ""
    career_interests: tuple[str, ...] = ()  # cluster codes
    notes: str = ""
    family_language: str = ""  # a language code ("es"); "" when not recorded


@dataclass(frozen=True)
class StudentDetail:
    id: int
    data: StudentData
    archived: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    plan_ids: tuple[int, ...] = field(default=())
    version: int = 1
    updated_by: str = ""


GRADES = range(6, 13)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def validate_student(data: StudentData, today: dt.date | None = None) -> list[FieldError]:
    """Problems with the form, each naming its field; empty when it can be saved."""
    year = (today or dt.date.today()).year
    errors = []
    if not data.student_id.strip():
        errors.append(FieldError("student_id", msg("Student ID is required.")))
    elif len(data.student_id.strip()) > 40:
        errors.append(FieldError("student_id", msg("Student ID is longer than 40 characters.")))
    if not data.first_name.strip():
        errors.append(FieldError("first_name", msg("First name is required.")))
    if not data.last_name.strip():
        errors.append(FieldError("last_name", msg("Last name is required.")))
    for name in ("first_name", "last_name", "preferred_name"):
        if len(getattr(data, name)) > 100:
            errors.append(FieldError(name, msg("Names are limited to 100 characters.")))
    for name in ("student_id", "first_name", "last_name", "preferred_name", "school",
                 "counselor", "notes"):
        value = getattr(data, name)
        if isinstance(value, str) and bad_chars(value, multiline=name == "notes"):
            errors.append(FieldError(name, msg("Holds control or unprintable characters.")))
    if data.grade not in GRADES:
        errors.append(FieldError("grade", msg("Grade must be between 6 and 12.")))
    if not year - 1 <= data.graduation_year <= year + 8:
        errors.append(FieldError("graduation_year",
                                 msg("Graduation year must be between {value} and {value2}.",
                                     value=year - 1, value2=year + 8)))
    return errors


def _apply(student: Student, data: StudentData) -> None:
    student.student_id = data.student_id.strip()
    student.first_name = data.first_name.strip()
    student.last_name = data.last_name.strip()
    student.preferred_name = data.preferred_name.strip()
    student.grade = data.grade
    student.graduation_year = data.graduation_year
    student.school = data.school.strip()
    student.counselor = data.counselor.strip()
    student.career_interests = ";".join(data.career_interests)
    student.notes = data.notes
    student.family_language = data.family_language.strip().lower()
    student.name_folded = student_search_text(student.first_name, student.last_name,
                                              student.preferred_name, student.student_id)
    student.updated_at = _now()


def _check(db: Database, data: StudentData, pk: int | None) -> None:
    errors = validate_student(data)
    if not errors:
        with db.read() as s:
            other = s.scalar(select(Student.id)
                             .where(Student.student_id == data.student_id.strip()))
        if other is not None and other != pk:
            errors.append(FieldError("student_id",
                                     msg("Student ID {value} is already in use.",
                                         value=data.student_id.strip())))
    if errors:
        raise StudentValidationError(errors)


def create_student(db: Database, data: StudentData) -> int:
    _check(db, data, None)
    try:
        with db.transaction() as s:
            student = Student(created_at=_now(), updated_by=current_user(db))
            _apply(student, data)
            s.add(student)
            s.flush()
            return student.id
    except IntegrityError as exc:  # a second app instance took the ID meanwhile
        raise StudentValidationError(
            [FieldError("student_id", msg("Student ID {student_id} is already in use.",
                                          student_id=data.student_id))]) from exc


def _normal(data: StudentData) -> dict[str, object]:
    """The form's values as they would be stored (names trimmed)."""
    values = {f: getattr(data, f) for f in STUDENT_FIELD_LABELS}
    for key, value in values.items():
        if isinstance(value, str) and key != "notes":
            values[key] = value.strip()
    return values


def _stored(st: Student) -> StudentData:
    return StudentData(st.student_id, st.first_name, st.last_name, st.grade,
                       st.graduation_year, st.preferred_name, st.school, st.counselor,
                       tuple(filter(None, st.career_interests.split(";"))), st.notes,
                       st.family_language)


def update_student(db: Database, pk: int, data: StudentData, *,
                   original: StudentData | None = None, version: int | None = None,
                   overwrite: bool = False, _tries: int = 3) -> int:
    """Save the form; returns the record's new version.

    With ``original`` (what the form showed) only the fields the counselor changed
    are written, so another counselor's change to other fields is kept. With
    ``version`` too, a save over a newer version that changed the same fields
    raises ConflictError (who, when, which fields) unless ``overwrite``.
    """
    _check(db, data, pk)
    by = current_user(db)
    try:
        with db.transaction() as s:
            student = s.get(Student, pk)
            if student is None:
                raise LookupError(msg("student {pk} no longer exists", pk=pk))
            current = _normal(_stored(student))
            wanted = _normal(data)
            mine = set(wanted) if original is None else {
                f for f, v in wanted.items() if v != _normal(original)[f]}
            if version is not None and original is not None and not overwrite \
                    and student.row_version != version:
                theirs = {f for f, v in current.items() if v != _normal(original)[f]}
                clash = [f for f in STUDENT_FIELD_LABELS if f in mine & theirs
                         and current[f] != wanted[f]]
                if clash:
                    raise ConflictError("student", Change(
                        student.updated_by, student.updated_at,
                        tuple(STUDENT_FIELD_LABELS[f] for f in clash), student.row_version))
            merged = StudentData(**{f: (wanted[f] if f in mine else getattr(_stored(student), f))
                                    for f in STUDENT_FIELD_LABELS})  # type: ignore[arg-type]
            if _normal(merged) == current:
                return student.row_version  # nothing to write
            _apply(student, merged)
            student.updated_by = by
            s.flush()
            return student.row_version
    except StaleDataError:
        if _tries <= 1:
            raise
        # another copy saved between our read and our write: decide again on fresh data
        return update_student(db, pk, data, original=original, version=version,
                              overwrite=overwrite, _tries=_tries - 1)


def set_archived_many(db: Database, pks: Collection[int], archived: bool) -> list[int]:
    """Archive (or bring back) several students in one transaction; returns those whose
    state changed (students deleted meanwhile, or already so, are left out), so an undo
    puts back exactly these."""
    changed: list[int] = []
    with db.transaction() as s:
        for student in s.scalars(select(Student).where(Student.id.in_(list(pks)))
                                 .order_by(Student.id)):
            if student.archived != archived:
                student.archived = archived
                student.updated_at = _now()
                changed.append(student.id)
    return changed


def set_archived(db: Database, pk: int, archived: bool) -> None:
    with db.transaction() as s:
        student = s.get(Student, pk)
        if student is None:
            raise LookupError(msg("student {pk} no longer exists", pk=pk))
        student.archived = archived
        student.updated_at = _now()


def delete_student(db: Database, pk: int) -> None:
    """Hard delete; refused when the student has an approved plan."""
    with db.transaction() as s:
        approved = s.scalar(select(func.count()).select_from(Plan)
                            .where(Plan.student_pk == pk, Plan.status == "approved"))
        if approved:
            raise StudentDeleteRefused(msg("This student has an approved plan; archive the student "
                                           "instead of deleting."))
        student = s.get(Student, pk)
        if student is not None:
            s.delete(student)


def get_student(db: Database, pk: int) -> StudentDetail | None:
    with db.read() as s:
        return get_students(s, [pk]).get(pk)


def get_students(s: Session, pks: Collection[int]) -> dict[int, StudentDetail]:
    """``get_student`` for many students in two queries; missing ones are left out."""
    plans: dict[int, list[int]] = {}
    for plan_id, pk in s.execute(select(Plan.id, Plan.student_pk)
                                 .where(Plan.student_pk.in_(list(pks))).order_by(Plan.id)):
        plans.setdefault(pk, []).append(plan_id)
    return {st.id: StudentDetail(st.id, _stored(st), st.archived, st.created_at,
                                 st.updated_at, tuple(plans.get(st.id, ())), st.row_version,
                                 st.updated_by)
            for st in s.scalars(select(Student).where(Student.id.in_(list(pks))))}


def find_student(db: Database, student_id: str) -> int | None:
    with db.read() as s:
        return s.scalar(select(Student.id).where(Student.student_id == student_id.strip()))


def list_counselors(db: Database) -> list[str]:
    with db.read() as s:
        return [c for c in s.scalars(select(Student.counselor).distinct()
                                     .order_by(Student.counselor)) if c]
