"""Excel workbooks (.xlsx): the first worksheet, streamed, with limits checked first.

Before openpyxl parses anything, the zip's directory and the XML text are checked:
the uncompressed size of the workbook and of its shared strings, and the length of
every text run, so a small file that unpacks to gigabytes is refused instead of
filling memory. Cells are read as their stored text; formulas are never evaluated:
a cell holding a formula (text starting with ``=``) or a spreadsheet error (``#N/A``)
is reported as a problem of that cell.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from counselor_app.messages import msg
from counselor_app.services.imports.reading import RawRow, Table, TabularError

MAX_UNCOMPRESSED = 400 * 1024 * 1024
"""The most a workbook may hold once unpacked (a million-row roster is about 150 MB)."""
MAX_SHARED_STRINGS = 100 * 1024 * 1024
"""The most its shared-strings part (loaded whole by the reader) may hold unpacked."""
MAX_CELL_CHARS = 32767
"""Excel's own limit for one cell."""
_MAX_RUN_BYTES = MAX_CELL_CHARS * 4  # a cell's text in UTF-8, at most 4 bytes a character
_RUN = re.compile(rb"[^<]{%d,}" % (_MAX_RUN_BYTES + 1))


def check_workbook_limits(path: Path) -> None:
    """Refuse a workbook that unpacks too large or holds a cell longer than Excel allows,
    reading the compressed parts as a stream (never more than a chunk in memory)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            if total > MAX_UNCOMPRESSED:
                raise TabularError(name, msg("unpacks to {size} MB; the limit is {limit} MB (save "
                                             "it as CSV, or split it)",
                                             size=total // (1024 * 1024),
                                             limit=MAX_UNCOMPRESSED // (1024 * 1024)))
            for info in infos:
                lower = info.filename.lower()
                if lower.endswith("sharedstrings.xml") and info.file_size > MAX_SHARED_STRINGS:
                    raise TabularError(name, msg("holds more text than an import reads ({value} MB "
                                                 "of shared strings); save it as CSV",
                                                 value=info.file_size // (1024 * 1024)))
                if lower.endswith("sharedstrings.xml") or lower.startswith("xl/worksheets/"):
                    _check_runs(name, zf, info)
    except zipfile.BadZipFile:
        raise TabularError(name, msg("is not a readable Excel workbook (.xlsx): BadZipFile")) \
            from None
    except (OSError, RuntimeError, NotImplementedError, ValueError, EOFError,
            zlib.error) as exc:  # a damaged compressed part
        raise TabularError(name, msg("is not a readable Excel workbook (.xlsx): {error}",
                                     error=exc.__class__.__name__)) from None


def _check_runs(name: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    carry = 0  # length of the text run still open at the end of the last chunk
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                return
            first = chunk.find(b"<")
            if first < 0:
                carry += len(chunk)
            else:
                if carry + first > _MAX_RUN_BYTES or _RUN.search(chunk):
                    carry = _MAX_RUN_BYTES + 1
                else:
                    carry = len(chunk) - chunk.rfind(b"<") - 1
            if carry > _MAX_RUN_BYTES:
                raise TabularError(name, msg("holds a cell far longer than {MAX_CELL_CHARS} "
                                             "characters (Excel's own limit); it is not read",
                                             MAX_CELL_CHARS=MAX_CELL_CHARS))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def _load(path: Path) -> Any:
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return openpyxl.load_workbook(path, read_only=True, data_only=False)
        except Exception as exc:
            raise TabularError(path.name, msg("is not a readable Excel workbook (.xlsx): {error}",
                                              error=exc.__class__.__name__)) from None


def open_xlsx(path: Path) -> Table:
    check_workbook_limits(path)
    wb = _load(path)
    try:
        if not [ws for ws in wb.worksheets if hasattr(ws, "iter_rows")]:
            raise TabularError(path.name, msg("has no worksheet"))
    finally:
        with contextlib.suppress(Exception):
            wb.close()
    return Table(path, "xlsx", None, [], 0, _xlsx_rows)


def _xlsx_rows(table: Table) -> Iterator[RawRow]:
    wb = _load(table.path)
    number = 0
    try:
        ws = next(ws for ws in wb.worksheets if hasattr(ws, "iter_rows"))
        table.size = _row_count(ws)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                for number, cells in enumerate(ws.iter_rows(), start=1):  # noqa: B007
                    table.done = number
                    yield _raw_row(number, cells)
            except Exception as exc:
                table.error = TabularError(table.file, msg("cannot be read past this row ({error})",
                                                           error=exc.__class__.__name__),
                                           row=number + 1)
    finally:
        with contextlib.suppress(Exception):
            wb.close()


def _row_count(ws: Any) -> int:
    """The rows the sheet says it holds (its stored dimension), or 0 when unknown."""
    try:
        return max(0, int(ws.max_row or 0))
    except (TypeError, ValueError):
        return 0


def _raw_row(number: int, cells: tuple[object, ...]) -> RawRow:
    values: list[str] = []
    problems: dict[int, str] = {}
    numbers: set[int] = set()
    for i, cell in enumerate(cells):
        value = getattr(cell, "value", None)
        kind = getattr(cell, "data_type", None)
        text = _cell_text(value)
        if kind == "e":
            problems[i] = msg("holds the spreadsheet error {error}", error=text)
            text = ""
        elif kind == "f" or (isinstance(value, str) and value.startswith("=")):
            text = text if isinstance(value, str) else "=?"
            problems[i] = msg("holds a formula, which is not calculated on import; type the "
                              "value instead")
        elif len(text) > MAX_CELL_CHARS:
            problems[i] = msg("is longer than {limit} characters (Excel's own limit)",
                              limit=MAX_CELL_CHARS)
            text = ""
        elif isinstance(value, int | float) and not isinstance(value, bool):
            numbers.add(i)
        values.append(text)
    return RawRow(number, values, problems, frozenset(numbers))
