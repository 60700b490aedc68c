"""Writes that fail for reasons outside the app (another program holds the lock, the
disk is full, the disk or network share fails) get one clear message; the change is
not applied. A write runs under a wait cursor, so the window shows it is waiting
(at most the busy timeout) before the message appears."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError, OperationalError

from counselor_app.services.concurrency import ConflictError
from counselor_app.store.errors import is_busy, is_disk_full
from counselor_app.ui.shared.words import changed_field

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

log = logging.getLogger(__name__)
T = TypeVar("T")

WRITE_ERRORS: tuple[type[BaseException], ...] = (DBAPIError, sqlite3.Error, OSError,
                                                  ConflictError)


def describe_write_error(exc: BaseException) -> str:
    """A sentence for the counselor saying why the change was not saved."""
    if isinstance(exc, ConflictError):
        change = exc.change
        if change.gone:
            return translate("WriteErrors", "%s deleted %s after you opened it, so your "
                             "change was not saved. The newest version is shown now.") % (
                change.by or translate("WriteErrors", "Someone else"),
                ", ".join(changed_field(f) for f in change.fields))
        return translate("WriteErrors", "%s changed %s after you opened it, so your change was not "
                  "saved. The newest version is shown now.") % (
                      change.by or translate("WriteErrors", "Someone else"),
                      ", ".join(changed_field(f) for f in change.fields)
                      or translate("WriteErrors", "this record"))
    if isinstance(exc, ValueError):  # refused by a rule (another copy changed the plan)
        from counselor_app.ui.shared.messages import shown

        reason = shown(exc).rstrip(".")
        return translate("WriteErrors", "The change was not saved: %s.") % reason
    text = str(getattr(exc, "orig", None) or exc)
    if is_busy(exc):
        return translate("WriteErrors", "The change was not saved: the database is in use by "
                  "another program (for example a long import). Try again in a moment.")
    if is_disk_full(exc):
        return translate("WriteErrors", "The change was not saved: the disk is full. Free some "
                  "space and try again.")
    if "readonly" in text.lower() or "read-only" in text.lower():
        return translate("WriteErrors", "The change was not saved: this database is open "
                  "read-only.")
    if isinstance(exc, OperationalError | sqlite3.OperationalError | OSError):
        return translate("WriteErrors", "The change was not saved: the database could not be "
                  "written (%s). Check the disk or network folder and try again.") % (
                      text.splitlines()[0] if text else exc.__class__.__name__)
    return translate("WriteErrors", "The change was not saved (%s).") % (
        text.splitlines()[0] if text else exc.__class__.__name__)


def show_write_error(parent: QWidget | None, exc: BaseException) -> None:
    log.warning("write failed: %s", exc.__class__.__name__)
    QMessageBox.warning(parent or QApplication.activeWindow(),
                        translate("WriteErrors", "Not saved"),
                        describe_write_error(exc))


@contextmanager
def waiting() -> Iterator[None]:
    """A wait cursor while a write waits for the database."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def guarded(parent: QWidget | None, write: Callable[[], T]) -> tuple[bool, T | None]:
    """Run ``write`` under a wait cursor; on a write error show it and return (False, None)."""
    try:
        with waiting():
            return True, write()
    except WRITE_ERRORS as exc:
        show_write_error(parent, exc)
        return False, None
