"""Database safety: two copies of the app on one file, damaged and foreign files, a
read-only folder, no network, a SIGKILL during an import, a migration with data."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

from counselor_app.cli import main
from counselor_app.domain import Cluster, Pathway, Plan, PlanCourse, Student
from counselor_app.services.backups import list_backups
from counselor_app.store.bootstrap import open_database
from counselor_app.store.errors import DatabaseOpenError, DatabaseTooNewError
from counselor_app.store.migrate import alembic_config, current_revision, head_revision
from counselor_app.text import student_search_text

YEAR = dt.date.today().year
ENV = {**os.environ, "COUNSELOR_APP_NO_LOG_FILE": "1", "QT_QPA_PLATFORM": "offscreen"}


def content_digest(path: Path) -> str:
    """The database's content (not its bytes): what a user would see."""
    con = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for line in con.iterdump():
            h.update(line.encode())
        return h.hexdigest()
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def new_db(path: Path) -> Path:
    db = open_database(str(path))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def students_csv(path: Path, n: int, prefix: str = "K") -> Path:
    lines = ["Student ID,Last Name,First Name,Grade,Graduation Year"]
    lines += [f"{prefix}{i:06},Last{i},First{i},{9 + i % 4},{YEAR + 3 - i % 4}" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- two copies

WRITER = r"""
import sys, time, datetime as dt
from pathlib import Path
from counselor_app.store.bootstrap import open_database
from counselor_app.services.students import StudentData, create_student, update_student
from counselor_app.services.imports import apply_import

db_path, prefix, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
db = open_database(db_path)
while not go.exists():
    time.sleep(0.01)
year = dt.date.today().year
if prefix == "IMPORT":
    for f in sys.argv[5:]:
        apply_import(db, "students", f)
else:
    for i in range(count):
        data = StudentData(f"{prefix}{i:04}", "Two", "Copies", 9, year + 3)
        pk = create_student(db, data)
        update_student(db, pk, StudentData(data.student_id, "Two", "Copies", 10, year + 2))
db.dispose()
print("done", prefix)
"""


@pytest.mark.slow
def test_two_copies_of_the_app_write_to_one_file_without_losing_anything(
        tmp_path: Path) -> None:
    path = new_db(tmp_path / "shared.db")
    go = tmp_path / "go"
    files = [str(students_csv(tmp_path / f"batch{i}.csv", 150, prefix=f"I{i}")) for i in range(2)]
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), prefix, "40", str(go),
                               *extra], env=ENV, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for prefix, extra in (("A", []), ("B", []), ("IMPORT", files))]
    time.sleep(0.3)
    go.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert integrity(path) == "ok"
    con = sqlite3.connect(path)
    try:
        ids = {r[0]: r[1] for r in con.execute("SELECT student_id, grade FROM student")}
    finally:
        con.close()
    assert len(ids) == 40 + 40 + 300
    assert all(ids[f"{p}{i:04}"] == 10 for p in "AB" for i in range(40))  # every edit kept
    assert all(f"I{b}{i:06}" in ids for b in range(2) for i in range(150))


# --------------------------------------------------------------------------- bad files

def _truncated(tmp_path: Path) -> Path:
    path = new_db(tmp_path / "truncated.db")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _random(tmp_path: Path) -> Path:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(64 * 1024))
    return path


def _newer(tmp_path: Path) -> Path:
    path = new_db(tmp_path / "newer.db")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "foreign.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("make", [_truncated, _random, _newer, _foreign],
                         ids=["truncated", "random-bytes", "newer-version", "other-program"])
def test_unusable_files_are_refused_by_name_and_never_overwritten(
        tmp_path: Path, make: Any, capsys: pytest.CaptureFixture[str]) -> None:
    path = make(tmp_path)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(str(path))
    assert str(path) in str(info.value) and info.value.reason
    if make is _newer:
        assert isinstance(info.value, DatabaseTooNewError)
        assert "newer version" in info.value.reason
    if make is _foreign:  # see test_a_foreign_sqlite_file_keeps_its_journal_mode
        before = path.read_bytes()
    assert path.read_bytes() == before
    csv_file = students_csv(tmp_path / "s.csv", 3)
    for argv in (["import", "students", str(csv_file), "--db", str(path)],
                 ["import", "students", str(csv_file), "--db", str(path), "--dry-run"],
                 ["export-json", str(tmp_path / "out.json"), "--db", str(path)],
                 ["export-sis", str(tmp_path / "out.csv"), "--db", str(path)]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and str(path) in err, (argv, err)
    assert path.read_bytes() == before
    assert list_backups(path) == []  # nothing was copied or migrated either


def test_a_foreign_sqlite_file_keeps_its_journal_mode(tmp_path: Path) -> None:
    path = _foreign(tmp_path)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError):
        open_database(str(path))
    assert path.read_bytes() == before


