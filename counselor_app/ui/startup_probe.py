"""Quit at a start-up milestone: for ``bench/startup.py`` and the bundle's smoke test.

``COUNSELOR_APP_EXIT_AFTER=paint`` quits right after the main window's first paint;
``=populated`` once its first screen is filled and painted (``COUNSELOR_APP_EXIT_AFTER_SHOW``,
the smoke test's older spelling, means the same); ``=settled`` once the work after that
(daily backup, ORM loaded in the background) is done. Each prints ``shown page: NAME``.
Only the entry point (``ui.app.run_gui``) reads the variables.
"""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from counselor_app.ui.main_window import MainWindow

EXIT_AFTER = "COUNSELOR_APP_EXIT_AFTER"
MILESTONES = ("paint", "populated", "settled")


def requested_milestone() -> str | None:
    value = os.environ.get(EXIT_AFTER, "").strip().lower()
    if value in MILESTONES:
        return value
    return "populated" if os.environ.get("COUNSELOR_APP_EXIT_AFTER_SHOW") else None


class StartupProbe(QObject):
    """Watches the main window and quits the application at the milestone."""

    def __init__(self, app: QApplication, window: MainWindow, milestone: str) -> None:
        super().__init__(window)
        self._app, self._window, self._milestone = app, window, milestone
        self._done = False
        if milestone == "paint":
            window.first_painted.connect(self._on_painted)
        elif milestone == "populated":
            window.populated.connect(self._on_populated)

    @property
    def milestone(self) -> str:
        return self._milestone

    def _on_painted(self) -> None:
        if not self._done:
            self._done = True
            QTimer.singleShot(0, self._quit)  # once this paint has been flushed

    def background_started(self, thread: threading.Thread) -> None:
        """The after-start work runs on ``thread``: "settled" quits when it ends."""
        if self._milestone != "settled" or self._done:
            return
        self._done = True
        timer = QTimer(self)
        timer.setInterval(10)
        timer.timeout.connect(lambda: None if thread.is_alive() else self._quit())
        timer.start()

    def _on_populated(self) -> None:
        if not self._done:
            self._done = True
            self._window.repaint()  # the filled screen, painted now
            self._quit()

    def _quit(self) -> None:
        stream = sys.stderr if sys.stdout is None else sys.stdout  # a windowed build has none
        if stream is not None:
            print(f"shown page: {self._window.current_page_name()}", file=stream, flush=True)
        self._app.quit()


def watch_startup(app: QApplication, window: MainWindow) -> StartupProbe | None:
    milestone = requested_milestone()
    return StartupProbe(app, window, milestone) if milestone else None
