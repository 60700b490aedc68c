"""One data row with its columns matched, and the cell parsers that record errors.

Every parser reports a bad cell as an error naming the file, row and column as the
user wrote them, and returns None so the caller skips the row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from counselor_app.domain.base import parse_level
from counselor_app.messages import and_list, msg
from counselor_app.services.imports.mapping import (
    ColumnSpec,
    header_score,
    match_columns,
    normalize_header,
)
from counselor_app.services.imports.model import ImportPreview, RowError
from counselor_app.services.imports.reading import RawRow, Table, column_letter
from counselor_app.text import FORMULA_START, is_formula_like

YES = {"yes", "y", "true", "1", "x", "cte", "required", "req", "r"}
NO = {"no", "n", "false", "0", ""}
ELECTIVE = {"elective", "e", "optional", "opt", "no", "n", "false", "0"}
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d{1,2}")
"""1,0 or 0,5 is a decimal comma; 1,000 could be a thousands separator (refused)."""


def _level_text(value: str) -> str:
    cleaned = re.sub(r"(?i)^(grade|gr)\s*", "", value)
    cleaned = re.sub(r"(?i)(st|nd|rd|th)$", "", cleaned).strip()
    if re.fullmatch(r"\d+\.0+", cleaned):
        cleaned = cleaned.split(".")[0]
    return cleaned.lstrip("0") or cleaned


_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ASCII_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def bad_chars(value: str, multiline: bool) -> bool:
    if value.isascii():  # the usual cell: only ASCII's control characters can be bad
        return (_ASCII_CONTROL_BUT_LINES if multiline else _ASCII_CONTROL).search(value) \
            is not None
    for ch in value:
        if multiline and ch in "\r\n\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            return True
    return False


RejectSink = Callable[["Record"], None]
"""Told about each row the first time it fails (good-rows imports write them out)."""


class Record:
    """One data row with its columns matched; parsing helpers record errors."""

    __slots__ = ("file", "number", "values", "labels", "_errors", "_warnings", "failed",
                 "bad", "raw", "numbers", "reasons", "_on_reject", "_preview", "clean")

    def __init__(self, file: str, number: int, values: dict[str, str],
                 labels: dict[str, str], errors: list[RowError], *,
                 raw: RawRow | None = None, numbers: frozenset[str] = frozenset(),
                 on_reject: RejectSink | None = None,
                 warnings: list[RowError] | None = None,
                 preview: ImportPreview | None = None) -> None:
        self.file, self.number, self.values, self.labels = file, number, values, labels
        self._errors = errors
        self._warnings = warnings if warnings is not None else errors
        self.failed = False
        self.bad: set[str] = set()  # cells already reported (formula, spreadsheet error)
        self.raw = raw
        self.numbers = numbers  # keys whose cells were stored as numbers (XLSX)
        self.reasons: list[str] = []
        self._on_reject = on_reject
        self._preview = preview
        # every cell plain ASCII without control characters: no cell needs the
        # character-by-character check (one test for the whole row)
        joined = "".join(values.values())
        self.clean = joined.isascii() and _ASCII_CONTROL.search(joined) is None

    def has(self, key: str) -> bool:
        return key in self.values

    def column(self, key: str | None) -> str | None:
        return self.labels.get(key, key) if key else None

    def fail(self, key: str | None, reason: str) -> None:
        if not self.failed and self._on_reject is not None:
            self._on_reject(self)
        self.failed = True
        if self._preview is not None:
            self._preview.row_errors += 1
        column = self.column(key)
        self.reasons.append(f"{column}: {reason}" if column else reason)
        self._errors.append(RowError(self.file, self.number, column, reason))

    def warn(self, key: str | None, reason: str) -> None:
        self._warnings.append(RowError(self.file, self.number, self.column(key), reason))

    def identifier(self, key: str, *, required: bool = False,
                   max_len: int = 40) -> str | None:
        """An ID or code: text, with a warning when the workbook stored it as a number
        (leading zeros such as 000123 do not survive that)."""
        value = self.text(key, required=required, max_len=max_len)
        if value and key in self.numbers:
            self.warn(key, msg("{value} was stored as a number in the workbook, so leading "
                               "zeros (000123) may have been lost; format the column as Text",
                               value=value))
        return value

    def text(self, key: str, *, required: bool = False, max_len: int = 200,
             multiline: bool = False) -> str | None:
        """The cell's text, stripped; None when the column is absent or the cell is bad."""
        value = self.values.get(key)
        if value is None or key in self.bad:
            return None
        value = value.strip()
        if required and not value:
            self.fail(key, msg("is empty; a value is required"))
            return None
        if len(value) > max_len:
            self.fail(key, msg("is {length} characters long; the limit is {limit}",
                               length=len(value), limit=max_len))
            return None
        if not self.clean and bad_chars(value, multiline):
            self.fail(key, msg("holds control or unprintable characters (is the file in the "
                               "right encoding?)"))
            return None
        if value.startswith(FORMULA_START) and is_formula_like(value):
            self.warn(key, msg("{value} starts like a spreadsheet formula; it is kept as "
                               "plain text (and exported so that it stays text)",
                               value=show(value)))
        return value

    def integer(self, key: str, lo: int, hi: int, *, required: bool = False,
                what: str | None = None) -> int | None:
        value = self.text(key, required=required, max_len=40)
        if not value:
            return None
        try:
            number = float(value)
            if not number.is_integer():
                raise ValueError
            result = int(number)
        except (ValueError, OverflowError):
            self.fail(key, msg("{value} is not {what}", value=show(value),
                               what=what or msg("a whole number")))
            return None
        if not lo <= result <= hi:
            self.fail(key, msg("{value} is not between {lo} and {hi}", value=result, lo=lo,
                               hi=hi))
            return None
        return result

    def number_(self, key: str, lo: float, hi: float) -> float | None:
        value = self.text(key, max_len=40)
        if not value:
            return None
        text = value
        if "," in value and "." not in value:
            if not _DECIMAL_COMMA.fullmatch(value):
                self.fail(key, msg("{value} is ambiguous (a decimal comma or thousands?); "
                                   "write it with a point, e.g. 1.5", value=show(value)))
                return None
            text = value.replace(",", ".")
            if self._preview is not None:
                self._preview.decimal_commas += 1
        try:
            result = float(text)
        except ValueError:
            self.fail(key, msg("{value} is not a number", value=show(value)))
            return None
        if not lo <= result <= hi:  # also refuses nan
            self.fail(key, msg("{value} is not between {lo:g} and {hi:g}", value=show(value),
                               lo=lo, hi=hi))
            return None
        return result

    def level(self, key: str, *, required: bool = False) -> int | None:
        value = self.text(key, required=required, max_len=40)
        if not value:
            return None
        try:
            return parse_level(_level_text(value))
        except ValueError:
            self.fail(key, msg("{value} is not a grade level (9 to 12, or PS for "
                               "postsecondary)", value=show(value)))
            return None

    def level_range(self, key: str) -> tuple[int, int] | None:
        """Both grades in one cell: '9-12', '9–12', '10 - 12', '11', 'PS'."""
        value = self.text(key, max_len=40)
        if not value:
            return None
        parts = [p.strip() for p in re.split(r"\s*(?:-|–|—|to|through|thru)\s*", value,
                                             maxsplit=1)]
        try:
            levels = [parse_level(_level_text(p)) for p in parts if p]
        except ValueError:
            self.fail(key, msg("{value} is not a grade range such as 9-12 or 11",
                               value=show(value)))
            return None
        if not levels:
            return None
        lo, hi = levels[0], levels[-1]
        if lo > hi:
            self.fail(key, msg("{value}: the first grade is above the second",
                               value=show(value)))
            return None
        return lo, hi

    def flag(self, key: str, *, yes: set[str] = YES, no: set[str] = NO,
             words: str | None = None) -> bool | None:
        value = self.text(key, max_len=40)
        if not value:
            return None  # absent or empty: the caller's default
        v = value.casefold()
        if v in yes:
            return True
        if v in no:
            return False
        self.fail(key, msg("{value} is not {what}", value=show(value),
                           what=words or msg("yes or no")))
        return None

    def codes(self, key: str, max_len: int = 32) -> list[str] | None:
        value = self.text(key, max_len=4000)
        if value is None:
            return None
        out: list[str] = []
        for part in re.split(r"[;,\n]", value):
            code = part.strip()
            if not code:
                continue
            if len(code) > max_len:
                self.fail(key, msg("{value} is longer than {limit} characters",
                                   value=show(code), limit=max_len))
                return None
            if code not in out:
                out.append(code)
        return out


