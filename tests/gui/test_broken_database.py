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
from counselor_app.store.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseOpenError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
)
from counselor_app.ui import app as app_module
from tests.lock_holder import holding_lock


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


def damaged_pages(tmp_path: Path) -> Path:
    """A school whose header and settings read well but whose student table is damaged
    (with a backup taken before)."""
    import sqlite3

    path = tmp_path / "school.db"
    db = open_database(str(path))
    create_student(db, StudentData("B-1", "Ana", "Núñez", 9, 2030))
    backup_now(db)
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'student'").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size:root * size] = b"\xff" * size
    path.write_bytes(bytes(data))
    return path


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


def test_the_entry_points_first_attempt_before_qt_is_the_one_asked_about(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The entry point opens the database before loading Qt; the window's start asks
    about that attempt's error, then restores as from its own attempt."""
    from counselor_app.cli.entry import open_before_qt

    path, content = damaged(tmp_path)
    first = open_before_qt(str(path))
    assert isinstance(first, DatabaseDamagedError) and path.read_bytes() == content
    seen: list[DatabaseOpenError] = []

    def ask(parent: Any, error: DatabaseOpenError, backup: Path | None) -> tuple[str, str]:
        seen.append(error)
        return "restore", str(backup)

    monkeypatch.setattr(app_module, "ask_about_broken_database", ask)
    db = app_module.open_with_recovery(str(path), first)
    assert seen == [first]
    assert db is not None and database_stats(db)["students"] == 1
    db.dispose()
    good = open_before_qt(str(path))  # a usable file is handed over as it was opened
    assert not isinstance(good, DatabaseOpenError)
    assert app_module.open_with_recovery(str(path), good) is good
    good.dispose()


def test_damaged_pages_found_after_the_first_paint_are_asked_about_before_any_page_is_filled(
        qapp: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The entry point's opening leaves the page check for after the first paint; the
    counselor is asked over the empty window, and the restored backup fills it."""
    from counselor_app.cli.entry import open_before_qt
    from counselor_app.ui.main_window import MainWindow

    path = damaged_pages(tmp_path)
    with pytest.raises(DatabaseDamagedError):
        open_database(str(path)).dispose()  # any other opening refuses it at once
    first = open_before_qt(str(path))
    assert not isinstance(first, DatabaseOpenError) and not first.pages_checked
    asked: list[tuple[Any, DatabaseOpenError]] = []

    def ask(parent: Any, error: DatabaseOpenError, backup: Path | None) -> tuple[str, str]:
        asked.append((parent, error))
        assert isinstance(parent, MainWindow) and parent.current_page_name() == ""
        return "restore", str(backup)

    filled: list[str] = []

    def run_until_filled() -> int:
        def window() -> MainWindow | None:
            return next((w for w in qapp.topLevelWidgets()
                         if isinstance(w, MainWindow) and w.is_populated), None)

        qtbot.waitUntil(lambda: window() is not None, timeout=10_000)
        shown_window = window()
        assert shown_window is not None
        filled.append(shown_window.current_page_name())
        shown_window.close()
        return 0

    monkeypatch.setattr(app_module, "ask_about_broken_database", ask)
    monkeypatch.setattr(qapp, "exec", run_until_filled)
    assert app_module.run_gui(str(path), first) == 0
    assert len(asked) == 1 and isinstance(asked[0][1], DatabaseDamagedError)
    assert filled == ["dashboard"]  # the restored backup's student
    db = open_database(str(path))
    assert database_stats(db)["students"] == 1
    db.dispose()


def test_an_unexpected_failure_finishing_the_opening_is_raised_as_before_the_window(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a DatabaseOpenError: run_gui raises it (the entry point then reports it) and
    the window is never filled, as when the opening failed before it."""
    from PySide6.QtCore import QTimer

    from counselor_app.cli.entry import open_before_qt
    from counselor_app.store import bootstrap
    from counselor_app.ui.main_window import MainWindow

    path = tmp_path / "school.db"
    open_database(str(path)).dispose()
    tried: list[bool] = []

    def broken(db: Any, **_: Any) -> None:
        tried.append(True)
        raise RuntimeError("refresh failed")

    monkeypatch.setattr(bootstrap, "finish_opening", broken)
    guard = QTimer()  # never waits for ever; stopped before the next test
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(3))
    guard.start(10_000)
    before = set(qapp.topLevelWidgets())
    try:
        with pytest.raises(RuntimeError, match="refresh failed"):
            app_module.run_gui(str(path), open_before_qt(str(path)))
    finally:
        guard.stop()
    windows = [w for w in qapp.topLevelWidgets()
               if isinstance(w, MainWindow) and w not in before]
    assert tried and len(windows) == 1 and not windows[0].is_populated
    windows[0].close()


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
    error = DatabaseDamagedError(str(tmp_path / "x.db"), "is damaged (file is not a database)")
    choice, _ = app_module.ask_about_broken_database(None, error, tmp_path / "b.backup.db")
    assert choice == "quit"
    assert str(tmp_path / "x.db") in shown["text"] and "damaged" in shown["text"]
    assert {"Restore newest backup", "Open another…", "Create new…", "Quit"} <= set(
        shown["buttons"])


def _buttons(monkeypatch: pytest.MonkeyPatch, error: DatabaseOpenError) -> list[str]:
    shown: dict[str, Any] = {}

    def fake_exec(box: QMessageBox) -> int:
        shown["text"] = box.text() + " " + box.informativeText()
        shown["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    app_module.ask_about_broken_database(None, error, Path("b.backup.db"))
    return shown["buttons"] + [shown["text"]]


def test_each_kind_of_unusable_file_gets_its_own_way_out(qapp: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    busy = _buttons(monkeypatch, DatabaseBusyError("/x.db", "is in use"))
    assert {"Retry", "Open read-only", "Quit"} <= set(busy) and "in use by another" in busy[-1]
    read_only = _buttons(monkeypatch, DatabaseReadOnlyError("/x.db", "read-only"))
    assert "Open read-only" in read_only and "cannot be changed" in read_only[-1]
    newer = _buttons(monkeypatch, DatabaseTooNewError("/x.db", "newer"))
    assert "Update the app" in newer[-1]
    for buttons in (busy, read_only, newer):
        assert "Restore newest backup" not in buttons and "damaged" not in buttons[-1]


def test_a_locked_database_is_in_use_never_damaged_and_never_restored(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "school.db"
    db = open_database(str(path))
    for i in range(25):
        create_student(db, StudentData(f"L-{i}", "Ana", "Núñez", 9, 2030))
    backup_now(db)
    db.dispose()
    seen: list[tuple[type, Path | None]] = []
    answers = iter([("retry", str(path)), ("read-only", str(path))])

    def ask(parent: Any, error: DatabaseOpenError, backup: Path | None) -> tuple[str, str]:
        seen.append((type(error), backup))
        return next(answers)

    monkeypatch.setattr(app_module, "ask_about_broken_database", ask)
    with holding_lock(path, "exclusive") as holder:
        opened: list[Any] = []

        def release_then_answer(parent: Any, error: DatabaseOpenError,
                                backup: Path | None) -> tuple[str, str]:
            result = ask(parent, error, backup)
            if len(seen) == 2:
                assert holder.stdin is not None
                holder.stdin.close()  # the other program finishes
                holder.wait(timeout=30)
            return result

        monkeypatch.setattr(app_module, "ask_about_broken_database", release_then_answer)
        opened.append(app_module.open_with_recovery(str(path)))
    db = opened[0]
    assert db is not None and db.read_only  # after Retry (still locked), then Open read-only
    assert [kind for kind, _ in seen] == [DatabaseBusyError, DatabaseBusyError]
    assert all(backup is None for _, backup in seen)  # no restore was offered
    assert database_stats(db)["students"] == 25
    with pytest.raises(Exception, match="readonly"):
        create_student(db, StudentData("L-X", "No", "Write", 9, 2030))
    db.dispose()
    assert [p.name for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name] == []


def test_an_empty_file_beside_backups_offers_them(qapp: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "school.db"
    db = open_database(str(path))
    create_student(db, StudentData("E-1", "Ana", "Núñez", 9, 2030))
    backup_now(db)
    db.dispose()
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    path.write_bytes(b"")
    monkeypatch.setattr(app_module, "ask_about_broken_database",
                        lambda p, error, backup: ("restore", str(backup)))
    db = app_module.open_with_recovery(str(path))
    assert db is not None and database_stats(db)["students"] == 1
    db.dispose()


def test_the_restore_dialog_lists_replaced_and_damaged_copies(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from counselor_app.services.backups import restore
    from counselor_app.ui.admin.restore_dialog import RestoreDialog

    path = tmp_path / "school.db"
    db = open_database(str(path))
    create_student(db, StudentData("R-1", "Ana", "Núñez", 9, 2030))
    good = backup_now(db)
    db.dispose()
    replaced = restore(path, good)
    path.write_bytes(b"garbage" * 500)
    Path(str(path) + "-wal").unlink(missing_ok=True)
    damaged_copy = restore(path, good)
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    by_path = {Path(i.data(Qt.ItemDataRole.UserRole + 1)): i for i in items}
    assert {good, replaced, damaged_copy} <= set(by_path)
    assert "replaced by a restore" in by_path[replaced].text()  # type: ignore[index]
    damaged_item = by_path[damaged_copy]  # type: ignore[index]
    assert "damaged" in damaged_item.text()
    assert not damaged_item.flags() & Qt.ItemFlag.ItemIsEnabled
    dialog.list.setCurrentItem(by_path[good])
    assert dialog.restore_button.isEnabled()
    assert not dialog.grab().isNull()


def test_a_failed_daily_backup_is_shown_to_the_counselor(
        qapp: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from counselor_app.services import backups

    path = tmp_path / "school.db"
    open_database(str(path)).dispose()

    def no_space(db: Any) -> None:
        raise backups.BackupError(f"{tmp_path / 'backups'}: cannot write the backup: the "
                                  "disk is full")

    shown: list[str] = []
    monkeypatch.setattr(backups, "auto_backup_if_due", no_space)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    # the backup waits until the first screen is up: run the event loop until it is told
    monkeypatch.setattr(qapp, "exec", lambda: qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
                        or 0)
    assert app_module.run_gui(str(path)) == 0
    assert len(shown) == 1 and "automatic backup could not be made" in shown[0]
    assert "disk is full" in shown[0]


def test_a_half_upgraded_file_offers_its_newest_backup_and_restoring_it_works(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Left half updated by the old runner, and not safely repairable: the start-up dialog
    names the newest backup and restores it; the app then updates it properly."""
    import sqlite3

    from counselor_app.store.backup import backup_file
    from tests.integration.upgrade_data import make_schema_0001

    path = make_schema_0001(tmp_path / "school.db", 5)
    kept = backup_file(path, reason="before-migration-0001")
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE search_entry (id INTEGER PRIMARY KEY);"
                      "ALTER TABLE student ADD COLUMN name_folded TEXT DEFAULT '';")
    con.close()
    shown: dict[str, Any] = {}

    def fake_exec(box: QMessageBox) -> int:  # the counselor reads it, then clicks Restore
        shown["text"] = box.text() + " " + box.informativeText()
        shown["buttons"] = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Restore newest backup").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    db = app_module.open_with_recovery(str(path))
    assert db is not None
    try:
        assert database_stats(db)["students"] == 5
    finally:
        db.dispose()
    assert "half updated by an earlier version" in shown["text"]
    assert kept.name in shown["text"] and "before an update" in shown["text"]
    assert {"Restore newest backup", "Open another…", "Quit"} <= set(shown["buttons"])
