"""Read CSV and XLSX files into rows of text: the reading every import shares.

* CSV: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"),
  Windows-1252 (Excel's "CSV (Comma delimited)" on US Windows) or an explicitly chosen
  encoding. Comma, semicolon or tab separated (guessed from the header line).
* XLSX: the first worksheet (see ``xlsx``), streamed; formulas are never evaluated.

Rows are streamed: ``Table.rows`` reads the file again each time it is iterated and
never holds more than one row, so a million-row file needs little memory. The whole
file is checked once when it is opened (encoding, binary content), so a wrong encoding
is refused before any row is used.

Row numbers are the ones a spreadsheet program shows: the header is usually row 1.
No Qt, no database.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from counselor_app.messages import msg

ENCODING_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
                   "cp1252": "Windows-1252"}
"""Encodings a user can choose explicitly (None means detect)."""

MAX_FILE_BYTES = 200 * 1024 * 1024
HEADER_SEARCH_ROWS = 30
"""How many rows from the top may hold titles above the header row."""
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .xls
_CHUNK = 1 << 20


class TabularError(Exception):
    """The file as a whole cannot be read; ``reason`` is meant for the user."""

    def __init__(self, file: str, reason: str, row: int | None = None) -> None:
        super().__init__(msg("{file}, row {row}: {reason}", file=file, row=row, reason=reason)
                         if row is not None else
                         msg("{file}: {reason}", file=file, reason=reason))
        self.file = file
        self.reason = reason
        self.row = row


@dataclass
class RawRow:
    """One row of the file: its row number, cell texts and per-cell problems."""

    number: int
    values: list[str]
    problems: dict[int, str] = field(default_factory=dict)  # column index -> reason
    numbers: frozenset[int] = frozenset()  # cells stored as numbers (XLSX)

    def is_blank(self) -> bool:
        return not any(v.strip() for v in self.values) and not self.problems


@dataclass
class Table:
    """What a file holds: header texts as written and (streamed) rows below them."""

    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str | None  # codec used for CSV; None for XLSX
    headers: list[str]
    header_row: int
    open_rows: Callable[[Table], Iterator[RawRow]]  # every row of the file, from the top
    leading: list[RawRow] = field(default_factory=list)  # the first rows (header search)
    error: TabularError | None = None  # reading stopped here; rows before it are intact
    notes: list[str] = field(default_factory=list)  # said in the preview (not blocking)
    label: str | None = None  # how the file is named in messages (default: its name)
    delimiter: str = ","  # CSV
    used_columns: set[str] = field(default_factory=set)  # read by the format itself
    size: int = 0  # how much there is to read (CSV: bytes; XLSX: rows; 0: unknown)
    done: int = 0  # how much of it the rows read so far took (progress)

    @property
    def file(self) -> str:
        return self.label or self.path.name

    @property
    def rows(self) -> Iterator[RawRow]:
        """The rows below the header, read from the file as they are used."""
        self.error = None
        for raw in self.open_rows(self):
            if raw.number > self.header_row:
                yield raw

    def use_header(self, raw: RawRow) -> None:
        """Take a later row as the header (rows above it are titles)."""
        self.headers = [v.strip() for v in raw.values]
        self.header_row = raw.number

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


# --------------------------------------------------------------------------- reading

def read_table(path: str | Path, encoding: str | None = None, *,
               quoting: bool = True) -> Table:
    """Open a CSV/TSV or XLSX file. Raises TabularError when nothing can be read.

    A problem part-way through a CSV (a broken quote, an oversized cell) is kept in
    ``Table.error`` with its row once the rows have been read, so the caller can
    report it as a row error.
    """
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise TabularError(name, msg("is a folder, not a file"))
        size = path.stat().st_size
        with path.open("rb") as fh:
            start = fh.read(8)
    except FileNotFoundError:
        raise TabularError(name, msg("does not exist ({path})", path=path)) from None
    except OSError as exc:
        raise TabularError(name, msg("cannot be read: {reason}",
                                     reason=exc.strerror or exc)) from None
    if start.startswith(_OLE_MAGIC):
        raise TabularError(name, msg("is an old-style Excel .xls workbook; save it as .xlsx or CSV "
                                     "and import that"))
    if start.startswith(_ZIP_MAGIC) or path.suffix.lower() in XLSX_SUFFIXES:
        from counselor_app.services.imports.xlsx import open_xlsx

        return _with_header(open_xlsx(path), msg("is empty (no header row on the first "
                                                 "worksheet)"))
    if size > MAX_FILE_BYTES:
        raise TabularError(name, msg("is too large ({size} MB; the limit is {limit} MB)",
                                     size=size // (1024 * 1024),
                                     limit=MAX_FILE_BYTES // (1024 * 1024)))
    return _with_header(_open_csv(path, encoding, quoting), msg("is empty (no header row)"))


def _with_header(table: Table, empty: str) -> Table:
    """Find the first non-blank row (the header) and keep the first rows for a search."""
    for raw in table.open_rows(table):
        if len(table.leading) >= HEADER_SEARCH_ROWS:
            break
        if not table.leading and not any(v.strip() for v in raw.values):
            continue
        table.leading.append(raw)
    if not table.leading:
        if table.error is not None:
            raise table.error
        raise TabularError(table.file, empty)
    table.use_header(table.leading[0])
    table.error = None
    return table


def _codec_name(name: str, encoding: str) -> str:
    codec = encoding.lower().replace("_", "-")
    if codec in ("utf-8", "utf8"):
        codec = "utf-8-sig"  # a BOM is never part of the data
    try:
        codecs.lookup(codec)
    except LookupError:
        raise TabularError(name, msg("unknown text encoding {encoding!r}",
                                     encoding=encoding)) from None
    return codec


def _check_decodes(path: Path, codec: str) -> tuple[int, int, int] | None:
    """Decode the whole file in chunks: None, or (row, byte, offending value) of the
    first byte that does not decode (or of a NUL character)."""
    decoder = codecs.getincrementaldecoder(codec)()
    offset = newlines = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            final = not chunk
            try:
                text = decoder.decode(chunk, final)
            except UnicodeDecodeError as exc:
                pos = max(0, min(exc.start, len(chunk) - 1))
                row = newlines + chunk[:pos].count(b"\n") + 1
                return row, offset + pos, chunk[pos] if chunk else 0
            if "\x00" in text:
                lines = text[:text.index("\x00")].count("\n")
                return newlines + lines + 1, -1, 0
            newlines += chunk.count(b"\n") if codec != "utf-16" else text.count("\n")
            offset += len(chunk)
            if final:
                return None


def detect_codec(path: Path, encoding: str | None) -> tuple[str, list[str]]:
    """The codec to read a CSV with, and notes for the preview. Detects when
    ``encoding`` is None; warns when a chosen one contradicts a byte-order mark."""
    name = path.name
    with path.open("rb") as fh:
        head = fh.read(4)
    bom = ("utf-8-sig" if head.startswith(codecs.BOM_UTF8) else
           "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None)
    notes: list[str] = []
    if encoding:
        codec = _codec_name(name, encoding)
        label = ENCODING_LABELS.get(codec, encoding)
        if bom is not None and codecs.lookup(codec).name != codecs.lookup(bom).name:
            notes.append(msg("{name} starts with a {mark} byte-order mark but was read as "
                             "{encoding}, as chosen; if letters look wrong, choose Automatic",
                             name=name, mark=ENCODING_LABELS[bom], encoding=label))
        bad = _check_decodes(path, codec)
        if bad is not None:
            row, at, value = bad
            if at < 0:
                raise _binary(name, row)
            raise TabularError(name, msg("is not valid {label} text (byte 0x{value:02X}); choose "
                                         "another encoding", label=label, value=value), row=row)
        return codec, notes
    if bom is not None:
        bad = _check_decodes(path, bom)
        if bad is not None:
            if bad[1] < 0:
                raise _binary(name, bad[0])
            raise TabularError(name, msg("starts like {ENCODING_LABELS} but holds bytes that are "
                                         "not; save it again as UTF-8",
                                         ENCODING_LABELS=ENCODING_LABELS[bom]), row=bad[0])
        return bom, notes
    bad = _check_decodes(path, "utf-8")
    if bad is None:
        return "utf-8", notes
    if bad[1] < 0:
        raise _binary(name, bad[0])
    # US school files that are not UTF-8 are nearly always Windows-1252 (Excel's
    # "CSV (Comma delimited)"); the detector is asked only about what that cannot be.
    with path.open("rb") as fh:
        sample = fh.read(200_000)
    candidates = ["cp1252"]
    if b"\x00" in sample:
        candidates.insert(0, _guess_encoding(sample) or "")
    else:
        candidates.append(_guess_encoding(sample) or "")
    for codec in candidates:
        if not codec:
            continue
        try:
            codecs.lookup(codec)
        except LookupError:
            continue
        if b"\x00" in sample and not codec.lower().replace("-", "_").startswith(
                ("utf_16", "utf_32")) and codec != "cp1252":
            continue
        found = _check_decodes(path, codec)
        if found is None:
            return codec, notes
        if found[1] < 0:
            raise _binary(name, found[0])
    raise TabularError(name, msg("has an unknown text encoding; save it as UTF-8 CSV or choose the "
                                 "encoding"))


def _binary(name: str, row: int) -> TabularError:
    return TabularError(name, msg("holds binary data (NUL characters); it is not a text file or it "
                                  "was saved in another encoding"), row=row)


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # the detector must never stop an import
        return None
    return best.encoding if best is not None else None


def _sniff_delimiter(first: str, suffix: str) -> str:
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    if suffix in (".tsv", ".tab") or (suffix == ".txt" and counts["\t"]):
        return "\t"
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _open_csv(path: Path, encoding: str | None, quoting: bool) -> Table:
    codec, notes = detect_codec(path, encoding)
    with path.open("r", encoding=codec, newline="") as fh:
        sample = fh.read(64 * 1024)
    first = next((line for line in sample.splitlines() if line.strip()), "")
    delimiter = _sniff_delimiter(first, path.suffix.lower())
    mode: Literal[0, 3] = csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE

    def rows(table: Table) -> Iterator[RawRow]:
        with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=codec, newline="") as fh:
            reader = csv.reader(fh, delimiter=delimiter, quoting=mode, strict=False)
            number = 0
            table.done = 0
            while True:
                try:
                    values = next(reader)
                except StopIteration:
                    table.done = table.size
                    return
                except csv.Error as exc:
                    reason = str(exc)
                    if "field larger than field limit" in reason:
                        reason = msg("a cell is longer than {limit} characters",
                                     limit=csv.field_size_limit())
                    table.error = TabularError(table.file, msg(
                        "cannot be read past this row ({reason})", reason=reason),
                        row=number + 1)
                    return
                number += 1
                if not number & 1023:
                    table.done = raw.tell()
                yield RawRow(number, values)

    return Table(path, "csv", codec, [], 0, rows, notes=notes, delimiter=delimiter,
                 size=path.stat().st_size)
