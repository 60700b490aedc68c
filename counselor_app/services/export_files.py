"""Files the app writes for spreadsheets and other programs: CSV, XLSX, JSON.

Two rules hold for every one of them:

* **Readable by the owner only**: created with mode 0600 (they hold student data).
* **Safe to open in a spreadsheet**: a text cell that a spreadsheet would run as a
  formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return; OWASP's
  list for CSV injection) is written with a leading apostrophe, which spreadsheets show
  as text. Plain numbers such as ``-1.5`` are left alone. In XLSX every text value is
  stored as a string cell, never as a formula.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from counselor_app.text import is_formula_like

FILE_MODE = 0o600
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def neutralize(value: object) -> str:
    """The text to write for a cell: formula-like text gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if is_formula_like(text) else text


@contextlib.contextmanager
def open_private(path: Path, mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = "") -> Iterator[IO[str]]:
    """Open a new (or truncated) file that only its owner can read."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)  # an existing file keeps its mode otherwise
    except AttributeError:  # pragma: no cover - Windows has no fchmod
        pass
    with open(fd, mode, encoding=encoding, newline=newline) as fh:
        yield fh


def write_private_atomic(path: str | Path, content: str | bytes,
                         encoding: str = "utf-8") -> Path:
    """Write a whole file through a temporary beside it, then rename it into place,
    so a reader never sees half a file; the result is readable by its owner only."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        if isinstance(content, bytes):
            with open_private(tmp, "wb", encoding=None, newline=None) as fh:
                fh.write(content)  # type: ignore[arg-type]
        else:
            with open_private(tmp, encoding=encoding) as fh:
                fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[object]],
             lineterminator: str = "\r\n") -> str:
    """CSV text with every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=lineterminator)
    writer.writerow([neutralize(h) for h in headers])
    for row in rows:
        writer.writerow([neutralize(v) for v in row])
    return buffer.getvalue()


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[object]],
                *, bom: bool = True) -> Path:
    """Write a CSV (UTF-8, with a BOM so Excel reads accents) or an XLSX by suffix,
    private and with formula-like text neutralised."""
    path = Path(path)
    if path.suffix.lower() in XLSX_SUFFIXES:
        return _write_xlsx(path, headers, rows)
    with open_private(path, encoding="utf-8-sig" if bom else "utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralize(h) for h in headers])
        for row in rows:
            writer.writerow([neutralize(v) for v in row])
    return path


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    import openpyxl
    from openpyxl.styles import Font

    from counselor_app.services.imports.reading import column_letter

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    _append_text(ws, headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        _append_text(ws, row)
    for i, header in enumerate(headers):
        ws.column_dimensions[column_letter(i)].width = max(12, len(header) + 4)
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return write_private_atomic(path, buffer.getvalue())


def _append_text(ws: Any, values: Sequence[object]) -> None:
    """Append a row; text is stored as a string cell (never a formula)."""
    cells = list(values)
    ws.append(cells)
    r = ws.max_row
    for i, value in enumerate(cells, start=1):
        if isinstance(value, str):
            cell = ws.cell(r, i)
            cell.value = value
            cell.data_type = "s"
