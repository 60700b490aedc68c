"""Run long work off the UI thread with progress and cancel.

The work function receives a ``Progress`` to report to and to poll for
cancellation; it must open its own database session (services do that).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from counselor_app.ui.shared.messages import shown

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside work when the user pressed Cancel."""


class Progress:
    """Thread-safe progress reporter handed to the work function."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        """Report ``done`` of ``total``; raises Cancelled when the user cancelled."""
        self._signals.progress.emit(done, total, shown(message))  # a Message in its language
        self.check()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user as a message, never a traceback
            # frames only: an exception's message may hold a file name made from a
            # student's name, and logs never carry student names
            log.error("background work failed: %s\n%s", exc.__class__.__name__,
                      "".join(traceback.format_tb(exc.__traceback__)))
            self.signals.failed.emit(shown(exc))
        else:
            self.signals.finished.emit(result)


class BackgroundTask(QObject):
    """One piece of background work; connect to its signals, then call ``start``."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._signals.progress.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._done_ok, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._done_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self._done_cancelled, Qt.ConnectionType.QueuedConnection)
        self._fn = fn
        self.running = False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(_Job(self._fn, self._signals, self.progress))

    def cancel(self) -> None:
        self.progress.cancel()

    def _done_ok(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)

    def _done_failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)

    def _done_cancelled(self) -> None:
        self.running = False
        self.cancelled.emit()


def run_with_progress(parent: QWidget, title: str, fn: Callable[[Progress], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[str], None] | None = None,
                      on_cancel: Callable[[], None] | None = None) -> BackgroundTask:
    """Start ``fn`` in the background behind a modeless progress dialog with Cancel."""
    dialog = QProgressDialog(title, translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    task = BackgroundTask(fn, parent)
    task.dialog = dialog  # type: ignore[attr-defined]

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if message:
            dialog.setLabelText(message)

    def close() -> None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()

    def finished(result: object) -> None:
        close()
        on_done(result)

    def failed(message: str) -> None:
        close()
        if on_error:
            on_error(message)

    def cancelled() -> None:
        close()
        if on_cancel:
            on_cancel()

    task.progressed.connect(progressed)
    task.finished.connect(finished)
    task.failed.connect(failed)
    task.cancelled.connect(cancelled)
    dialog.canceled.connect(task.cancel)
    task.start()
    return task
