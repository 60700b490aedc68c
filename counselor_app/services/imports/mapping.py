"""Column mapping: which column of a file holds which field of an import.

Headers are compared case-, space- and punctuation-insensitively against each field's
label, key, aliases and the names student information systems export (PowerSchool,
Infinite Campus with its Ad Hoc ``student.*`` names, Skyward, Aeries, Synergy,
OneRoster). A table prefix such as ``student.`` or ``[Students]`` is ignored.

Some names are *weak*: they may mean the field (``ID``, ``DCID``) but lose against a
more specific column (``Student_Number``); the preview says which column won.

A mapping chosen by the user (the wizard's mapping page, ``--map``, ``--mapping``)
overrides the guess, column by column: a field, or ignore.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from counselor_app.messages import msg

IGNORE = ""
"""The field a column is mapped to when the user chooses to ignore it."""


def normalize_header(text: str) -> str:
    """Case-, space-, underscore- and punctuation-insensitive form of a header."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^0-9a-z]+", "", text.replace("&", "and"))


_PREFIX = re.compile(r"^\s*(?:\[[^\]]*\]|[A-Za-z_][A-Za-z0-9_]*\.)\s*(?=\S)")


def header_forms(text: str) -> list[str]:
    """The normalized header, then the same without a table prefix (``student.grade``,
    ``[Students]Grade_Level``, ``Students.Last_Name``)."""
    forms = [normalize_header(text)]
    bare = _PREFIX.sub("", text, count=1)
    if bare != text:
        forms.append(normalize_header(bare))
    return [f for f in forms if f]


