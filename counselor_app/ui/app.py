"""Start the GUI: open the database (with a way out when it is damaged), show the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from counselor_app import APP_ID, APP_NAME, __version__
from counselor_app.config import resolve_db_url, sqlite_path
from counselor_app.services.backups import newest_backup_for, restore
from counselor_app.store.bootstrap import open_database
from counselor_app.store.engine import Database
from counselor_app.store.errors import DatabaseOpenError
from counselor_app.ui.context import AppContext, ChangeBus
from counselor_app.ui.icons import icon

log = logging.getLogger(__name__)


def ask_about_broken_database(parent: QWidget | None, error: DatabaseOpenError,
                              backup: Path | None) -> tuple[str, str | None]:
    """What to do with a database that cannot be opened.

    Returns (choice, path): ("restore", backup) | ("open", file) | ("new", file) | ("quit", None).
    The broken file is never touched.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(f"The database {error.path} {error.reason}.")
    box.setInformativeText("The file has not been changed. You can restore the newest backup, "
                           "open another database, or create a new one.")
    restore = box.addButton("Restore newest backup", QMessageBox.ButtonRole.AcceptRole) \
        if backup else None
    open_other = box.addButton("Open another…", QMessageBox.ButtonRole.ActionRole)
    new = box.addButton("Create new…", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore and backup is not None:
        return "restore", str(backup)
    if clicked is open_other:
        path, _ = QFileDialog.getOpenFileName(parent, "Open database", str(Path(error.path).parent),
                                              "Databases (*.db);;All files (*)")
        return ("open", path) if path else ("quit", None)
    if clicked is new:
        path, _ = QFileDialog.getSaveFileName(parent, "New database",
                                              str(Path(error.path).with_name("counselor-new.db")),
                                              "Databases (*.db)")
        return ("new", path) if path else ("quit", None)
    return "quit", None


def open_with_recovery(db_arg: str | None) -> Database | None:
    target = db_arg
    while True:
        try:
            return open_database(target)
        except DatabaseOpenError as error:
            log.warning("cannot open database: %s", error.reason)
            path = sqlite_path(resolve_db_url(target))
            newest = newest_backup_for(path) if path else None
            choice, chosen = ask_about_broken_database(None, error, newest)
            if choice == "quit" or chosen is None:
                return None
            if choice == "restore" and path is not None:
                try:
                    restore(path, chosen)  # keeps the damaged file in the backups folder
                except Exception as exc:
                    QMessageBox.critical(None, APP_NAME, f"The backup could not be restored: "
                                                         f"{exc}")
                    return None
            else:
                target = chosen


def run_gui(db_arg: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setWindowIcon(icon("app"))
    app.setDesktopFileName(APP_ID)  # matches packaging/counselor-app.desktop
    db = open_with_recovery(db_arg)
    if db is None:
        return 2
    try:
        from counselor_app.services.backups import auto_backup_if_due

        auto_backup_if_due(db)
    except Exception as exc:  # a failed backup must not stop the counselor working
        log.warning("automatic backup failed: %s", exc)
    from counselor_app.ui.main_window import MainWindow

    ctx = AppContext(db, QUndoStack(), ChangeBus(), QSettings())
    window = MainWindow(ctx)
    window.show()
    if os.environ.get("COUNSELOR_APP_EXIT_AFTER_SHOW"):
        # used by packaging/build.py's smoke test of the frozen program
        from PySide6.QtCore import QTimer

        def report_and_quit() -> None:
            page = window.pages.currentWidget()
            names = {window.welcome: "welcome", window.explore: "explore",
                     window.students: "students"}
            name = names.get(page, "?") if page is not None else "?"
            print(f"shown page: {name}", file=sys.stderr if sys.stdout is None else sys.stdout)
            app.quit()

        QTimer.singleShot(200, report_and_quit)
    code = app.exec()
    ctx.db.dispose()
    return code
