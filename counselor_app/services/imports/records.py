"""One data row with its columns matched, and the cell parsers that record errors.

Every parser reports a bad cell as an error naming the file, row and column as the
user wrote them, and returns None so the caller skips the row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from counselor_app.domain.base import parse_level
from counselor_app.services.imports.mapping import ColumnSpec, match_columns
from counselor_app.services.imports.model import ImportPreview, RowError
from counselor_app.services.imports.reading import Table, column_letter

YES = {"yes", "y", "true", "1", "x", "cte", "required", "req", "r"}
NO = {"no", "n", "false", "0", ""}
ELECTIVE = {"elective", "e", "optional", "opt", "no", "n", "false", "0"}


def bad_chars(value: str, multiline: bool) -> bool:
    for ch in value:
        if multiline and ch in "\r\n\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            return True
    return False


class Record:
    """One data row with its columns matched; parsing helpers record errors."""

    def __init__(self, file: str, number: int, values: dict[str, str],
                 labels: dict[str, str], errors: list[RowError]) -> None:
        self.file, self.number, self.values, self.labels = file, number, values, labels
        self._errors = errors
        self.failed = False
        self.bad: set[str] = set()  # cells already reported (formula, spreadsheet error)

    def has(self, key: str) -> bool:
        return key in self.values

    def fail(self, key: str | None, reason: str) -> None:
        self.failed = True
        self._errors.append(RowError(self.file, self.number,
                                     self.labels.get(key, key) if key else None, reason))

    def text(self, key: str, *, required: bool = False, max_len: int = 200,
             multiline: bool = False) -> str | None:
        """The cell's text, stripped; None when the column is absent or the cell is bad."""
        if key not in self.values or key in self.bad:
            return None
        value = self.values[key].strip()
        if required and not value:
            self.fail(key, "is empty; a value is required")
            return None
        if len(value) > max_len:
            self.fail(key, f"is {len(value)} characters long; the limit is {max_len}")
            return None
        if bad_chars(value, multiline):
            self.fail(key, "holds control or unprintable characters (is the file in the "
                           "right encoding?)")
            return None
        return value

    def integer(self, key: str, lo: int, hi: int, *, required: bool = False,
                what: str = "a whole number") -> int | None:
        value = self.text(key, required=required, max_len=40)
        if not value:
            return None
        try:
            number = float(value)
            if not number.is_integer():
                raise ValueError
            result = int(number)
        except (ValueError, OverflowError):
            self.fail(key, f"{show(value)} is not {what}")
            return None
        if not lo <= result <= hi:
            self.fail(key, f"{result} is not between {lo} and {hi}")
            return None
        return result

    def number_(self, key: str, lo: float, hi: float) -> float | None:
        value = self.text(key, max_len=40)
        if not value:
            return None
        try:
            result = float(value)
        except ValueError:
            self.fail(key, f"{show(value)} is not a number")
            return None
        if not lo <= result <= hi:  # also refuses nan
            self.fail(key, f"{show(value)} is not between {lo:g} and {hi:g}")
            return None
        return result

    def level(self, key: str, *, required: bool = False) -> int | None:
        value = self.text(key, required=required, max_len=40)
        if not value:
            return None
        cleaned = re.sub(r"(?i)^(grade|gr)\s*", "", value)
        cleaned = re.sub(r"(?i)(st|nd|rd|th)$", "", cleaned).strip()
        if re.fullmatch(r"\d+\.0+", cleaned):
            cleaned = cleaned.split(".")[0]
        try:
            return parse_level(cleaned.lstrip("0") or cleaned)
        except ValueError:
            self.fail(key, f"{show(value)} is not a grade level (9 to 12, or PS for "
                           "postsecondary)")
            return None

    def flag(self, key: str, *, yes: set[str] = YES, no: set[str] = NO,
             words: str = "yes or no") -> bool | None:
        value = self.text(key, max_len=40)
        if not value:
            return None  # absent or empty: the caller's default
        v = value.casefold()
        if v in yes:
            return True
        if v in no:
            return False
        self.fail(key, f"{show(value)} is not {words}")
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
                self.fail(key, f"{show(code)} is longer than {max_len} characters")
                return None
            if code not in out:
                out.append(code)
        return out


def show(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def match_records(table: Table, specs: Sequence[ColumnSpec],
                  preview: ImportPreview) -> list[Record]:
    """Match the table's columns; report unknown, missing and repeated columns; the rows."""
    match = match_columns(table.headers, specs)
    preview.unknown_columns += [f"{table.file}: {h}" for h in match.unknown]
    labels = {key: table.header_label(i) for key, i in match.mapping.items()}
    broken = False
    for spec in match.missing:
        others = [a for a in spec.aliases[:3]]
        hint = f" (or {', '.join(others)})" if others else ""
        preview.errors.append(RowError(table.file, table.header_row, spec.label,
                                       f"required column is missing; add a column headed "
                                       f"\"{spec.label}\"{hint}"))
        broken = True
    for spec, idx in match.repeated:
        letters = " and ".join(column_letter(i) for i in idx)
        preview.errors.append(RowError(table.file, table.header_row, spec.label,
                                       f"appears more than once (columns {letters}); keep one"))
        broken = True
    if table.error is not None:
        preview.errors.append(RowError(table.file, table.error.row, None, table.error.reason))
    if broken:
        return []
    out: list[Record] = []
    for raw in table.rows:
        values = {key: (raw.values[i] if i < len(raw.values) else "")
                  for key, i in match.mapping.items()}
        problems = {key: raw.problems[i] for key, i in match.mapping.items()
                    if i in raw.problems}
        if not any(v.strip() for v in values.values()) and not problems:
            continue  # blank row (or data only in ignored columns)
        rec = Record(table.file, raw.number, values, labels, preview.errors)
        for key, reason in problems.items():
            rec.fail(key, reason)
            rec.bad.add(key)
        out.append(rec)
    return out
