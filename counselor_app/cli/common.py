"""What every subcommand module shares: the one-line error, the ``--db`` option, opening.

Subcommand modules import this module, never ``entry`` (which imports them).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counselor_app.services.transcript_matches import MatchChoice
    from counselor_app.store.engine import Database

EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]
Subparsers = argparse._SubParsersAction


class CliError(Exception):
    """A one-line message for the user; exit code 2."""


def add_db_arg(p: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--db`` before or after the subcommand means the same.

    On subcommands the default is SUPPRESS, so a ``--db`` given before the subcommand
    is not overwritten by the subcommand's own (absent) option.
    """
    p.add_argument("--db", metavar="PATH",
                   default=None if top_level else argparse.SUPPRESS,
                   help="database file or SQLAlchemy URL (default: $COUNSELOR_APP_DB or "
                        "the per-user data folder)")


def db_value(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None)


def open_db(args: argparse.Namespace) -> Database:
    """Open (create, migrate, seed) the database the arguments name."""
    from counselor_app.store.bootstrap import open_database

    return open_database(db_value(args))


def restore_hint(exc: BaseException) -> str:
    """For a damaged or half-upgraded database file: "; its newest backup is ... restore it
    with ..." (one line with the error), or "" when there is none or none is offered."""
    from counselor_app.store.errors import DatabaseDamagedError, DatabaseHalfUpgradedError

    if not isinstance(exc, DatabaseDamagedError | DatabaseHalfUpgradedError):
        return ""
    from counselor_app.services.backups import list_backups, newest_backup_for

    path = Path(exc.path)
    try:
        newest = newest_backup_for(path)
        info = next((b for b in list_backups(path) if b.path == newest), None)
    except OSError:
        return ""
    if newest is None or info is None:
        return "; no backup of it was found beside it"
    return (f"; its newest backup is {newest}, taken {info.label}: restore it with: "
            f"counselor-app restore '{newest}' --db '{path}' (the current file is kept among "
            "the backups)")


def db_file(args: argparse.Namespace) -> Path:
    """The database file named by --db/environment/default (no opening, no migration)."""
    from counselor_app.config import resolve_db_url, sqlite_path

    url = resolve_db_url(db_value(args))
    path = sqlite_path(url)
    if path is None:
        raise CliError(f"{url.split('://', 1)[0]} databases are backed up with their own "
                       "tools; backup and restore work on a database file")
    return path


# --------------------------------------------------------------- transcript course matches
# (``transcripts match`` and ``import transcripts --match``)

MATCH_HELP = ("CODE=CATALOGCODE (the course number counts as that catalog course) or "
              "CODE=transfer:SUBJECT AREA[:tag;tag] (kept as transfer credit)")


def parse_choices(texts: Sequence[str], school: str = "",
                  what: str = "--match") -> list[MatchChoice]:
    """``--match`` values as choices; CliError naming the bad one."""
    from counselor_app.services.transcript_matches import parse_match

    try:
        return [parse_match(t, school) for t in texts]
    except ValueError as exc:
        raise CliError(f"{what} {exc}") from None


def check_choices(db: Database, choices: Sequence[MatchChoice],
                  what: str = "--match") -> list[MatchChoice]:
    from counselor_app.services.transcript_matches import check_matches

    try:
        return check_matches(db, choices)
    except ValueError as exc:
        raise CliError(f"{what} {exc}") from None


def save_choices(db: Database, choices: Sequence[MatchChoice], what: str = "--match") -> int:
    """Save checked choices in one transaction, signed with the counselor's name."""
    from counselor_app.services.settings import load_settings
    from counselor_app.services.transcript_matches import save_matches

    try:
        return save_matches(db, choices, load_settings(db).counselor_name.strip())
    except ValueError as exc:  # the catalog changed under us
        raise CliError(f"{what} {exc}") from None
