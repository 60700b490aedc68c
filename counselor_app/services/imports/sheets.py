"""Every sheet of a workbook (or one CSV/TSV file) as header + rows of text, for the
published reference files that come as multi-sheet workbooks (Advance CTE's Framework
Crosswalk, BLS's Employment Projections) and for BLS's OEWS file."""

from __future__ import annotations

import contextlib
import csv
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from counselor_app.messages import msg
from counselor_app.services.imports.reading import TabularError, detect_codec


@dataclass
class Sheet:
    file: str
    name: str  # the worksheet's name ("" for CSV)
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, cells)

    @property
    def where(self) -> str:
        return f"{self.file}, sheet {self.name!r}" if self.name else self.file


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header_index(rows: list[list[str]], wanted: tuple[str, ...]) -> int:
    """The first row holding one of the ``wanted`` words (title rows come first)."""
    for i, cells in enumerate(rows[:30]):
        low = " ".join(c.lower() for c in cells)
        # a header row names several columns; a title row above it is one cell
        if sum(1 for c in cells if c) >= 3 and any(w in low for w in wanted):
            return i
    return 0


def read_sheets(path: str | Path, header_words: tuple[str, ...]) -> list[Sheet]:
    """All sheets of ``path``; raises TabularError when the file cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise TabularError(path.name, msg("does not exist ({path})", path=path))
    data = path.read_bytes()
    grids: list[tuple[str, list[list[str]]]] = []
    if data[:2] == b"PK" or path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            import openpyxl

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:
            raise TabularError(path.name, msg("is not a readable Excel workbook (.xlsx): {error}",
                                              error=exc.__class__.__name__)) from None
        try:
            for ws in wb.worksheets:
                grids.append((ws.title, [[_text(v) for v in row]
                                         for row in ws.iter_rows(values_only=True)]))
        finally:
            with contextlib.suppress(Exception):
                wb.close()
    else:
        codec, _notes = detect_codec(path, None)
        text = data.decode(codec, errors="replace")
        first = text.splitlines()[0] if text else ""
        delimiter = "\t" if "\t" in first else ","
        grids.append(("", [[c.strip() for c in r]
                           for r in csv.reader(io.StringIO(text), delimiter=delimiter)]))
    sheets = []
    for name, grid in grids:
        if not any(any(c for c in r) for r in grid):
            continue
        h = _header_index(grid, header_words)
        sheets.append(Sheet(path.name, name, grid[h],
                            [(h + 2 + i, r) for i, r in enumerate(grid[h + 1:])
                             if any(c for c in r)]))
    if not sheets:
        raise TabularError(path.name, msg("holds no rows"))
    return sheets


def column(sheet: Sheet, *names: str) -> int | None:
    """The index of the first header that contains one of ``names`` (case-folded)."""
    heads = [h.casefold() for h in sheet.headers]
    for n in names:
        for i, h in enumerate(heads):
            if n in h:
                return i
    return None
