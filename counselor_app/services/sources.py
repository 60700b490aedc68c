"""Where the built-in data comes from: every source with its version and license
(``resources/data/sources.csv``), for About, the help and the data pages."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from counselor_app.config import resources_dir


@dataclass(frozen=True)
class Source:
    key: str
    name: str
    version: str
    license: str
    credit: str


def data_sources() -> list[Source]:
    with (resources_dir() / "data" / "sources.csv").open(encoding="utf-8", newline="") as fh:
        return [Source(r["key"], r["name"], r["version"], r["license"], r["credit"])
                for r in csv.DictReader(fh)]
