"""A plan edit is on disk the moment the service returns: SIGKILL loses nothing."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from counselor_app.services import plans, students
from counselor_app.services.students import StudentData
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")]

CHILD = textwrap.dedent("""
    import sys, time
    from counselor_app.services import plans
    from counselor_app.store.bootstrap import open_database

    db = open_database(sys.argv[1])
    pk = plans.add_course(db, int(sys.argv[2]), "KILL101", 11, "sem2", "in_progress", "B")
    print("done", pk, flush=True)
    time.sleep(120)
""")


def test_change_survives_sigkill_right_after_it(db: Database, tmp_path: Path) -> None:
    path = db.path
    assert path is not None
    pk = students.create_student(db, StudentData("K-1", "Kai", "Lee", 10,
                                                 dt.date.today().year + 2))
    plan_id = plans.create_plan(db, pk, "Main")
    db.dispose()

    env = dict(os.environ, COUNSELOR_APP_NO_LOG_FILE="1")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(plan_id)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("done"), child.stderr.read() if child.stderr else line
        course_id = int(line.split()[1])
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()

    with sqlite3.connect(path) as con:  # the raw file first: replays the WAL
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = open_database(str(path))
    try:
        view = plans.load_plan(reopened, plan_id)
        course = next(c for c in view.courses if c.id == course_id)
        assert (course.code, course.level, course.term, course.status, course.final_mark) == (
            "KILL101", 11, "sem2", "in_progress", "B")
        assert not course.known  # not in the catalog, but kept and flagged
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.dispose()
