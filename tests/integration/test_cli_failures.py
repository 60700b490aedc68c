"""Every command-line failure is one line and exit code 2: a lock held too long, a full
disk during an import, a backup that cannot be written."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from counselor_app.cli import main
from counselor_app.services.backups import list_backups
from counselor_app.store.engine import Database
from tests.lock_holder import holding_lock

YEAR = dt.date.today().year


def _roster(path: Path, n: int) -> Path:
    lines = ["Student ID,Last Name,First Name,Grade,Graduation Year"]
    lines += [f"F{i:05},Last{i},First{i},9,{YEAR + 3}" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "counselor_app", *argv],
                          env={**os.environ, "COUNSELOR_APP_NO_LOG_FILE": "1", **env},
                          capture_output=True, text=True, timeout=120)


def test_an_import_blocked_by_a_lock_ends_with_one_line(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    db.dispose()
    roster = _roster(tmp_path / "r.csv", 5)
    with holding_lock(db.path, "write"):
        proc = _run("import", "students", str(roster), "--db", str(db.path),
                    COUNSELOR_APP_BUSY_TIMEOUT_MS="300")
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "in use by another program" in proc.stderr


def test_a_full_disk_during_an_import_ends_with_one_line(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert db.path is not None
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.dispose()

    def full_disk(dbapi_conn: object, _rec: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")  # type: ignore[attr-defined]

    event.listen(Engine, "connect", full_disk)
    try:
        code = main(["import", "students", str(_roster(tmp_path / "big.csv", 3000)),
                     "--db", str(db.path)])
    finally:
        event.remove(Engine, "connect", full_disk)
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert "disk is full" in err and "nothing was changed" in err


@pytest.mark.skipif(os.name != "posix", reason="file size limits are POSIX")
def test_a_backup_that_cannot_be_written_ends_with_one_line_and_no_part_file(
        db: Database) -> None:
    assert db.path is not None
    db.dispose()
    code = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536)); "
            "from counselor_app.cli import main; sys.exit(main(sys.argv[1:]))")
    proc = subprocess.run([sys.executable, "-c", code, "backup", "--db", str(db.path)],
                          env={**os.environ, "COUNSELOR_APP_NO_LOG_FILE": "1"},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "cannot" in proc.stderr
    folder = db.path.parent / "backups"
    assert not folder.exists() or not [p for p in folder.iterdir()
                                        if p.name.endswith(".part")]
    assert list_backups(db.path) == []
