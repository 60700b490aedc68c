"""The student list service: ids sorted and filtered in SQL, rows read by ids."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counselor_app.services import plans, student_list
from counselor_app.services.student_list import (
    StudentListQuery,
    count_students,
    student_ids,
    student_rows,
)
from counselor_app.services.students import StudentData, create_student, set_archived
from counselor_app.store.engine import Database, open_engine
from counselor_app.store.migrate import alembic_config, migrate
from tests.catalog import PROGRAM, add_test_catalog

YEAR = dt.date.today().year


def add(db: Database, sid: str, first: str, last: str, grade: int = 9, counselor: str = "",
        preferred: str = "") -> int:
    return create_student(db, StudentData(sid, first, last, grade, YEAR + 12 - grade,
                                          preferred_name=preferred, counselor=counselor))


@pytest.fixture
def school(db: Database) -> dict[str, int]:
    return {"nunez": add(db, "10", "José", "Núñez", 11, "mr. b"),
            "orsted": add(db, "9", "Zoë", "Ørsted", 10, "Ms. A"),
            "cruz": add(db, "S-1", "Bea", "de la Cruz", 12, "Ms. C", preferred="Bee"),
            "lee": add(db, "100", "Ann", "Lee", 10)}


def names(db: Database, query: StudentListQuery) -> list[str]:
    return [r.last_name for r in student_rows(db, student_ids(db, query))]


def test_each_column_sorts_in_sql_both_ways(db: Database, school: dict[str, int]) -> None:
    q = StudentListQuery
    assert names(db, q()) == ["de la Cruz", "Lee", "Núñez", "Ørsted"]  # folded, not bytes
    assert names(db, q(descending=True)) == ["Ørsted", "Núñez", "Lee", "de la Cruz"]
    assert names(db, q(sort="student_id")) == ["Ørsted", "Núñez", "Lee", "de la Cruz"]
    assert names(db, q(sort="grade")) == ["Lee", "Ørsted", "Núñez", "de la Cruz"]  # ties: name
    assert names(db, q(sort="graduation_year", descending=True)) == [
        "Ørsted", "Lee", "Núñez", "de la Cruz"]  # descending ties: name descending
    assert names(db, q(sort="counselor")) == ["Lee", "Núñez", "Ørsted", "de la Cruz"]  # any case
    with pytest.raises(ValueError, match="unknown sort key"):
        q(sort="notes")


def test_sort_by_the_cluster_of_the_active_plan(db: Database, school: dict[str, int]) -> None:
    add_test_catalog(db)
    plans.create_plan(db, school["orsted"], "Main", PROGRAM)
    order = names(db, StudentListQuery(sort="cluster", descending=True))
    assert order[0] == "Ørsted"  # the only one with a cluster; the rest by name
    assert order[1:] == ["Núñez", "Lee", "de la Cruz"]
    row = student_rows(db, [school["orsted"]])[0]
    assert row.active_cluster and row.active_plan_id is not None


def test_search_and_archive_filter(db: Database, school: dict[str, int]) -> None:
    assert names(db, StudentListQuery(text="jose NUNEZ")) == ["Núñez"]
    assert names(db, StudentListQuery(text="bee")) == ["de la Cruz"]  # preferred name
    assert names(db, StudentListQuery(text="10")) == ["Lee", "Núñez"]  # IDs 100 and 10
    assert names(db, StudentListQuery(text="%")) == []  # LIKE wildcards are literal
    assert names(db, StudentListQuery(text="_")) == []
    set_archived(db, school["lee"], True)
    assert "Lee" not in names(db, StudentListQuery())
    assert "Lee" in names(db, StudentListQuery(include_archived=True))
    assert count_students(db) == 3 and count_students(db, include_archived=True) == 4


def test_rows_come_in_the_order_asked_in_chunks(db: Database, school: dict[str, int],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(student_list, "MAX_IDS_PER_QUERY", 2)
    ids = [school["lee"], 999_999, school["nunez"], school["cruz"], school["orsted"]]
    assert [r.last_name for r in student_rows(db, ids)] == ["Lee", "Núñez", "de la Cruz",
                                                            "Ørsted"]  # a gone id left out
    assert student_rows(db, []) == []


def test_every_writer_keeps_the_sort_keys(db: Database) -> None:
    from counselor_app.services.students import update_student

    pk = add(db, "7", "Zed", "Alpha")
    other = add(db, "8", "Amy", "Beta")
    assert names(db, StudentListQuery()) == ["Alpha", "Beta"]
    update_student(db, pk, StudentData("7", "Zed", "Zulu", 9, YEAR + 3))
    assert names(db, StudentListQuery()) == ["Beta", "Zulu"]
    update_student(db, other, StudentData("0070", "Amy", "Beta", 9, YEAR + 3))
    assert names(db, StudentListQuery(sort="student_id")) == ["Zulu", "Beta"]  # 7 < 70


def test_imported_students_sort_by_name_too(db: Database, tmp_path: Path) -> None:
    from counselor_app.services.imports import apply_import

    roster = tmp_path / "roster.csv"
    roster.write_text("Student ID,Last Name,First Name,Grade,Graduation Year\n"
                      f"I-2,Ørsted,Zoë,9,{YEAR + 3}\nI-1,Ñandú,Ana,9,{YEAR + 3}\n"
                      f"I-3,Ybarra,Al,9,{YEAR + 3}\n", encoding="utf-8")
    apply_import(db, "students", roster)
    assert names(db, StudentListQuery()) == ["Ñandú", "Ørsted", "Ybarra"]
    assert names(db, StudentListQuery(sort="student_id", descending=True)) == [
        "Ybarra", "Ørsted", "Ñandú"]


def test_migration_0009_fills_the_sort_keys_of_existing_students(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    db = open_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008")
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO student (student_id, first_name, last_name, preferred_name, grade, "
            "graduation_year, school, counselor, career_interests, notes, archived, "
            "name_folded, created_at, updated_at) VALUES "
            "('20', 'Zoë', 'Ørsted', '', 9, 2030, '', '', '', 'keep me', 0, 'zoe orsted 20', "
            "'2026-01-01', '2026-01-01'), "
            "('3', 'Ann', 'Núñez', '', 9, 2030, '', '', '', '', 0, 'ann nunez 3', "
            "'2026-01-01', '2026-01-01')"))
    migrate(db, backup=False)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT last_name, sort_name, sort_id, notes FROM student "
                                 "ORDER BY sort_name")).all()
    db.dispose()
    assert [tuple(r) for r in rows] == [("Núñez", "nunez ann ", "0" + "3".zfill(40), ""),
                                        ("Ørsted", "orsted zoe ", "0" + "20".zfill(40),
                                         "keep me")]
