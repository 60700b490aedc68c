"""Files holding student data are private to the account (0600 in 0700 folders), and
no password ever reaches a log, a message or an exception."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_app.store.errors import DatabaseOpenError

PASSWORD = "Sup3r-s3cret-pw"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "COUNSELOR_APP_NO_LOG_FILE"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
               QT_QPA_PLATFORM="offscreen")
    return env


def _cli(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    # umask 022, as a login shell would have: the app must not inherit it
    code = "import os, sys; os.umask(0o022); from counselor_app.cli import main; " \
           "sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *argv], env=_env(home),
                          capture_output=True, text=True, timeout=120)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _log_text(home: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in home.rglob("*.log*"))


@pytest.mark.slow
def test_everything_the_app_writes_is_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = home / "school" / "term" / "app.db"
    assert _cli(home, "db", "init", "--db", str(db)).returncode == 0
    csv = tmp_path / "roster.csv"
    csv.write_text("Student ID,Last Name,First Name,Grade,Graduation Year\nP1,Ek,Al,9,2030\n")
    assert _cli(home, "import", "students", str(csv), "--db", str(db)).returncode == 0
    assert _cli(home, "backup", "--db", str(db)).returncode == 0
    out = home / "exports"
    out.mkdir(mode=0o755)
    out.chmod(0o755)
    assert _cli(home, "export-json", str(out / "all.json"), "--db", str(db)).returncode == 0
    assert _cli(home, "export-sis", str(out / "sis.csv"), "--db", str(db)).returncode == 0
    made = [db, *db.parent.glob("app.db-*"), *(db.parent / "backups").iterdir(),
            out / "all.json", out / "sis.csv", *[p for p in home.rglob("*.log*")]]
    assert any(p.name.endswith(".log") for p in made) and len(made) >= 6
    for f in made:
        assert _mode(f) == 0o600, (f, oct(_mode(f)))
    for folder in (db.parent, db.parent.parent, db.parent / "backups",
                   *[p.parent for p in home.rglob("*.log")]):
        assert _mode(folder) == 0o700, (folder, oct(_mode(folder)))


@pytest.mark.slow
def test_files_of_older_versions_are_tightened_and_noted_in_the_log(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = home / "data" / "counselor-app"
    db = data / "counselor.db"  # the default place
    assert _cli(home, "db", "init").returncode == 0
    assert _cli(home, "backup").returncode == 0
    loose = [data, db, data / "backups", *(data / "backups").iterdir()]
    for p in loose:
        p.chmod(0o755 if p.is_dir() else 0o644)
    assert _cli(home, "db", "stats").returncode == 0
    for p in loose:
        assert _mode(p) == (0o700 if p.is_dir() else 0o600), p
    log = _log_text(home)
    assert f"made {db} private (mode 644 -> 600)" in log
    assert "backups private" in log


def test_a_failed_connection_never_shows_or_logs_the_password(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from counselor_app.store.bootstrap import open_database

    caplog.set_level(logging.DEBUG)
    urls = [f"postgresql+psycopg://app:{PASSWORD}@127.0.0.1:9/planner",
            f"postgresql+psycopg://app@127.0.0.1:9/planner?password={PASSWORD}",
            f"mysql://app:{PASSWORD}@127.0.0.1/planner"]
    for url in urls:
        with pytest.raises(DatabaseOpenError) as info:
            open_database(url)
        shown = str(info.value) + info.value.path + info.value.reason
        assert PASSWORD not in shown and "***" in shown
        assert len(str(info.value).splitlines()) == 1
    assert PASSWORD not in caplog.text
    home = tmp_path / "home"
    home.mkdir()
    for url in urls:
        proc = _cli(home, "db", "stats", "--db", url)
        assert proc.returncode == 2
        assert PASSWORD not in proc.stderr + proc.stdout
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert PASSWORD not in _log_text(home)


def test_the_log_formatter_removes_passwords_from_any_line() -> None:
    from counselor_app.logging_setup import RedactingFormatter

    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "connecting to %s", (
        f"postgresql://u:{PASSWORD}@h/db password={PASSWORD}",), None)
    line = RedactingFormatter("%(message)s").format(record)
    assert PASSWORD not in line and line.count("***") == 2