def show(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def find_header_row(table: Table, specs: Sequence[ColumnSpec]) -> None:
    """Take the row below title rows that looks most like a header (CSV and XLSX)."""
    required = [s for s in specs if s.required]
    if not table.leading:
        return
    best = table.leading[0]
    best_score = header_score(best.values, specs)
    if best_score >= len(required):
        return
    for raw in table.leading[1:]:
        score = header_score(raw.values, specs)
        if score > best_score:
            best, best_score = raw, score
    if best is not table.leading[0] and best_score >= 2:
        table.use_header(best)
        note = msg("{file}: the header is row {row}; the rows above it were read as titles "
                   "and left out", file=table.file, row=best.number)
        if note not in table.notes:
            table.notes.append(note)


def match_records(table: Table, specs: Sequence[ColumnSpec], preview: ImportPreview,
                  on_reject: RejectSink | None = None) -> Iterator[Record]:
    """Match the table's columns; report unknown, missing and repeated columns; then
    yield the rows one by one as they are read."""
    find_header_row(table, specs)
    match = match_columns(table.headers, specs, preview.mapping.get(table.file,
                                                                    preview.mapping.get("*")))
    preview.unknown_columns += [f"{table.file}: {h}" for h in match.unknown
                                if normalize_header(h) not in table.used_columns]
    preview.notes += [msg("{file}: {note}", file=table.file, note=n) for n in match.notes]
    preview.columns[table.file] = (list(table.headers), dict(match.mapping))
    preview.headers_seen[table.file] = list(table.headers)
    for note in table.notes:
        if note not in preview.notes:
            preview.notes.append(note)
    labels = {key: table.header_label(i) for key, i in match.mapping.items()}
    broken = False
    for spec in match.missing:
        others = [a for a in spec.aliases[:3]]
        missing = msg('required column is missing; add a column headed "{label}" (or '
                     '{others}), or map one to it', label=spec.label,
                     others=", ".join(others)) if others else \
            msg('required column is missing; add a column headed "{label}", or map one to '
                'it', label=spec.label)
        preview.errors.append(RowError(table.file, table.header_row, spec.label, missing))
        broken = True
    for spec, idx in match.repeated:
        letters = and_list([column_letter(i) for i in idx])
        names = ", ".join(f'"{table.header_label(i)}"' for i in idx)
        preview.errors.append(RowError(table.file, table.header_row, spec.label, msg(
            "appears more than once ({names}, columns {letters}); map one to {label} and "
            "ignore the others", names=names, letters=letters, label=spec.label)))
        broken = True
    if broken:
        return
    fields = list(match.mapping.items())
    width = max((i for _key, i in fields), default=-1) + 1
    for raw in table.rows:
        cells = raw.values
        if len(cells) >= width:  # the usual row: every mapped cell is there
            values = {key: cells[i] for key, i in fields}
        else:
            values = {key: (cells[i] if i < len(cells) else "") for key, i in fields}
        problems = ({key: raw.problems[i] for key, i in fields if i in raw.problems}
                    if raw.problems else {})
        if not problems and not any(v.strip() for v in values.values()):
            continue  # blank row (or data only in ignored columns)
        numbers = (frozenset(k for k, i in fields if i in raw.numbers) if raw.numbers
                   else frozenset())
        rec = Record(table.file, raw.number, values, labels, preview.errors, raw=raw,
                     numbers=numbers, on_reject=on_reject, warnings=preview.warnings,
                     preview=preview)
        for key, reason in problems.items():
            rec.fail(key, reason)
            rec.bad.add(key)
        yield rec
    if table.error is not None:
        preview.errors.append(RowError(table.file, table.error.row, None, table.error.reason))
