"""Start the GUI: open the database (with a way out when it is damaged), show the window.

The start is ordered for speed (issue 15): an up-to-date database opens with ``sqlite3``
alone, the window is painted empty, then its first screen is filled; the daily backup
and the ORM's warm-up come after that.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from counselor_app import APP_ID, APP_NAME, __version__
from counselor_app.config import resolve_db_url, sqlite_path
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database
from counselor_app.store.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseHalfUpgradedError,
    DatabaseOpenError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
)
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.shared.icons import icon
from counselor_app.ui.shared.messages import shown

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

log = logging.getLogger(__name__)


RESTORABLE = (DatabaseDamagedError, DatabaseHalfUpgradedError)
"""The only kinds of unusable database offered a restore of their newest backup."""


def _texts(error: DatabaseOpenError, backup: str = "") -> tuple[str, str]:
    """(what happened, what the counselor can do) for each kind of unusable database;
    ``backup`` names the newest backup offered ("" when there is none)."""
    where = error.path
    if isinstance(error, DatabaseHalfUpgradedError):
        return (translate("Startup", "The database %s %s.") % (where, shown(error.reason)),
                (translate("Startup", "Restore its newest backup, %s: the app updates it "
                           "properly and the current file is kept among the backups. Or "
                           "open another database, or create a new one.") % backup)
                if backup else
                translate("Startup", "No backup of it was found. Open another database or "
                          "create a new one; the file is kept as it is for repair."))
    if isinstance(error, DatabaseBusyError):
        return (translate("Startup", "The database %s is in use by another program, which is "
                          "holding a lock on it.") % where,
                translate("Startup", "Nothing is wrong with the file. Try again when the "
                          "other program has finished (for example a long import), or open "
                          "it read-only to look."))
    if isinstance(error, DatabaseReadOnlyError):
        return (translate("Startup", "The database %s cannot be changed by your account.")
                % where,
                translate("Startup", "You can open it read-only to look and print, or open "
                          "another database. To work in it, copy it to a folder you can "
                          "write to."))
    if isinstance(error, DatabaseTooNewError):
        return (translate("Startup", "The database %s was made by a newer version of Career "
                          "Pathway Planner.") % where,
                translate("Startup", "Update the app to open it. The file has not been "
                          "changed."))
    if isinstance(error, DatabaseDamagedError):
        return (translate("Startup", "The database %s %s.") % (where, shown(error.reason)),
                translate("Startup", "The file has not been changed. You can restore the "
                          "newest backup (the damaged file is kept), open another database, "
                          "or create a new one."))
    return (translate("Startup", "The database %s %s.") % (where, shown(error.reason)),
            translate("Startup", "The file has not been changed. You can open another "
                      "database or create a new one."))


def _backup_words(database: str, backup: Path | None) -> str:
    """'counselor-....db, taken 2026-11-30 10:15 (before an update)' for the message; ""
    without a backup."""
    if backup is None:
        return ""
    from counselor_app.services.backups import list_backups

    try:
        info = next((b for b in list_backups(database) if b.path == backup), None)
    except OSError:
        info = None
    return translate("Startup", "%1, taken %2").replace("%1", backup.name).replace(
        "%2", shown(info.label)) if info else backup.name


def ask_about_broken_database(parent: QWidget | None, error: DatabaseOpenError,
                              backup: Path | None) -> tuple[str, str | None]:
    """What to do with a database that cannot be opened.

    Returns (choice, path): ("restore", backup) | ("retry", file) | ("read-only", file) |
    ("open", file) | ("new", file) | ("quit", None). The file is never touched here.
    A restore is offered only for a damaged file; a busy one gets Retry and Open
    read-only, a read-only one Open read-only, a newer one only the advice to update.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    text, advice = _texts(error, _backup_words(error.path, backup))
    box.setText(text)
    box.setInformativeText(advice)
    buttons: dict[QPushButton, str] = {}

    def add(label: str, choice: str, role: QMessageBox.ButtonRole) -> None:
        buttons[box.addButton(label, role)] = choice

    busy = isinstance(error, DatabaseBusyError)
    accept, action = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.ActionRole
    if busy:
        add(translate("Startup", "Retry"), "retry", accept)
    if busy or isinstance(error, DatabaseReadOnlyError):
        add(translate("Startup", "Open read-only"), "read-only", action)
    if isinstance(error, RESTORABLE) and backup is not None:
        add(translate("Startup", "Restore newest backup"), "restore", accept)
    add(translate("Startup", "Open another…"), "open", action)
    if not (busy or isinstance(error, DatabaseTooNewError)):
        add(translate("Startup", "Create new…"), "new", action)
    add(translate("Startup", "Quit"), "quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    choice = buttons.get(box.clickedButton(), "quit")  # type: ignore[call-overload]
    if choice == "restore" and backup is not None:
        return "restore", str(backup)
    if choice in ("retry", "read-only"):
        return choice, error.path
    if choice == "open":
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("Startup", "Open database"), str(Path(error.path).parent),
            translate("Startup", "Databases (*.db);;All files (*)"))
        return ("open", path) if path else ("quit", None)
    if choice == "new":
        path, _ = QFileDialog.getSaveFileName(parent, translate("Startup", "New database"),
                                              str(Path(error.path).with_name("counselor-new.db")),
                                              translate("Startup", "Databases (*.db)"))
        return ("new", path) if path else ("quit", None)
    return "quit", None