def test_the_newest_good_backup_is_offered_for_a_damaged_file(tmp_path: Path) -> None:
    from counselor_app.services.backups import backup_now, newest_backup_for, restore

    path = new_db(tmp_path / "app.db")
    db = open_database(str(path))
    good = backup_now(db)
    db.dispose()
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(DatabaseOpenError):
        open_database(str(path))
    assert newest_backup_for(path) == good
    restore(path, good)
    open_database(str(path)).dispose()


READ_ONLY = r"""
import json, sys, io, contextlib
from counselor_app.store.bootstrap import open_database
from counselor_app.store.errors import DatabaseOpenError
from counselor_app.cli import main
result = {}
for name in sys.argv[1:3]:
    try:
        open_database(name).dispose()
        result[name] = "opened"
    except DatabaseOpenError as exc:
        result[name] = str(exc)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    result["cli_rc"] = main(["db", "stats", "--db", sys.argv[1]])
result["cli_err"] = err.getvalue()
print(json.dumps(result))
"""


@pytest.mark.slow
def test_a_database_in_a_read_only_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    existing = new_db(folder / "app.db")
    before = existing.read_bytes()
    command = [sys.executable, "-c", READ_ONLY, str(existing), str(folder / "new.db")]
    if os.geteuid() == 0:  # root ignores folder permissions unless it drops the capability
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", *command]
    folder.chmod(0o555)
    try:
        proc = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=60)
    finally:
        folder.chmod(0o755)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result[str(existing)].startswith(str(existing))
    assert result[str(folder / "new.db")].startswith(str(folder / "new.db"))
    assert result["cli_rc"] == 2
    assert len(result["cli_err"].strip().splitlines()) == 1
    assert str(existing) in result["cli_err"]
    assert existing.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["app.db"]


# --------------------------------------------------------------------------- no network

def test_the_main_flows_open_no_network_connection(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def fail(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network access attempted: {name}")
        return fail

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))

    from counselor_app.services.backups import auto_backup_if_due, backup_now, restore
    from counselor_app.services.exchange import export_json, import_json
    from counselor_app.services.imports import apply_import, apply_onet, preview_import
    from counselor_app.services.sis_export import export_sis_csv

    path = tmp_path / "offline.db"
    assert main(["db", "init", "--db", str(path)]) == 0  # create, migrate, seed
    db = open_database(str(path))
    assert auto_backup_if_due(db) is not None
    with db.transaction() as s:
        cluster = Cluster(code="N-CL", framework_code="ncc-legacy", name="Offline Cluster",
                          description="", cross_cutting=False, sort_order=99)
        s.add(cluster)
        s.flush()
        s.add(Pathway(code="N-PW", cluster_id=cluster.id, name="Offline Pathway",
                      description="", sort_order=0))
    apply_import(db, "students", students_csv(tmp_path / "s.csv", 20))
    courses = tmp_path / "c.csv"
    courses.write_text("Code,Title,Subject Area\nNC1,Offline One,Elective\n", encoding="utf-8")
    apply_import(db, "courses", courses)
    programs = tmp_path / "p.csv"
    programs.write_text("Program Code,Program Name,Pathway Code,Grade Level,Course Code\n"
                        "N-P,Offline Program,N-PW,9,NC1\n", encoding="utf-8")
    apply_import(db, "programs", programs)
    occupations = tmp_path / "o.csv"
    occupations.write_text("SOC Code,Title,Pathway Codes\n96-0001,Offline Job,N-PW\n",
                           encoding="utf-8")
    preview_import(db, "occupations", occupations)
    apply_import(db, "occupations", occupations)
    onet = tmp_path / "Occupation Data.txt"
    onet.write_text("O*NET-SOC Code\tTitle\tDescription\n96-0002.00\tOffline Two\tx\n",
                    encoding="utf-8")
    apply_onet(db, [onet])
    export_json(db, tmp_path / "all.json")
    export_sis_csv(db, tmp_path / "sis.csv", include_without_plan=True)
    other = open_database(str(tmp_path / "other.db"), seed=False)
    import_json(other, tmp_path / "all.json")
    other.dispose()
    snapshot = backup_now(db)
    db.dispose()
    restore(path, snapshot)
    assert main(["import", "students", str(tmp_path / "s.csv"), "--db", str(path),
                 "--dry-run"]) == 0
    assert main(["backup", "--db", str(path)]) == 0
    capsys.readouterr()
    assert attempts == []


