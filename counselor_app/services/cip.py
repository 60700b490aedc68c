"""CIP 2020 titles of the postsecondary programs the built-in programs of study name
(``resources/data/cip_codes.csv``, with the 2024 sub-clusters Advance CTE's Framework
Crosswalk maps each code to)."""

from __future__ import annotations

import csv
from functools import lru_cache

from counselor_app.config import resources_dir


@lru_cache(maxsize=1)
def _cip() -> dict[str, tuple[str, tuple[str, ...]]]:
    path = resources_dir() / "data" / "cip_codes.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["cip"]: (r["title"], tuple(s for s in r["subclusters"].split("; ") if s))
                for r in csv.DictReader(fh)}


def cip_title(code: str) -> str:
    return _cip().get(code, ("", ()))[0] if code else ""


def cip_subclusters(code: str) -> tuple[str, ...]:
    """Names of the 2024 sub-clusters the official crosswalk maps a CIP code to."""
    return _cip().get(code, ("", ()))[1] if code else ()