@dataclass(frozen=True)
class ColumnSpec:
    """A column an importer understands: its key, the header it documents and aliases."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    help: str = ""  # what goes in the column (templates and documentation)
    example: str = ""
    weak: tuple[str, ...] = ()  # names that lose against any other name of the field

    def names(self) -> set[str]:
        return {normalize_header(n) for n in (self.label, self.key, *self.aliases)}

    def weak_names(self) -> set[str]:
        return {normalize_header(n) for n in self.weak}


@dataclass
class ColumnMatch:
    mapping: dict[str, int]  # column key -> column index
    unknown: list[str]  # header texts that match nothing (ignored)
    missing: list[ColumnSpec]  # required columns not found
    repeated: list[tuple[ColumnSpec, list[int]]]  # a column found more than once
    notes: list[str] = field(default_factory=list)  # e.g. which of two ID columns won
    chosen: dict[int, str] = field(default_factory=dict)  # index -> key set by the user
    ignored: list[int] = field(default_factory=list)  # indexes the user chose to ignore


class MappingError(ValueError):
    """A user mapping names a column or field that does not exist."""


def match_columns(headers: Sequence[str], specs: Iterable[ColumnSpec],
                  user: Mapping[str, str] | None = None) -> ColumnMatch:
    """Which column holds which field. ``user`` maps header texts (as written, or
    normalized) to a field key or label, or to ``IGNORE``."""
    specs = list(specs)
    by_key = {s.key: s for s in specs}
    strong: dict[str, ColumnSpec] = {}
    weak: dict[str, ColumnSpec] = {}
    for spec in specs:
        for name in spec.names():
            strong.setdefault(name, spec)
        for name in spec.weak_names():
            weak.setdefault(name, spec)
    chosen, ignored = _user_choices(headers, specs, user or {})
    found: dict[str, list[int]] = {}
    weak_found: dict[str, list[int]] = {}
    unknown: list[str] = []
    for i, header in enumerate(headers):
        if i in ignored:
            continue
        if i in chosen:
            found.setdefault(chosen[i], []).append(i)
            continue
        forms = header_forms(header)
        if not forms:
            continue
        hit = next((strong[f] for f in forms if f in strong), None)
        if hit is not None:
            found.setdefault(hit.key, []).append(i)
            continue
        soft = next((weak[f] for f in forms if f in weak), None)
        if soft is not None:
            weak_found.setdefault(soft.key, []).append(i)
        else:
            unknown.append(header.strip())
    notes: list[str] = []
    for key, idx in weak_found.items():
        names = ", ".join(f'"{headers[i].strip()}"' for i in idx)
        if key in found:
            winner = headers[found[key][0]].strip()
            notes.append(msg('{field} is read from "{column}", the more specific column; '
                             "{others} ignored", field=by_key[key].label, column=winner,
                             others=names))
            unknown += [headers[i].strip() for i in idx]
        elif len(idx) == 1:
            found[key] = idx
        else:  # only weak candidates: the first one, said so
            found[key] = idx[:1]
            notes.append(msg('{field} is read from "{column}"; {others} ignored (map the columns '
                             "to choose another)", field=by_key[key].label,
                             column=headers[idx[0]].strip(),
                             others=", ".join(f'"{headers[i].strip()}"' for i in idx[1:])))
            unknown += [headers[i].strip() for i in idx[1:]]
    mapping = {key: idx[0] for key, idx in found.items()}
    repeated = [(s, found[s.key]) for s in specs if len(found.get(s.key, ())) > 1]
    missing = [s for s in specs if s.required and s.key not in found]
    return ColumnMatch(mapping, unknown, missing, repeated, notes, chosen, sorted(ignored))


def _user_choices(headers: Sequence[str], specs: Sequence[ColumnSpec],
                  user: Mapping[str, str]) -> tuple[dict[int, str], set[int]]:
    fields: dict[str, str] = {}
    for spec in specs:
        fields[normalize_header(spec.key)] = spec.key
        fields[normalize_header(spec.label)] = spec.key
    for word in ("ignore", "skip", "none", "-"):
        fields[normalize_header(word) or word] = IGNORE
    chosen: dict[int, str] = {}
    ignored: set[int] = set()
    for column, target in user.items():
        index = find_header(headers, column)
        if index is None:
            shown = ", ".join(f'"{h}"' for h in headers if h.strip())
            raise MappingError(msg('the mapping names a column "{column}" that the file does not '
                                   "have (its columns: {shown})", column=column, shown=shown))
        key = fields.get(normalize_header(target) or target.strip())
        if key is None:
            raise MappingError(msg('the mapping maps "{column}" to "{target}", which is not a '
                                   "field of this import (fields: {fields}, or ignore)",
                                   column=column, target=target,
                                   fields=", ".join(s.key for s in specs)))
        if key == IGNORE:
            ignored.add(index)
        else:
            chosen[index] = key
    return chosen, ignored


def find_header(headers: Sequence[str], column: str) -> int | None:
    """The index of a column named as written (exactly, then loosely)."""
    for i, h in enumerate(headers):
        if h.strip() == column.strip():
            return i
    norm = normalize_header(column)
    for i, h in enumerate(headers):
        if norm and normalize_header(h) == norm:
            return i
    return None


def header_signature(headers: Sequence[str]) -> str:
    """Identifies a source by its layout: the same columns in the same order."""
    text = "\x1f".join(normalize_header(h) for h in headers)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def parse_map_argument(text: str) -> dict[str, str]:
    """``"Student_Number=student_id,ID=ignore"`` -> a user mapping."""
    out: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise MappingError(msg('"{value}" is not COLUMN=FIELD', value=part.strip()))
        column, target = part.split("=", 1)
        out[column.strip()] = target.strip()
    return out


def header_score(values: Sequence[str], specs: Sequence[ColumnSpec]) -> int:
    """How many fields a row would match as a header (finding it below title rows)."""
    names: set[str] = set()
    for spec in specs:
        names |= spec.names() | spec.weak_names()
    return sum(1 for v in values if any(f in names for f in header_forms(v)))


def spec(key: str, label: str, aliases: Sequence[str] = (), required: bool = False,
         help: str = "", example: str = "", weak: Sequence[str] = ()) -> ColumnSpec:
    return ColumnSpec(key, label, tuple(aliases), required, help, example, tuple(weak))