# --------------------------------------------------------------------------- SIGKILL

KILLABLE = r"""
import sys, time
from counselor_app.store.bootstrap import open_database
from counselor_app.services.imports import apply_import

from sqlalchemy import event

db = open_database(sys.argv[1])
# A tiny page cache makes SQLite spill the open transaction's pages into the WAL file,
# so the kill below lands after part of the import has really been written to disk.
db.engine.dispose()
event.listen(db.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA cache_size=8"))

def progress(done, total, message):
    print(f"PROGRESS {done} {total}", flush=True)
    if total and done >= total // 2:
        print("HALFWAY", flush=True)
        time.sleep(120)  # the parent kills us here, mid-transaction

apply_import(db, "students", sys.argv[2], progress=progress)
print("FINISHED", flush=True)
"""


@pytest.mark.slow
def test_sigkill_during_an_import_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = new_db(tmp_path / "killed.db")
    db = open_database(str(path))
    from counselor_app.services.imports import apply_import

    apply_import(db, "students", students_csv(tmp_path / "first.csv", 50, prefix="OLD"))
    db.dispose()
    before = content_digest(path)
    big = students_csv(tmp_path / "big.csv", 6000, prefix="NEW")
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(path), str(big)], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            seen.append(line.strip())
            if line.startswith("HALFWAY"):
                break
        assert seen and seen[-1] == "HALFWAY", (seen, proc.stderr.read() if proc.stderr else "")
        wal = path.with_name(path.name + "-wal")
        wrote = wal.exists() and wal.stat().st_size > 0
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert any(s.startswith("PROGRESS") and int(s.split()[1]) > 0 for s in seen)
    assert wrote  # rows of the import had reached the write-ahead log
    assert integrity(path) == "ok"
    assert content_digest(path) == before
    db = open_database(str(path))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Student)) == 50
    finally:
        db.dispose()


# --------------------------------------------------------------------------- migration

def test_a_database_of_schema_0001_with_students_and_plans_upgrades_to_head(
        tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    now = dt.datetime(2025, 9, 1, 8, 0)
    people = [("M001", "José", "Muñoz", ""), ("M002", "Łukasz", "Żółć", "Luke"),
              ("M003", "Ann", "O'Neil", "")]
    with engine.begin() as conn:
        for i, (sid, first, last, pref) in enumerate(people, start=1):
            conn.execute(text(
                "INSERT INTO student (id, student_id, first_name, last_name, preferred_name, "
                "grade, graduation_year, school, counselor, career_interests, notes, archived, "
                "created_at, updated_at) VALUES (:id, :sid, :first, :last, :pref, 10, :year, "
                "'Old School', 'Ms. Old', '', 'kept note', 0, :now, :now)"),
                {"id": i, "sid": sid, "first": first, "last": last, "pref": pref,
                 "year": YEAR + 2, "now": now})
            conn.execute(text(
                "INSERT INTO plan (id, student_pk, name, is_active, program_code, "
                "career_goal_soc, career_goal_text, postsecondary_type, "
                "postsecondary_institution, notes, status, status_by, status_at, created_at, "
                "updated_at) VALUES (:id, :id, 'Main plan', 1, NULL, NULL, '', '', '', '', "
                "'draft', '', NULL, :now, :now)"), {"id": i, "now": now})
            for level, code in ((9, "OLD100"), (10, "OLD200")):
                conn.execute(text(
                    "INSERT INTO plan_course (plan_id, course_code, level, term, status, "
                    "final_mark, sort_order) VALUES (:plan, :code, :level, 'year', 'planned', "
                    "'', 0)"), {"plan": i, "code": code, "level": level})
    engine.dispose()

    db = open_database(str(path))
    try:
        assert current_revision(db) == head_revision()
        with db.read() as s:
            rows = {st.student_id: st for st in s.scalars(select(Student))}
            assert set(rows) == {"M001", "M002", "M003"}
            for sid, first, last, pref in people:
                assert rows[sid].name_folded == student_search_text(first, last, pref, sid)
                assert rows[sid].notes == "kept note"
            assert s.scalar(select(func.count()).select_from(Plan)) == 3
            assert sorted(s.scalars(select(PlanCourse.course_code).where(
                PlanCourse.plan_id == 1))) == ["OLD100", "OLD200"]
    finally:
        db.dispose()
    backups = [b for b in list_backups(path) if b.reason == "before-migration-0001"]
    assert len(backups) == 1
    con = sqlite3.connect(backups[0].path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert con.execute("SELECT count(*) FROM student").fetchone()[0] == 3
    finally:
        con.close()
