"""A search box cannot build an unbounded query: a pasted page of text still answers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from counselor_app.services.search import search
from counselor_app.services.students import StudentData, create_student, list_students
from counselor_app.store.engine import Database
from counselor_app.text import MAX_QUERY_WORDS, query_words


def _statements(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement sent, through the engine or through ``Database.rows``."""
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda conn, cur, statement, *a: seen.append(statement))
    rows = db.rows
    monkeypatch.setattr(db, "rows", lambda sql, params=None: seen.append(sql) or rows(sql, params))
    return seen


def test_a_pasted_page_in_the_student_search_answers_with_a_bounded_query(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    create_student(db, StudentData("Q-1", "Ana", "Núñez", 9, dt.date.today().year + 3))
    seen = _statements(db, monkeypatch)
    assert [r.student_id for r in list_students(db, query="nunez " + "ana " * 20_000)] == ["Q-1"]
    assert list_students(db, query="zz " * 20_000) == []  # SQLite would refuse 20,000 LIKEs
    assert max(s.count("LIKE") for s in seen) <= MAX_QUERY_WORDS


def test_a_pasted_page_in_the_catalog_search_answers(db: Database) -> None:
    hits = search(db, "nurs " + "registered " * 50_000)
    assert "Registered Nurses" in [h.label for h in hits.get("occupation", [])]
    assert len(query_words("word " * 10_000)) == MAX_QUERY_WORDS
    assert len("".join(query_words("x" * 100_000))) <= 200
