"""Two copies of the app on one database, for the concurrency tests: who each
counselor is, and the conflict dialog answering by itself (the fixtures ``other`` and
``no_message_boxes`` are in tests/conftest.py)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pytest

from counselor_app.services.settings import load_settings, save_settings
from counselor_app.store.engine import Database

SHOTS = os.environ.get("COUNSELOR_APP_SHOTS")  # a folder: save screenshots there


def as_counselor(db: Database, name: str) -> None:
    """The counselor name the next saves through ``db`` record (Settings are shared by
    both copies, so each test sets it before the copy's save)."""
    save_settings(db, dataclasses.replace(load_settings(db), counselor_name=name))


def answer_conflicts(monkeypatch: pytest.MonkeyPatch, choice: str, seen: list[Any],
                     shot: str = "") -> None:
    """The conflict dialog answers ``choice`` when it opens (each dialog kept in
    ``seen``); with ``shot`` and COUNSELOR_APP_SHOTS set, it is photographed at the sizes
    it has over a 1366x768 and a 1024x768 window."""
    from counselor_app.ui.shared.conflict_dialog import ConflictDialog

    def fake_exec(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        if SHOTS and shot:
            for w, h in ((1366, 768), (1024, 768)):
                dialog.resize(min(560, w - 40), min(420, h - 80))
                dialog.show()
                dialog.grab().save(str(Path(SHOTS) / f"conflict-{shot}-{w}x{h}.png"))
            dialog.hide()
        dialog.choose(choice)
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)


def rivera_context(db: Database, tmp_path: Path) -> Any:
    """The GUI's context on ``db`` (test catalog and set loaded), Ms. Rivera's copy."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from counselor_app.ui.context import AppContext, ChangeBus
    from tests.approving import add_test_set
    from tests.catalog import add_test_catalog

    add_test_catalog(db)
    add_test_set(db)
    as_counselor(db, "Ms. Rivera")
    return AppContext(db, QUndoStack(), ChangeBus(),
                      QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
