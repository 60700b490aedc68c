"""A kill at any moment of a schema upgrade leaves a database that opens: untouched at
the old schema or complete at the new one. A failing upgrade leaves no backup behind."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counselor_app.services.backups import list_backups
from counselor_app.store.bootstrap import open_database
from counselor_app.store.errors import DatabaseUpgradeError
from counselor_app.store.migrate import SCHEMA_HEAD
from tests.integration.upgrade_data import make_schema_0001

ENV = {**os.environ, "COUNSELOR_APP_NO_LOG_FILE": "1"}
STUDENTS = 10_000
STEP = 1000  # SQLite VM instructions between two progress ticks of the upgrade
UPGRADER = r"""
import sys
from counselor_app.store import bootstrap, migrate  # imported before READY: not timed
import alembic.command, alembic.script  # noqa: F401
from sqlalchemy import event
from sqlalchemy.engine import Engine

target = int(sys.argv[2])  # -1: no ticks; 0: count them; n: stop at tick n until killed
ticks = 0


def tick():
    global ticks
    ticks += 1
    if ticks == target:  # held here, in the middle of a statement, until the test kills it
        print("AT", ticks, flush=True)
        sys.stdin.readline()
    return 0  # never interrupts the statement


if target >= 0:
    @event.listens_for(Engine, "connect")
    def _progress(dbapi_conn, _record):
        dbapi_conn.set_progress_handler(tick, int(sys.argv[3]))
