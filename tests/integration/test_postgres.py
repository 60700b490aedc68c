"""The same services on PostgreSQL (runs when COUNSELOR_APP_TEST_PG_URL names an empty database).

    COUNSELOR_APP_TEST_PG_URL=postgresql+psycopg://user:pw@127.0.0.1/dbname pytest ...
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import MetaData, make_url, text

PG_URL = os.environ.get("COUNSELOR_APP_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL test database configured")


def test_full_flow_on_postgresql() -> None:
    from counselor_app.services import plans, search, stats, student_list, students
    from counselor_app.store.bootstrap import open_database
    from counselor_app.store.engine import open_engine

    assert PG_URL is not None
    scratch = open_engine(PG_URL)
    with scratch.engine.begin() as conn:  # start from an empty database
        meta = MetaData()
        meta.reflect(conn)
        meta.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    scratch.dispose()

    db = open_database(PG_URL)
    try:
        assert stats.database_stats(db)["clusters"] == {"ncc-legacy": 16, "ncc-2024": 14}
        assert "Registered Nurses" in [h.label for h in search.search(db, "nurs")["occupation"]]
        pk = students.create_student(db, students.StudentData("PG1", "Łukasz", "Nguyễn", 9, 2030))
        assert [r.student_id for r in students.list_students(db, query="lukasz")] == ["PG1"]
        for sort in student_list.SORT_KEYS:  # the list's SQL sorting and paging
            ids = student_list.student_ids(db, student_list.StudentListQuery(
                text="lukasz", sort=sort, descending=True))
            assert [r.student_id for r in student_list.student_rows(db, ids)] == ["PG1"]
        assert student_list.count_students(db) >= 1
        plan_id = plans.create_plan(db, pk, "Nursing", "L08-05-P1")
        result = plans.validate(db, plan_id)
        assert result.total_credits >= 24
        password = make_url(PG_URL).password
        assert not password or f":{password}@" not in db.display_name
    finally:
        db.dispose()
    reopened = open_database(PG_URL)  # a second start migrates nothing and keeps the data
    assert stats.database_stats(reopened)["students"] == 1
    reopened.dispose()


def _empty_database() -> None:
    from counselor_app.store.engine import open_engine

    assert PG_URL is not None
    scratch = open_engine(PG_URL)
    with scratch.engine.begin() as conn:
        meta = MetaData()
        meta.reflect(conn)
        meta.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    scratch.dispose()


def test_concurrent_copies_on_postgresql_keep_one_active_plan_and_every_edit(
        tmp_path: Path) -> None:
    from counselor_app.store.bootstrap import open_database
    from tests.integration.test_concurrent_edits import (
        active_counts,
        add_students,
        edits_kept,
        race,
    )

    assert PG_URL is not None
    _empty_database()
    db = open_database(PG_URL)
    try:
        pks = add_students(db, 100)
        race(PG_URL, pks, tmp_path / "go-plans")
        counts = active_counts(db)
        assert all(counts[pk] == (2, 1) for pk in pks)
        race(PG_URL, pks, tmp_path / "go-edits", ("notes", "grade"))
        assert edits_kept(db, pks) == []
    finally:
        db.dispose()


def test_two_imports_at_once_on_postgresql_end_cleanly(tmp_path: Path) -> None:
    import datetime as dt
    import subprocess
    import sys

    from counselor_app.services.students import find_student
    from counselor_app.store.bootstrap import open_database

    assert PG_URL is not None
    _empty_database()
    open_database(PG_URL).dispose()
    year = dt.date.today().year
    roster = tmp_path / "roster.csv"
    roster.write_text("Student ID,Last Name,First Name,Grade,Graduation Year\n" + "".join(
        f"PGI{i:04},Last{i},First{i},9,{year + 3}\n" for i in range(400)), encoding="utf-8")
    env = {**os.environ, "COUNSELOR_APP_NO_LOG_FILE": "1"}
    procs = [subprocess.Popen([sys.executable, "-m", "counselor_app", "import", "students",
                               str(roster), "--db", PG_URL], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    for code, err in results:
        assert code in (0, 2), results
        assert "Traceback" not in err
        if code == 2:
            assert len(err.strip().splitlines()) == 1, err
    assert any(code == 0 for code, _ in results), results
    db = open_database(PG_URL)
    try:
        assert all(find_student(db, f"PGI{i:04}") is not None for i in range(0, 400, 37))
    finally:
        db.dispose()


def test_a_chunked_student_import_on_postgresql(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks looked up with = ANY(array), written by executemany, version-checked
    updates, and an error in a later chunk rolling every earlier chunk back."""
    import datetime as dt

    from counselor_app.domain import Student
    from counselor_app.services.imports import ImportRefused, apply_import, preview_import
    from counselor_app.services.imports import students as student_import
    from counselor_app.store.bootstrap import open_database

    assert PG_URL is not None
    monkeypatch.setattr(student_import, "CHUNK", 5)
    _empty_database()
    db = open_database(PG_URL)
    year = dt.date.today().year
    header = "Student ID,Last Name,First Name,Grade,Graduation Year\n"

    def roster(name: str, grades: list[int], bad: int | None = None) -> Path:
        path = tmp_path / name
        path.write_text(header + "".join(
            f"P{i:03d},Núñez,Zoë{i},{15 if i == bad else g},{year + 12 - g}\n"
            for i, g in enumerate(grades)), encoding="utf-8")
        return path

    def stored() -> dict[str, tuple[int, int]]:
        from sqlalchemy import select

        with db.read() as s:
            return {st.student_id: (st.grade, st.row_version) for st in s.scalars(select(Student))}

    try:
        first = roster("a.csv", [9] * 23)
        assert len(preview_import(db, "students", first).to_add) == 23
        assert apply_import(db, "students", first).added == 23
        assert apply_import(db, "students", first).unchanged == 23
        changed = [10 if i in (0, 4, 5, 22) else 9 for i in range(23)]
        result = apply_import(db, "students", roster("b.csv", changed))
        assert (result.updated, result.unchanged) == (4, 19)
        after = stored()
        assert after["P005"] == (10, 2) and after["P006"] == (9, 1)
        with pytest.raises(ImportRefused):
            apply_import(db, "students", roster("c.csv", [11] * 23, bad=17))
        assert stored() == after
    finally:
        db.dispose()


def test_two_copies_marking_status_approving_and_editing_on_postgresql(tmp_path: Path) -> None:
    from counselor_app.store.bootstrap import open_database
    from tests.integration.test_concurrent_status import (
        check_approval_race,
        check_comment_race,
        check_move_race,
        check_notes_race,
        check_settings_race,
        check_status_race,
        make_plans,
    )

    assert PG_URL is not None
    _empty_database()
    db = open_database(PG_URL)
    try:
        ids = make_plans(db, 40)
        check_status_race(PG_URL, db, tmp_path / "go-status", ids)
        check_approval_race(PG_URL, db, tmp_path / "go-approve", ids[:8])
        check_comment_race(PG_URL, db, tmp_path / "go-comment", ids)
        check_move_race(PG_URL, db, tmp_path / "go-move", ids)
        check_notes_race(PG_URL, db, tmp_path / "go-notes", ids)
        check_settings_race(PG_URL, db, tmp_path / "go-settings")
    finally:
        db.dispose()
