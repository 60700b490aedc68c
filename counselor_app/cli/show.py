"""``counselor-app show CODE [--json]``: a framework, cluster, pathway or sub-cluster,
program, course or occupation with its parents, children, occupations and programs."""

from __future__ import annotations

import argparse
import json
from typing import Any

from counselor_app.cli.common import CliError, Handler, Subparsers, add_db_arg, open_db


def register(sub: Subparsers) -> dict[str, Handler]:
    show = sub.add_parser(
        "show", help="describe a framework, cluster, pathway, program, course or occupation",
        description="CODE is ncc-2024 or ncc-legacy (the whole framework), a cluster or "
                    "pathway code (010100, L08-05), a program (L08-05-P1), a course (02052) "
                    "or an occupation (29-1141 or 29-1141.00).")
    show.add_argument("code", metavar="CODE")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    add_db_arg(show)
    return {"show": _run}


def _money(value: float | None) -> str:
    return f"${value:,.0f}" if value is not None else "—"


def _occupation_line(o: dict[str, Any]) -> str:
    growth = (f"{o['growth_percent']:+.1f}% {o['outlook'].lower()}"
              if o["growth_percent"] is not None else "no BLS projection")
    return f"  {o['soc']}  {o['title']}  ({_money(o['median_annual_wage'])}; {growth})"


def _print(view: dict[str, Any]) -> None:
    print(f"{view['name']}  [{view['kind']} {view['code']}]")
    if view.get("framework"):
        print(f"framework: {view['framework']}")
    if view["kind"] == "framework":
        counts = view["counts"]
        print(f"{counts['clusters']} clusters, {counts['children']} "
              f"{view['child_label'].lower()}s")
        for c in view["clusters"]:
            print(f"{c['code']}  {c['name']}{'  (cross-cutting)' if c['cross_cutting'] else ''}")
            for p in c["children"]:
                print(f"  {p['code']}  {p['name']}")
                for g in p["programs"]:
                    print(f"      program {g['code']}  {g['name']}")
        return
    if view["kind"] == "occupation":
        print(f"typical entry education: {view['education'] or 'not published by BLS'}")
        print(f"median wage: {_money(view['median_annual_wage'])}; outlook: "
              f"{view['outlook'] or '—'}")
    if view["kind"] == "course":
        print(f"SCED code: {view['sced'] or 'none (local course)'}; credits "
              f"{view['credits']:g}; {view['subject_area']}")
    for label, key in (("parents", "parents"), ("children", "children")):
        if view.get(key):
            print(f"{label}:")
            for item in view[key]:
                print(f"  {item['code']}  {item['name']}")
    if view.get("occupations"):
        print(f"occupations ({len(view['occupations'])}):")
        for o in view["occupations"]:
            print(_occupation_line(o))
    if view.get("programs"):
        print("programs:")
        for g in view["programs"]:
            print(f"  {g['code']}  {g['name']}")


def _run(args: argparse.Namespace) -> int:
    from counselor_app.services.reference_view import describe

    db = open_db(args)
    try:
        view = describe(db, args.code)
    finally:
        db.dispose()
    if view is None:
        raise CliError(f"no framework, cluster, pathway, program, course or occupation has "
                       f"the code {args.code!r}")
    if args.json:
        print(json.dumps(view, indent=2, ensure_ascii=False))
    else:
        _print(view)
    return 0
