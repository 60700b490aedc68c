"""Column mapping: which column of a file holds which field of an import.

Headers are compared case-, space- and punctuation-insensitively against each field's
label, key and aliases.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def normalize_header(text: str) -> str:
    """Case-, space-, underscore- and punctuation-insensitive form of a header."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^0-9a-z]+", "", text.replace("&", "and"))


@dataclass(frozen=True)
class ColumnSpec:
    """A column an importer understands: its key, the header it documents and aliases."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    help: str = ""  # what goes in the column (templates and documentation)
    example: str = ""

    def names(self) -> set[str]:
        return {normalize_header(n) for n in (self.label, self.key, *self.aliases)}


@dataclass
class ColumnMatch:
    mapping: dict[str, int]  # column key -> column index
    unknown: list[str]  # header texts that match nothing (ignored)
    missing: list[ColumnSpec]  # required columns not found
    repeated: list[tuple[ColumnSpec, list[int]]]  # a column found more than once


def match_columns(headers: Sequence[str], specs: Iterable[ColumnSpec]) -> ColumnMatch:
    specs = list(specs)
    by_name: dict[str, ColumnSpec] = {}
    for spec in specs:
        for name in spec.names():
            by_name.setdefault(name, spec)
    found: dict[str, list[int]] = {}
    unknown: list[str] = []
    for i, header in enumerate(headers):
        norm = normalize_header(header)
        if not norm:
            continue
        hit = by_name.get(norm)
        if hit is None:
            unknown.append(header.strip())
        else:
            found.setdefault(hit.key, []).append(i)
    mapping = {key: idx[0] for key, idx in found.items()}
    repeated = [(s, found[s.key]) for s in specs if len(found.get(s.key, ())) > 1]
    missing = [s for s in specs if s.required and s.key not in found]
    return ColumnMatch(mapping, unknown, missing, repeated)


def spec(key: str, label: str, aliases: Sequence[str] = (), required: bool = False,
         help: str = "", example: str = "") -> ColumnSpec:
    return ColumnSpec(key, label, tuple(aliases), required, help, example)
