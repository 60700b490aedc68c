"""Read CSV and XLSX files into rows of text: the reading every import shares.

* CSV: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"),
  Windows-1252 (Excel's "CSV (Comma delimited)" on US Windows) or an explicitly chosen
  encoding. Comma, semicolon or tab separated (guessed from the header line).
* XLSX: the first worksheet, read with openpyxl in read-only mode. Cells are read as
  their stored text; formulas are never evaluated: a cell holding a formula (text
  starting with ``=``) or a spreadsheet error (``#N/A``) is reported as a problem of
  that cell.

Row numbers are the ones a spreadsheet program shows: the header is usually row 1.
No Qt, no database.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ENCODING_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
                   "cp1252": "Windows-1252"}
"""Encodings a user can choose explicitly (None means detect)."""

MAX_FILE_BYTES = 200 * 1024 * 1024
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .xls


class TabularError(Exception):
    """The file as a whole cannot be read; ``reason`` is meant for the user."""

    def __init__(self, file: str, reason: str, row: int | None = None) -> None:
        where = f"{file}, row {row}" if row is not None else file
        super().__init__(f"{where}: {reason}")
        self.file = file
        self.reason = reason
        self.row = row


@dataclass
class RawRow:
    """One row of the file: its row number, cell texts and per-cell problems."""

    number: int
    values: list[str]
    problems: dict[int, str] = field(default_factory=dict)  # column index -> reason

    def is_blank(self) -> bool:
        return not any(v.strip() for v in self.values) and not self.problems


@dataclass
class Table:
    """What a file holds: header texts as written and the rows below them."""

    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str | None  # codec used for CSV; None for XLSX
    headers: list[str]
    header_row: int
    rows: list[RawRow]
    error: TabularError | None = None  # reading stopped here; rows before it are intact

    @property
    def file(self) -> str:
        return self.path.name

    def header_label(self, index: int) -> str:
        if index < len(self.headers) and self.headers[index].strip():
            return self.headers[index].strip()
        return f"column {column_letter(index)}"


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (as spreadsheets name columns)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def read_table(path: str | Path, encoding: str | None = None, *,
               quoting: bool = True) -> Table:
    """Read a CSV/TSV or XLSX file. Raises TabularError when nothing can be read.

    A problem part-way through a CSV (a broken quote, an oversized cell) is kept in
    ``Table.error`` with its row, so the caller can report it as a row error.
    """
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise TabularError(name, "is a folder, not a file")
        size = path.stat().st_size
    except FileNotFoundError:
        raise TabularError(name, f"does not exist ({path})") from None
    except OSError as exc:
        raise TabularError(name, f"cannot be read: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise TabularError(name, f"is too large ({size // (1024 * 1024)} MB; the limit is "
                                 f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TabularError(name, f"cannot be read: {exc.strerror or exc}") from None
    if data.startswith(_OLE_MAGIC):
        raise TabularError(name, "is an old-style Excel .xls workbook; save it as .xlsx or "
                                 "CSV and import that")
    if data.startswith(_ZIP_MAGIC) or path.suffix.lower() in XLSX_SUFFIXES:
        return _read_xlsx(path, data)
    return _read_csv(path, data, encoding, quoting)


def decode_text(name: str, data: bytes, encoding: str | None) -> tuple[str, str]:
    """Decode bytes; returns (text, codec). Detects when ``encoding`` is None."""
    if encoding:
        codec = encoding.lower().replace("_", "-")
        if codec in ("utf-8", "utf8"):
            codec = "utf-8-sig"  # a BOM is never part of the data
        try:
            codecs.lookup(codec)
        except LookupError:
            raise TabularError(name, f"unknown text encoding {encoding!r}") from None
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as exc:
            row = data[:exc.start].count(b"\n") + 1
            raise TabularError(name, f"is not valid {ENCODING_LABELS.get(codec, encoding)} "
                                     f"text (byte 0x{data[exc.start]:02X}); choose another "
                                     "encoding", row=row) from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            row = data[:exc.start].count(b"\n") + 1
            raise TabularError(name, "starts like UTF-8 but holds bytes that are not UTF-8; "
                                     "save it again as UTF-8", row=row) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise TabularError(name, "starts like UTF-16 text but cannot be read as such; "
                                     "save it again as UTF-8 CSV") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # US school files that are not UTF-8 are nearly always Windows-1252 (Excel's
    # "CSV (Comma delimited)"); the detector is asked only about what that cannot be.
    if b"\x00" in data:
        guess = _guess_encoding(data)
        if guess and guess.lower().replace("-", "_").startswith(("utf_16", "utf_32")):
            try:
                return data.decode(guess), guess
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    guess = _guess_encoding(data)
    if guess is not None:
        try:
            return data.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            pass
    raise TabularError(name, "has an unknown text encoding; save it as UTF-8 CSV or choose "
                             "the encoding")


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # the detector must never stop an import
        return None
    return best.encoding if best is not None else None


def _sniff_delimiter(text: str, suffix: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    if suffix in (".tsv", ".tab") or (suffix == ".txt" and counts["\t"]):
        return "\t"
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _read_csv(path: Path, data: bytes, encoding: str | None, quoting: bool) -> Table:
    name = path.name
    text, codec = decode_text(name, data, encoding)
    if "\x00" in text:
        row = text[:text.index("\x00")].count("\n") + 1
        raise TabularError(name, "holds binary data (NUL characters); it is not a text "
                                 "file or it was saved in another encoding", row=row)
    delimiter = _sniff_delimiter(text, path.suffix.lower())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                        quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE,
                        strict=False)
    headers: list[str] | None = None
    header_row = 0
    rows: list[RawRow] = []
    error: TabularError | None = None
    number = 0
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            number += 1
            reason = str(exc)
            if "field larger than field limit" in reason:
                reason = f"a cell is longer than {csv.field_size_limit()} characters"
            error = TabularError(name, f"cannot be read past this row ({reason})",
                                 row=number)
            break
        number += 1
        if headers is None:
            if any(v.strip() for v in values):
                headers = [v.strip() for v in values]
                header_row = number
            continue
        rows.append(RawRow(number, values))
    if headers is None:
        if error is not None:
            raise error
        raise TabularError(name, "is empty (no header row)")
    return Table(path, "csv", codec, headers, header_row, rows, error)


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


def _read_xlsx(path: Path, data: bytes) -> Table:
    name = path.name
    try:
        import openpyxl

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:
        raise TabularError(name, "is not a readable Excel workbook (.xlsx): "
                                 f"{exc.__class__.__name__}") from None
    try:
        sheets = [ws for ws in wb.worksheets if hasattr(ws, "iter_rows")]
        if not sheets:
            raise TabularError(name, "has no worksheet")
        ws = sheets[0]
        headers: list[str] | None = None
        header_row = 0
        rows: list[RawRow] = []
        error: TabularError | None = None
        number = 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                for number, cells in enumerate(ws.iter_rows(), start=1):  # noqa: B007
                    values: list[str] = []
                    problems: dict[int, str] = {}
                    for i, cell in enumerate(cells):
                        value = getattr(cell, "value", None)
                        kind = getattr(cell, "data_type", None)
                        text = _cell_text(value)
                        if kind == "e":
                            problems[i] = f"holds the spreadsheet error {text}"
                            text = ""
                        elif kind == "f" or (isinstance(value, str) and value.startswith("=")):
                            text = text if isinstance(value, str) else "=?"
                            problems[i] = ("holds a formula, which is not calculated on "
                                           "import; type the value instead")
                        values.append(text)
                    if headers is None:
                        if any(v.strip() for v in values):
                            headers = [v.strip() for v in values]
                            header_row = number
                        continue
                    rows.append(RawRow(number, values, problems))
            except TabularError:
                raise
            except Exception as exc:
                error = TabularError(name, "cannot be read past this row "
                                           f"({exc.__class__.__name__})", row=number + 1)
    finally:
        with contextlib.suppress(Exception):
            wb.close()
    if headers is None:
        if error is not None:
            raise error
        raise TabularError(name, "is empty (no header row on the first worksheet)")
    return Table(path, "xlsx", None, headers, header_row, rows, error)


