"""Command line. Without a subcommand it starts the GUI; subcommands run headless.

This module imports the subcommand modules (each exposes ``register(sub)`` returning
its handlers); they import only ``cli.common``, so there is no registration circle.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from counselor_app import APP_NAME, __version__
from counselor_app.cli import audit, data, db, pdf, plans, releases, show
from counselor_app.cli.common import EXIT_USAGE, CliError, Handler, add_db_arg
from counselor_app.store.errors import DatabaseOpenError, explain

SUBCOMMAND_MODULES = (db, data, pdf, show, audit, releases, plans)


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = argparse.ArgumentParser(prog="counselor-app", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"counselor-app {__version__}")
    add_db_arg(parser, top_level=True)
    sub = parser.add_subparsers(dest="command")
    handlers: dict[str, Handler] = {}
    for module in SUBCOMMAND_MODULES:
        handlers.update(module.register(sub))
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    from counselor_app.logging_setup import setup_logging
    from counselor_app.store.files import private_umask

    private_umask()  # the database, backups, logs and exports: 0600 in 0700 folders
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    try:
        if args.command is None:
            from counselor_app.ui.app import run_gui

            return run_gui(args.db)
        return handlers[args.command](args)
    except DatabaseOpenError as exc:
        print(f"counselor-app: error: database {exc.path} {exc.reason}", file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"counselor-app: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # output piped into `head`: end quietly (Python docs' recipe for SIGPIPE)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (DBAPIError, sqlite3.Error, OSError) as exc:  # busy, disk full, I/O, races
        logging.getLogger(__name__).info("command failed: %s", exc.__class__.__name__)
        print(f"counselor-app: error: {explain(exc)}", file=sys.stderr)
        return EXIT_USAGE