def open_with_recovery(db_arg: str | None,
                       first: Database | DatabaseOpenError | None = None,
                       parent: QWidget | None = None) -> Database | None:
    """The database ``db_arg`` names, or the one the counselor chose instead when it
    cannot be opened (None: quit). ``first`` is the outcome of a first attempt already
    made (the entry point opens the database before loading Qt); ``parent``, the window
    the questions are asked over (none before it is shown)."""
    target = db_arg
    read_only = False
    while True:
        try:
            if first is None:
                return open_database(target, read_only=read_only)
            outcome, first = first, None
            if isinstance(outcome, DatabaseOpenError):
                raise outcome
            return outcome
        except DatabaseOpenError as error:
            from counselor_app.services.backups import newest_backup_for, restore

            log.warning("cannot open database: %s (%s)", error.reason, type(error).__name__)
            path = sqlite_path(resolve_db_url(target))
            newest = newest_backup_for(path) if path and isinstance(error, RESTORABLE) \
                else None
            choice, chosen = ask_about_broken_database(parent, error, newest)
            read_only = False
            if choice == "quit" or chosen is None:
                return None
            if choice == "restore" and path is not None:
                try:
                    restore(path, chosen)  # keeps the damaged file in the backups folder
                except Exception as exc:
                    QMessageBox.critical(parent, APP_NAME, translate(
                        "Startup", "The backup could not be restored: %s") % shown(exc))
                    return None
            elif choice == "read-only":
                read_only = True
            elif choice != "retry":
                target = chosen


def finished_opening(db: Database, db_arg: str | None, window: QWidget) -> Database | None:
    """``db`` once what its opening left for later is done (``finish_opening``: the page
    check, a refresh of built-in data); when that fails (damaged pages), the database
    the counselor chose instead, asked as at the start (None: quit). Runs after the
    first paint, before the first screen is filled."""
    from counselor_app.store.bootstrap import finish_opening

    try:
        finish_opening(db)
    except DatabaseOpenError as error:
        db.dispose()
        return open_with_recovery(db_arg, error, window)
    except Exception:
        db.dispose()
        raise
    return db


def report_backup_failure(parent: QWidget | None, exc: Exception) -> None:
    """A failed automatic backup is told to the counselor, not only logged."""
    log.warning("automatic backup failed: %s", exc)
    QMessageBox.warning(parent, APP_NAME, translate(
        "Startup", "Today's automatic backup could not be made:\n%s\n\nYour work is "
        "saved as usual; use File > Back up now once the problem is fixed.") % shown(exc))


def after_start(window: QWidget, db: Database) -> threading.Thread:
    """What waits until the first screen is up: the daily backup (told when it fails),
    then loading the ORM on a thread for the first click (returned, to be joined)."""
    from counselor_app.services.backups import auto_backup_if_due
    from counselor_app.store.preload import start_preload

    try:
        if not db.read_only:
            auto_backup_if_due(db)
    except Exception as exc:  # a failed backup must not stop the counselor working
        report_backup_failure(window, exc)
    return start_preload(db)


def run_gui(db_arg: str | None, first: Database | DatabaseOpenError | None = None) -> int:
    """The GUI on the database ``db_arg`` names; ``first``, the outcome of opening it
    already (see ``open_with_recovery``)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setWindowIcon(icon("app"))
    app.setDesktopFileName(APP_ID)  # matches packaging/counselor-app.desktop
    db = open_with_recovery(db_arg, first)
    if db is None:
        return 2
    from counselor_app.services.settings import load_settings
    from counselor_app.ui.i18n import install_translators, remove_translators
    from counselor_app.ui.main_window import MainWindow
    from counselor_app.ui.startup_probe import watch_startup

    try:
        language = load_settings(db).interface_language
    except Exception as exc:  # an unreadable setting must not stop the program
        log.warning("interface language setting unreadable: %s", exc)
        language = "system"
    translators = install_translators(app, language)  # before any window is built
    ctx = AppContext(db, QUndoStack(), ChangeBus(), QSettings())
    window = MainWindow(ctx, populate=False)
    probe = watch_startup(app, window)  # the benchmark's and smoke test's exit hook
    preload: list[threading.Thread] = []

    failed: list[Exception] = []  # raised by run_gui, as when the opening came first

    def fill() -> None:
        try:
            checked = finished_opening(ctx.db, db_arg, window)
        except Exception as exc:
            failed.append(exc)
            checked = None
        if checked is None:
            app.exit(2)
            return
        if checked is not ctx.db:  # the counselor chose another database
            ctx.db = checked
            window.show_database_name()
        window.populate()

    def settle() -> None:
        preload.append(after_start(window, ctx.db))
        if probe is not None:
            probe.background_started(preload[-1])

    window.populated.connect(lambda: QTimer.singleShot(0, settle))
    if probe is None or probe.milestone != "paint":  # "paint" ends at the first paint
        window.first_painted.connect(lambda: QTimer.singleShot(0, fill))
    window.show_window()
    code = app.exec()
    for thread in preload:
        thread.join()  # never tear the engine down under it
    remove_translators(app, translators)
    ctx.db.dispose()
    if failed:
        raise failed[0]
    return code
