"""``counselor-app db init|stats``: create, migrate, seed and count."""

from __future__ import annotations

import argparse
import json

from counselor_app.cli.common import Handler, Subparsers, add_db_arg, open_db


def register(sub: Subparsers) -> dict[str, Handler]:
    db = sub.add_parser("db", help="create, migrate and inspect the database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    init = db_sub.add_parser("init", help="create, migrate and seed; print counts")
    add_db_arg(init)
    stats = db_sub.add_parser("stats", help="print counts")
    stats.add_argument("--json", action="store_true", help="print a JSON object")
    add_db_arg(stats)
    return {"db": _run}


def _print_counts(stats: dict[str, object]) -> None:
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
        print(f"{key:>12}: {value}")


def _run(args: argparse.Namespace) -> int:
    from counselor_app.services.stats import database_stats

    db = open_db(args)
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
