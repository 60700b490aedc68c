from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus


@pytest.fixture
def ctx(db: Database, tmp_path: Path, qapp: object) -> AppContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return AppContext(db, QUndoStack(), ChangeBus(), settings)
