"""The order plans come out of a batch: students by name, as the batch's language files
names (``counselor_app.collation``), particles where the school files them (Settings)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from counselor_app.collation import name_sort_key
from counselor_app.domain import Student
from counselor_app.store.engine import Database


def batch_order(db: Database, student_pks: Sequence[int], language: str | None,
                particles: str) -> list[int]:
    """``student_pks`` (each once) sorted by surname and given name in ``language``
    (None: English, which files accented initials with their letter); keys of students
    no longer in the database keep their place at the end, for the batch to report."""
    pks = list(dict.fromkeys(student_pks))
    names: dict[int, tuple[str, ...]] = {}
    with db.read() as s:
        for start in range(0, len(pks), 500):  # SQL parameter limits on large caseloads
            chunk = pks[start:start + 500]
            for pk, last, first, sid in s.execute(
                    select(Student.id, Student.last_name, Student.first_name,
                           Student.student_id).where(Student.id.in_(chunk))):
                names[pk] = name_sort_key(last, first, sid, language or "en", particles)
    known = sorted((pk for pk in pks if pk in names), key=lambda pk: names[pk])
    return known + [pk for pk in pks if pk not in names]
