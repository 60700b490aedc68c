"""Start-up (issue 15): the real entry point paints an empty window first, fills the first
screen without the ORM, printing, spreadsheet or migration libraries, and the rest is
loaded when it is needed. Behaviour only: no timings are asserted here (bench/startup.py
measures them)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from counselor_app.services.students import StudentData, create_student
from counselor_app.store.bootstrap import open_database

ROOT = Path(__file__).resolve().parents[2]
DEFERRED = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "charset_normalizer",
            "uharfbuzz", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport")
"""Libraries the first screen does without."""
PAINT_DEFERRED = ("logging.handlers", "platformdirs", "hashlib",
                  "counselor_app.store.fingerprints", "counselor_app.services.student_list",
                  "counselor_app.store.schema_repair", "counselor_app.ui.dashboard")
"""What the first paint does without when a database is given and there is no log file:
the log file's handler, the per-user folders, the shipped data's fingerprints (checked
after the paint), the first screen's own modules and what only a migration needs."""
BEFORE_QT = ("counselor_app.store.bootstrap", "counselor_app.store.engine",
             "counselor_app.services.settings", "counselor_app.services.school_years")
"""Imported before PySide6, whose import hook reads the source of every module imported
after it."""

ENTRY = textwrap.dedent("""
    import atexit, runpy, sys
    def loaded():
        roots = {m.split(".")[0] for m in sys.modules} | set(sys.modules)
        print("loaded:", ",".join(sorted(x for x in %r if x in roots)), flush=True)
        print("loaded of the paint's:", ",".join(sorted(x for x in %r if x in roots)))
        order = list(sys.modules)  # in the order their imports began
        qt = order.index("PySide6") if "PySide6" in order else len(order)
        print("before Qt:", ",".join(sorted(x for x in %r if x in order[:qt])), flush=True)
    atexit.register(loaded)
    sys.argv = ["counselor-app", *sys.argv[1:]]
    runpy.run_module("counselor_app", run_name="__main__")
""") % (DEFERRED, PAINT_DEFERRED, BEFORE_QT)


def listed(out: str, label: str) -> set[str]:
    """The modules ENTRY listed after ``label``."""
    line = next(x for x in out.splitlines() if x.startswith(label + ":"))
    return {m for m in line.removeprefix(label + ":").strip().split(",") if m}


def run_entry(tmp_path: Path, *args: str, **env: str) -> tuple[str, set[str]]:
    """Run ``python -m counselor_app ARGS``; (its output, the deferred libraries it loaded)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("COUNSELOR_APP_")}
    full_env.update(QT_QPA_PLATFORM="offscreen", COUNSELOR_APP_NO_LOG_FILE="1",
                    HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
                    XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT), **env)
    result = subprocess.run([sys.executable, "-c", ENTRY, *args], capture_output=True,
                            text=True, env=full_env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, listed(result.stdout, "loaded")


def school(tmp_path: Path, students: int = 3) -> Path:
    path = tmp_path / "school.db"
    db = open_database(str(path))
    try:
        for i in range(students):
            create_student(db, StudentData(f"S{i}", "Ana", f"Núñez {i}", 9 + i % 4,
                                           dt.date.today().year + 3))
    finally:
        db.dispose()
    return path


@pytest.mark.slow
def test_the_window_is_painted_empty_first_then_filled_without_the_orm(tmp_path: Path) -> None:
    path = school(tmp_path)
    out, loaded = run_entry(tmp_path, "--db", str(path), COUNSELOR_APP_EXIT_AFTER="paint")
    assert "shown page: \n" in out  # painted before any page was filled
    assert loaded == set()
    assert listed(out, "loaded of the paint's") == set()
    assert listed(out, "before Qt") == set(BEFORE_QT)  # the database opened before Qt
    out, loaded = run_entry(tmp_path, "--db", str(path), COUNSELOR_APP_EXIT_AFTER="populated")
    assert "shown page: dashboard" in out
    assert loaded == set(), f"the first screen loaded {sorted(loaded)}"


@pytest.mark.slow
def test_a_first_start_shows_the_welcome_page_with_the_full_catalog(tmp_path: Path) -> None:
    path = tmp_path / "new" / "school.db"
    out, loaded = run_entry(tmp_path, "--db", str(path), COUNSELOR_APP_EXIT_AFTER="populated")
    assert "shown page: welcome" in out
    assert loaded == set(), f"the first start loaded {sorted(loaded)}"
    db = open_database(str(path))
    try:
        assert db.rows("SELECT count(*) FROM course")[0][0] > 400
        assert db.rows("SELECT count(*) FROM occupation")[0][0] > 1000
        assert db.rows("SELECT count(*) FROM requirement_set")[0][0] >= 10
    finally:
        db.dispose()


@pytest.mark.slow
def test_after_the_first_screen_the_orm_is_loaded_in_the_background(tmp_path: Path) -> None:
    out, loaded = run_entry(tmp_path, "--db", str(school(tmp_path)),
                            COUNSELOR_APP_EXIT_AFTER="settled")
    assert "shown page: dashboard" in out
    assert "sqlalchemy" in loaded  # ready for the first click
    assert not loaded & {"reportlab", "openpyxl", "alembic"}  # still only when needed


def test_importing_the_entry_point_and_main_window_does_no_work_and_loads_nothing_heavy(
        ) -> None:
    code = textwrap.dedent("""
        import sys
        import counselor_app.cli, counselor_app.cli.entry, counselor_app.ui.main_window
        import counselor_app.ui.app, counselor_app.store.bootstrap
        import counselor_app.ui.shared.words, counselor_app.services.student_list  # the list's words
        heavy = %r
        print(sorted(m for m in heavy if m in sys.modules))
    """) % (DEFERRED,)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert result.stdout.strip() == "[]"


def test_the_command_line_still_loads_what_a_subcommand_needs(tmp_path: Path) -> None:
    out, loaded = run_entry(tmp_path, "db", "init", "--db", str(tmp_path / "cli.db"))
    assert "courses:" in out and "sqlalchemy" in loaded
    out, _ = run_entry(tmp_path, "--version")
    assert "counselor-app" in out


def test_the_quick_opening_leaves_the_page_check_and_a_data_refresh_for_later(
        tmp_path: Path) -> None:
    """``open_database(finish_later=True)`` (the GUI's, before its first paint) neither
    reads the whole file nor hashes the shipped data; ``finish_opening`` does both, and
    refreshes built-in data an older release left."""
    import sqlite3

    from counselor_app.store.bootstrap import finish_opening
    from counselor_app.store.fingerprints import REFERENCE_VERSION_KEY, data_version

    path = school(tmp_path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE data_info SET value = 'builtin-000000000000' WHERE key = ?",
                    (REFERENCE_VERSION_KEY,))
    con.close()
    query = f"SELECT value FROM data_info WHERE key = '{REFERENCE_VERSION_KEY}'"
    db = open_database(str(path), finish_later=True)
    try:
        assert not db.pages_checked
        assert db.rows(query) == [("builtin-000000000000",)]  # not refreshed yet
        finish_opening(db)
        assert db.pages_checked
        assert db.rows(query) == [(data_version(),)]
        assert db.rows("SELECT count(*) FROM student") == [(3,)]  # the school's own data
    finally:
        db.dispose()
