"""Starting on a damaged database: a clear choice, and the file is never overwritten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from counselor_app.services.backups import backup_now
from counselor_app.services.stats import database_stats
from counselor_app.services.students import StudentData, create_student
from counselor_app.store.bootstrap import open_database
from counselor_app.store.errors import DatabaseOpenError
from counselor_app.ui import app as app_module


def damaged(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "school.db"
    db = open_database(str(path))
    create_student(db, StudentData("B-1", "Ana", "Núñez", 9, 2030))
    backup_now(db)
    db.dispose()
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    content = b"garbage" * 500
    path.write_bytes(content)
    return path, content


def test_quit_leaves_the_damaged_file_alone(qapp: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path, content = damaged(tmp_path)
    seen: list[tuple[DatabaseOpenError, Path | None]] = []

    def ask(parent: Any, error: DatabaseOpenError, backup: Path | None) -> tuple[str, None]:
        seen.append((error, backup))
        return "quit", None

    monkeypatch.setattr(app_module, "ask_about_broken_database", ask)
    assert app_module.open_with_recovery(str(path)) is None
    assert seen[0][0].path == str(path) and seen[0][1] is not None  # a backup is offered
    assert path.read_bytes() == content


def test_restoring_the_newest_backup_brings_the_data_back(qapp: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path, content = damaged(tmp_path)
    monkeypatch.setattr(app_module, "ask_about_broken_database",
                        lambda p, error, backup: ("restore", str(backup)))
    db = app_module.open_with_recovery(str(path))
    assert db is not None
    assert database_stats(db)["students"] == 1
    db.dispose()
    kept = [p for p in (tmp_path / "backups").iterdir() if p.read_bytes() == content]
    assert kept, "the damaged file is kept beside the backups"


def test_creating_a_new_database_instead(qapp: Any, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path, content = damaged(tmp_path)
    new = tmp_path / "new.db"
    monkeypatch.setattr(app_module, "ask_about_broken_database",
                        lambda p, error, backup: ("new", str(new)))
    db = app_module.open_with_recovery(str(path))
    assert db is not None and db.path == new
    db.dispose()
    assert path.read_bytes() == content


def test_the_dialog_names_the_file_and_offers_the_choices(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shown: dict[str, Any] = {}

    def fake_exec(box: QMessageBox) -> int:
        shown["text"] = box.text()
        shown["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    error = DatabaseOpenError(str(tmp_path / "x.db"), "is damaged (file is not a database)")
    choice, _ = app_module.ask_about_broken_database(None, error, tmp_path / "b.backup.db")
    assert choice == "quit"
    assert str(tmp_path / "x.db") in shown["text"] and "damaged" in shown["text"]
    assert {"Restore newest backup", "Open another…", "Create new…", "Quit"} <= set(
        shown["buttons"])
