"""What every view is handed: the database, the undo stack and a change bus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from counselor_app.services.settings import Settings, load_settings
from counselor_app.store.engine import Database


class ChangeBus(QObject):
    """Announces what changed so that each view refreshes itself."""

    students_changed = Signal()
    plan_changed = Signal(int)  # plan id
    reference_changed = Signal()  # catalog, programs or occupations imported
    settings_changed = Signal()
    database_replaced = Signal()  # restore or open another file


@dataclass
class AppContext:
    db: Database
    undo: QUndoStack
    bus: ChangeBus
    qsettings: QSettings

    def settings(self) -> Settings:
        return load_settings(self.db)
