"""Command line. Without a subcommand it starts the GUI; subcommands run headless.

This module imports the subcommand modules (each exposes ``register(sub)`` returning
its handlers); they import only ``cli.common``, so there is no registration circle.
They are imported only when a subcommand is given: the GUI's start (no arguments, or
only ``--db``) loads none of them, nor SQLAlchemy (issue 15).
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from counselor_app import APP_NAME, __version__
from counselor_app.cli.common import EXIT_USAGE, CliError, Handler, add_db_arg, restore_hint
from counselor_app.store.errors import DatabaseOpenError, explain

if TYPE_CHECKING:
    from counselor_app.store.engine import Database


def gui_database(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, the --db value) when the arguments ask for the GUI: none, or only --db."""
    if not argv:
        return True, None
    if len(argv) == 1 and argv[0].startswith("--db="):
        return True, argv[0].removeprefix("--db=")
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    return False, None


def is_operational_error(exc: BaseException) -> bool:
    """A database or file failure told in one line (busy, disk full, I/O, races)."""
    if isinstance(exc, sqlite3.Error | OSError):
        return True
    sa_exc = sys.modules.get("sqlalchemy.exc")  # a DBAPIError needs SQLAlchemy loaded
    return sa_exc is not None and isinstance(exc, sa_exc.DBAPIError)


def open_before_qt(db: str | None) -> Database | DatabaseOpenError:
    """The GUI's database opened, or why it cannot be (the GUI then asks what to do), and
    the first screen's other modules without Qt imported, all before Qt is loaded. The
    check of its pages and built-in data is left for after the window's first paint.

    PySide6's import hook reads the source of every module named in an import statement
    run after PySide6 is loaded (looking for ``__feature__``): about 10 ms more for the
    store, the settings and what they import (issue 15). Nothing here shows anything.
    """
    from counselor_app.services import school_years, settings  # noqa: F401  (see above)
    from counselor_app.store.bootstrap import open_database

    try:  # finished after the first paint (ui.app.finished_opening)
        return open_database(db, finish_later=True)
    except DatabaseOpenError as exc:
        return exc


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    from counselor_app.cli import (
        audit,
        caseload,
        data,
        db,
        pdf,
        plans,
        releases,
        show,
        transcripts,
    )

    parser = argparse.ArgumentParser(prog="counselor-app", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"counselor-app {__version__}")
    add_db_arg(parser, top_level=True)
    sub = parser.add_subparsers(dest="command")
    handlers: dict[str, Handler] = {}
    for module in (db, data, pdf, show, audit, releases, plans, transcripts, caseload):
        handlers.update(module.register(sub))
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    from counselor_app.logging_setup import setup_logging
    from counselor_app.store.files import private_umask

    private_umask()  # the database, backups, logs and exports: 0600 in 0700 folders
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui, gui_db = gui_database(arguments)
    if not gui:
        parser, handlers = build_parser()
        args = parser.parse_args(arguments)
        gui, gui_db = args.command is None, args.db
    setup_logging()
    try:
        if gui:
            from counselor_app.cli.display import check_display

            if problem := check_display():
                print(problem, file=sys.stderr)
                return EXIT_USAGE
            first = open_before_qt(gui_db)
            from counselor_app.ui.app import run_gui

            return run_gui(gui_db, first)
        return handlers[args.command](args)
    except DatabaseOpenError as exc:
        print(f"counselor-app: error: database {exc.path} {exc.reason}{restore_hint(exc)}",
              file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"counselor-app: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # output piped into `head`: end quietly (Python docs' recipe for SIGPIPE)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        concurrency = sys.modules.get("counselor_app.services.concurrency")  # loaded if raised
        if concurrency is not None and isinstance(exc, concurrency.ConflictError):
            # another copy saved the same record first: nothing was written
            print(f"counselor-app: error: not saved: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if not is_operational_error(exc):
            raise
        logging.getLogger(__name__).info("command failed: %s", exc.__class__.__name__)
        print(f"counselor-app: error: {explain(exc)}", file=sys.stderr)
        return EXIT_USAGE
