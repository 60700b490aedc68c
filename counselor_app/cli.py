"""Command line. Without a subcommand it starts the GUI; subcommands run headless."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from counselor_app import APP_NAME, __version__
from counselor_app.store.errors import DatabaseOpenError

EXIT_USAGE = 2


class CliError(Exception):
    """A one-line message for the user; exit code 2."""


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="database file or SQLAlchemy URL "
                   "(default: $COUNSELOR_APP_DB or the per-user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="counselor-app", description=APP_NAME)
    parser.add_argument("--version", action="version", version=f"counselor-app {__version__}")
    _db_arg(parser)
    sub = parser.add_subparsers(dest="command")

    db = sub.add_parser("db", help="create, migrate and inspect the database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    init = db_sub.add_parser("init", help="create, migrate and seed; print counts")
    _db_arg(init)
    stats = db_sub.add_parser("stats", help="print counts")
    stats.add_argument("--json", action="store_true", help="print a JSON object")
    _db_arg(stats)
    _register_extra(sub)
    return parser


_EXTRA: list[Callable[[argparse._SubParsersAction], None]] = []
_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str, handler: Callable[[argparse.Namespace], int],
            add: Callable[[argparse._SubParsersAction], None]) -> None:
    """Register a subcommand (used by modules that add their own)."""
    _HANDLERS[name] = handler
    _EXTRA.append(add)


def _register_extra(sub: argparse._SubParsersAction) -> None:
    from counselor_app import commands  # noqa: F401  (registers export/import/backup commands)

    for add in _EXTRA:
        add(sub)


def _print_counts(stats: dict[str, object]) -> None:
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
        print(f"{key:>12}: {value}")


def _run_db(args: argparse.Namespace) -> int:
    from counselor_app.services.stats import database_stats
    from counselor_app.store.bootstrap import open_database

    db = open_database(args.db)
    try:
        stats = database_stats(db)
    finally:
        db.dispose()
    if args.db_command == "stats" and args.json:
        print(json.dumps(stats, indent=2, sort_keys=True))
    else:
        if args.db_command == "init":
            print(f"database ready: {db.display_name}")
        _print_counts(stats)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from counselor_app.logging_setup import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    try:
        if args.command is None:
            from counselor_app.ui.app import run_gui

            return run_gui(args.db)
        if args.command == "db":
            return _run_db(args)
        return _HANDLERS[args.command](args)
    except DatabaseOpenError as exc:
        print(f"counselor-app: error: database {exc.path} {exc.reason}", file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"counselor-app: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
