"""Shared fixtures. Qt runs offscreen; every test gets a fresh, migrated, seeded database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COUNSELOR_APP_NO_LOG_FILE", "1")

import pytest  # noqa: E402

from counselor_app.store.bootstrap import open_database  # noqa: E402
from counselor_app.store.engine import Database  # noqa: E402

_TEMPLATE: dict[str, Path] = {}


@pytest.fixture
def db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A seeded database file; seeded once per session and copied (seeding takes ~1 s)."""
    import shutil

    if "db" not in _TEMPLATE:
        folder = tmp_path_factory.mktemp("template")
        template = folder / "template.db"
        first = open_database(str(template))
        with first.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        first.dispose()
        _TEMPLATE["db"] = template
    target = tmp_path / "test.db"
    shutil.copyfile(_TEMPLATE["db"], target)
    database = open_database(str(target))
    yield database
    database.dispose()


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second copy of the app on the same file."""
    assert db.path is not None
    second = open_database(str(db.path), seed=False)
    yield second
    second.dispose()


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box would wait for a click offscreen: record it and fail instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a: shown.append(text))
    yield shown
    assert not shown, shown