print("READY", flush=True)
bootstrap.open_database(sys.argv[1], seed=False).dispose()
print("DONE", ticks, flush=True)
"""


def _state(path: Path) -> tuple[str, int, int]:
    """(revision, students, students with a folded name) read straight from the file."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        count = con.execute("SELECT count(*) FROM student").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if rev == "0001":
            assert "search_entry" not in tables and "plan_comment" not in tables, tables
            return rev, count, 0
        folded = con.execute("SELECT count(*) FROM student WHERE name_folded != ''").fetchone()[0]
        return rev, count, folded
    finally:
        con.close()


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _start(path: Path, target: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", UPGRADER, str(path), str(target), str(STEP)],
                            env=ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    return proc


def _kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _run_whole(path: Path) -> tuple[float, int]:
    """Let an upgrade finish: (seconds, progress ticks it made)."""
    proc = _start(path, 0)
    start = time.perf_counter()
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return time.perf_counter() - start, int(out.split()[-1])


def _kill_at_tick(path: Path, tick: int) -> bool:
    """Run the upgrade and kill it while it is held at progress tick ``tick`` (inside a
    statement): the moment is the same whatever the machine's load. False when the
    upgrade finished before that tick."""
    proc = _start(path, tick)
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline().split()
        if line[:1] == ["AT"]:
            _kill(proc)
            return True
        proc.communicate(timeout=300)
        return False
    finally:
        if proc.poll() is None:
            _kill(proc)


def _kill_after(path: Path, delay: float) -> tuple[bool, float]:
    """Run the upgrade and kill it ``delay`` s after it starts, wherever it is then (in
    Python, in a file copy, in the commit's writes); (killed, seconds it ran)."""
    proc = _start(path, -1)
    start = time.perf_counter()
    try:
        proc.wait(timeout=delay)
        return False, time.perf_counter() - start
    except subprocess.TimeoutExpired:
        _kill(proc)
        return True, delay
    finally:
        if proc.poll() is None:
            _kill(proc)


def _check_and_open(target: Path, outcomes: dict[str, int]) -> None:
    """The killed upgrade left the old schema untouched or the new one complete, and the
    app opens the file (upgrading it if needed)."""
    rev, count, folded = _state(target)
    assert count == STUDENTS
    assert rev in ("0001", SCHEMA_HEAD)
    assert rev == "0001" or folded == STUDENTS
    outcomes["old" if rev == "0001" else "new"] += 1
    db = open_database(str(target), seed=False)
    db.dispose()
    assert _state(target) == (SCHEMA_HEAD, STUDENTS, STUDENTS)


@pytest.mark.slow
def test_killing_an_upgrade_at_30_random_moments_never_leaves_a_broken_file(
        tmp_path: Path) -> None:
    """30 kills at distinct moments of the upgrade's SQL work, chosen as progress ticks
    (one random tick in each thirtieth of the upgrade), so that a loaded machine cannot
    make the upgrade finish before the kill; then kills at random times, which also land
    between statements and during file writes, as many as the machine's speed allows."""
    template = make_schema_0001(tmp_path / "template.db", STUDENTS)
    work = tmp_path / "work"
    target = work / "school.db"

    def fresh() -> None:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        shutil.copyfile(template, target)

    fresh()
    full, ticks = _run_whole(target)  # how long and how many ticks a whole upgrade takes
    assert _state(target) == (SCHEMA_HEAD, STUDENTS, STUDENTS)
    assert ticks >= 300, ticks
    rng = random.Random(14)
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    moments = [rng.randrange(1 + ticks * i // 30, 1 + ticks * (i + 1) // 30)
               for i in range(30)]
    assert len(set(moments)) == 30
    killed_at: list[int] = []
    for moment in moments:
        while True:
            fresh()
            killed = _kill_at_tick(target, moment)
            _check_and_open(target, outcomes)
            if killed:
                killed_at.append(moment)
                break
            # this run made fewer ticks than the timed one: an earlier moment, not yet used
            moment = rng.choice([m for m in range(1, moment) if m not in killed_at])
    timed = 0
    for _ in range(10):
        fresh()
        killed, ran = _kill_after(target, rng.uniform(0.02, full * 0.95))
        timed += killed
        if not killed:  # the upgrade runs faster now than when it was timed
            full = min(full, ran)
        _check_and_open(target, outcomes)
    print(f"upgrade of {STUDENTS} students: {full:.2f} s, {ticks} ticks; "
          f"{len(killed_at)} kills at distinct ticks, {timed} at random times; after the "
          f"kill {outcomes['old']} files were at 0001, {outcomes['new']} at {SCHEMA_HEAD}")
    assert len(set(killed_at)) == len(killed_at) == 30  # 30 distinct moments, whatever the load
    assert outcomes["old"] > 0  # the kills did land during the upgrade


def _half_upgraded(path: Path, *, altered: bool = False) -> None:
    """What the old, non-transactional runner left after a kill during 0001->0002: the
    new tables (an FTS5 one among them) beside alembic_version 0001; ``altered``: the
    rebuild of the student table had run too (a column 0001 does not have)."""
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE search_entry (id INTEGER PRIMARY KEY, kind TEXT, folded TEXT);
        CREATE INDEX ix_search_entry_kind ON search_entry (kind);
        CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_entry',
                                                   content_rowid='id');
        CREATE TABLE plan_comment (id INTEGER PRIMARY KEY, plan_id INTEGER, text TEXT);
        INSERT INTO search_entry (kind, folded) VALUES ('student', 'zoe1 nunez1');
    """)
    if altered:
        con.execute("ALTER TABLE student ADD COLUMN name_folded TEXT DEFAULT ''")
    con.commit()
    con.close()


def test_a_file_the_old_runner_left_half_upgraded_is_repaired(tmp_path: Path) -> None:
    path = make_schema_0001(tmp_path / "half.db", 20)
    _half_upgraded(path)
    db = open_database(str(path), seed=False)  # "table search_entry already exists" before
    db.dispose()
    assert _state(path) == (SCHEMA_HEAD, 20, 20)
    kinds = [b.reason for b in list_backups(path)]
    assert kinds == ["before-migration-0001"]  # the repaired file's state before, kept
    backup = list_backups(path)[0].path
    con = sqlite3.connect(backup)
    try:  # the backup is the file as it was: 0001 with the leftovers
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert "search_fts" in names
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        con.close()


def test_a_half_upgraded_file_that_cannot_be_verified_offers_its_backups(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from counselor_app.cli import main
    from counselor_app.services.backups import restore
    from counselor_app.store.backup import backup_file
    from counselor_app.store.errors import DatabaseHalfUpgradedError

    path = make_schema_0001(tmp_path / "half.db", 20)
    kept = backup_file(path, reason="before-migration-0001")  # what the old runner took
    _half_upgraded(path, altered=True)
    before = _dump(path)
    for _ in range(3):
        with pytest.raises(DatabaseHalfUpgradedError) as info:
            open_database(str(path), seed=False)
        assert "half updated by an earlier version" in info.value.reason
        assert "search_entry already exists" in info.value.reason
        assert "left unchanged" in info.value.reason
        assert len(str(info.value).splitlines()) == 1
    assert _dump(path) == before
    assert [b.path for b in list_backups(path)] == [kept]  # no new backup per try
    assert main(["db", "stats", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert f"its newest backup is {kept}" in err
    assert f"counselor-app restore '{kept}' --db '{path}'" in err
    restore(path, kept)  # what the message says to do: the app then upgrades it properly
    db = open_database(str(path), seed=False)
    db.dispose()
    assert _state(path) == (SCHEMA_HEAD, 20, 20)


def test_a_script_that_commits_halfway_is_refused_and_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic.operations import Operations

    path = make_schema_0001(tmp_path / "old.db", 5)
    original = Operations.create_table

    def careless_create_table(self: Operations, name: str, *cols: object, **kw: object) -> object:
        table = original(self, name, *cols, **kw)
        self.execute("COMMIT")  # a script that thinks it must commit its own DDL
        return table

    monkeypatch.setattr(Operations, "create_table", careless_create_table)
    with pytest.raises(DatabaseUpgradeError):
        open_database(str(path), seed=False)
    assert _state(path) == ("0001", 5, 0)


RESTORER = r"""
import sys
from counselor_app.services import backups  # imported before READY: not timed
print("READY", flush=True)
backups.restore(sys.argv[1], sys.argv[2])
print("DONE", flush=True)
"""


@pytest.mark.slow
def test_killing_a_restore_at_random_moments_leaves_the_old_or_the_new_data(
        tmp_path: Path) -> None:
    from counselor_app.services.backups import backup_now
    from counselor_app.services.students import StudentData, create_student

    template = tmp_path / "live.db"
    db = open_database(str(template), seed=False)
    snapshot = backup_now(db)  # no students
    db.dispose()
    make = make_schema_0001(tmp_path / "big.db", STUDENTS)
    big = open_database(str(make), seed=False)  # the live file: many students, at head
    create_student(big, StudentData("LIVE-1", "Li", "Ve", 9, 2030))
    with big.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    big.dispose()
    live = tmp_path / "work" / "school.db"
    rng = random.Random(7)
    seen = {"old": 0, "new": 0}
    full = 0.0
    for attempt in range(13):
        shutil.rmtree(live.parent, ignore_errors=True)
        live.parent.mkdir()
        shutil.copyfile(make, live)
        proc = subprocess.Popen([sys.executable, "-c", RESTORER, str(live), str(snapshot)],
                                env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        start = time.perf_counter()
        if attempt == 0:  # the first one runs to the end: how long a restore takes here
            proc.wait(timeout=120)
            full = time.perf_counter() - start
        else:  # one kill at once and one after the end, so both outcomes are always seen
            pause = {1: 0.0, 2: 3 * full}.get(attempt, rng.uniform(0.0, full))
            time.sleep(pause)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        con = sqlite3.connect(live)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = con.execute("SELECT count(*) FROM student").fetchone()[0]
        finally:
            con.close()
        assert count in (0, STUDENTS + 1)
        assert attempt or count == 0
        seen["new" if count == 0 else "old"] += 1
        open_database(str(live), seed=False).dispose()
    print(f"restore of {STUDENTS} students: {full:.2f} s; 12 kills; {seen}")
    assert seen["old"] > 0 and seen["new"] > 1
