"""Backups: on demand, daily, pruning, listing, restore with checks, CLI."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counselor_app.cli import main
from counselor_app.domain import Student
from counselor_app.services.backups import (
    auto_backup_if_due,
    backup_now,
    check_backup,
    list_backups,
    newest_backup_for,
    prune,
    restore,
)
from counselor_app.services.settings import load_settings, save_settings
from counselor_app.store.backup import backup_dir
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database
from counselor_app.store.errors import DatabaseOpenError, DatabaseTooNewError

NOW = dt.datetime.now().replace(microsecond=0)


def add_student(db: Database, sid: str) -> None:
    with db.transaction() as s:
        s.add(Student(student_id=sid, first_name="B", last_name="Ackup", grade=9,
                      graduation_year=NOW.year + 3, created_at=NOW, updated_at=NOW))


def students(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT student_id FROM student")}
    finally:
        con.close()


def test_backup_now_is_a_complete_database_in_the_backups_folder(db: Database) -> None:
    add_student(db, "B1")
    path = backup_now(db)
    assert path.parent == backup_dir(db.path)  # type: ignore[arg-type]
    check_backup(path)
    assert students(path) == {"B1"}
    [info] = list_backups(db.path)  # type: ignore[arg-type]
    assert info.path == path and info.reason == "manual" and "made by you" in info.label
    out = backup_now(db, db.path.parent / "copy.db")  # type: ignore[union-attr]
    assert out.exists() and len(list_backups(db.path)) == 1  # type: ignore[arg-type]


def test_backups_are_pruned_to_the_number_in_settings(db: Database) -> None:
    save_settings(db, replace(load_settings(db), backups_kept=3))
    made = [backup_now(db) for _ in range(5)]
    kept = [b.path for b in list_backups(db.path)]  # type: ignore[arg-type]
    assert kept == made[::-1][:3]
    assert prune(db.path, 1) == made[::-1][1:3]  # type: ignore[arg-type]


def test_daily_backup_only_when_the_newest_is_old_enough(db: Database) -> None:
    first = auto_backup_if_due(db)
    assert first is not None and "auto" in first.name
    assert auto_backup_if_due(db) is None
    assert auto_backup_if_due(db, max_age_hours=0) is not None


def test_backups_of_another_database_in_the_same_folder_are_not_listed(db: Database) -> None:
    folder = backup_dir(db.path)  # type: ignore[arg-type]
    folder.mkdir(exist_ok=True)
    (folder / "test-other-20250101-000000-000000-manual.backup.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("hello")
    assert list_backups(db.path) == []  # type: ignore[arg-type]


def test_restore_replaces_the_data_and_keeps_the_replaced_file(db: Database) -> None:
    add_student(db, "OLD")
    snapshot = backup_now(db)
    add_student(db, "NEW")
    path = db.path
    assert path is not None
    db.dispose()
    kept = restore(path, snapshot)
    assert kept is not None and students(kept) == {"OLD", "NEW"}
    assert students(path) == {"OLD"}
    reopened = open_database(str(path))
    try:
        with reopened.read() as s:
            assert s.scalar(select(func.count()).select_from(Student)) == 1
    finally:
        reopened.dispose()


def _sqlite_file(path: Path, sql: str) -> Path:
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.close()
    return path


def test_restore_checks_the_backup_before_touching_anything(db: Database,
                                                            tmp_path: Path) -> None:
    path = db.path
    assert path is not None
    add_student(db, "KEEP")
    good = backup_now(db)
    db.dispose()
    before = path.read_bytes()
    bad_files = {
        "random.db": tmp_path.joinpath("random.db"),
        "other.db": _sqlite_file(tmp_path / "other.db", "CREATE TABLE t(x);"),
        "newer.db": tmp_path / "newer.db",
        "truncated.db": tmp_path / "truncated.db",
    }
    bad_files["random.db"].write_bytes(os.urandom(8192))
    data = good.read_bytes()
    bad_files["truncated.db"].write_bytes(data[: len(data) // 3])
    bad_files["newer.db"].write_bytes(data)
    _sqlite_file(bad_files["newer.db"], "UPDATE alembic_version SET version_num='9999';")
    for name, source in bad_files.items():
        with pytest.raises(DatabaseOpenError) as info:
            restore(path, source)
        assert str(source) in str(info.value), name
        assert path.read_bytes() == before, name
    with pytest.raises(DatabaseTooNewError):
        check_backup(bad_files["newer.db"])
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        restore(path, tmp_path / "missing.db")
    with pytest.raises(DatabaseOpenError, match="database itself"):
        restore(path, path)


def test_restore_over_a_damaged_file_keeps_a_raw_copy(db: Database) -> None:
    path = db.path
    assert path is not None
    good = backup_now(db)
    db.dispose()
    path.write_bytes(b"garbage" * 1000)
    kept = restore(path, good)
    assert kept is not None and kept.read_bytes() == b"garbage" * 1000
    check_backup(path)


def test_newest_backup_for_skips_damaged_backups(db: Database) -> None:
    path = db.path
    assert path is not None
    assert newest_backup_for(path) is None
    older = backup_now(db)
    newer = backup_now(db)
    assert newest_backup_for(path) == newer
    newer.write_bytes(b"\x00" * 4096)
    assert newest_backup_for(path) == older


def test_cli_backup_and_restore(db: Database, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = db.path
    assert path is not None
    add_student(db, "CLI")
    db.dispose()
    out = tmp_path / "manual-copy.db"
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out and students(out) == {"CLI"}
    assert main(["--db", str(path), "backup"]) == 0
    assert len(list_backups(path)) == 1
    assert main(["restore", "--db", str(path), str(out)]) == 0
    assert "kept as" in capsys.readouterr().out
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    before = path.read_bytes()
    assert main(["restore", "--db", str(path), str(junk)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(junk) in err
    assert path.read_bytes() == before
    assert main(["backup", "--db", str(tmp_path / "nothing.db")]) == 2
    assert "no such database file" in capsys.readouterr().err


def test_pruning_one_kind_never_deletes_another(db: Database) -> None:
    from counselor_app.services.backups import backup_before

    save_settings(db, replace(load_settings(db), backups_kept=2))
    daily = auto_backup_if_due(db)
    update = backup_now(db, reason="before-migration-0001")
    manual = backup_now(db)
    for _ in range(10):  # ten imports
        backup_before(db, "before-import")
    kinds = {}
    for info in list_backups(db.path):  # type: ignore[arg-type]
        kinds[info.kind] = kinds.get(info.kind, 0) + 1
    assert kinds == {"before-import": 2, "auto": 1, "before-migration": 1, "manual": 1}
    assert all(p.exists() for p in (daily, update, manual))  # type: ignore[union-attr]


def test_restore_refuses_while_another_program_has_the_file_open(db: Database) -> None:
    from counselor_app.store.errors import DatabaseBusyError
    from tests.lock_holder import holding_lock

    add_student(db, "OLD")
    snapshot = backup_now(db)
    for i in range(40):
        add_student(db, f"NEW{i}")
    path = db.path
    assert path is not None
    db.dispose()
    for how in ("idle", "write"):
        with holding_lock(path, how), pytest.raises(DatabaseBusyError,
                                                    match="open in another"):
            restore(path, snapshot)
        assert len(students(path)) == 41  # nothing the other program committed is lost
    assert [b.reason for b in list_backups(path)] == ["manual"]  # no copy piled up


def test_restore_in_place_keeps_the_replaced_database_listed(db: Database) -> None:
    add_student(db, "OLD")
    snapshot = backup_now(db)
    add_student(db, "NEW")
    path = db.path
    assert path is not None
    db.dispose()
    kept = restore(path, snapshot)
    assert kept is not None and students(kept) == {"OLD", "NEW"}
    listed = {b.path: b for b in list_backups(path, include_damaged=True)}
    assert kept in listed and "replaced by a restore" in listed[kept].label
    path.write_bytes(b"garbage" * 1000)
    Path(str(path) + "-wal").unlink(missing_ok=True)
    raw = restore(path, snapshot)
    assert raw is not None
    listed = {b.path: b for b in list_backups(path, include_damaged=True)}
    assert listed[raw].damaged and "damaged" in listed[raw].label
    assert raw not in {b.path for b in list_backups(path)}  # never offered for restoring


def test_cli_backup_out_refuses_to_overwrite_and_names_a_missing_folder(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = db.path
    assert path is not None
    db.dispose()
    out = tmp_path / "copy.db"
    out.write_text("precious")
    assert main(["backup", "--db", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err and out.read_text() == "precious"
    assert main(["backup", "--db", str(path), "--out", str(out), "--force"]) == 0
    check_backup(out)
    missing = tmp_path / "no-such-folder" / "x.db"
    assert main(["backup", "--db", str(path), "--out", str(missing)]) == 2
    err = capsys.readouterr().err
    assert str(missing.parent) in err and "no such folder" in err and len(err.splitlines()) == 1


def test_partial_files_of_interrupted_copies_are_removed_at_start(db: Database) -> None:
    path = db.path
    assert path is not None
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    old = folder / "test-20250101-000000-000000-auto.backup.db.part"
    fresh = folder / "test-20250101-000001-000000-auto.backup.db.part"
    restoring = path.with_name(path.name + ".restoring")
    for p in (old, fresh, restoring):
        p.write_bytes(b"partial")
    for p in (old, restoring):
        os.utime(p, (0, 0))
    db.dispose()
    open_database(str(path)).dispose()
    assert not old.exists() and not restoring.exists()
    assert fresh.exists()  # may belong to a backup running right now in another copy
