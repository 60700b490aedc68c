"""Two copies of the app at once: one active plan per student (the database refuses a
second), and the migration that adds the rule keeps the newest of duplicate actives."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from counselor_app.domain import Plan
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database

ENV = {**os.environ, "COUNSELOR_APP_NO_LOG_FILE": "1"}
YEAR = dt.date.today().year
CREATOR = r"""
import sys, time
from pathlib import Path
from counselor_app.store.bootstrap import open_database
from dataclasses import replace
from counselor_app.services.plans import create_plan
from counselor_app.services.students import get_student, update_student
db = open_database(sys.argv[1], seed=False)
pks, go, mode = [int(x) for x in sys.argv[3].split(",")], Path(sys.argv[2]), sys.argv[4]
while not go.exists():
    time.sleep(0.005)
for pk in pks:
    if mode == "plan":
        create_plan(db, pk, "First plan")
        continue
    shown = get_student(db, pk)          # what this copy's form shows ...
    time.sleep(0.002)                    # ... while the other copy saves
    change = {"notes": "A's note"} if mode == "notes" else {"grade": 11}
    update_student(db, pk, replace(shown.data, **change), original=shown.data,
                   version=shown.version)
db.dispose()
print("done")
"""


def add_students(db: Database, n: int) -> list[int]:
    from counselor_app.services.students import StudentData, create_student

    return [create_student(db, StudentData(f"C{i:04}", "Con", "Current", 9, YEAR + 3))
            for i in range(n)]


def race(url: str, pks: list[int], go: Path, modes: tuple[str, ...] = ("plan", "plan")) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", CREATOR, url, str(go),
                               ",".join(map(str, pks)), mode], env=ENV, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for mode in modes]
    time.sleep(1.5)  # both have opened the database and wait for the signal
    go.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err


def active_counts(db: Database) -> dict[int, tuple[int, int]]:
    """student -> (plans, active plans)."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT student_pk, count(*), "
                                 "sum(CASE WHEN is_active THEN 1 ELSE 0 END) FROM plan "
                                 "GROUP BY student_pk")).all()
    return {r[0]: (r[1], r[2]) for r in rows}


@pytest.mark.slow
def test_two_copies_creating_first_plans_leave_one_active_plan_each(tmp_path: Path) -> None:
    path = tmp_path / "race.db"
    db = open_database(str(path))
    pks = add_students(db, 150)
    race(str(path), pks, tmp_path / "go")
    counts = active_counts(db)
    db.dispose()
    assert all(counts[pk] == (2, 1) for pk in pks), {pk: counts[pk] for pk in pks
                                                     if counts[pk] != (2, 1)}


def edits_kept(db: Database, pks: list[int]) -> list[int]:
    """Students whose note or grade edit of the race was lost."""
    from counselor_app.services.students import get_student

    lost = []
    for pk in pks:
        d = get_student(db, pk)
        assert d is not None
        if d.data.notes != "A's note" or d.data.grade != 11:
            lost.append(pk)
    return lost


@pytest.mark.slow
def test_two_copies_editing_one_student_at_once_lose_neither_edit(tmp_path: Path) -> None:
    path = tmp_path / "edits.db"
    db = open_database(str(path))
    pks = add_students(db, 100)
    race(str(path), pks, tmp_path / "go", ("notes", "grade"))
    assert edits_kept(db, pks) == []
    db.dispose()


def test_the_database_itself_refuses_a_second_active_plan(db: Database) -> None:
    now = dt.datetime.now()
    [pk] = add_students(db, 1)
    with pytest.raises(IntegrityError), db.transaction() as s:
        for name in ("A", "B"):
            s.add(Plan(student_pk=pk, name=name, is_active=True, created_at=now,
                       updated_at=now))
            s.flush()


def test_the_upgrade_keeps_the_newest_of_two_active_plans(tmp_path: Path) -> None:
    from tests.integration.upgrade_data import upgrade_to

    path = upgrade_to(tmp_path / "dup.db", "0007")
    con = sqlite3.connect(path)
    with con:
        cols = {r[1] for r in con.execute("PRAGMA table_info(student)")}
        base = {"id": 1, "student_id": "D1", "first_name": "Dup", "last_name": "Licate",
                "preferred_name": "", "grade": 9, "graduation_year": YEAR + 3, "school": "",
                "counselor": "", "career_interests": "", "notes": "", "archived": 0,
                "name_folded": "dup licate d1", "created_at": "2025-01-01 00:00:00",
                "updated_at": "2025-01-01 00:00:00"}
        extra = {c: 0 for c in cols - set(base)}
        row = {**base, **extra}
        con.execute(f"INSERT INTO student ({', '.join(row)}) VALUES "
                    f"({', '.join('?' * len(row))})", list(row.values()))
        pcols = {r[1]: r for r in con.execute("PRAGMA table_info(plan)")}
        for pid, stamp in ((1, "2025-01-01 00:00:00"), (2, "2025-02-01 00:00:00"),
                           (3, "2025-01-15 00:00:00")):
            prow = {"id": pid, "student_pk": 1, "name": f"P{pid}", "is_active": 1,
                    "created_at": stamp, "updated_at": stamp}
            for c, info in pcols.items():
                if c not in prow and info[3]:  # NOT NULL without our value
                    prow[c] = 9 if info[2].upper().startswith("INT") else ""
            con.execute(f"INSERT INTO plan ({', '.join(prow)}) VALUES "
                        f"({', '.join('?' * len(prow))})", list(prow.values()))
    con.close()
    db = open_database(str(path), seed=False)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM plan WHERE is_active")).scalars().all() == [2]
        assert conn.execute(text("SELECT count(*) FROM plan")).scalar() == 3
        assert set(conn.execute(text("SELECT row_version FROM plan")).scalars()) == {1}
    db.dispose()
