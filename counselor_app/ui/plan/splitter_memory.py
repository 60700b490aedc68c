"""Splitters that come back the way the counselor left them (stored in the UI settings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter


def remember_splitter(splitter: QSplitter, qsettings: QSettings, key: str) -> bool:
    """Restore ``splitter`` from ``key`` and save it there whenever it is moved.

    Returns True when remembered sizes were applied (False: keep the defaults).
    """
    state = qsettings.value(key)
    restored = isinstance(state, QByteArray | bytes) and splitter.restoreState(
        QByteArray(state))
    splitter.splitterMoved.connect(lambda *_: qsettings.setValue(key, splitter.saveState()))
    return bool(restored)
