from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from counselor_app.store.engine import Database
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.i18n import install_translators, remove_translators


@pytest.fixture
def ctx(db: Database, tmp_path: Path, qapp: object) -> AppContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return AppContext(db, QUndoStack(), ChangeBus(), settings)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The interface in Spanish for one test (the catalogs installed, then removed)."""
    translators = install_translators(qapp, "es")
    assert translators, "the Spanish catalog did not load"
    yield
    remove_translators(qapp, translators)
