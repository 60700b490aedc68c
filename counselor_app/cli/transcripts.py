"""Transcript course matches from the command line: ``transcripts matches`` lists what is
remembered and what still waits, ``transcripts match`` decides, ``transcripts forget``
undoes a decision. ``import transcripts FILE --match ...`` decides while importing.

A match is remembered for later imports and applied at once to the rows already imported,
as in the app (File > Courses not in the catalog).
"""

from __future__ import annotations

import argparse
import json

from counselor_app.cli.common import (
    MATCH_HELP,
    CliError,
    Handler,
    Subparsers,
    check_choices,
    parse_choices,
    save_choices,
)
from counselor_app.cli.common import add_db_arg as _db
from counselor_app.cli.common import open_db as _open


def _add(sub: Subparsers) -> None:
    p = sub.add_parser("transcripts", help="match transcript course numbers that are not in "
                                           "the catalog")
    actions = p.add_subparsers(dest="transcripts_command", required=True)
    matches = actions.add_parser("matches", help="list remembered matches and the course "
                                                 "numbers still waiting for one")
    matches.add_argument("--json", action="store_true", help="print JSON")
    _db(matches)
    match = actions.add_parser("match", help="match course numbers (remembered for later "
                                             "imports)")
    match.add_argument("choices", nargs="+", metavar="CHOICE", help=MATCH_HELP)
    match.add_argument("--school", default="", help="only this school's course number "
                                                    "(default: any school)")
    _db(match)
    forget = actions.add_parser("forget", help="forget a match: its rows count nowhere "
                                               "until matched again")
    forget.add_argument("code", metavar="CODE", help="the transcript's course number")
    forget.add_argument("--school", default="", help="the school the match is for")
    _db(forget)


def _matches(args: argparse.Namespace) -> int:
    from counselor_app.services.transcripts import list_matches, unmatched_courses

    db = _open(args)
    try:
        remembered, waiting = list_matches(db), unmatched_courses(db)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({
            "matches": [{"school": m.school, "code": m.source_code, "title": m.source_title,
                         "catalog_code": m.catalog_code, "subject_area": m.subject_area,
                         "tags": list(m.tags), "by": m.decided_by,
                         "at": m.decided_at.isoformat()} for m in remembered],
            "unmatched": [{"school": u.school, "code": u.source_code, "title": u.title,
                           "rows": u.rows} for u in waiting]}, indent=2))
        return 0
    for m in remembered:
        where = f" ({m.school})" if m.school else ""
        to = (m.catalog_code if m.catalog_code else f"transfer credit in {m.subject_area}"
              + (f", tags {'; '.join(m.tags)}" if m.tags else ""))
        by = f", by {m.decided_by}" if m.decided_by else ""
        print(f"{m.source_code}{where} {m.source_title}: {to}{by}".replace("  ", " "))
    if not remembered:
        print("no matches remembered")
    for u in waiting:
        where = f", {u.school}" if u.school else ""
        print(f"not matched: {u.source_code} {u.title} ({u.rows} row"
              f"{'s' if u.rows != 1 else ''}{where})".replace("  ", " "))
    if waiting:
        print("match one with: counselor-app transcripts match CODE=CATALOGCODE (or "
              "CODE=transfer:SUBJECT AREA)")
    return 0


def _match(args: argparse.Namespace) -> int:
    choices = parse_choices(args.choices, args.school.strip(), "transcripts match")
    db = _open(args)
    try:
        checked = check_choices(db, choices, "transcripts match")
        changed = save_choices(db, checked, "transcripts match")
    finally:
        db.dispose()
    for c in checked:
        print(f"matched {c.text}")
    print(f"{changed} transcript row{'s' if changed != 1 else ''} updated; remembered for "
          "later imports")
    return 0


def _forget(args: argparse.Namespace) -> int:
    from counselor_app.services.transcript_matches import forget_match

    db = _open(args)
    try:
        rows = forget_match(db, args.code.strip(), args.school.strip())
    finally:
        db.dispose()
    if rows is None:
        where = f" for {args.school}" if args.school else ""
        raise CliError(f"no match remembered for {args.code}{where} (see: counselor-app "
                       "transcripts matches)")
    if rows:
        print(f"forgot the match of {args.code}; {rows} row{'s' if rows != 1 else ''} now "
              f"count{'' if rows != 1 else 's'} nowhere until matched again")
    else:
        print(f"forgot the match of {args.code}")
    return 0


def register(sub: Subparsers) -> dict[str, Handler]:
    _add(sub)
    return {"transcripts": _dispatch}


def _dispatch(args: argparse.Namespace) -> int:
    handler: dict[str, Handler] = {"matches": _matches, "match": _match, "forget": _forget}
    return handler[args.transcripts_command](args)
