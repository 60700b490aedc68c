"""``counselor-app import-crosswalk FILE`` and ``counselor-app import-bls FILE...``:
newer releases of Advance CTE's Framework Crosswalk and of BLS's wage and projection
files, checked first and written in one transaction after a backup."""

from __future__ import annotations

import argparse

from counselor_app.cli.common import CliError, Handler, Subparsers, add_db_arg, open_db


def register(sub: Subparsers) -> dict[str, Handler]:
    cw = sub.add_parser("import-crosswalk", help="load a newer Advance CTE Framework "
                        "Crosswalk workbook (SOC and CIP sheets)")
    cw.add_argument("file", metavar="FILE")
    cw.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    add_db_arg(cw)
    bls = sub.add_parser("import-bls", help="load a newer BLS OEWS national file and/or "
                         "Employment Projections occupation table")
    bls.add_argument("files", metavar="FILE", nargs="+")
    bls.add_argument("--dry-run", action="store_true", help="check and count; write nothing")
    bls.add_argument("--wage-vintage", default="", metavar="TEXT",
                     help='the OEWS survey month, e.g. "May 2026" (read from the file name '
                          "national_M2026_dl.xlsx when not given)")
    add_db_arg(bls)
    return {"import-crosswalk": _run, "import-bls": _run}


def _run(args: argparse.Namespace) -> int:
    from counselor_app.services.imports.reference_releases import (
        import_bls,
        import_framework_crosswalk,
    )

    db = open_db(args)
    try:
        if args.command == "import-crosswalk":
            result = import_framework_crosswalk(db, args.file, dry_run=args.dry_run)
        else:
            result = import_bls(db, args.files, dry_run=args.dry_run,
                                wage_vintage=args.wage_vintage)
    finally:
        db.dispose()
    for line in result.lines():
        print(line)
    if result.errors:
        raise CliError(f"{len(result.errors)} problem(s) found; nothing was imported")
    print("checked only (--dry-run): nothing written" if args.dry_run else "imported")
    return 0
